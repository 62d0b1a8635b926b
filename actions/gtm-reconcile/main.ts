import { readFileSync } from "node:fs";
import path from "node:path";
import { clockFromEnv } from "../../lib/clock.ts";
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
  policies: string[];
  dryRun: boolean;
  force: boolean;
  watch: { intervalSeconds: number; forMinutes: number } | undefined;
  statusBranch: string;
  prometheusUrl: string;
  token: string;
}

function number(name: string, raw: string): number {
  const n = Number(raw === "" ? "0" : raw);
  if (!Number.isFinite(n) || n < 0)
    throw new InputError(`input "${name}" must be a number ≥ 0, not ${JSON.stringify(raw)}`);
  return n;
}

function getInputs(): Inputs {
  const seconds = number("watch-seconds", getInput("watch-seconds"));
  const minutes = number("for-minutes", getInput("for-minutes"));
  if (seconds > 0 && minutes <= 0)
    throw new InputError('input "watch-seconds" needs "for-minutes" (how long the watch goes on)');
  const dryRun = getBooleanInput("dry-run", false);
  const token = getInput("token");
  if (!token && !dryRun)
    throw new InputError('input "token" is empty: decisions are recorded on the status branch');
  const prometheusUrl = getInput("prometheus-url");
  if (prometheusUrl) maskUrlCredentials(prometheusUrl);
  return {
    configDir: getInput("config-dir") || "platform-config",
    policies: getInput("policies")
      .split(/[\s,]+/)
      .filter(Boolean),
    dryRun,
    force: getBooleanInput("force", false),
    watch: seconds > 0 ? { intervalSeconds: seconds, forMinutes: minutes } : undefined,
    statusBranch: getInput("status-branch"),
    prometheusUrl,
    token,
  };
}

/** The event type and client_payload of a repository_dispatch run. */
function dispatchEvent(eventName: string): { eventType: unknown; payload: unknown } | undefined {
  if (eventName !== "repository_dispatch" || !process.env.GITHUB_EVENT_PATH) return undefined;
  const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, "utf8")) as {
    action?: unknown;
    client_payload?: unknown;
  };
  return { eventType: event.action, payload: event.client_payload };
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const context = getContext();
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const dispatch = dispatchEvent(context.eventName);
    const gh = inputs.token ? await githubClient(inputs.token) : undefined;
    const { reconcileGtm } = await import("../../lib/gtm/index.ts");
    const outcome = await reconcileGtm({
      configDir: path.resolve(workspace, inputs.configDir),
      repoRoot: workspace,
      policies: inputs.policies,
      dryRun: inputs.dryRun,
      force: inputs.force,
      ...(inputs.watch ? { watch: inputs.watch, clock: clockFromEnv() } : {}),
      ...(inputs.statusBranch ? { statusBranch: inputs.statusBranch } : {}),
      ...(inputs.prometheusUrl ? { prometheusUrl: inputs.prometheusUrl } : {}),
      ...(dispatch ? { dispatch } : {}),
      ...(gh
        ? {
            github: {
              gh,
              repo: { owner: context.owner, repo: context.repo },
              runUrl: context.runUrl,
            },
          }
        : {}),
      env: process.env,
      mask: setSecret,
      log: runnerLog,
    });
    appendSummary(fitSummary(outcome.markdown));
    setOutput("decision", JSON.stringify(outcome.decision));
    const branch = process.env.GITHUB_REF_NAME;
    if (gh && !inputs.dryRun && branch) {
      const { commitZoneFiles } = await import("../../lib/gtm/zone-commit.ts");
      const lines = outcome.result.last.policies.map((p) => p.record.message).filter(Boolean);
      const commit = await commitZoneFiles(
        gh,
        { owner: context.owner, repo: context.repo },
        {
          repoDir: workspace,
          branch,
          message: ["gtm: zone files updated", "", ...lines].join("\n"),
          log: runnerLog,
        },
      );
      if (commit) runnerLog.info(`zone files committed to ${branch}: ${commit}`);
    }
    const { roundProblems } = await import("../../lib/gtm/summary.ts");
    const problems = [...roundProblems(outcome.result.last), ...outcome.result.flushErrors];
    const earlier = outcome.result.troubled.filter((r) => r !== outcome.result.last);
    if (earlier.length > 0)
      runnerLog.warning(
        `gtm-reconcile: ${earlier.length} round(s) of the watch had problems, later rounds went through; the first: ${roundProblems(earlier[0]!).join("; ")}`,
      );
    for (const p of outcome.result.last.policies.flatMap((x) => x.dns.conflicts))
      runnerLog.warning(
        `${p.name} ${p.type} is owned by ${p.owner ?? "nobody we know"}: left alone (conflict)`,
      );
    if (!outcome.result.ok)
      setFailed(`gtm-reconcile: ${problems.join("; ") || "see the job summary"}`);
  } catch (err) {
    failStep(err, "GTM: configuration problems");
  }
}

await run();
