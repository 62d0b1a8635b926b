import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  decodeCharacterStrings,
  encodeCharacterStrings
} from "./chunk-CBTUWG5K.js";
import {
  byCodeUnit,
  normalizeName,
  normalizeValue
} from "./chunk-J47NM74G.js";

// lib/dns/providers/weighted.ts
import { isIPv4, isIPv6 } from "node:net";
var FRACTION_SCALE = 100;
function weightedRecordSet(answer, mode) {
  let byAddress = /* @__PURE__ */ new Map();
  for (let t of answer.targets) {
    if (!(answer.type === "A" ? isIPv4(t.address) : isIPv6(t.address))) throw new Error(`${t.address} is not an address for a ${answer.type} record`);
    if (!Number.isFinite(t.weight) || t.weight < 0)
      throw new Error(`weight ${t.weight} of ${t.address} is not a number \u2265 0`);
    let address = normalizeValue(answer.type, t.address);
    byAddress.set(address, (byAddress.get(address) ?? 0) + t.weight);
  }
  let live = [...byAddress].filter(([, w]) => w > 0).sort(([a], [b]) => byCodeUnit(a, b));
  if (live.length === 0) return null;
  let name = normalizeName(answer.name);
  if (mode === "membership")
    return { name, type: answer.type, ttl: answer.ttl, values: live.map(([a]) => a) };
  let weights = integerWeights(live.map(([, w]) => w)), table = live.map(([address], i) => `{${weights[i]},'${address}'}`).join(",");
  return {
    name,
    type: "LUA",
    ttl: answer.ttl,
    values: [luaContent(answer.type, `pickwrandom({${table}})`)]
  };
}
function integerWeights(weights) {
  let scaled = weights.every(Number.isInteger) ? weights : weights.map((w) => Math.max(1, Math.round(w * FRACTION_SCALE))), divisor = scaled.reduce(gcd);
  return scaled.map((w) => w / divisor);
}
function gcd(a, b) {
  return b === 0 ? a : gcd(b, a % b);
}
function luaContent(type, code) {
  return `${type.toUpperCase()} ${encodeCharacterStrings(code)}`;
}
function parseLuaContent(content) {
  let m = /^\s*([A-Za-z0-9]+)\s+(.*)$/s.exec(content);
  if (!m) throw new Error(`LUA content ${JSON.stringify(content)} is not "TYPE code"`);
  return { type: m[1].toUpperCase(), code: decodeCharacterStrings(m[2]) };
}
function canonicalLuaContent(content) {
  try {
    let { type, code } = parseLuaContent(content);
    return luaContent(type, code);
  } catch {
    return content;
  }
}
function luaTargets(content) {
  let { code } = parseLuaContent(content), m = /^pickwrandom\(\{(.*)\}\)$/.exec(code);
  return m ? [...m[1].matchAll(/\{(\d+),'([^']+)'\}/g)].map((t) => ({
    address: t[2],
    weight: Number(t[1])
  })) : null;
}
function shadowConflicts(current, desired, owner) {
  let answered = (r) => {
    if (r.type === "A" || r.type === "AAAA") return `${normalizeName(r.name)} ${r.type}`;
    if (r.type !== "LUA") return null;
    let types = r.values.map((v) => parseLuaContent(v).type);
    return types.length > 0 ? `${normalizeName(r.name)} ${types[0]}` : null;
  }, wanted = /* @__PURE__ */ new Map();
  for (let r of desired) {
    let key = answered(r);
    key && wanted.set(key, r);
  }
  return current.filter((r) => {
    let key = answered(r), want = key === null ? void 0 : wanted.get(key);
    return want !== void 0 && r.owner !== owner && want.type !== r.type;
  });
}

export {
  weightedRecordSet,
  gcd,
  canonicalLuaContent,
  luaTargets,
  shadowConflicts
};
