// From a decision to the record sets that serve it, and back to the traffic shares those
// record sets give: weights where the provider weighs answers itself (LUA pickwrandom),
// membership elsewhere (every address of a region with weight, spread evenly by resolvers).
import { isIPv4, isIPv6 } from "node:net";
import { normalizeName } from "../dns/normalize.ts";
import type { DnsCapabilities } from "../dns/provider.ts";
import {
  gcd,
  luaTargets,
  type WeightedTarget,
  weightedRecordSet,
} from "../dns/providers/weighted.ts";
import type { RecordSet } from "../dns/types.ts";
import type { GtmRegionIngress } from "./targets.ts";
import type { GtmDecision } from "./types.ts";

export interface DesiredAnswer {
  records: RecordSet[];
  /** Regions with weight but no address to serve it from: said in the summary. */
  unserved: string[];
}

/**
 * The A (and AAAA) record sets at the public name. A region's weight is split evenly over
 * its addresses; to keep the split whole, every address weight is scaled by the least
 * common multiple of the address counts (pickwrandom takes integers, and weightedRecordSet
 * divides the common factor out again).
 */
export function desiredRecordSets(
  decision: GtmDecision,
  ingress: Readonly<Record<string, GtmRegionIngress>>,
  ttl: number,
  mode: DnsCapabilities["weights"],
): DesiredAnswer {
  const unserved: string[] = [];
  const live = decision.regions.filter((r) => r.weight > 0);
  for (const r of live)
    if ((ingress[r.region]?.addresses.length ?? 0) === 0) unserved.push(r.region);
  const records: RecordSet[] = [];
  for (const [type, isType] of [
    ["A", isIPv4],
    ["AAAA", isIPv6],
  ] as const) {
    const perRegion = live
      .map((r) => ({
        weight: r.weight,
        addresses: (ingress[r.region]?.addresses ?? []).filter(isType),
      }))
      .filter((r) => r.addresses.length > 0);
    if (perRegion.length === 0) continue;
    const scale = perRegion.map((r) => r.addresses.length).reduce(lcm, 1);
    const targets: WeightedTarget[] = perRegion.flatMap((r) =>
      r.addresses.map((address) => ({ address, weight: (r.weight * scale) / r.addresses.length })),
    );
    const set = weightedRecordSet({ name: decision.publicName, type, ttl, targets }, mode);
    // A LUA record set holds the code of every type it answers (`A "…"`, `AAAA "…"`): one
    // set per name, as planDns keys sets by name and type.
    const lua = set?.type === "LUA" ? records.find((r) => r.type === "LUA") : undefined;
    if (set && lua) lua.values.push(...set.values);
    else if (set) records.push(set);
  }
  return { records, unserved };
}

/**
 * Each region's share of answers (0–1) under `records`, as resolvers will see them: LUA
 * weights as written, plain sets evenly per address. Regions absent from the answers get 0.
 */
export function trafficShares(
  records: readonly RecordSet[],
  ingress: Readonly<Record<string, GtmRegionIngress>>,
): Record<string, number> {
  const regionOf = new Map<string, string>();
  for (const [region, i] of Object.entries(ingress))
    for (const a of i.addresses) if (!regionOf.has(a)) regionOf.set(a, region);
  const byAddress = new Map<string, number>();
  for (const r of records) {
    if (r.type === "LUA") {
      for (const v of r.values)
        for (const t of luaTargets(v) ?? [])
          byAddress.set(t.address, (byAddress.get(t.address) ?? 0) + t.weight);
    } else if (r.type === "A" || r.type === "AAAA") {
      for (const v of r.values) byAddress.set(v, (byAddress.get(v) ?? 0) + 1);
    }
  }
  const total = [...byAddress.values()].reduce((a, b) => a + b, 0);
  const shares: Record<string, number> = {};
  for (const region of Object.keys(ingress)) shares[region] = 0;
  if (total === 0) return shares;
  for (const [address, w] of byAddress) {
    const region = regionOf.get(address);
    if (region !== undefined) shares[region] = (shares[region] ?? 0) + w / total;
  }
  return shares;
}

/** The record sets of `records` at `name`. */
export function atName(records: readonly RecordSet[], name: string): RecordSet[] {
  const n = normalizeName(name);
  return records.filter((r) => normalizeName(r.name) === n);
}

function lcm(a: number, b: number): number {
  return (a / gcd(a, b)) * b;
}
