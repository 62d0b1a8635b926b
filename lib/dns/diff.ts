// The DNS diff: desired record sets against current ones, as data in and data out, in the
// manner of external-dns' plan (ownership decides what we may touch) and octodns' safety
// thresholds (a plan that rewrites much of a zone is refused unless forced). Providers
// apply the plan; nothing here does I/O.
import { byCodeUnit, normalizeName, normalizeRecordSet } from "./normalize.ts";
import type { DnsPlan, DnsPlanOptions, RecordSet } from "./types.ts";

export const DEFAULT_MAX_CHANGE_RATIO = 0.3;
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
 * - Unsafe: updates (adoptions included) plus deletes above `maxChangeRatio` of the record
 *   sets we own, in a zone where we own at least `minOwnedForSafety`. The changes stay in
 *   the plan so a person can see them; `force` turns the refusal into a note.
 *
 * Created and updated record sets carry our owner, so applying the plan and planning again
 * gives zero changes. The zone is the whole of `current`: callers plan one zone at a time.
 */
export function planDns(
  current: readonly RecordSet[],
  desired: readonly RecordSet[],
  options: DnsPlanOptions,
): DnsPlan {
  const policy = options.policy ?? "sync";
  const ours = options.owner;
  const currentByKey = indexByKey(current, "current");
  const desiredByKey = indexByKey(desired, "desired");
  const plan: DnsPlan = {
    create: [],
    update: [],
    delete: [],
    conflicts: [],
    unsafe: false,
    reason: null,
  };

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

  const owned = [...currentByKey.values()].filter((r) => r.owner === ours).length;
  const verdict = safety(plan, owned, options);
  plan.unsafe = verdict.unsafe;
  plan.reason = verdict.reason;
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

function safety(
  plan: DnsPlan,
  owned: number,
  options: DnsPlanOptions,
): { unsafe: boolean; reason: string | null } {
  const maxRatio = options.maxChangeRatio ?? DEFAULT_MAX_CHANGE_RATIO;
  const minOwned = options.minOwnedForSafety ?? DEFAULT_MIN_OWNED_FOR_SAFETY;
  const changes = plan.update.length + plan.delete.length;
  if (owned < minOwned || owned === 0 || changes / owned <= maxRatio)
    return { unsafe: false, reason: null };
  const reason =
    `would update ${plan.update.length} and delete ${plan.delete.length} of the ` +
    `${owned} record sets we own (${percent(changes / owned)}), more than the ` +
    `${percent(maxRatio)} allowed in a zone where we own at least ${minOwned}`;
  return options.force ? { unsafe: false, reason: `forced: ${reason}` } : { unsafe: true, reason };
}

function percent(ratio: number): string {
  return `${Number((ratio * 100).toFixed(1))}%`;
}
