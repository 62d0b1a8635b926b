import path from "node:path";
import { fitSummary } from "../../lib/report/job-report.ts";
import { matrixOutputs } from "../../lib/stacks/fan-out.ts";
import { engineInputs, workspaceDir } from "../engine-inputs.ts";
import { githubClient } from "../github.ts";
import {
  appendSummary,
  failStep,
  getBooleanInput,
  getChoiceInput,
  getContext,
  getInput,
  InputError,
  runnerLog,
  setFailed,
  setOutput,
} from "../runner.ts";

const MODES = ["all", "matrix", "stack", "report", "drift", "correct"] as const;

function getInputs() {
  const mode = getChoiceInput("mode", MODES, "all");
  const stack = getInput("stack");
  if ((mode === "stack" || mode === "correct") && !stack)
    throw new InputError(`mode "${mode}" needs the input "stack"`);
  const temp = process.env.RUNNER_TEMP ?? ".";
  const token = getInput("token");
  if (!token)
    throw new InputError('input "token" is empty: apply records its work on the status branch');
  const expected = getInput("expected-units");
  let expectedUnits: string[] = [];
  if (expected !== "") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(expected);
    } catch {
      parsed = undefined;
    }
    if (!Array.isArray(parsed) || !parsed.every((u) => typeof u === "string"))
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
    requireReview: getBooleanInput("require-review", true),
    planAuthor: getInput("plan-author") || "github-actions[bot]",
    autoscaleAuthor: getInput("autoscale-author"),
    oidcIssuer: getInput("oidc-issuer"),
    trustedWorkflow: getInput("trusted-workflow"),
    trustedJobWorkflow: getInput("trusted-job-workflow"),
    token,
  };
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const context = getContext();
    const workspace = workspaceDir();
    const apply = await import("../../lib/apply/index.ts");
    const options = {
      repoDir: workspace,
      infraDir: inputs.infraDir,
      configDir: inputs.configDir,
      head: process.env.GITHUB_SHA || "HEAD",
      before: context.before,
      github: {
        gh: await githubClient(inputs.token),
        repo: { owner: context.owner, repo: context.repo },
        runUrl: context.runUrl,
      },
      statusBranch: inputs.statusBranch,
      run: context.runId,
      log: runnerLog,
      // Only the modes that plan need the engines (and ask GitHub for OIDC tokens).
      engineContext: () => engineInputs(workspace),
      requireReview: inputs.requireReview,
      planAuthor: inputs.planAuthor,
      autoscaleAuthor: inputs.autoscaleAuthor,
      // The hourly run applies units held for their maintenance window, and nothing else.
      heldOnly: context.eventName === "schedule",
      trust: {
        ...(inputs.oidcIssuer ? { issuer: inputs.oidcIssuer } : {}),
        ...(inputs.trustedWorkflow ? { workflow: inputs.trustedWorkflow } : {}),
        ...(inputs.trustedJobWorkflow ? { jobWorkflow: inputs.trustedJobWorkflow } : {}),
      },
      backup: {
        dir: inputs.backupDir,
        ...(inputs.backupPublicKey ? { publicKey: inputs.backupPublicKey } : {}),
      },
      stack: inputs.stack,
      resultsDir: inputs.resultsDir,
      expectedUnits: inputs.expectedUnits,
    };
    const outcome =
      inputs.mode === "drift"
        ? await apply.applyDrift(options)
        : inputs.mode === "correct"
          ? await apply.applyCorrect(options)
          : inputs.mode === "matrix"
            ? await apply.applyMatrix(options)
            : inputs.mode === "stack"
              ? await apply.applyStack(options)
              : inputs.mode === "report"
                ? await apply.applyReport(options)
                : await apply.applyAll(options);
    const outputs: Record<string, string | undefined> = outcome.outputs;
    if (outputs.results !== undefined) setOutput("results", outputs.results);
    if (outputs.result !== undefined) setOutput("result", outputs.result);
    if (outputs.drifted !== undefined) setOutput("drifted", outputs.drifted);
    // The matrix mode's outputs (drift's units to correct too), as lib/stacks/fan-out.ts
    // names them; nothing else passes.
    for (const name of Object.keys(matrixOutputs([])))
      if (outputs[name] !== undefined) setOutput(name, outputs[name]);
    if (outcome.markdown !== undefined) appendSummary(fitSummary(outcome.markdown));
    if (outcome.failure) setFailed(outcome.failure);
  } catch (err) {
    failStep(err, "Apply: configuration problems");
  }
}

await run();
