import { ConfigurationError } from "../../lib/errors.ts";
import { ANNOTATION_LIMIT } from "../../lib/report/workflow-commands.ts";
import {
  annotate,
  appendSummary,
  getChoiceInput,
  getInput,
  setFailed,
  setOutput,
} from "../runner.ts";

interface Inputs {
  configDir: string;
  outDir: string;
  templatesDir: string | undefined;
  mode: "write" | "check";
}

function getInputs(): Inputs {
  return {
    configDir: getInput("config-dir", { required: true }),
    outDir: getInput("out-dir", { required: true }),
    templatesDir: getInput("templates-dir") || undefined,
    mode: getChoiceInput("mode", ["write", "check"] as const, "write"),
  };
}

export async function run(): Promise<void> {
  let inputs: Inputs | undefined;
  try {
    inputs = getInputs();
    const { render } = await import("../../lib/render/index.ts");
    const { renderSummaryMarkdown } = await import("../../lib/render/summary.ts");
    const result = await render({ ...inputs, check: inputs.mode === "check" });
    setOutput("changed", result.changes.length > 0 ? "true" : "false");
    setOutput("files", JSON.stringify(result.changes));
    appendSummary(
      renderSummaryMarkdown(result.changes, { outLabel: inputs.outDir, written: result.written }),
    );
    if (inputs.mode === "check" && result.changes.length > 0) {
      setFailed(
        `${inputs.outDir}/ is stale: ${result.changes.length} file(s) differ from a fresh render; run \`cloudneutral render\` and commit`,
      );
    }
  } catch (err) {
    if (err instanceof ConfigurationError && inputs) reportProblems(err, inputs.configDir);
    setFailed(err instanceof Error ? err.message : String(err));
  }
}

/** The first problems as annotations on their lines (GitHub shows 10 per step), all in the summary. */
function reportProblems(err: ConfigurationError, configDir: string): void {
  const fileOf = (f: string) => (/^(templates|infra)\//.test(f) ? f : `${configDir}/${f}`);
  for (const p of err.problems.slice(0, ANNOTATION_LIMIT)) {
    annotate("error", p.message, { file: fileOf(p.file), line: p.line, column: p.column });
  }
  const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const rows = err.problems.map(
    (p) => `| \`${cell(`${fileOf(p.file)}:${p.line}:${p.column}`)}\` | ${cell(p.message)} |`,
  );
  appendSummary(
    [
      "### Render: configuration problems",
      "",
      "| where | problem |",
      "|---|---|",
      ...rows,
      "",
    ].join("\n"),
  );
}

await run();
