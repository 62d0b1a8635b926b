import { AUTO_MERGE_MODES, type AutoMerge, parseAutoMerge } from "../../lib/autoscale/types.ts";
import { fitSummary } from "../../lib/report/job-report.ts";
import { githubClient } from "../github.ts";
import {
  appendSummary,
  failStep,
  getBooleanInput,
  getContext,
  getInput,
  InputError,
  maskUrlCredentials,
  runnerLog,
  setFailed,
  setOutput,
  setSecret,
} from "../runner.ts";

interface Inputs {
  configDir: string;
  infraDir: string;
  regions: string[];
  prometheusUrl: string;
  dryRun: boolean;
  statusBranch: string;
  base: string;
  intervalSeconds: number;
  autoMerge: AutoMerge;
  token: string;
}

function getInputs(): Inputs {
  const dryRun = getBooleanInput("dry-run", false);
  const token = getInput("token");
  if (!dryRun && !token)
    throw new InputError(
      'input "token" is empty: proposing needs contents: write and pull-requests: write (or set dry-run)',
    );
  const prometheusUrl = getInput("prometheus-url");
  maskUrlCredentials(prometheusUrl);
  const interval = getInput("interval-seconds") || "300";
  const intervalSeconds = Number(interval);
  if (!Number.isInteger(intervalSeconds) || intervalSeconds < 0)
    throw new InputError(
      `input "interval-seconds" must be a whole number ≥ 0, not ${JSON.stringify(interval)}`,
    );
  const autoMergeInput = getInput("auto-merge") || "scale-up";
  const autoMerge = parseAutoMerge(autoMergeInput);
  if (!autoMerge)
    throw new InputError(
      `input "auto-merge" must be one of ${AUTO_MERGE_MODES.join(", ")}, not ${JSON.stringify(autoMergeInput)}`,
    );
  return {
    configDir: getInput("config-dir") || "platform-config",
    infraDir: getInput("infra-dir") || "infra",
    regions: getInput("regions")
      .split(/[\s,]+/)
      .filter((r) => r !== ""),
    prometheusUrl,
    dryRun,
    statusBranch: getInput("status-branch"),
    // A scheduled run runs on the default branch: the one to propose against.
    base: getInput("base") || process.env.GITHUB_REF_NAME || "main",
    intervalSeconds,
    autoMerge,
    token,
  };
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const context = getContext();
    const repo = { owner: context.owner, repo: context.repo };
    const github = inputs.token
      ? {
          gh: await githubClient(inputs.token),
          repo,
          base: inputs.base,
          ...(inputs.statusBranch ? { statusBranch: inputs.statusBranch } : {}),
        }
      : undefined;
    const { proposeAutoscale, runFailed } = await import("../../lib/autoscale/propose.ts");
    const { autoscaleMarkdown } = await import("../../lib/autoscale/report.ts");
    const result = await proposeAutoscale({
      configDir: inputs.configDir,
      infraDir: inputs.infraDir,
      repoDir: process.env.GITHUB_WORKSPACE || process.cwd(),
      regions: inputs.regions,
      ...(inputs.prometheusUrl ? { prometheusUrl: inputs.prometheusUrl } : {}),
      dryRun: inputs.dryRun,
      ...(github ? { github } : {}),
      intervalSeconds: inputs.intervalSeconds,
      autoMerge: inputs.autoMerge,
      mask: setSecret,
      log: runnerLog,
    });
    const server = process.env.GITHUB_SERVER_URL ?? "https://github.com";
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
          ...(r.merge ? { merge: { merged: r.merge.merged, reason: r.merge.reason } } : {}),
        })),
      ),
    );
    setOutput(
      "prs",
      JSON.stringify(
        result.regions.flatMap((r) =>
          r.pull === undefined
            ? []
            : [
                {
                  region: r.region,
                  number: r.pull,
                  outcome: r.outcome,
                  url: `${server}/${repo.owner}/${repo.repo}/pull/${r.pull}`,
                },
              ],
        ),
      ),
    );
    setOutput(
      "merged",
      JSON.stringify(
        result.regions.flatMap((r) =>
          r.merge?.merged && r.pull !== undefined
            ? [{ region: r.region, number: r.pull, sha: r.merge.sha ?? null }]
            : [],
        ),
      ),
    );
    appendSummary(fitSummary(autoscaleMarkdown(result)));
    if (runFailed(result))
      setFailed(
        `autoscale: ${result.regions
          .filter((r) => r.outcome === "failed")
          .map((r) => `${r.region}: ${r.message}`)
          .join("; ")}`,
      );
  } catch (err) {
    failStep(err, "Autoscale: configuration problems");
  }
}

await run();
