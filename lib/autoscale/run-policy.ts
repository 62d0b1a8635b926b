// The AutoscalePolicy as one cron run hands it to decide(): the HPA's behavior was written for
// a controller that decides every 15 s, the action decides once per cron period. Two
// adjustments keep the policy meaning what its author wrote, without touching decide():
//
// - Stabilization windows are widened by one run interval. With a 5-minute cron a 300 s
//   window would hold no earlier recommendation at all (the previous run is exactly 300 s
//   old, and the window is strict), so "shrink only after five minutes of lower demand" would
//   shrink on a single run's evidence. Widened, it holds the previous run's recommendation as
//   well, as the HPA's window holds its last 20 syncs. A window of 0 stays 0.
// - A count set by hand above `max` raises `max` to that count for the run: the sample's jp1
//   keeps headroom "a person can claim by hand", and clamping it back at once would undo the
//   person's decision. The metrics still bring it down when they ask for fewer nodes.
import type { AutoscalePolicy } from "../model/schema.ts";
import { resolveBehavior } from "./behavior.ts";
import type { Behavior, DecisionPolicy } from "./types.ts";

export type AutoscaleSpec = AutoscalePolicy["spec"];

/** The workflow's cron period (`*\/5 * * * *`). */
export const DEFAULT_INTERVAL_SECONDS = 300;
/** When the policy names no window: the node_exporter rate window of the sample policies. */
export const DEFAULT_WINDOW_SECONDS = 300;
/** When the policy names no warm-up: two minutes, as the sample policies. */
export const DEFAULT_WARMUP_SECONDS = 120;

export interface RunPolicy {
  policy: DecisionPolicy;
  /** How `policy` differs from the spec, for people (PR body, summary). */
  notes: string[];
}

/** The behavior with its non-zero stabilization windows widened by one run interval. */
export function behaviorForRun(
  behavior: DecisionPolicy["behavior"],
  intervalSeconds: number,
): { behavior: Behavior; notes: string[] } {
  const resolved = resolveBehavior(behavior);
  const notes: string[] = [];
  const widen = (direction: "scaleUp" | "scaleDown", label: string) => {
    const rules = resolved[direction];
    const window = rules.stabilizationWindowSeconds;
    if (window === 0 || intervalSeconds === 0) return rules;
    notes.push(
      `${label} stabilization window ${window} s + ${intervalSeconds} s (one run interval, so the previous run's recommendation counts)`,
    );
    return { ...rules, stabilizationWindowSeconds: window + intervalSeconds };
  };
  return {
    behavior: {
      scaleUp: widen("scaleUp", "scale-up"),
      scaleDown: widen("scaleDown", "scale-down"),
    },
    notes,
  };
}

export function policyForRun(
  spec: AutoscaleSpec,
  current: number,
  intervalSeconds: number,
): RunPolicy {
  const { behavior, notes } = behaviorForRun(spec.behavior, intervalSeconds);
  const policy: DecisionPolicy = {
    min: spec.min,
    max: spec.max,
    targetUtilization: spec.targetUtilization,
    behavior,
  };
  if (spec.tolerance !== undefined) policy.tolerance = spec.tolerance;
  if (current > spec.max) {
    policy.max = current;
    notes.push(
      `max ${spec.max} raised to ${current}, the count set by hand, until the metrics ask for fewer`,
    );
  }
  return { policy, notes };
}

/** How long past recommendations matter: the longest widened window. */
export function historySeconds(policy: DecisionPolicy): number {
  const b = resolveBehavior(policy.behavior);
  return Math.max(b.scaleUp.stabilizationWindowSeconds, b.scaleDown.stabilizationWindowSeconds);
}

/** How far back scale events matter: the longest rate-limit period. */
export function eventSeconds(policy: DecisionPolicy): number {
  const b = resolveBehavior(policy.behavior);
  return Math.max(
    0,
    ...[...b.scaleUp.policies, ...b.scaleDown.policies].map((p) => p.periodSeconds),
  );
}

/** One line per direction: window, select policy and limits, as decide() will apply them. */
export function describeBehavior(policy: DecisionPolicy): string[] {
  const b = resolveBehavior(policy.behavior);
  const rules = (label: string, r: typeof b.scaleUp) => {
    const limits = r.policies
      .map(
        (p) =>
          `${p.type === "Nodes" ? `${p.value} nodes` : `${p.value}%`} per ${p.periodSeconds} s`,
      )
      .join(", ");
    const select = r.selectPolicy === "Disabled" ? "disabled" : `${r.selectPolicy} of ${limits}`;
    return `${label}: stabilization window ${r.stabilizationWindowSeconds} s, ${select}`;
  };
  return [rules("scale-up", b.scaleUp), rules("scale-down", b.scaleDown)];
}
