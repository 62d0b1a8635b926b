import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  byCodeUnit,
  normalizeName,
  normalizeRecordSet
} from "./chunk-J47NM74G.js";

// lib/dns/diff.ts
var DEFAULT_MAX_CHANGE_RATIO = 0.3, DEFAULT_MIN_OWNED_FOR_SAFETY = 10;
function planDns(current, desired, options) {
  let changes = diffDns(current, desired, options), counts = { owned: current.filter((r) => r.owner === options.owner).length, updates: changes.update.length, deletes: changes.delete.length };
  return { ...changes, ...assessSafety(counts, options) };
}
function diffDns(current, desired, options) {
  let policy = options.policy ?? "sync", ours = options.owner, currentByKey = indexByKey(current, "current"), desiredByKey = indexByKey(desired, "desired"), plan = { create: [], update: [], delete: [], conflicts: [] }, foreignAt = /* @__PURE__ */ new Map();
  for (let r of currentByKey.values())
    r.owner !== ours && foreignAt.set(r.name, [...foreignAt.get(r.name) ?? [], r]);
  for (let [key, want] of desiredByKey) {
    let to = { ...want, owner: ours }, have = currentByKey.get(key), clash = (foreignAt.get(want.name) ?? []).filter(
      (r) => r.type !== want.type && (r.type === "CNAME" || want.type === "CNAME")
    );
    if (clash.length > 0) {
      if (!options.adopt || policy === "create-only") {
        plan.conflicts.push(...clash);
        continue;
      }
      plan.delete.push(...clash);
    }
    have ? have.owner === ours ? policy !== "create-only" && !sameData(have, want) && plan.update.push({ from: have, to }) : options.adopt && policy !== "create-only" ? plan.update.push({ from: have, to }) : plan.conflicts.push(have) : plan.create.push(to);
  }
  if (policy === "sync")
    for (let [key, have] of currentByKey)
      have.owner === ours && !desiredByKey.has(key) && plan.delete.push(have);
  let once = (list) => [...new Map(list.map((r) => [recordKey(r), r])).values()];
  return plan.delete = once(plan.delete), plan.conflicts = once(plan.conflicts), plan.create.sort(byNameThenType), plan.update.sort((a, b) => byNameThenType(a.to, b.to)), plan.delete.sort(byNameThenType), plan.conflicts.sort(byNameThenType), plan;
}
function applyDnsPlan(current, plan) {
  let byKey = indexByKey(current, "current");
  for (let r of plan.delete) byKey.delete(recordKey(r));
  for (let { to } of plan.update) byKey.set(recordKey(to), normalizeRecordSet(to));
  for (let r of plan.create) byKey.set(recordKey(r), normalizeRecordSet(r));
  return [...byKey.values()].sort(byNameThenType);
}
function planChangeCount(plan) {
  return plan.create.length + plan.update.length + plan.delete.length;
}
function recordKey(r) {
  return `${normalizeName(r.name)} ${r.type}`;
}
function byNameThenType(a, b) {
  return byCodeUnit(a.name, b.name) || byCodeUnit(a.type, b.type);
}
function sameData(a, b) {
  return a.ttl === b.ttl && a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]);
}
function indexByKey(records, side) {
  let byKey = /* @__PURE__ */ new Map();
  for (let r of records) {
    let normal = normalizeRecordSet(r), key = `${normal.name} ${normal.type}`;
    if (byKey.has(key)) throw new Error(`two ${side} record sets for ${key}`);
    byKey.set(key, normal);
  }
  return byKey;
}
function resolveSafetyLimits(limits = {}) {
  for (let key of ["maxChangeRatio", "maxUpdateRatio", "maxDeleteRatio"]) {
    let ratio = limits[key];
    if (ratio !== void 0 && (Number.isNaN(ratio) || ratio < 0))
      throw new RangeError(`${key} must be a number \u2265 0, not ${ratio}`);
  }
  let minOwned = limits.minOwnedForSafety ?? DEFAULT_MIN_OWNED_FOR_SAFETY;
  if (!Number.isInteger(minOwned) || minOwned < 0)
    throw new RangeError(`minOwnedForSafety must be a whole number \u2265 0, not ${minOwned}`);
  let fallback = limits.maxChangeRatio ?? DEFAULT_MAX_CHANGE_RATIO, maxUpdateRatio = limits.maxUpdateRatio ?? fallback, maxDeleteRatio = limits.maxDeleteRatio ?? fallback;
  return {
    maxChangeRatio: limits.maxChangeRatio ?? Math.max(maxUpdateRatio, maxDeleteRatio),
    maxUpdateRatio,
    maxDeleteRatio,
    minOwnedForSafety: minOwned
  };
}
function assessSafety(counts, limits = {}, describe = describeBreach) {
  let resolved = resolveSafetyLimits(limits), { owned, updates, deletes } = counts, minOwned = resolved.minOwnedForSafety;
  if (owned === 0 || owned < minOwned) return { unsafe: !1, reason: null };
  let checks = [
    ["change", updates + deletes, resolved.maxChangeRatio],
    ["update", updates, resolved.maxUpdateRatio],
    ["delete", deletes, resolved.maxDeleteRatio]
  ];
  for (let [limit, count, maxRatio] of checks) {
    let ratio = count / owned;
    if (ratio <= maxRatio) continue;
    let reason = describe({ limit, counts, count, ratio, maxRatio, minOwned });
    return limits.force ? { unsafe: !1, reason: `forced: ${reason}` } : { unsafe: !0, reason };
  }
  return { unsafe: !1, reason: null };
}
function describeBreach(b) {
  let { owned, updates, deletes } = b.counts, what = b.limit === "change" ? `update ${updates} and delete ${deletes}` : `${b.limit} ${b.limit === "update" ? updates : deletes}`, allowed = b.limit === "change" ? "allowed" : `allowed for ${b.limit}s`;
  return `would ${what} of the ${owned} record sets we own (${percent(b.ratio)}), more than the ${percent(b.maxRatio)} ${allowed} in a zone where we own at least ${b.minOwned}`;
}
function percent(ratio) {
  return `${Number((ratio * 100).toFixed(1))}%`;
}

export {
  DEFAULT_MAX_CHANGE_RATIO,
  DEFAULT_MIN_OWNED_FOR_SAFETY,
  planDns,
  diffDns,
  applyDnsPlan,
  planChangeCount,
  recordKey,
  byNameThenType,
  resolveSafetyLimits,
  assessSafety,
  percent
};
