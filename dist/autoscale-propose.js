import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  InputError,
  appendSummary,
  failStep,
  getBooleanInput,
  getContext,
  getInput,
  githubClient,
  maskUrlCredentials,
  runnerLog,
  setFailed,
  setOutput,
  setSecret
} from "./chunks/chunk-WDRKOJYZ.js";
import {
  fitSummary
} from "./chunks/chunk-GPRVIFN3.js";
import "./chunks/chunk-53UA33VZ.js";
import {
  AUTO_MERGE_MODES,
  parseAutoMerge
} from "./chunks/chunk-LRUJNPW5.js";
import "./chunks/chunk-Q3YCBL2Q.js";
import "./chunks/chunk-BOG7BZ5N.js";

// actions/autoscale-propose/main.ts
function getInputs() {
  let dryRun = getBooleanInput("dry-run", !1), token = getInput("token");
  if (!dryRun && !token)
    throw new InputError(
      'input "token" is empty: proposing needs contents: write and pull-requests: write (or set dry-run)'
    );
  let prometheusUrl = getInput("prometheus-url");
  maskUrlCredentials(prometheusUrl);
  let interval = getInput("interval-seconds") || "300", intervalSeconds = Number(interval);
  if (!Number.isInteger(intervalSeconds) || intervalSeconds < 0)
    throw new InputError(
      `input "interval-seconds" must be a whole number \u2265 0, not ${JSON.stringify(interval)}`
    );
  let autoMergeInput = getInput("auto-merge") || "scale-up", autoMerge = parseAutoMerge(autoMergeInput);
  if (!autoMerge)
    throw new InputError(
      `input "auto-merge" must be one of ${AUTO_MERGE_MODES.join(", ")}, not ${JSON.stringify(autoMergeInput)}`
    );
  return {
    configDir: getInput("config-dir") || "platform-config",
    infraDir: getInput("infra-dir") || "infra",
    regions: getInput("regions").split(/[\s,]+/).filter((r) => r !== ""),
    prometheusUrl,
    dryRun,
    statusBranch: getInput("status-branch"),
    // A scheduled run runs on the default branch: the one to propose against.
    base: getInput("base") || process.env.GITHUB_REF_NAME || "main",
    intervalSeconds,
    autoMerge,
    token
  };
}
async function run() {
  try {
    let inputs = getInputs(), context = getContext(), repo = { owner: context.owner, repo: context.repo }, github = inputs.token ? {
      gh: await githubClient(inputs.token),
      repo,
      base: inputs.base,
      ...inputs.statusBranch ? { statusBranch: inputs.statusBranch } : {}
    } : void 0, { proposeAutoscale, runFailed } = await import("./chunks/propose-Y4DEG5JM.js"), { autoscaleMarkdown } = await import("./chunks/report-TADPZ5PX.js"), result = await proposeAutoscale({
      configDir: inputs.configDir,
      infraDir: inputs.infraDir,
      repoDir: process.env.GITHUB_WORKSPACE || process.cwd(),
      regions: inputs.regions,
      ...inputs.prometheusUrl ? { prometheusUrl: inputs.prometheusUrl } : {},
      dryRun: inputs.dryRun,
      ...github ? { github } : {},
      intervalSeconds: inputs.intervalSeconds,
      autoMerge: inputs.autoMerge,
      mask: setSecret,
      log: runnerLog
    }), server = process.env.GITHUB_SERVER_URL ?? "https://github.com";
    setOutput(
      "decisions",
      JSON.stringify(
        result.regions.map((r) => ({
          region: r.region,
          current: r.current,
          desired: r.desired,
          recommendation: r.recommendation,
          reason: r.reason,
          outcome: r.outcome,
          ...r.merge ? { merge: { merged: r.merge.merged, reason: r.merge.reason } } : {}
        }))
      )
    ), setOutput(
      "prs",
      JSON.stringify(
        result.regions.flatMap(
          (r) => r.pull === void 0 ? [] : [
            {
              region: r.region,
              number: r.pull,
              outcome: r.outcome,
              url: `${server}/${repo.owner}/${repo.repo}/pull/${r.pull}`
            }
          ]
        )
      )
    ), setOutput(
      "merged",
      JSON.stringify(
        result.regions.flatMap(
          (r) => r.merge?.merged && r.pull !== void 0 ? [{ region: r.region, number: r.pull, sha: r.merge.sha ?? null }] : []
        )
      )
    ), appendSummary(fitSummary(autoscaleMarkdown(result))), runFailed(result) && setFailed(
      `autoscale: ${result.regions.filter((r) => r.outcome === "failed").map((r) => `${r.region}: ${r.message}`).join("; ")}`
    );
  } catch (err) {
    failStep(err, "Autoscale: configuration problems");
  }
}
await run();
export {
  run
};
