import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  fitSummary,
  reportProblems
} from "./chunks/chunk-IIGFA757.js";
import {
  InputError,
  annotate,
  appendSummary,
  getChoiceInput,
  getContext,
  getInput,
  githubClient,
  runnerLog,
  setFailed,
  setOutput,
  setSecret
} from "./chunks/chunk-JWPGVSTJ.js";
import {
  ConfigurationError
} from "./chunks/chunk-J6YPK43K.js";
import "./chunks/chunk-ZUSPSRZ2.js";
import "./chunks/chunk-BOG7BZ5N.js";

// actions/autoscale-propose/main.ts
function getInputs() {
  let dryRun = getChoiceInput("dry-run", ["true", "false"], "false") === "true", token = getInput("token");
  if (!dryRun && !token)
    throw new InputError(
      'input "token" is empty: proposing needs contents: write and pull-requests: write (or set dry-run)'
    );
  let prometheusUrl = getInput("prometheus-url");
  maskCredentials(prometheusUrl);
  let interval = getInput("interval-seconds") || "300", intervalSeconds = Number(interval);
  if (!Number.isInteger(intervalSeconds) || intervalSeconds < 0)
    throw new InputError(
      `input "interval-seconds" must be a whole number \u2265 0, not ${JSON.stringify(interval)}`
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
    token
  };
}
function maskCredentials(url) {
  if (url)
    try {
      let u = new URL(url);
      for (let part of [u.password, u.username])
        part && (setSecret(part), setSecret(decodeURIComponent(part)));
    } catch {
    }
}
async function run() {
  try {
    let inputs = getInputs(), context = getContext(), repo = { owner: context.owner, repo: context.repo }, github = inputs.token ? {
      gh: await githubClient(inputs.token),
      repo,
      base: inputs.base,
      ...inputs.statusBranch ? { statusBranch: inputs.statusBranch } : {}
    } : void 0, { proposeAutoscale, runFailed } = await import("./chunks/propose-ZGV2FIWU.js"), { autoscaleMarkdown } = await import("./chunks/report-IIQ7DPY2.js"), result = await proposeAutoscale({
      configDir: inputs.configDir,
      infraDir: inputs.infraDir,
      repoDir: process.env.GITHUB_WORKSPACE || process.cwd(),
      regions: inputs.regions,
      ...inputs.prometheusUrl ? { prometheusUrl: inputs.prometheusUrl } : {},
      dryRun: inputs.dryRun,
      ...github ? { github } : {},
      intervalSeconds: inputs.intervalSeconds,
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
          outcome: r.outcome
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
    ), appendSummary(fitSummary(autoscaleMarkdown(result))), runFailed(result) && setFailed(
      `autoscale: ${result.regions.filter((r) => r.outcome === "failed").map((r) => `${r.region}: ${r.message}`).join("; ")}`
    );
  } catch (err) {
    if (err instanceof ConfigurationError) {
      let report = reportProblems("Autoscale: configuration problems", err.problems, (f) => f);
      for (let p of report.annotate)
        annotate("error", p.message, { file: p.file, line: p.line, column: p.column });
      appendSummary(fitSummary(report.markdown));
    }
    setFailed(err instanceof Error ? err.message : String(err));
  }
}
await run();
export {
  run
};
