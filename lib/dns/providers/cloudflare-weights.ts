// Weights on Cloudflare, pure. Plain DNS records carry no weight: by default Cloudflare
// serves by membership (weighted.ts lists the regions with weight as plain A/AAAA values);
// when the policy says so, a Load Balancer pool's origins carry the weights instead.
import type { Origin, OriginParam } from "cloudflare/resources/load-balancers/load-balancers";

/**
 * A pool's origins with the weights of `weights` (keyed by origin name, which is the region
 * name), or null when nothing changes. Cloudflare takes weights from 0 to 1 in steps of 0.01
 * and compares them only with each other, so the largest region weight becomes 1. Origins
 * `weights` does not name keep theirs; every other field is sent back as read, because the
 * PATCH replaces the whole origin list.
 */
export function poolOriginWeights(
  origins: readonly Origin[],
  weights: Readonly<Record<string, number>>,
): OriginParam[] | null {
  const named = new Set(origins.map((o) => o.name));
  const unknown = Object.keys(weights).filter((region) => !named.has(region));
  if (unknown.length > 0)
    throw new Error(
      `the pool has no origin named ${unknown.join(", ")} (origins are named after regions: ${[...named].join(", ")})`,
    );
  const max = Math.max(0, ...Object.values(weights));
  let changed = false;
  const next = origins.map((o): OriginParam => {
    const { disabled_at: _disabledAt, ...writable } = o;
    const regionWeight = o.name === undefined ? undefined : weights[o.name];
    if (regionWeight === undefined) return writable;
    const weight = max === 0 ? 0 : Math.round((regionWeight / max) * 100) / 100;
    if (weight !== (o.weight ?? 1)) changed = true;
    return { ...writable, weight };
  });
  return changed ? next : null;
}
