import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  isRecord,
  planObject
} from "./chunk-65PPA6I5.js";

// lib/tfplan/hash.ts
import { createHash } from "node:crypto";
var CHANGE_FIELDS = ["actions", "after_unknown", "replace_paths", "importing"];
function blankSensitive(value, sensitive) {
  return sensitive === !0 ? "(sensitive)" : Array.isArray(value) && Array.isArray(sensitive) ? value.map((v, i) => blankSensitive(v, sensitive[i])) : isRecord(value) && isRecord(sensitive) ? Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, blankSensitive(v, sensitive[k])])
  ) : value;
}
function canonicalJson(v) {
  return Array.isArray(v) ? `[${v.map(canonicalJson).join(",")}]` : isRecord(v) ? `{${Object.keys(v).filter((k) => v[k] !== void 0).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(",")}}` : JSON.stringify(v) ?? "null";
}
var sha256 = (text) => createHash("sha256").update(text).digest("hex"), isNoise = (actions) => Array.isArray(actions) && actions.length === 1 && (actions[0] === "no-op" || actions[0] === "read");
function normalisedPlan(stack, plan) {
  let p = planObject(stack, plan), entries = [], resources = Array.isArray(p.resource_changes) ? p.resource_changes : [];
  for (let r of resources) {
    if (!isRecord(r) || !isRecord(r.change)) continue;
    let change = r.change, moved = typeof r.previous_address == "string" && r.previous_address !== r.address;
    if (isNoise(change.actions) && !moved && !change.importing) continue;
    let entry = { address: r.address, deposed: r.deposed };
    moved && (entry.previous_address = r.previous_address);
    for (let f of CHANGE_FIELDS) entry[f] = change[f];
    entry.after = blankSensitive(change.after, change.after_sensitive), entries.push(entry);
  }
  let outputs = isRecord(p.output_changes) ? p.output_changes : {};
  for (let [name, o] of Object.entries(outputs)) {
    if (!isRecord(o) || isNoise(o.actions)) continue;
    let entry = { output: name };
    for (let f of CHANGE_FIELDS) entry[f] = o[f];
    entry.after = o.sensitive === !0 ? "(sensitive)" : blankSensitive(o.after, o.after_sensitive), entries.push(entry);
  }
  let key = (e) => `${e.output === void 0 ? "r" : "o"}:${String(e.address ?? e.output)}:${String(e.deposed ?? "")}`;
  return entries.sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
function entryKey(e) {
  return e.output !== void 0 ? `output.${String(e.output)}` : `${String(e.address)}${e.deposed ? ` (deposed ${String(e.deposed)})` : ""}`;
}
function terraformPlanDigest(stack, plan) {
  let normalised = normalisedPlan(stack, plan);
  return { ...normalisedDigest(normalised), normalised };
}
function normalisedDigest(normal) {
  let entries = {};
  for (let e of normal) entries[entryKey(e)] = sha256(canonicalJson(e)).slice(0, 10);
  return { hash: sha256(canonicalJson(normal)), entries };
}
function digestDifference(reviewed, now) {
  let a = new Map(Object.entries(reviewed)), b = new Map(Object.entries(now));
  return {
    added: [...b.keys()].filter((k) => !a.has(k)),
    removed: [...a.keys()].filter((k) => !b.has(k)),
    changed: [...b.keys()].filter((k) => a.has(k) && a.get(k) !== b.get(k))
  };
}

export {
  canonicalJson,
  terraformPlanDigest,
  normalisedDigest,
  digestDifference
};
