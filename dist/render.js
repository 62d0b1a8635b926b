import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  appendSummary,
  commentOnPullRequest,
  failStep,
  getBooleanInput,
  getChoiceInput,
  getInput,
  setFailed,
  setOutput
} from "./chunks/chunk-WDRKOJYZ.js";
import {
  fitSummary
} from "./chunks/chunk-GPRVIFN3.js";
import "./chunks/chunk-53UA33VZ.js";
import "./chunks/chunk-Q3YCBL2Q.js";
import "./chunks/chunk-BOG7BZ5N.js";

// actions/render/main.ts
function getInputs() {
  return {
    configDir: getInput("config-dir", { required: !0 }),
    outDir: getInput("out-dir", { required: !0 }),
    templatesDir: getInput("templates-dir") || void 0,
    mode: getChoiceInput("mode", ["write", "check"], "write"),
    comment: getBooleanInput("comment", !1),
    token: getInput("token")
  };
}
async function run() {
  let inputs;
  try {
    inputs = getInputs();
    let { render } = await import("./chunks/render-VL4CWKBR.js"), { renderSummaryMarkdown } = await import("./chunks/summary-QRSSU73T.js"), result = await render({ ...inputs, check: inputs.mode === "check" });
    setOutput("changed", result.changes.length > 0 ? "true" : "false"), setOutput("files", JSON.stringify(result.changes));
    let markdown = renderSummaryMarkdown(result.changes, {
      outLabel: inputs.outDir,
      written: result.written
    });
    appendSummary(fitSummary(markdown)), inputs.comment && await commentOnPullRequest(inputs.token, "render", markdown), inputs.mode === "check" && result.changes.length > 0 && setFailed(
      `${inputs.outDir}/ is stale: ${result.changes.length} file(s) differ from a fresh render; run \`cloudneutral render\` and commit`
    );
  } catch (err) {
    let table = failStep(err, "Render: configuration problems");
    table && inputs?.comment && await commentOnPullRequest(inputs.token, "render", table);
  }
}
await run();
export {
  run
};
