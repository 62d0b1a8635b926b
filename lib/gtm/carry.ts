// Degradation when the metrics are unknown. effectiveWeights judges error rate and latency
// round by round, so a round without Prometheus would end a region's degradation and give
// it its full weight back on no evidence. "Unknown keeps the previous state" applies here
// too: the figures that made a region degraded are kept (in the record, unchanged while it
// stays degraded, so they cause no commits) and stand in for figures that are unknown.
import type { GtmWeightsPolicy, RegionObservation } from "./types.ts";

/** Per degraded region, the figures over their thresholds when it became degraded. */
export type DegradedFigures = Record<string, { errorRate?: number; latencySeconds?: number }>;

/**
 * `observations` with unknown error rates and latencies of previously degraded regions
 * filled in from `previous`; `carried` names the regions that were filled in.
 */
export function carryDegraded(
  observations: Readonly<Record<string, RegionObservation>>,
  previous: DegradedFigures | undefined,
): { observations: Record<string, RegionObservation>; carried: string[] } {
  const out: Record<string, RegionObservation> = { ...observations };
  const carried: string[] = [];
  for (const [region, kept] of Object.entries(previous ?? {})) {
    const seen = out[region];
    if (!seen) continue;
    const next = { ...seen };
    if ((seen.errorRate ?? null) === null && kept.errorRate !== undefined)
      next.errorRate = kept.errorRate;
    if ((seen.latencySeconds ?? null) === null && kept.latencySeconds !== undefined)
      next.latencySeconds = kept.latencySeconds;
    if (next.errorRate !== seen.errorRate || next.latencySeconds !== seen.latencySeconds) {
      out[region] = next;
      carried.push(region);
    }
  }
  return { observations: out, carried };
}

/**
 * The figures to keep after this round: for each figure over its threshold, the value kept
 * before if there was one (stable while degraded), else this round's.
 */
export function degradedFigures(
  policy: GtmWeightsPolicy,
  observations: Readonly<Record<string, RegionObservation>>,
  previous: DegradedFigures | undefined,
): DegradedFigures {
  const limits = policy.degraded;
  const out: DegradedFigures = {};
  if (!limits) return out;
  for (const { region } of policy.regions) {
    const seen = observations[region] ?? {};
    const kept = previous?.[region] ?? {};
    const entry: DegradedFigures[string] = {};
    const errorRate = seen.errorRate ?? null;
    const latency = seen.latencySeconds ?? null;
    if (limits.errorRate !== undefined && errorRate !== null && errorRate > limits.errorRate)
      entry.errorRate = kept.errorRate ?? errorRate;
    if (limits.latencySeconds !== undefined && latency !== null && latency > limits.latencySeconds)
      entry.latencySeconds = kept.latencySeconds ?? latency;
    if (Object.keys(entry).length > 0) out[region] = entry;
  }
  return out;
}
