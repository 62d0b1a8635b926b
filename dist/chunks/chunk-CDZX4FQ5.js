import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  gcd,
  luaTargets,
  weightedRecordSet
} from "./chunk-F4ZNFUQ3.js";

// lib/gtm/message.ts
function decisionMessage(decision) {
  let parts = decision.regions.filter(
    (r) => r.previousState !== r.state || r.previousWeight !== r.weight
  ).map((r) => `${r.region} ${r.reason} \u2192 ${r.weight}`), body = [decision.failOpen ? "every region down, failing open at base weights" : decision.alert ? "every region down, serving nothing" : void 0, ...parts].filter((p) => p !== void 0).join("; ");
  return `${decision.publicName}: ${body === "" ? "no change" : body}`;
}

// lib/gtm/record.ts
function gtmStatusPath(policy) {
  return `gtm/${policy}.json`;
}
function gtmRecord(policy, decision, dnsPending, degraded = {}) {
  let regions = {};
  for (let [name, r] of Object.entries(decision.state.regions))
    regions[name] = r.state === "up" ? { ...r, successes: 0 } : { ...r };
  let record = {
    version: 1,
    policy,
    publicName: decision.publicName,
    state: { regions },
    failOpen: decision.failOpen,
    alert: decision.alert,
    dnsPending
  };
  return Object.keys(degraded).length > 0 && (record.degraded = degraded), record;
}
function parseGtmRecord(value) {
  if (typeof value != "object" || value === null) return "not a JSON object";
  let v = value;
  if (v.version !== 1) return `version ${JSON.stringify(v.version)} is not 1`;
  let regions = v.state?.regions;
  if (typeof regions != "object" || regions === null) return "no state.regions object";
  for (let [name, r] of Object.entries(regions))
    if (!isRegionState(r)) return `state.regions.${name} is not a region state`;
  if (typeof v.policy != "string" || typeof v.publicName != "string")
    return "no policy or publicName";
  let record = {
    version: 1,
    policy: v.policy,
    publicName: v.publicName,
    state: { regions },
    failOpen: v.failOpen === !0,
    alert: v.alert === !0,
    dnsPending: v.dnsPending === !0
  }, degraded = parseDegraded(v.degraded);
  return degraded && (record.degraded = degraded), record;
}
function parseDegraded(value) {
  if (typeof value != "object" || value === null) return;
  let out = {};
  for (let [region, f] of Object.entries(value)) {
    if (typeof f != "object" || f === null) continue;
    let { errorRate, latencySeconds } = f, entry = {};
    typeof errorRate == "number" && errorRate >= 0 && (entry.errorRate = errorRate), typeof latencySeconds == "number" && latencySeconds >= 0 && (entry.latencySeconds = latencySeconds), Object.keys(entry).length > 0 && (out[region] = entry);
  }
  return Object.keys(out).length > 0 ? out : void 0;
}
function isRegionState(r) {
  if (typeof r != "object" || r === null) return !1;
  let s = r, count = (n) => typeof n == "number" && Number.isInteger(n) && n >= 0;
  return (s.state === "up" || s.state === "down") && count(s.failures) && count(s.successes) && typeof s.weight == "number" && Number.isFinite(s.weight) && s.weight >= 0;
}
function decisionChanged(previous, next) {
  if (!previous || previous.failOpen !== next.failOpen || previous.alert !== next.alert || previous.dnsPending !== next.dnsPending || previous.publicName !== next.publicName)
    return !0;
  let before = Object.keys(previous.state.regions).sort(), after = Object.keys(next.state.regions).sort();
  return before.join() !== after.join() ? !0 : after.some((name) => {
    let a = previous.state.regions[name], b = next.state.regions[name];
    return a.state !== b.state || a.weight !== b.weight;
  });
}
function sameRecord(a, b) {
  return a !== void 0 && JSON.stringify(a) === JSON.stringify(b);
}
function recordMessage(decision, previous, next, dnsNote) {
  let message = decisionMessage(decision);
  if (message.endsWith(": no change")) {
    let notes = decision.regions.filter((r) => {
      let a = previous?.state.regions[r.region], b = next.state.regions[r.region];
      return a && b && (a.failures !== b.failures || a.successes !== b.successes);
    }).map((r) => `${r.region} ${r.reason}`);
    previous?.dnsPending && !next.dnsPending && notes.push("DNS caught up"), notes.length > 0 && (message += `; ${notes.join("; ")}`);
  }
  return next.dnsPending && dnsNote && (message += ` (DNS not updated: ${dnsNote})`), message;
}

// lib/gtm/desired.ts
import { isIPv4, isIPv6 } from "node:net";
function desiredRecordSets(decision, ingress, ttl, mode) {
  let unserved = [], live = decision.regions.filter((r) => r.weight > 0);
  for (let r of live)
    (ingress[r.region]?.addresses.length ?? 0) === 0 && unserved.push(r.region);
  let records = [];
  for (let [type, isType] of [
    ["A", isIPv4],
    ["AAAA", isIPv6]
  ]) {
    let perRegion = live.map((r) => ({
      weight: r.weight,
      addresses: (ingress[r.region]?.addresses ?? []).filter(isType)
    })).filter((r) => r.addresses.length > 0);
    if (perRegion.length === 0) continue;
    let scale = perRegion.map((r) => r.addresses.length).reduce(lcm, 1), targets = perRegion.flatMap(
      (r) => r.addresses.map((address) => ({ address, weight: r.weight * scale / r.addresses.length }))
    ), set = weightedRecordSet({ name: decision.publicName, type, ttl, targets }, mode), lua = set?.type === "LUA" ? records.find((r) => r.type === "LUA") : void 0;
    set && lua ? lua.values.push(...set.values) : set && records.push(set);
  }
  return { records, unserved };
}
function trafficShares(records, ingress) {
  let regionOf = /* @__PURE__ */ new Map();
  for (let [region, i] of Object.entries(ingress))
    for (let a of i.addresses) regionOf.has(a) || regionOf.set(a, region);
  let byAddress = /* @__PURE__ */ new Map();
  for (let r of records)
    if (r.type === "LUA")
      for (let v of r.values)
        for (let t of luaTargets(v) ?? [])
          byAddress.set(t.address, (byAddress.get(t.address) ?? 0) + t.weight);
    else if (r.type === "A" || r.type === "AAAA")
      for (let v of r.values) byAddress.set(v, (byAddress.get(v) ?? 0) + 1);
  let total = [...byAddress.values()].reduce((a, b) => a + b, 0), shares = {};
  for (let region of Object.keys(ingress)) shares[region] = 0;
  if (total === 0) return shares;
  for (let [address, w] of byAddress) {
    let region = regionOf.get(address);
    region !== void 0 && (shares[region] = (shares[region] ?? 0) + w / total);
  }
  return shares;
}
function lcm(a, b) {
  return a / gcd(a, b) * b;
}

export {
  desiredRecordSets,
  trafficShares,
  gtmStatusPath,
  gtmRecord,
  parseGtmRecord,
  decisionChanged,
  sameRecord,
  recordMessage
};
