// What the autoscaler remembers between runs, kept on the status branch as one JSON file per
// region (`autoscale/<region>.json`), never in the action: the recent recommendations the
// stabilization windows need, the pull request it has open, and the size a person declined by
// closing that pull request unmerged. Each decision is one commit whose message says why, so
// the branch's history is the decision log.
import type { Decision, PastRecommendation } from "./types.ts";

export interface RecordedRecommendation {
  /** RFC 3339. */
  at: string;
  nodes: number;
}

export interface AutoscaleStatus {
  region: string;
  /** Oldest first; recommendations before stabilization and rate limits. */
  recommendations: RecordedRecommendation[];
  /** The last decision, for people reading the branch. */
  last?: { at: string; current: number; desired: number; recommendation: number; reason: string };
  /**
   * The bot's open pull request, the size it proposes, the head commit the bot wrote and the
   * login that opened it (the bot's): what auto-merge checks before merging (merge.ts).
   */
  pull?: { number: number; desired: number; head?: string; author?: string };
  /** "Not this size": a pull request closed without merging, until the decision moves. */
  rejected?: { nodes: number; pull: number; at: string };
}

/** At most this many recommendations are kept, whatever the windows. */
export const MAX_RECOMMENDATIONS = 50;
/** And at least this many, so a reader sees the trend even with short windows. */
export const MIN_RECOMMENDATIONS = 5;

export function statusPath(region: string): string {
  return `autoscale/${region}.json`;
}

/**
 * A status file as read from the branch, keeping only what has the expected shape: the file is
 * the bot's, but a hand edit or an older version must not stop the autoscaler.
 */
export function parseStatus(value: unknown, region: string): AutoscaleStatus {
  const o = isObject(value) ? value : {};
  const status: AutoscaleStatus = { region, recommendations: [] };
  if (Array.isArray(o.recommendations))
    for (const r of o.recommendations)
      if (isObject(r) && isTime(r.at) && isCount(r.nodes))
        status.recommendations.push({ at: r.at, nodes: r.nodes });
  status.recommendations.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const last = o.last;
  if (
    isObject(last) &&
    isTime(last.at) &&
    isCount(last.current) &&
    isCount(last.desired) &&
    isCount(last.recommendation) &&
    typeof last.reason === "string"
  )
    status.last = {
      at: last.at,
      current: last.current,
      desired: last.desired,
      recommendation: last.recommendation,
      reason: last.reason,
    };
  const pull = o.pull;
  if (isObject(pull) && isCount(pull.number) && isCount(pull.desired)) {
    status.pull = { number: pull.number, desired: pull.desired };
    if (typeof pull.head === "string" && /^[0-9a-f]{40,64}$/.test(pull.head))
      status.pull.head = pull.head;
    if (typeof pull.author === "string" && pull.author !== "") status.pull.author = pull.author;
  }
  const rejected = o.rejected;
  if (
    isObject(rejected) &&
    isCount(rejected.nodes) &&
    isCount(rejected.pull) &&
    isTime(rejected.at)
  )
    status.rejected = { nodes: rejected.nodes, pull: rejected.pull, at: rejected.at };
  return status;
}

/**
 * The recommendations the stabilization windows look at, as dates. When none falls inside
 * the last `windowSeconds` (a first run, a lost status file, or history older than the window
 * after a Prometheus outage) the window starts from the current count at `now`, as the HPA
 * seeds its own: one run's evidence alone never cuts the pool.
 */
export function pastRecommendations(
  status: AutoscaleStatus | undefined,
  seed: { now: Date; current: number; windowSeconds: number },
): PastRecommendation[] {
  const past = (status?.recommendations ?? []).map((r) => ({ at: new Date(r.at), nodes: r.nodes }));
  const cutoff = seed.now.getTime() - seed.windowSeconds * 1000;
  const inside = past.some((r) => r.at.getTime() > cutoff && r.at <= seed.now);
  return inside ? past : [...past, { at: seed.now, nodes: seed.current }];
}

/**
 * `status` with this run's decision added. Recommendations older than `keepSeconds` (the
 * longest stabilization window) are dropped, except the last few; a decision without data
 * (`recommendation` null) records nothing, since it is no evidence.
 */
export function recordDecision(
  status: AutoscaleStatus,
  decision: Decision,
  current: number,
  now: Date,
  keepSeconds: number,
): AutoscaleStatus {
  if (decision.recommendation === null) return status;
  const at = now.toISOString();
  const all = [...status.recommendations, { at, nodes: decision.recommendation }];
  const cutoff = now.getTime() - keepSeconds * 1000;
  const recent = all.filter(
    (r, i) => Date.parse(r.at) > cutoff || i >= all.length - MIN_RECOMMENDATIONS,
  );
  return {
    ...status,
    recommendations: recent.slice(-MAX_RECOMMENDATIONS),
    last: {
      at,
      current,
      desired: decision.desired,
      recommendation: decision.recommendation,
      reason: decision.reason,
    },
  };
}

/** The commit message of one decision: its headline, then why. */
export function decisionMessage(
  region: string,
  current: number,
  decision: Decision,
  outcome: string,
): string {
  const head =
    decision.desired === current
      ? `autoscale(${region}): stay at ${current} nodes`
      : `autoscale(${region}): ${current} → ${decision.desired} nodes`;
  return `${head} (${outcome})\n\n${decision.reason}\n`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

function isTime(v: unknown): v is string {
  return typeof v === "string" && !Number.isNaN(Date.parse(v));
}
