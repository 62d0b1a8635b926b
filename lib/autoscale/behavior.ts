// The HPA's `behavior` (horizontal.go: stabilizeRecommendationWithBehaviors,
// convertDesiredReplicasWithBehaviorRate and the two calculate…Limit functions), with the
// controller's in-memory history replaced by the recommendations and scale events the caller
// read from Git.
import { plural } from "./metrics.ts";
import type {
  Behavior,
  PastRecommendation,
  ScaleEvent,
  ScalingPolicy,
  ScalingRules,
  SelectPolicy,
} from "./types.ts";

export interface ResolvedRules {
  stabilizationWindowSeconds: number;
  selectPolicy: SelectPolicy;
  policies: ScalingPolicy[];
}

export interface ResolvedBehavior {
  scaleUp: ResolvedRules;
  scaleDown: ResolvedRules;
}

/** The HPA's defaults: grow by the larger of 4 nodes or 100% per 15 s, shrink after 5 min. */
export const DEFAULT_BEHAVIOR: ResolvedBehavior = {
  scaleUp: {
    stabilizationWindowSeconds: 0,
    selectPolicy: "Max",
    policies: [
      { type: "Nodes", value: 4, periodSeconds: 15 },
      { type: "Percent", value: 100, periodSeconds: 15 },
    ],
  },
  scaleDown: {
    stabilizationWindowSeconds: 300,
    selectPolicy: "Max",
    policies: [{ type: "Percent", value: 100, periodSeconds: 15 }],
  },
};

/** As the API server's defaulting: each field left out takes its own default. */
export function resolveBehavior(behavior: Behavior | undefined): ResolvedBehavior {
  const resolve = (rules: ScalingRules | undefined, d: ResolvedRules): ResolvedRules => ({
    stabilizationWindowSeconds: rules?.stabilizationWindowSeconds ?? d.stabilizationWindowSeconds,
    selectPolicy: rules?.selectPolicy ?? d.selectPolicy,
    policies: rules?.policies ?? d.policies,
  });
  return {
    scaleUp: resolve(behavior?.scaleUp, DEFAULT_BEHAVIOR.scaleUp),
    scaleDown: resolve(behavior?.scaleDown, DEFAULT_BEHAVIOR.scaleDown),
  };
}

export interface Step {
  nodes: number;
  /** Set when this step changed the count. */
  note?: string;
}

/**
 * Scale up only as far as every recommendation of the up window allows, and down only as far
 * as every recommendation of the down window allows: the current one counts as part of both.
 */
export function stabilize(
  current: number,
  recommendation: number,
  history: PastRecommendation[],
  now: Date,
  behavior: ResolvedBehavior,
): Step {
  const upWindow = behavior.scaleUp.stabilizationWindowSeconds;
  const downWindow = behavior.scaleDown.stabilizationWindowSeconds;
  let up = recommendation;
  let down = recommendation;
  for (const r of history) {
    if (after(r.at, now, upWindow)) up = Math.min(up, r.nodes);
    if (after(r.at, now, downWindow)) down = Math.max(down, r.nodes);
  }
  const nodes = Math.min(Math.max(current, up), down);
  if (nodes === recommendation) return { nodes };
  const note =
    recommendation > current
      ? `scale-up held at ${nodes} by the lowest recommendation of the last ${upWindow} s`
      : `scale-down held at ${nodes} by the highest recommendation of the last ${downWindow} s`;
  return { nodes, note };
}

/** How far the policies let the count move from `current` towards `desired` right now. */
export function limitRate(
  current: number,
  desired: number,
  events: ScaleEvent[],
  now: Date,
  behavior: ResolvedBehavior,
): Step {
  if (desired === current) return { nodes: desired };
  const up = desired > current;
  const rules = up ? behavior.scaleUp : behavior.scaleDown;
  const direction = up ? "scale-up" : "scale-down";
  if (rules.selectPolicy === "Disabled")
    return { nodes: current, note: `${direction} disabled (selectPolicy Disabled)` };

  // "Max" picks the policy allowing the biggest change; for a scale-down that is the lowest
  // count.
  const wantHigh = up === (rules.selectPolicy === "Max");
  let best: { limit: number; policy: ScalingPolicy; start: number } | undefined;
  for (const policy of rules.policies) {
    const start = current - netChange(events, now, policy.periodSeconds);
    const limit = up ? upLimit(start, policy) : downLimit(start, policy);
    if (!best || (wantHigh ? limit > best.limit : limit < best.limit))
      best = { limit, policy, start };
  }
  if (!best) return { nodes: desired };
  // Events of the period may already have used the whole budget: then hold, never reverse.
  const limit = up ? Math.max(best.limit, current) : Math.min(best.limit, current);
  if (up ? desired <= limit : desired >= limit) return { nodes: desired };
  const { type, value, periodSeconds } = best.policy;
  const since =
    best.start === current ? "" : ` (${plural(best.start, "node")} at the start of the period)`;
  return {
    nodes: limit,
    note: `${direction} limited to ${limit} by policy ${type}=${value}/${periodSeconds}s${since}`,
  };
}

/** Percent rounds up on the way up so that a small pool can grow at all (as the HPA does). */
function upLimit(start: number, p: ScalingPolicy): number {
  // Whole numbers throughout, so 10 nodes + 10% is 11, not ceil(11.000000000000002) = 12.
  return p.type === "Nodes" ? start + p.value : Math.ceil((start * (100 + p.value)) / 100);
}

function downLimit(start: number, p: ScalingPolicy): number {
  return p.type === "Nodes" ? start - p.value : Math.floor((start * (100 - p.value)) / 100);
}

/** Σ(to − from) of the events inside the period, so current − it is the count at its start. */
function netChange(events: ScaleEvent[], now: Date, periodSeconds: number): number {
  let change = 0;
  for (const e of events) if (after(e.at, now, periodSeconds)) change += e.to - e.from;
  return change;
}

/** Strictly inside the last `seconds` before `now` (the HPA's `After(cutoff)`). */
function after(at: Date, now: Date, seconds: number): boolean {
  return at.getTime() > now.getTime() - seconds * 1000;
}
