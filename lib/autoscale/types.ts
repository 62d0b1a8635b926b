// The data of one autoscaling decision: the region's policy, what the metrics say about each
// node, and the history the HPA's behavior needs (past recommendations and scale events),
// which the caller reads from Git because the autoscaler keeps no state of its own.
import type { NodeSample } from "../metrics/node-metrics.ts";

export type { NodeSample };

export type ScalingPolicyType = "Nodes" | "Percent";
export type SelectPolicy = "Max" | "Min" | "Disabled";

/** At most `value` nodes (or percent of the nodes at the period's start) per `periodSeconds`. */
export interface ScalingPolicy {
  type: ScalingPolicyType;
  value: number;
  periodSeconds: number;
}

/** One direction of the HPA's `behavior`; anything left out takes the HPA's default. */
export interface ScalingRules {
  stabilizationWindowSeconds?: number;
  selectPolicy?: SelectPolicy;
  policies?: ScalingPolicy[];
}

export interface Behavior {
  scaleUp?: ScalingRules;
  scaleDown?: ScalingRules;
}

/** The part of an `AutoscalePolicy` spec the decision reads (the spec itself fits). */
export interface DecisionPolicy {
  min: number;
  max: number;
  /** Wanted Σusage / Σcapacity, in (0, 1]. */
  targetUtilization: number;
  /** Default 0.1, as the HPA's `--horizontal-pod-autoscaler-tolerance`. */
  tolerance?: number;
  behavior?: Behavior;
}

/** A recommendation an earlier run made, before stabilization and rate limits. */
export interface PastRecommendation {
  at: Date;
  nodes: number;
}

/** A change of the node count that took effect (a merged count change). */
export interface ScaleEvent {
  at: Date;
  from: number;
  to: number;
}

export interface DecisionInput {
  policy: DecisionPolicy;
  /** The count in infra/node-pool/<region>.tfvars. */
  current: number;
  nodes: NodeSample[];
  now: Date;
  recommendations?: PastRecommendation[];
  events?: ScaleEvent[];
}

export interface Decision {
  /** The count to propose: after stabilization, rate limits and the min/max clamp. */
  desired: number;
  /** What the metrics alone ask for; null when there was no usable data (no decision). */
  recommendation: number | null;
  /** One line for people, with the numbers that led to `desired`. */
  reason: string;
}

/**
 * Which of its own pull requests the autoscaler merges on a later run (merge.ts): none, only
 * counts that go up (a scale-down waits for a person), or all.
 */
export const AUTO_MERGE_MODES = ["none", "scale-up", "all"] as const;
export type AutoMerge = (typeof AUTO_MERGE_MODES)[number];
export const DEFAULT_AUTO_MERGE: AutoMerge = "scale-up";

export function parseAutoMerge(value: string): AutoMerge | undefined {
  return AUTO_MERGE_MODES.find((m) => m === value);
}
