import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  engineInputs,
  workspaceDir
} from "./chunks/chunk-DJ4SADGU.js";
import {
  InputError,
  appendSummary,
  commentOnPullRequest,
  failStep,
  getBooleanInput,
  getChoiceInput,
  getContext,
  getInput,
  runnerLog,
  setFailed,
  setOutput
} from "./chunks/chunk-5NC2DA2M.js";
import "./chunks/chunk-GPRVIFN3.js";
import "./chunks/chunk-53UA33VZ.js";
import "./chunks/chunk-Q3YCBL2Q.js";
import "./chunks/chunk-BOG7BZ5N.js";

// actions/plan-comment/main.ts
import path from "node:path";
var MODES = ["all", "matrix", "stack", "aggregate"];
function getInputs() {
  let context = getContext(), mode = getChoiceInput("mode", MODES, "all"), base = getInput("base") || context.pull?.baseSha || "";
  if (!base && mode !== "stack")
    throw new InputError('input "base" is required outside a pull request');
  let stack = getInput("stack");
  if (mode === "stack" && !stack) throw new InputError('mode "stack" needs the input "stack"');
  return {
    mode,
    configDir: getInput("config-dir") || "platform-config",
    infraDir: getInput("infra-dir") || "infra",
    templatesDir: getInput("templates-dir") || "templates",
    base,
    head: getInput("head") || context.pull?.headSha || process.env.GITHUB_SHA || "HEAD",
    stack,
    resultsDir: getInput("results-dir") || path.join(process.env.RUNNER_TEMP ?? ".", "cloudneutral-plans"),
    policy: getInput("policy"),
    comment: getBooleanInput("comment", !0),
    token: getInput("token")
  };
}
function report(results) {
  for (let r of results.filter((x) => x.status === "removed"))
    runnerLog.warning(`${r.id}: ${r.error ?? "removed"}`);
  let failed = results.filter((r) => r.status === "failed");
  setOutput("changed", String(results.some((r) => r.status === "changes"))), setOutput("failed", JSON.stringify(failed.map((r) => r.id))), failed.length > 0 && setFailed(
    `plan: ${failed.length} unit(s) could not be planned: ${failed.map((r) => `${r.id} (${r.error?.split(`
`)[0] ?? r.status})`).join("; ")}`
  );
}
async function run() {
  try {
    let inputs = getInputs(), workspace = workspaceDir(), infraDir = path.resolve(workspace, inputs.infraDir), engines = async () => ({ ...await engineInputs(workspace), infraDir }), pull = await import("./chunks/pull-MWBPJGYE.js");
    if (inputs.mode === "stack") {
      let { planUnit } = await import("./chunks/run-C463PAYR.js"), commit = await pull.checkedOutAt(workspace, inputs.head), { result } = await planUnit(pull.unitById(infraDir, inputs.stack), await engines()), file = await pull.writeResult(inputs.resultsDir, { ...result, commit });
      setOutput("result", file), report([result]);
      return;
    }
    let options = {
      repoDir: workspace,
      base: inputs.base,
      head: inputs.head,
      infraDir: inputs.infraDir,
      configDir: inputs.configDir,
      templatesDir: inputs.templatesDir
    }, scope = await pull.pullScope(options);
    if (inputs.mode === "matrix") {
      let { matrixEntries, matrixOutputs } = await import("./chunks/fan-out-NDFAG22Q.js"), entries = matrixEntries(scope.affected, scope.routes);
      for (let [k, v] of Object.entries(matrixOutputs(entries, { perLayerLimit: !1 })))
        setOutput(k, v);
      return;
    }
    inputs.mode === "all" && await pull.checkedOutAt(workspace, scope.head);
    let results = inputs.mode === "aggregate" ? await pull.readResults(inputs.resultsDir, scope) : (await pull.planScope(scope, await engines())).map((r) => ({ ...r, commit: scope.head })), { planComment, PLAN_COMMENT_KEY } = await import("./chunks/comment-WWH2HZTS.js"), { commentTemplates } = await import("./chunks/comment-templates-M5CVJE2W.js"), { fitSummary } = await import("./chunks/job-report-XTNWBVKE.js"), { content, full } = planComment({
      results,
      routes: scope.routes,
      policy: inputs.policy || void 0,
      commit: scope.head,
      diffs: await pull.fileDiffs(options, scope),
      templates: await commentTemplates(workspace, inputs.base, inputs.templatesDir),
      fullTextAt: "the job summary"
    });
    appendSummary(fitSummary(full)), inputs.comment && await commentOnPullRequest(inputs.token, PLAN_COMMENT_KEY, content), setOutput("hashes", JSON.stringify(content.meta?.hashes ?? {})), report(results);
  } catch (err) {
    failStep(err, "Plan: configuration problems");
  }
}
await run();
export {
  run
};
