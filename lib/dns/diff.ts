// The DNS diff: desired record sets against current ones, as data in and data out, in the
// manner of external-dns' plan (ownership decides what we may touch) and octodns' safety
// thresholds (a plan that rewrites much of a zone is refused unless forced). Providers
// apply the plan; nothing here does I/O.
import { byCodeUnit, normalizeName, normalizeRecordSet } from "./normalize.ts";
import type {
  DnsChanges,
  DnsPlan,
  DnsPlanOptions,
  DnsSafety,
  RecordSet,
  SafetyLimits,
} from "./types.ts";

/** octoDNS's `MAX_SAFE_UPDATE_PCENT` and `MAX_SAFE_DELETE_PCENT`, and ours for both together. */
export const DEFAULT_MAX_CHANGE_RATIO = 0.3;
/** octoDNS's `MIN_EXISTING_RECORDS`. */
export const DEFAULT_MIN_OWNED_FOR_SAFETY = 10;

/**
 * What it takes to bring `current` to `desired` for owner `options.owner`. Record sets are
 * matched by name and type after normalisation; TTL and the set of values are compared.
 *
 * - Ours (owner equals ours) and different: updated; ours and no longer desired: deleted.
 * - Somebody else's or nobody's at a desired name and type: a conflict, left alone, unless
 *   `adopt`, which updates it to the desired data under our owner (even when the data is
 *   already equal, so that the next run sees it as ours).
 * - Not desired and not ours: none of our business, not even a conflict.
 * - `upsert-only` drops deletes; `create-only` drops updates and adoptions (a foreign record
 *   it may not adopt stays a conflict).
 * - Unsafe: what `assessSafety` says of its updates (adoptions included) and deletes against
 *   the record sets we own. The changes stay in the plan so a person can see them; `force`
 *   turns the refusal into a note.
 *
 * Created and updated record sets carry our owner, so applying the plan and planning again
 * gives zero changes. The zone is the whole of `current`: callers plan one zone at a time.
 */
export function planDns(
  current: readonly RecordSet[],
  desired: readonly RecordSet[],
  options: DnsPlanOptions,
): DnsPlan {
  const changes = diffDns(current, desired, options);
  const owned = current.filter((r) => r.owner === options.owner).length;
  const counts = { owned, updates: changes.update.length, deletes: changes.delete.length };
  return { ...changes, ...assessSafety(counts, options) };
}

/**
 * The changes of `planDns` without a safety verdict, for a caller that assesses several
 * diffs together (the GTM's zone sync). Options other than owner, policy and adopt are
 * ignored.
 */
export function diffDns(
  current: readonly RecordSet[],
  desired: readonly RecordSet[],
  options: DnsPlanOptions,
): DnsChanges {
  const policy = options.policy ?? "sync";
  const ours = options.owner;
  const currentByKey = indexByKey(current, "current");
  const desiredByKey = indexByKey(desired, "desired");
  const plan: DnsChanges = { create: [], update: [], delete: [], conflicts: [] };

  // A CNAME owns its whole name (RFC 1034 §3.6.2): a foreign record of another type at a
  // name where one side is a CNAME blocks the change as surely as one of the same type.
  const foreignAt = new Map<string, RecordSet[]>();
  for (const r of currentByKey.values())
    if (r.owner !== ours) foreignAt.set(r.name, [...(foreignAt.get(r.name) ?? []), r]);
  for (const [key, want] of desiredByKey) {
    const to: RecordSet = { ...want, owner: ours };
    const have = currentByKey.get(key);
    const clash = (foreignAt.get(want.name) ?? []).filter(
      (r) => r.type !== want.type && (r.type === "CNAME" || want.type === "CNAME"),
    );
    if (clash.length > 0) {
      if (!options.adopt || policy === "create-only") {
        plan.conflicts.push(...clash);
        continue;
      }
      // Adopting the name takes the other record away with it.
      plan.delete.push(...clash);
    }
    if (!have) {
      plan.create.push(to);
    } else if (have.owner === ours) {
      if (policy !== "create-only" && !sameData(have, want)) plan.update.push({ from: have, to });
    } else if (options.adopt && policy !== "create-only") {
      plan.update.push({ from: have, to });
    } else {
      plan.conflicts.push(have);
    }
  }
  if (policy === "sync") {
    for (const [key, have] of currentByKey) {
      if (have.owner === ours && !desiredByKey.has(key)) plan.delete.push(have);
    }
  }

  // One foreign CNAME may clash with several desired types: list it once.
  const once = (list: RecordSet[]) => [...new Map(list.map((r) => [recordKey(r), r])).values()];
  plan.delete = once(plan.delete);
  plan.conflicts = once(plan.conflicts);
  plan.create.sort(byNameThenType);
  plan.update.sort((a, b) => byNameThenType(a.to, b.to));
  plan.delete.sort(byNameThenType);
  plan.conflicts.sort(byNameThenType);
  return plan;
}

/** `current` after a provider carried out `plan`: what the next run will read. */
export function applyDnsPlan(current: readonly RecordSet[], plan: DnsPlan): RecordSet[] {
  const byKey = indexByKey(current, "current");
  for (const r of plan.delete) byKey.delete(recordKey(r));
  for (const { to } of plan.update) byKey.set(recordKey(to), normalizeRecordSet(to));
  for (const r of plan.create) byKey.set(recordKey(r), normalizeRecordSet(r));
  return [...byKey.values()].sort(byNameThenType);
}

export function planChangeCount(plan: DnsPlan): number {
  return plan.create.length + plan.update.length + plan.delete.length;
}

/** The identity of a record set: its normalised name and type. */
export function recordKey(r: RecordSet): string {
  return `${normalizeName(r.name)} ${r.type}`;
}

export function byNameThenType(a: RecordSet, b: RecordSet): number {
  return byCodeUnit(a.name, b.name) || byCodeUnit(a.type, b.type);
}

function sameData(a: RecordSet, b: RecordSet): boolean {
  return (
    a.ttl === b.ttl &&
    a.values.length === b.values.length &&
    a.values.every((v, i) => v === b.values[i])
  );
}

/**
 * Normalised record sets by key. Two sets with one key are a provider or caller bug (input
 * validation refuses them from people), so they throw rather than silently pick one.
 */
function indexByKey(records: readonly RecordSet[], side: string): Map<string, RecordSet> {
  const byKey = new Map<string, RecordSet>();
  for (const r of records) {
    const normal = normalizeRecordSet(r);
    const key = `${normal.name} ${normal.type}`;
    if (byKey.has(key)) throw new Error(`two ${side} record sets for ${key}`);
    byKey.set(key, normal);
  }
  return byKey;
}

/** What a plan would change, against what it is measured by. */
export interface SafetyCounts {
  /** What we own in the zone: record sets (or, for the GTM, names). The ratios' base. */
  owned: number;
  updates: number;
  deletes: number;
}

/** The limit a plan went past, with the figures, for the reason. */
export interface SafetyBreach {
  /** `change` is updates and deletes together. */
  limit: "change" | "update" | "delete";
  counts: SafetyCounts;
  /** What counts against the limit: updates, deletes, or both together. */
  count: number;
  ratio: number;
  maxRatio: number;
  minOwned: number;
}

/** `SafetyLimits` with every default filled in. */
export type ResolvedSafetyLimits = Required<Omit<SafetyLimits, "force">>;

/**
 * The limits with their defaults: the update and delete limits default to the change
 * limit when that is given, otherwise to 30%; the change limit defaults to the larger of
 * the two, so that raising one of them alone is not undone by the limit on both. With
 * nothing given, all three are 30% and the minimum is 10 owned: one limit on updates and
 * deletes together, as before the two were separate. Throws on a limit that is not a
 * number ≥ 0 (Infinity is no limit), or a minimum that is not a whole number ≥ 0.
 */
export function resolveSafetyLimits(limits: SafetyLimits = {}): ResolvedSafetyLimits {
  for (const key of ["maxChangeRatio", "maxUpdateRatio", "maxDeleteRatio"] as const) {
    const ratio = limits[key];
    if (ratio !== undefined && (Number.isNaN(ratio) || ratio < 0))
      throw new RangeError(`${key} must be a number ≥ 0, not ${ratio}`);
  }
  const minOwned = limits.minOwnedForSafety ?? DEFAULT_MIN_OWNED_FOR_SAFETY;
  if (!Number.isInteger(minOwned) || minOwned < 0)
    throw new RangeError(`minOwnedForSafety must be a whole number ≥ 0, not ${minOwned}`);
  const fallback = limits.maxChangeRatio ?? DEFAULT_MAX_CHANGE_RATIO;
  const maxUpdateRatio = limits.maxUpdateRatio ?? fallback;
  const maxDeleteRatio = limits.maxDeleteRatio ?? fallback;
  return {
    maxChangeRatio: limits.maxChangeRatio ?? Math.max(maxUpdateRatio, maxDeleteRatio),
    maxUpdateRatio,
    maxDeleteRatio,
    minOwnedForSafety: minOwned,
  };
}

/**
 * The one safety verdict on a plan, in the manner of octoDNS's `Plan.raise_if_unsafe`:
 * where we own at least `minOwnedForSafety` (and more than none), a plan is unsafe when
 * its updates and deletes together, its updates, or its deletes are a larger share of what
 * we own than their limit allows (exactly at a limit is allowed). The first limit passed,
 * in that order, is the reason. `force` turns the refusal into a note (`forced: …`).
 * `describe` words a breach; by default in record sets.
 */
export function assessSafety(
  counts: SafetyCounts,
  limits: SafetyLimits = {},
  describe: (breach: SafetyBreach) => string = describeBreach,
): DnsSafety {
  const resolved = resolveSafetyLimits(limits);
  const { owned, updates, deletes } = counts;
  const minOwned = resolved.minOwnedForSafety;
  if (owned === 0 || owned < minOwned) return { unsafe: false, reason: null };
  const checks = [
    ["change", updates + deletes, resolved.maxChangeRatio],
    ["update", updates, resolved.maxUpdateRatio],
    ["delete", deletes, resolved.maxDeleteRatio],
  ] as const;
  for (const [limit, count, maxRatio] of checks) {
    const ratio = count / owned;
    if (ratio <= maxRatio) continue;
    const reason = describe({ limit, counts, count, ratio, maxRatio, minOwned });
    return limits.force ? { unsafe: false, reason: `forced: ${reason}` } : { unsafe: true, reason };
  }
  return { unsafe: false, reason: null };
}

/** A breach in record sets, as `dns plan` and the providers report it. */
function describeBreach(b: SafetyBreach): string {
  const { owned, updates, deletes } = b.counts;
  const what =
    b.limit === "change"
      ? `update ${updates} and delete ${deletes}`
      : `${b.limit} ${b.limit === "update" ? updates : deletes}`;
  const allowed = b.limit === "change" ? "allowed" : `allowed for ${b.limit}s`;
  return (
    `would ${what} of the ${owned} record sets we own (${percent(b.ratio)}), more than the ` +
    `${percent(b.maxRatio)} ${allowed} in a zone where we own at least ${b.minOwned}`
  );
}

/** A ratio as a percentage, to one decimal at most: `58.3%`, `30%`. */
export function percent(ratio: number): string {
  return `${Number((ratio * 100).toFixed(1))}%`;
}
