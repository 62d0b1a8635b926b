import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  engineInputs,
  workspaceDir
} from "./chunks/chunk-SXAHVE4M.js";
import {
  InputError,
  appendSummary,
  commentOnPullRequest,
  failStep,
  getBooleanInput,
  getChoiceInput,
  getContext,
  getInput,
  githubClient,
  runnerLog,
  setFailed,
  setOutput,
  setSecret
} from "./chunks/chunk-WDRKOJYZ.js";
import "./chunks/chunk-GPRVIFN3.js";
import "./chunks/chunk-53UA33VZ.js";
import "./chunks/chunk-Q3YCBL2Q.js";
import "./chunks/chunk-BOG7BZ5N.js";

// actions/plan-comment/main.ts
import path from "node:path";
var MODES = ["all", "matrix", "stack", "aggregate", "pull", "review"], TRUSTED = ["pull", "review"];
function getInputs() {
  let context = getContext(), mode = getChoiceInput("mode", MODES, "all"), trusted2 = TRUSTED.includes(mode), base = trusted2 ? "" : getInput("base") || context.pull?.baseSha || "";
  if (!base && mode !== "stack" && !trusted2)
    throw new InputError('input "base" is required outside a pull request');
  let stack = getInput("stack");
  if (mode === "stack" && !stack) throw new InputError('mode "stack" needs the input "stack"');
  let artifactsDir = getInput("artifacts-dir");
  if (trusted2 && !artifactsDir)
    throw new InputError(`mode "${mode}" needs the input "artifacts-dir"`);
  let planWorkflow = getInput("plan-workflow");
  if (planWorkflow && !/^[A-Za-z0-9_.-]{1,100}\.ya?ml$/.test(planWorkflow))
    throw new InputError(
      `input "plan-workflow" must be a workflow file name such as pr.yml, not ${JSON.stringify(planWorkflow)}`
    );
  if (trusted2 && !/^[0-9a-f]{40}$/.test(getInput("head")))
    throw new InputError(
      `mode "${mode}" needs the input "head": the full sha the run was for (github.event.workflow_run.head_sha)`
    );
  return {
    mode,
    configDir: getInput("config-dir") || "platform-config",
    infraDir: getInput("infra-dir") || "infra",
    templatesDir: getInput("templates-dir") || "templates",
    base,
    head: getInput("head") || context.pull?.headSha || process.env.GITHUB_SHA || "HEAD",
    stack,
    resultsDir: getInput("results-dir") || path.join(process.env.RUNNER_TEMP ?? ".", "cloudneutral-plans"),
    outputDir: getInput("output-dir"),
    artifactsDir,
    repositoryDir: getInput("repository-dir") || ".",
    policy: getInput("policy"),
    planWorkflow,
    comment: getBooleanInput("comment", !0),
    attest: getBooleanInput("attest", !1),
    token: getInput("token")
  };
}
async function attest(inputs, review, meta) {
  let context = getContext();
  if (review.pull === void 0)
    throw new InputError('input "attest" needs a pull request (the record names it)');
  if (!inputs.policy)
    throw new InputError('input "attest" needs the input "policy": the verdict is attested');
  let { attestPull } = await import("./chunks/attest-M7MOV3LH.js");
  return attestPull(
    {
      repoDir: review.repoDir,
      repository: `${context.owner}/${context.repo}`,
      pull: review.pull,
      base: review.base,
      head: review.head,
      verdict: inputs.policy,
      hashes: meta.hashes ?? {}
    },
    {
      requestUrl: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
      requestToken: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
      mask: setSecret
    }
  );
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
async function comment(inputs, options, scope, results, pullNumber) {
  let pull = await import("./chunks/pull-CR5E7IYN.js"), { planComment, PLAN_COMMENT_KEY } = await import("./chunks/comment-WWH2HZTS.js"), { commentTemplates } = await import("./chunks/comment-templates-BZ7ACIV7.js"), { fitSummary } = await import("./chunks/job-report-XTNWBVKE.js"), { content, full } = planComment({
    results,
    routes: scope.routes,
    policy: inputs.policy || void 0,
    commit: scope.head,
    diffs: await pull.fileDiffs(options, scope),
    templates: await commentTemplates(options.repoDir, options.base, inputs.templatesDir),
    fullTextAt: "the job summary"
  });
  if (inputs.attest) {
    let meta = content.meta ?? {}, review = {
      repoDir: options.repoDir,
      pull: pullNumber ?? getContext().pullNumber,
      base: options.base,
      head: scope.head
    };
    content.meta = { ...meta, attestation: await attest(inputs, review, meta) };
  }
  appendSummary(fitSummary(full)), inputs.comment && await commentOnPullRequest(inputs.token, PLAN_COMMENT_KEY, content, pullNumber), setOutput("hashes", JSON.stringify(content.meta?.hashes ?? {}));
}
async function trusted(inputs, workspace) {
  let { readReviewArtifacts } = await import("./chunks/artifacts-CND2DQVB.js"), { verifyPull, resultsFromArtifacts } = await import("./chunks/trusted-MANLX7YM.js"), artifacts = await readReviewArtifacts(path.resolve(workspaceDir(), inputs.artifactsDir));
  if (!inputs.token)
    throw new InputError('input "token" is empty: the pull request is checked with GitHub');
  let context = getContext(), gh = await githubClient(inputs.token), repo = { owner: context.owner, repo: context.repo }, verified = await verifyPull(gh, repo, artifacts.pull, inputs.head);
  if (setOutput("pull-number", String(verified.number)), setOutput("base", verified.base), inputs.mode === "pull") {
    let { findPlanRun, PLAN_WORKFLOW } = await import("./chunks/plan-run-VLBORW6U.js"), workflow = inputs.planWorkflow || PLAN_WORKFLOW, found = await findPlanRun(gh, repo, { head: verified.head, workflow });
    setOutput("judge", String(found.checked)), setOutput("plan-run-id", found.run ? String(found.run.id) : ""), runnerLog.info(
      found.run ? `the plans of ${verified.head.slice(0, 12)}: run ${found.run.id} of ${workflow} (${found.run.url})` : found.checked ? `no run of ${workflow} at ${verified.head.slice(0, 12)} left plans: the verdict says they are missing` : `${workflow} has not checked ${verified.head.slice(0, 12)} (outside its paths, or still running): nothing to judge yet`
    );
    return;
  }
  let pull = await import("./chunks/pull-CR5E7IYN.js");
  await pull.checkedOutAt(workspace, verified.head);
  let options = {
    repoDir: workspace,
    base: verified.base,
    head: verified.head,
    infraDir: inputs.infraDir,
    configDir: inputs.configDir,
    templatesDir: inputs.templatesDir
  }, scope = await pull.pullScope(options), { results, ignored } = resultsFromArtifacts(artifacts, scope, verified.fork);
  for (let id of ignored)
    runnerLog.warning(
      `${id}: the artifacts hold a plan for a unit this PR does not affect; ignored`
    );
  await comment(inputs, options, scope, results, verified.number), artifacts.planned || !verified.fork ? report(results) : (setOutput("changed", "false"), setOutput("failed", JSON.stringify(results.map((r) => r.id))), results.length > 0 && runnerLog.warning(`${results.length} unit(s) not planned: a fork's pull request`));
}
async function run() {
  try {
    let inputs = getInputs(), workspace = path.resolve(workspaceDir(), inputs.repositoryDir);
    if (TRUSTED.includes(inputs.mode)) return await trusted(inputs, workspace);
    let infraDir = path.resolve(workspace, inputs.infraDir), engines = async () => ({ ...await engineInputs(workspace, "plan"), infraDir }), pull = await import("./chunks/pull-CR5E7IYN.js");
    if (inputs.mode === "stack") {
      let { planUnit } = await import("./chunks/run-SWXXL5VK.js"), commit = await pull.checkedOutAt(workspace, inputs.head), { result } = await planUnit(pull.unitById(infraDir, inputs.stack), await engines()), file = await pull.writeResult(inputs.resultsDir, { ...result, commit });
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
      let { matrixEntries, matrixOutputs } = await import("./chunks/fan-out-LYFNYWTL.js"), entries = matrixEntries(scope.affected, scope.routes);
      for (let [k, v] of Object.entries(matrixOutputs(entries, { perLayerLimit: !1 })))
        setOutput(k, v);
      return;
    }
    inputs.mode === "all" && await pull.checkedOutAt(workspace, scope.head);
    let results = inputs.mode === "aggregate" ? await pull.readResults(inputs.resultsDir, scope) : (await pull.planScope(scope, await engines())).map((r) => ({ ...r, commit: scope.head }));
    if (inputs.outputDir)
      for (let r of results)
        await pull.writeResult(path.resolve(workspaceDir(), inputs.outputDir), r);
    await comment(inputs, options, scope, results), report(results);
  } catch (err) {
    failStep(err, "Plan: configuration problems");
  }
}
await run();
export {
  run
};
