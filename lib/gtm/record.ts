// What the status branch keeps per policy (gtm/<policy>.json) and the commit message of each
// write. The document holds only what the next decision needs — states, counters, weights,
// whether the DNS still has to catch up — and no time or evidence, so that a round that
// changes nothing writes nothing: the commit history is the list of decisions.
import type { DegradedFigures } from "./carry.ts";
import { decisionMessage } from "./message.ts";
import type { GtmDecision, GtmState, RegionState } from "./types.ts";

export interface GtmRecord {
  version: 1;
  policy: string;
  publicName: string;
  state: GtmState;
  failOpen: boolean;
  alert: boolean;
  /** The DNS does not serve this decision yet (provider down, plan refused): the next round applies it. */
  dnsPending: boolean;
  /** The figures that made regions degraded, kept while they are: see carry.ts. */
  degraded?: DegradedFigures;
}

export function gtmStatusPath(policy: string): string {
  return `gtm/${policy}.json`;
}

export function gtmRecord(
  policy: string,
  decision: GtmDecision,
  dnsPending: boolean,
  degraded: DegradedFigures = {},
): GtmRecord {
  // An up region's success count decides nothing (only failures can take it down, and the
  // failure that does resets it), yet it climbs for `hysteresis.up` rounds after every
  // recovery or failed probe: kept at 0 so those rounds write no commit.
  const regions: Record<string, RegionState> = {};
  for (const [name, r] of Object.entries(decision.state.regions))
    regions[name] = r.state === "up" ? { ...r, successes: 0 } : { ...r };
  const record: GtmRecord = {
    version: 1,
    policy,
    publicName: decision.publicName,
    state: { regions },
    failOpen: decision.failOpen,
    alert: decision.alert,
    dnsPending,
  };
  if (Object.keys(degraded).length > 0) record.degraded = degraded;
  return record;
}

/**
 * `value` as a record, or why it cannot be one. A record someone edited into another shape
 * is not trusted: the policy starts again from no state (every region up until evidence).
 */
export function parseGtmRecord(value: unknown): GtmRecord | string {
  if (typeof value !== "object" || value === null) return "not a JSON object";
  const v = value as Partial<GtmRecord>;
  if (v.version !== 1) return `version ${JSON.stringify(v.version)} is not 1`;
  const regions = v.state?.regions;
  if (typeof regions !== "object" || regions === null) return "no state.regions object";
  for (const [name, r] of Object.entries(regions as Record<string, unknown>))
    if (!isRegionState(r)) return `state.regions.${name} is not a region state`;
  if (typeof v.policy !== "string" || typeof v.publicName !== "string")
    return "no policy or publicName";
  const record: GtmRecord = {
    version: 1,
    policy: v.policy,
    publicName: v.publicName,
    state: { regions: regions as Record<string, RegionState> },
    failOpen: v.failOpen === true,
    alert: v.alert === true,
    dnsPending: v.dnsPending === true,
  };
  const degraded = parseDegraded(v.degraded);
  if (degraded) record.degraded = degraded;
  return record;
}

/** Only well-formed entries: figures are numbers ≥ 0, anything else is dropped. */
function parseDegraded(value: unknown): DegradedFigures | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const out: DegradedFigures = {};
  for (const [region, f] of Object.entries(value as Record<string, unknown>)) {
    if (typeof f !== "object" || f === null) continue;
    const { errorRate, latencySeconds } = f as Record<string, unknown>;
    const entry: DegradedFigures[string] = {};
    if (typeof errorRate === "number" && errorRate >= 0) entry.errorRate = errorRate;
    if (typeof latencySeconds === "number" && latencySeconds >= 0)
      entry.latencySeconds = latencySeconds;
    if (Object.keys(entry).length > 0) out[region] = entry;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function isRegionState(r: unknown): r is RegionState {
  if (typeof r !== "object" || r === null) return false;
  const s = r as Record<string, unknown>;
  const count = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n >= 0;
  return (
    (s.state === "up" || s.state === "down") &&
    count(s.failures) &&
    count(s.successes) &&
    typeof s.weight === "number" &&
    Number.isFinite(s.weight) &&
    s.weight >= 0
  );
}

/** A change worth a commit of its own: a region's state or weight, fail-open, the DNS lag. */
export function decisionChanged(previous: GtmRecord | undefined, next: GtmRecord): boolean {
  if (!previous) return true;
  if (
    previous.failOpen !== next.failOpen ||
    previous.alert !== next.alert ||
    previous.dnsPending !== next.dnsPending ||
    previous.publicName !== next.publicName
  )
    return true;
  const before = Object.keys(previous.state.regions).sort();
  const after = Object.keys(next.state.regions).sort();
  if (before.join() !== after.join()) return true;
  return after.some((name) => {
    const a = previous.state.regions[name]!;
    const b = next.state.regions[name]!;
    return a.state !== b.state || a.weight !== b.weight;
  });
}

/** Equal documents: nothing to write at all. */
export function sameRecord(a: GtmRecord | undefined, b: GtmRecord): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The commit message: decisionMessage when a state or weight changed ("api.example.com: jp1
 * down, 3/3 probes failed → 0"); otherwise what did move — the counters ("no change; jp1
 * up, 1/3 probes failed") or the DNS catching up.
 */
export function recordMessage(
  decision: GtmDecision,
  previous: GtmRecord | undefined,
  next: GtmRecord,
  dnsNote?: string,
): string {
  let message = decisionMessage(decision);
  const noChange = message.endsWith(": no change");
  if (noChange) {
    const moved = decision.regions.filter((r) => {
      const a = previous?.state.regions[r.region];
      const b = next.state.regions[r.region];
      return a && b && (a.failures !== b.failures || a.successes !== b.successes);
    });
    const notes = moved.map((r) => `${r.region} ${r.reason}`);
    if (previous?.dnsPending && !next.dnsPending) notes.push("DNS caught up");
    if (notes.length > 0) message += `; ${notes.join("; ")}`;
  }
  if (next.dnsPending && dnsNote) message += ` (DNS not updated: ${dnsNote})`;
  return message;
}
