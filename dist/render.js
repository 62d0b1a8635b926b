import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  fitSummary,
  reportProblems
} from "./chunks/chunk-IIGFA757.js";
import {
  annotate,
  appendSummary,
  commentOnPullRequest,
  getChoiceInput,
  getInput,
  setFailed,
  setOutput
} from "./chunks/chunk-JWPGVSTJ.js";
import {
  ConfigurationError
} from "./chunks/chunk-J6YPK43K.js";
import "./chunks/chunk-ZUSPSRZ2.js";
import "./chunks/chunk-BOG7BZ5N.js";

// actions/render/main.ts
function getInputs() {
  return {
    configDir: getInput("config-dir", { required: !0 }),
    outDir: getInput("out-dir", { required: !0 }),
    templatesDir: getInput("templates-dir") || void 0,
    mode: getChoiceInput("mode", ["write", "check"], "write"),
    comment: getChoiceInput("comment", ["true", "false"], "false") === "true",
    token: getInput("token")
  };
}
async function run() {
  let inputs;
  try {
    inputs = getInputs();
    let { render } = await import("./chunks/render-FAZYABZP.js"), { renderSummaryMarkdown } = await import("./chunks/summary-QRSSU73T.js"), result = await render({ ...inputs, check: inputs.mode === "check" });
    setOutput("changed", result.changes.length > 0 ? "true" : "false"), setOutput("files", JSON.stringify(result.changes));
    let markdown = renderSummaryMarkdown(result.changes, {
      outLabel: inputs.outDir,
      written: result.written
    });
    appendSummary(fitSummary(markdown)), inputs.comment && await commentOnPullRequest(inputs.token, "render", markdown), inputs.mode === "check" && result.changes.length > 0 && setFailed(
      `${inputs.outDir}/ is stale: ${result.changes.length} file(s) differ from a fresh render; run \`cloudneutral render\` and commit`
    );
  } catch (err) {
    if (err instanceof ConfigurationError && inputs) {
      let markdown = reportConfigurationProblems(err, inputs.configDir);
      inputs.comment && await commentOnPullRequest(inputs.token, "render", markdown);
    }
    reportError(err);
  }
}
function reportError(err) {
  setFailed(err instanceof Error ? err.message : String(err));
}
function reportConfigurationProblems(err, configDir) {
  let fileOf = (f) => /^(templates|infra)\//.test(f) ? f : `${configDir}/${f}`, report = reportProblems("Render: configuration problems", err.problems, fileOf);
  for (let p of report.annotate)
    annotate("error", p.message, { file: p.file, line: p.line, column: p.column });
  return appendSummary(fitSummary(report.markdown)), report.markdown;
}
await run();
export {
  run
};
