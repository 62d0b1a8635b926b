// Effective weights: base weights from Git, bent by health evidence, as one pure function
// of (policy, this round's observations, the previous state). The reconciler stores the
// returned state and hands the weights to a DNS provider.
import type {
  GtmDecision,
  GtmRegionPolicy,
  GtmState,
  GtmWeightsPolicy,
  RegionDecision,
  RegionHealth,
  RegionObservation,
  RegionState,
} from "./types.ts";

/** Route 53's weight range, which the GtmPolicy schema also uses for base weights. */
export const MAX_WEIGHT = 255;

/** Why `policy` cannot be evaluated; empty when it can. */
export function gtmPolicyProblems(policy: GtmWeightsPolicy): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const r of policy.regions) {
    if (names.has(r.region)) problems.push(`region ${r.region} is listed twice`);
    names.add(r.region);
    if (!Number.isInteger(r.weight) || r.weight < 0 || r.weight > MAX_WEIGHT)
      problems.push(`region ${r.region}: weight must be a whole number from 0 to ${MAX_WEIGHT}`);
  }
  for (const r of policy.regions) {
    for (const t of r.failover ?? []) {
      if (t === r.region) problems.push(`region ${r.region} fails over to itself`);
      else if (!names.has(t)) problems.push(`region ${r.region} fails over to unknown ${t}`);
    }
  }
  const { down, up } = policy.hysteresis;
  if (!Number.isInteger(down) || down < 1 || !Number.isInteger(up) || up < 1)
    problems.push("hysteresis down and up must be whole numbers ≥ 1");
  const factor = policy.degraded?.factor;
  if (factor !== undefined && !(factor > 0 && factor <= 1))
    problems.push("degraded factor must be in (0, 1]: a degraded region still serves");
  return problems;
}

/**
 * This round's decision. Per region:
 *
 * - Down at once when its ready nodes are known and below `minReadyNodes`; down after
 *   `hysteresis.down` failed probes in a row.
 * - A down region comes back after `hysteresis.up` healthy rounds in a row (probe ok, ready
 *   nodes not below the minimum); a round with too few nodes starts the count again.
 * - Unknown evidence (no probe result, no node count) keeps the state and the counters.
 * - An up region over its error-rate or latency threshold is degraded: its weight, failover
 *   share included, is scaled by `degraded.factor` (at least 1, since degraded is not down).
 * - A down region's base weight is split evenly over its failover targets that are up;
 *   targets that are down pass nothing on, so failover never chains or loops.
 * - If every region with a base weight is down, `failOpen` serves all at base weight; either
 *   way `alert` is raised.
 *
 * A region without previous state starts up: a new region is not punished before evidence.
 */
export function effectiveWeights(
  policy: GtmWeightsPolicy,
  observations: Readonly<Record<string, RegionObservation>>,
  previous: GtmState | undefined,
): GtmDecision {
  const problems = gtmPolicyProblems(policy);
  // The schema and reference checks refuse such policies before any run.
  if (problems.length > 0) throw new Error(`invalid GTM policy: ${problems.join("; ")}`);

  const health = policy.regions.map((r) =>
    regionHealth(policy, r, observations[r.region] ?? {}, previous?.regions[r.region]),
  );
  const isUp = new Map(health.map((h) => [h.region.region, h.next.state === "up"]));
  const received = failoverShares(policy.regions, isUp);

  // "All down" is judged after failover: a standby of weight 0 that took a down region's
  // share serves, and failing open would take the traffic away from it again.
  const weighted = health.filter((h) => h.region.weight > 0);
  const served = health
    .filter((h) => h.next.state === "up")
    .reduce(
      (sum, h) =>
        sum +
        h.region.weight +
        (received.get(h.region.region) ?? []).reduce((s, g) => s + g.amount, 0),
      0,
    );
  const allDown = weighted.length > 0 && served === 0;
  const failOpen = allDown && policy.failOpen;

  const regions: RegionDecision[] = health.map((h) => {
    const { region, next, prev } = h;
    const notes = [...h.notes];
    let weight = 0;
    if (failOpen) {
      weight = region.weight;
      notes.push("failing open");
    } else if (next.state === "up") {
      const gifts = received.get(region.region) ?? [];
      weight = region.weight + gifts.reduce((sum, g) => sum + g.amount, 0);
      for (const g of gifts) notes.push(`+${g.amount} from ${g.from}`);
      const degraded = degradation(policy, observations[region.region] ?? {});
      if (degraded && weight > 0) {
        weight = Math.max(1, Math.round(weight * degraded.factor));
        notes.push(`degraded (${degraded.why.join(", ")}) ×${degraded.factor}`);
      }
      weight = Math.min(weight, MAX_WEIGHT);
    }
    next.weight = weight;
    return {
      region: region.region,
      state: next.state,
      previousState: prev?.state ?? null,
      baseWeight: region.weight,
      previousWeight: prev?.weight ?? null,
      weight,
      reason: [next.state, ...notes].join(", "),
    };
  });

  const state: GtmState = { regions: {} };
  for (const h of health) state.regions[h.region.region] = h.next;
  return { publicName: policy.publicName, state, regions, failOpen, alert: allDown };
}

interface Health {
  region: GtmRegionPolicy;
  prev: RegionState | undefined;
  next: RegionState;
  /** The evidence behind the state, for the reason. */
  notes: string[];
}

function regionHealth(
  policy: GtmWeightsPolicy,
  region: GtmRegionPolicy,
  seen: RegionObservation,
  prev: RegionState | undefined,
): Health {
  const { down, up } = policy.hysteresis;
  const was: RegionHealth = prev?.state ?? "up";
  let failures = Math.min(prev?.failures ?? 0, down);
  let successes = Math.min(prev?.successes ?? 0, up);
  const ready = seen.readyNodes ?? null;
  const tooFewNodes = ready !== null && ready < policy.minReadyNodes;
  const probe = seen.probe ?? "unknown";

  if (probe === "ok") {
    failures = 0;
    successes = tooFewNodes ? 0 : Math.min(successes + 1, up);
  } else if (probe === "failed") {
    failures = Math.min(failures + 1, down);
    successes = 0;
  } else if (tooFewNodes) {
    successes = 0;
  }

  let state: RegionHealth;
  if (tooFewNodes) state = "down";
  else if (was === "up") state = failures >= down ? "down" : "up";
  else state = successes >= up ? "up" : "down";

  const notes: string[] = [];
  if (tooFewNodes) notes.push(`${ready}/${policy.minReadyNodes} ready nodes`);
  if (state === "down" && failures >= down) notes.push(`${down}/${down} probes failed`);
  if (probe === "unknown") notes.push(`probe unknown, kept ${state}`);
  else if (state === "down" && !tooFewNodes && failures < down)
    notes.push(`${successes}/${up} probes ok`);
  else if (state === "up" && was === "down") notes.push(`${up}/${up} probes ok`);
  else if (state === "up" && failures > 0) notes.push(`${failures}/${down} probes failed`);

  return { region, prev, next: { state, failures, successes, weight: 0 }, notes };
}

/** Per receiving region: what it gets from which down region. */
function failoverShares(
  regions: readonly GtmRegionPolicy[],
  isUp: ReadonlyMap<string, boolean>,
): Map<string, { from: string; amount: number }[]> {
  const received = new Map<string, { from: string; amount: number }[]>();
  for (const r of regions) {
    if (isUp.get(r.region) || r.weight === 0) continue;
    const targets = (r.failover ?? []).filter((t) => t !== r.region && isUp.get(t));
    const share = Math.floor(r.weight / Math.max(targets.length, 1));
    const remainder = r.weight - share * targets.length;
    for (const [i, t] of targets.entries()) {
      const amount = share + (i < remainder ? 1 : 0);
      if (amount === 0) continue;
      received.set(t, [...(received.get(t) ?? []), { from: r.region, amount }]);
    }
  }
  return received;
}

function degradation(
  policy: GtmWeightsPolicy,
  seen: RegionObservation,
): { factor: number; why: string[] } | undefined {
  const limits = policy.degraded;
  if (!limits) return undefined;
  const why: string[] = [];
  const errorRate = seen.errorRate ?? null;
  const latency = seen.latencySeconds ?? null;
  if (limits.errorRate !== undefined && errorRate !== null && errorRate > limits.errorRate)
    why.push(`error rate ${percent(errorRate)} > ${percent(limits.errorRate)}`);
  if (limits.latencySeconds !== undefined && latency !== null && latency > limits.latencySeconds)
    why.push(`latency ${seconds(latency)} > ${seconds(limits.latencySeconds)}`);
  return why.length > 0 ? { factor: limits.factor, why } : undefined;
}

function percent(ratio: number): string {
  return `${Number((ratio * 100).toFixed(2))}%`;
}

function seconds(s: number): string {
  return `${Number(s.toFixed(3))}s`;
}
