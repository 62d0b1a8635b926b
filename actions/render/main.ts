import { ConfigurationError } from "../../lib/errors.ts";
import { fitSummary, reportProblems } from "../../lib/report/job-report.ts";
import { commentOnPullRequest } from "../github.ts";
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
  /** Also carry the summary as a sticky comment on the run's pull request. */
  comment: boolean;
  token: string;
}

function getInputs(): Inputs {
  return {
    configDir: getInput("config-dir", { required: true }),
    outDir: getInput("out-dir", { required: true }),
    templatesDir: getInput("templates-dir") || undefined,
    mode: getChoiceInput("mode", ["write", "check"] as const, "write"),
    comment: getChoiceInput("comment", ["true", "false"] as const, "false") === "true",
    token: getInput("token"),
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
    const markdown = renderSummaryMarkdown(result.changes, {
      outLabel: inputs.outDir,
      written: result.written,
    });
    appendSummary(fitSummary(markdown));
    if (inputs.comment) await commentOnPullRequest(inputs.token, "render", markdown);
    if (inputs.mode === "check" && result.changes.length > 0) {
      setFailed(
        `${inputs.outDir}/ is stale: ${result.changes.length} file(s) differ from a fresh render; run \`cloudneutral render\` and commit`,
      );
    }
  } catch (err) {
    if (err instanceof ConfigurationError && inputs) {
      const markdown = reportConfigurationProblems(err, inputs.configDir);
      if (inputs.comment) await commentOnPullRequest(inputs.token, "render", markdown);
    }
    reportError(err);
  }
}

function reportError(err: unknown): void {
  setFailed(err instanceof Error ? err.message : String(err));
}

/** Annotations for the first problems, the full table in the summary; returns the table. */
function reportConfigurationProblems(err: ConfigurationError, configDir: string): string {
  const fileOf = (f: string) => (/^(templates|infra)\//.test(f) ? f : `${configDir}/${f}`);
  const report = reportProblems("Render: configuration problems", err.problems, fileOf);
  for (const p of report.annotate)
    annotate("error", p.message, { file: p.file, line: p.line, column: p.column });
  appendSummary(fitSummary(report.markdown));
  return report.markdown;
}

await run();
