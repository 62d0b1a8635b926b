// `autoscale-propose`, one run: read every region's policy and node pool file (all problems
// at once, before any request), observe and decide every region, then per region open, update
// or close its pull request and record the decision on the status branch — one commit per
// decision, whose message says why. A dry run decides and reports and writes nothing.
import { pool } from "../concurrency.ts";
import { errorMessage, UsageError } from "../errors.ts";
import type { GitHub } from "../github/client.ts";
import type { RepoRef } from "../github/git-data.ts";
import type { Logger } from "../logger.ts";
import { readStatusFromGit } from "./git-history.ts";
import type { MergeDecision } from "./merge.ts";
import { observeRegion, type QueryOptions, type RegionDecision, shownUrl } from "./observe.ts";
import type { Outcome } from "./pull-request.ts";
import { DEFAULT_INTERVAL_SECONDS, historySeconds } from "./run-policy.ts";
import {
  type AutoscaleStatus,
  decisionMessage,
  parseStatus,
  recordDecision,
  statusPath,
} from "./status.ts";
import { loadTargets, type RegionTarget, type TargetOptions } from "./targets.ts";
import { type AutoMerge, DEFAULT_AUTO_MERGE } from "./types.ts";

export interface GitHubTarget {
  gh: GitHub;
  repo: RepoRef;
  /** The branch pull requests target (the one the checkout is of). */
  base: string;
  /** Overrides the Platform's statusBranch. */
  statusBranch?: string;
  settleMs?: number;
}

export interface ProposeOptions extends TargetOptions {
  /** Decide and report; write nothing (no PR, no status commit). */
  dryRun: boolean;
  /** Needed unless dryRun; a dry run with it reads the status branch through it. */
  github?: GitHubTarget;
  now?: Date;
  /** Which of its own pull requests a later run merges (merge.ts); default scale-up. */
  autoMerge?: AutoMerge;
  /** The cron period; stabilization windows are widened by it (see run-policy.ts). 0: not. */
  intervalSeconds?: number;
  query?: Partial<QueryOptions>;
  /** Where the regions' token variables (`tokenEnv`) are read; the process' by default. */
  env?: NodeJS.ProcessEnv;
  /** Called with each region source's token before anything could print it (the runner's mask). */
  mask?: (secret: string) => void;
  log: Logger;
}

export type RegionOutcome = Outcome | "merged" | "no-data" | "failed" | "dry-run" | "stale";

export interface RegionResult {
  region: string;
  current: number;
  /** Equal to `current` when nothing was decided. */
  desired: number;
  recommendation: number | null;
  reason: string;
  outcome: RegionOutcome;
  /** The pull request concerned, if any. */
  pull?: number;
  /** Whether this run merged the bot's open pull request, and why (or why not). */
  merge?: MergeDecision;
  /** One line for people. */
  message: string;
  tfvarsFile: string;
  policyFile: string;
}

export interface AutoscaleRun {
  /** Redacted. */
  prometheus: string;
  at: string;
  dryRun: boolean;
  regions: RegionResult[];
}

/** Regions observed at once: Prometheus gets three queries per region. */
const PARALLEL_REGIONS = 4;

export async function proposeAutoscale(options: ProposeOptions): Promise<AutoscaleRun> {
  const { log, github, dryRun } = options;
  if (!dryRun && !github)
    throw new UsageError("proposing changes needs a GitHub token; without one, use a dry run");
  const loaded = await loadTargets(options);
  const now = options.now ?? new Date();
  const prometheus = shownSources(loaded.targets, loaded.prometheusUrl);
  const env = options.env ?? process.env;
  for (const t of loaded.targets) {
    const secret = t.prometheus.tokenEnv ? env[t.prometheus.tokenEnv] : undefined;
    if (secret) options.mask?.(secret);
  }
  const statusBranch = github?.statusBranch || loaded.statusBranch;
  const repoDir = options.repoDir ?? ".";

  const store = github
    ? (await import("../github/status-store.ts")).statusStore(github.gh, {
        repo: github.repo,
        branch: statusBranch,
        log,
      })
    : undefined;
  const readStatus = async (region: string): Promise<AutoscaleStatus> => {
    const path = statusPath(region);
    const raw = store
      ? await store.read<unknown>(path).catch((err: unknown) => {
          // A file that is not JSON is no history; the write below will say so loudly.
          if (!(err instanceof SyntaxError)) throw err;
          log.warning(`${statusBranch}:${path} is not JSON; reading it as empty`);
          return undefined;
        })
      : await readStatusFromGit(repoDir, statusBranch, path);
    return parseStatus(raw, region);
  };

  const statuses = await pool(loaded.targets, PARALLEL_REGIONS, (t) => readStatus(t.region));
  const query: QueryOptions = {
    timeoutMs: options.query?.timeoutMs ?? 10_000,
    attempts: options.query?.attempts ?? 3,
    ...(options.query?.backoffMs === undefined ? {} : { backoffMs: options.query.backoffMs }),
  };
  const observeOptions = {
    env,
    now,
    intervalSeconds: options.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS,
    query,
    log,
  };
  const decisions = await pool(loaded.targets, PARALLEL_REGIONS, (t) =>
    observeRegion(t, statuses[loaded.targets.indexOf(t)], observeOptions),
  );

  const regions: RegionResult[] = [];
  for (const [i, d] of decisions.entries()) {
    const result = await act(d, statuses[i]!);
    if (result.outcome === "no-data" || result.outcome === "stale" || result.outcome === "failed")
      log.warning(`autoscale ${result.region}: ${result.message}`);
    else log.info(`autoscale ${result.region}: ${result.message}`);
    regions.push(result);
  }
  return { prometheus, at: now.toISOString(), dryRun, regions };

  async function act(d: RegionDecision, status: AutoscaleStatus): Promise<RegionResult> {
    const base = {
      region: d.target.region,
      current: d.current,
      tfvarsFile: d.target.tfvarsFile,
      policyFile: d.target.policyFile,
    };
    if (d.kind !== "decided")
      return {
        ...base,
        desired: d.current,
        recommendation: null,
        reason: d.message,
        outcome: d.kind,
        message: d.message,
      };
    const decided = {
      ...base,
      desired: d.decision.desired,
      recommendation: d.decision.recommendation,
      reason: d.decision.reason,
    };
    if (dryRun || !github || !store) {
      const message =
        d.decision.desired === d.current
          ? `would stay at ${d.current}`
          : `would propose ${d.current} → ${d.decision.desired}`;
      return { ...decided, outcome: "dry-run", message };
    }
    const { readFileAt } = await import("../github/git-data.ts");
    const { reconcilePull } = await import("./pull-request.ts");
    const failed = (what: string, err: unknown): RegionResult => ({
      ...decided,
      outcome: "failed",
      message: `${what}: ${errorMessage(err)}`,
    });
    let pr: Awaited<ReturnType<typeof reconcilePull>>;
    try {
      const onBase = await readFileAt(github.gh, github.repo, d.target.tfvarsFile, github.base);
      if (onBase !== d.target.text)
        return {
          ...decided,
          outcome: "stale",
          message: `${d.target.tfvarsFile} on ${github.base} differs from this run's checkout; the next run decides on the new count`,
        };
      pr = await reconcilePull(
        {
          gh: github.gh,
          repo: github.repo,
          base: github.base,
          log,
          now,
          prometheus: shownUrl(d.target.prometheus.url),
          ...(github.settleMs === undefined ? {} : { settleMs: github.settleMs }),
        },
        d,
        status,
      );
    } catch (err) {
      return failed("could not update the pull request", err);
    }
    let done: RegionResult = {
      ...decided,
      outcome: pr.outcome,
      ...(pr.number === undefined ? {} : { pull: pr.number }),
      message: pr.message,
    };
    // Only a pull request this run left as it was: a rewritten head has checks still to run.
    const own = pr.status.pull;
    if (pr.outcome === "unchanged" && own) {
      const { mergeOwnPull } = await import("./merge.ts");
      let merge: MergeDecision;
      try {
        merge = await mergeOwnPull(
          { gh: github.gh, repo: github.repo, base: github.base },
          {
            region: d.target.region,
            current: d.current,
            pull: own,
            mode: options.autoMerge ?? DEFAULT_AUTO_MERGE,
          },
        );
      } catch (err) {
        return failed(`${pr.message}, but merging it failed`, err);
      }
      done = merge.merged
        ? {
            ...done,
            outcome: "merged",
            merge,
            message: `${d.current} → ${own.desired}: #${own.number} merged: ${merge.reason}`,
          }
        : { ...done, merge, message: `${pr.message}, not merged: ${merge.reason}` };
      if (merge.merged) delete pr.status.pull;
    }
    try {
      const keep = historySeconds(d.run.policy);
      await store.write<unknown>(
        statusPath(d.target.region),
        (current) =>
          recordDecision(
            {
              ...parseStatus(current, d.target.region),
              pull: pr.status.pull,
              rejected: pr.status.rejected,
            },
            d.decision,
            d.current,
            now,
            keep,
          ),
        () => decisionMessage(d.target.region, d.current, d.decision, done.outcome),
      );
    } catch (err) {
      // The pull request stands; the next run finds it by its branch and records it then.
      return failed(`${pr.message}, but the decision was not recorded on ${statusBranch}`, err);
    }
    return done;
  }
}

/** Did any region fail in a way a person must look at (not "no data", which passes)? */
export function runFailed(run: AutoscaleRun): boolean {
  return run.regions.some((r) => r.outcome === "failed");
}

/** The source every region was read from, or each region's when they differ (redacted). */
function shownSources(targets: readonly RegionTarget[], fallback: string): string {
  const urls = [...new Set(targets.map((t) => t.prometheus.url))];
  if (urls.length <= 1) return shownUrl(urls[0] ?? fallback);
  return targets.map((t) => `${t.region}: ${shownUrl(t.prometheus.url)}`).join(", ");
}
