import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  matrixOutputs
} from "./chunks/chunk-EAHMTDDF.js";
import {
  engineInputs,
  workspaceDir
} from "./chunks/chunk-SXAHVE4M.js";
import "./chunks/chunk-R6XTO7R2.js";
import {
  InputError,
  appendSummary,
  failStep,
  getBooleanInput,
  getChoiceInput,
  getContext,
  getInput,
  githubClient,
  runnerLog,
  setFailed,
  setOutput
} from "./chunks/chunk-WDRKOJYZ.js";
import {
  fitSummary
} from "./chunks/chunk-GPRVIFN3.js";
import "./chunks/chunk-53UA33VZ.js";
import "./chunks/chunk-Q3YCBL2Q.js";
import "./chunks/chunk-BOG7BZ5N.js";

// actions/apply/main.ts
import path from "node:path";
var MODES = ["all", "matrix", "stack", "report", "drift", "correct"];
function getInputs() {
  let mode = getChoiceInput("mode", MODES, "all"), stack = getInput("stack");
  if ((mode === "stack" || mode === "correct") && !stack)
    throw new InputError(`mode "${mode}" needs the input "stack"`);
  let temp = process.env.RUNNER_TEMP ?? ".", token = getInput("token");
  if (!token)
    throw new InputError('input "token" is empty: apply records its work on the status branch');
  let expected = getInput("expected-units"), expectedUnits = [];
  if (expected !== "") {
    let parsed;
    try {
      parsed = JSON.parse(expected);
    } catch {
      parsed = void 0;
    }
    if (!Array.isArray(parsed) || !parsed.every((u) => typeof u == "string"))
      throw new InputError('input "expected-units" must be a JSON array of unit ids');
    expectedUnits = parsed;
  }
  return {
    mode,
    configDir: getInput("config-dir") || "platform-config",
    infraDir: getInput("infra-dir") || "infra",
    stack,
    resultsDir: getInput("results-dir") || path.join(temp, "cloudneutral-applies"),
    expectedUnits,
    backupDir: getInput("backup-dir") || path.join(temp, "cloudneutral-backups"),
    backupPublicKey: getInput("backup-public-key"),
    statusBranch: getInput("status-branch") || "cloudneutral/status",
    requireReview: getBooleanInput("require-review", !0),
    planAuthor: getInput("plan-author") || "github-actions[bot]",
    autoscaleAuthor: getInput("autoscale-author"),
    oidcIssuer: getInput("oidc-issuer"),
    trustedWorkflow: getInput("trusted-workflow"),
    trustedJobWorkflow: getInput("trusted-job-workflow"),
    token
  };
}
async function run() {
  try {
    let inputs = getInputs(), context = getContext(), workspace = workspaceDir(), apply = await import("./chunks/apply-T2RYFR63.js"), options = {
      repoDir: workspace,
      infraDir: inputs.infraDir,
      configDir: inputs.configDir,
      head: process.env.GITHUB_SHA || "HEAD",
      before: context.before,
      github: {
        gh: await githubClient(inputs.token),
        repo: { owner: context.owner, repo: context.repo },
        runUrl: context.runUrl
      },
      statusBranch: inputs.statusBranch,
      run: context.runId,
      log: runnerLog,
      // Only the modes that plan need the engines (and ask GitHub for OIDC tokens).
      // The drift check plans with plan identities (no Environment); every other mode runs
      // in the unit's Environment and assumes its apply identity.
      engineContext: () => engineInputs(workspace, inputs.mode === "drift" ? "plan" : "apply"),
      requireReview: inputs.requireReview,
      planAuthor: inputs.planAuthor,
      autoscaleAuthor: inputs.autoscaleAuthor,
      // The hourly run applies units held for their maintenance window, and nothing else.
      heldOnly: context.eventName === "schedule",
      trust: {
        ...inputs.oidcIssuer ? { issuer: inputs.oidcIssuer } : {},
        ...inputs.trustedWorkflow ? { workflow: inputs.trustedWorkflow } : {},
        ...inputs.trustedJobWorkflow ? { jobWorkflow: inputs.trustedJobWorkflow } : {}
      },
      backup: {
        dir: inputs.backupDir,
        ...inputs.backupPublicKey ? { publicKey: inputs.backupPublicKey } : {}
      },
      stack: inputs.stack,
      resultsDir: inputs.resultsDir,
      expectedUnits: inputs.expectedUnits
    }, outcome = inputs.mode === "drift" ? await apply.applyDrift(options) : inputs.mode === "correct" ? await apply.applyCorrect(options) : inputs.mode === "matrix" ? await apply.applyMatrix(options) : inputs.mode === "stack" ? await apply.applyStack(options) : inputs.mode === "report" ? await apply.applyReport(options) : await apply.applyAll(options), outputs = outcome.outputs;
    outputs.results !== void 0 && setOutput("results", outputs.results), outputs.result !== void 0 && setOutput("result", outputs.result), outputs.drifted !== void 0 && setOutput("drifted", outputs.drifted);
    for (let name of Object.keys(matrixOutputs([])))
      outputs[name] !== void 0 && setOutput(name, outputs[name]);
    outcome.markdown !== void 0 && appendSummary(fitSummary(outcome.markdown)), outcome.failure && setFailed(outcome.failure);
  } catch (err) {
    failStep(err, "Apply: configuration problems");
  }
}
await run();
export {
  run
};
