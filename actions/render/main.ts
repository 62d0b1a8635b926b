import { fitSummary } from "../../lib/report/job-report.ts";
import { commentOnPullRequest } from "../github.ts";
import {
  appendSummary,
  failStep,
  getBooleanInput,
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
    comment: getBooleanInput("comment", false),
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
    const table = failStep(err, "Render: configuration problems");
    if (table && inputs?.comment) await commentOnPullRequest(inputs.token, "render", table);
  }
}

await run();
