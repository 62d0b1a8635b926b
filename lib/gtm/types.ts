// What the effective-weights function takes and returns. The policy side maps onto the
// `GtmPolicy` kind (see `gtmWeightsPolicy`); the state side is what the status branch keeps
// between runs.
import type { GtmPolicy } from "../model/schema.ts";
import type { ProbeResult } from "../probes/http.ts";

export type { ProbeResult };

export interface GtmRegionPolicy {
  region: string;
  /** Base weight from Git. */
  weight: number;
  /**
   * Where this region's base weight goes while it is down: split evenly over the targets
   * that are up, in this order for the remainder. Without targets the weight is dropped and
   * the other regions' shares grow in proportion, as weighted DNS does anyway.
   */
  failover?: string[];
}

/** A region that answers but badly keeps serving, with less weight. */
export interface GtmDegradedPolicy {
  /** Error ratio (0–1) above which a region is degraded. */
  errorRate?: number;
  /** Latency (seconds) above which a region is degraded. */
  latencySeconds?: number;
  /** Multiplier of a degraded region's weight, in (0, 1]. */
  factor: number;
}

export interface GtmWeightsPolicy {
  publicName: string;
  regions: GtmRegionPolicy[];
  minReadyNodes: number;
  /** Failed probes in a row that take a region down; successes in a row that bring it back. */
  hysteresis: { down: number; up: number };
  degraded?: GtmDegradedPolicy;
  /** When every weighted region is down, serve them all at base weight rather than nothing. */
  failOpen: boolean;
}

/**
 * One round of evidence for a region. Missing or null means unknown: the probe or query
 * could not run, which is no evidence either way.
 */
export interface RegionObservation {
  readyNodes?: number | null;
  probe?: ProbeResult;
  /** 0–1. */
  errorRate?: number | null;
  latencySeconds?: number | null;
}

export type RegionHealth = "up" | "down";

export interface RegionState {
  state: RegionHealth;
  /** Failed probes in a row, capped at `hysteresis.down`. */
  failures: number;
  /**
   * Healthy rounds in a row (probe ok and ready nodes not below the minimum), capped at
   * `hysteresis.up`.
   */
  successes: number;
  /** The effective weight last decided, so the next decision can say what changed. */
  weight: number;
}

/** What the status branch keeps for one public name between runs. */
export interface GtmState {
  regions: Record<string, RegionState>;
}

export interface RegionDecision {
  region: string;
  state: RegionHealth;
  /** Null for a region with no previous state. */
  previousState: RegionHealth | null;
  baseWeight: number;
  previousWeight: number | null;
  weight: number;
  /** Why, in words: "down, 3/3 probes failed". */
  reason: string;
}

export interface GtmDecision {
  publicName: string;
  state: GtmState;
  /** In the policy's region order. */
  regions: RegionDecision[];
  /** Every weighted region is down and the policy fails open: base weights are served. */
  failOpen: boolean;
  /** Every weighted region is down (failing open or serving nothing): a person must look. */
  alert: boolean;
}

/**
 * The weights policy of a `GtmPolicy` document.
 */
export function gtmWeightsPolicy(spec: GtmPolicy["spec"]): GtmWeightsPolicy {
  return {
    publicName: spec.publicName,
    regions: spec.regions.map(({ region, weight, failover }) =>
      failover ? { region, weight, failover } : { region, weight },
    ),
    minReadyNodes: spec.minReadyNodes,
    hysteresis: { down: spec.hysteresis.failures, up: spec.hysteresis.successes },
    failOpen: spec.failOpen,
    ...(spec.degraded ? { degraded: spec.degraded } : {}),
  };
}
