// Weighted answers as record sets. Where the provider weighs answers itself (PowerDNS LUA
// records) the weights go into one `pickwrandom` call; elsewhere only membership can be
// said: every target with weight above zero is listed and resolvers spread over them evenly.
import { isIPv4, isIPv6 } from "node:net";
import { byCodeUnit, normalizeName, normalizeValue } from "../normalize.ts";
import type { DnsCapabilities } from "../provider.ts";
import type { RecordSet } from "../types.ts";
import { decodeCharacterStrings, encodeCharacterStrings } from "./character-string.ts";

export interface WeightedTarget {
  address: string;
  /** Relative share; 0 takes the target out. Fractions are allowed (degraded regions). */
  weight: number;
}

export interface WeightedAnswer {
  name: string;
  type: "A" | "AAAA";
  ttl: number;
  targets: WeightedTarget[];
}

/** Scale used for fractional weights: enough to keep a 0.5 degradation visible. */
const FRACTION_SCALE = 100;

/**
 * The record set that answers `answer` in `mode`: a LUA record (`A "pickwrandom(…)"`) when
 * native, else a plain A/AAAA set of the targets with weight. Null when no target has
 * weight: nothing to serve (fail-open is decided before, by the effective weights).
 * The output is canonical (targets sorted, weights reduced) so equal input plans no change.
 */
export function weightedRecordSet(
  answer: WeightedAnswer,
  mode: DnsCapabilities["weights"],
): RecordSet | null {
  const byAddress = new Map<string, number>();
  for (const t of answer.targets) {
    const ok = answer.type === "A" ? isIPv4(t.address) : isIPv6(t.address);
    if (!ok) throw new Error(`${t.address} is not an address for a ${answer.type} record`);
    if (!Number.isFinite(t.weight) || t.weight < 0)
      throw new Error(`weight ${t.weight} of ${t.address} is not a number ≥ 0`);
    const address = normalizeValue(answer.type, t.address);
    byAddress.set(address, (byAddress.get(address) ?? 0) + t.weight);
  }
  const live = [...byAddress].filter(([, w]) => w > 0).sort(([a], [b]) => byCodeUnit(a, b));
  if (live.length === 0) return null;
  const name = normalizeName(answer.name);
  if (mode === "membership")
    return { name, type: answer.type, ttl: answer.ttl, values: live.map(([a]) => a) };
  const weights = integerWeights(live.map(([, w]) => w));
  const table = live.map(([address], i) => `{${weights[i]},'${address}'}`).join(",");
  return {
    name,
    type: "LUA",
    ttl: answer.ttl,
    values: [luaContent(answer.type, `pickwrandom({${table}})`)],
  };
}

/** pickwrandom takes integers: scale fractions, then divide by the common divisor. */
function integerWeights(weights: number[]): number[] {
  const whole = weights.every(Number.isInteger);
  const scaled = whole ? weights : weights.map((w) => Math.max(1, Math.round(w * FRACTION_SCALE)));
  const divisor = scaled.reduce(gcd);
  return scaled.map((w) => w / divisor);
}

export function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** A LUA record's content as PowerDNS and zone files spell it: `A "code"`. */
export function luaContent(type: string, code: string): string {
  return `${type.toUpperCase()} ${encodeCharacterStrings(code)}`;
}

/** The record type and code of LUA content; the code's strings joined. */
export function parseLuaContent(content: string): { type: string; code: string } {
  const m = /^\s*([A-Za-z0-9]+)\s+(.*)$/s.exec(content);
  if (!m) throw new Error(`LUA content ${JSON.stringify(content)} is not "TYPE code"`);
  return { type: m[1]!.toUpperCase(), code: decodeCharacterStrings(m[2]!) };
}

/**
 * One spelling of LUA content, so that what a server hands back (strings split elsewhere,
 * other escapes) compares equal to what we wrote. Content that does not parse stays as is.
 */
export function canonicalLuaContent(content: string): string {
  try {
    const { type, code } = parseLuaContent(content);
    return luaContent(type, code);
  } catch {
    return content;
  }
}

/** The targets of a `pickwrandom` LUA record we wrote, for summaries and checks. */
export function luaTargets(content: string): WeightedTarget[] | null {
  const { code } = parseLuaContent(content);
  const m = /^pickwrandom\(\{(.*)\}\)$/.exec(code);
  if (!m) return null;
  return [...m[1]!.matchAll(/\{(\d+),'([^']+)'\}/g)].map((t) => ({
    address: t[2]!,
    weight: Number(t[1]),
  }));
}

/**
 * Record sets someone else owns that would answer next to ours at a desired name: planDns
 * keys `api A` and `api LUA` apart, but a resolver asking for `api A` gets both. Report
 * them as conflicts beside the plan's own.
 */
export function shadowConflicts(
  current: readonly RecordSet[],
  desired: readonly RecordSet[],
  owner: string,
): RecordSet[] {
  const answered = (r: RecordSet): string | null => {
    if (r.type === "A" || r.type === "AAAA") return `${normalizeName(r.name)} ${r.type}`;
    if (r.type !== "LUA") return null;
    const types = r.values.map((v) => parseLuaContent(v).type);
    return types.length > 0 ? `${normalizeName(r.name)} ${types[0]}` : null;
  };
  const wanted = new Map<string, RecordSet>();
  for (const r of desired) {
    const key = answered(r);
    if (key) wanted.set(key, r);
  }
  return current.filter((r) => {
    const key = answered(r);
    const want = key === null ? undefined : wanted.get(key);
    return want !== undefined && r.owner !== owner && want.type !== r.type;
  });
}
