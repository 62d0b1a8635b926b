import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  byCodeUnit,
  nameProblem,
  normalizeName,
  normalizeRecordSet,
  normalizeValue,
  valueProblem
} from "./chunk-J47NM74G.js";

// lib/dns/types.ts
var RECORD_TYPES = [
  "A",
  "AAAA",
  "CAA",
  "CNAME",
  "LUA",
  "MX",
  "NS",
  "PTR",
  "SRV",
  "TXT"
];

// lib/dns/parse.ts
var OWNER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,127}$/, MAX_TTL = 2147483647, FIELDS = ["name", "type", "ttl", "values", "owner"];
function ownerProblem(owner) {
  return OWNER_PATTERN.test(owner) ? null : `${quote(owner)} is not an owner id: expected 1\u2013128 letters, digits and . _ : / @ -, starting with a letter or digit`;
}
function parseRecordSets(data, role) {
  let problems = [];
  if (!Array.isArray(data))
    return problems.push({ path: "", message: "expected an array of record sets" }), { records: [], problems };
  let records = [], seen = /* @__PURE__ */ new Map(), typesAt = /* @__PURE__ */ new Map();
  for (let [index, item] of data.entries()) {
    let before = problems.length, record = parseOne(item, `[${index}]`, role, problems);
    if (!record || problems.length > before) continue;
    let key = `${record.name} ${record.type}`, first = seen.get(key);
    if (first !== void 0) {
      problems.push({
        path: `[${index}]`,
        message: `${record.name} ${record.type} is already defined at [${first}]: one record set per name and type, with all its values`
      });
      continue;
    }
    seen.set(key, index);
    let atName = typesAt.get(record.name) ?? [], clash = atName.find((o) => o.type === "CNAME" != (record.type === "CNAME"));
    clash && problems.push({
      path: `[${index}].type`,
      message: `${record.name} has a ${clash.type} record set at [${clash.index}]; a CNAME cannot share its name with other records`
    }), atName.push({ type: record.type, index }), typesAt.set(record.name, atName), records.push(record);
  }
  return { records: problems.length > 0 ? [] : records, problems };
}
function parseOne(item, at, role, problems) {
  if (typeof item != "object" || item === null || Array.isArray(item)) {
    problems.push({ path: at, message: "expected an object {name, type, ttl, values}" });
    return;
  }
  let fields = item;
  for (let key of Object.keys(fields).sort(byCodeUnit))
    FIELDS.includes(key) || problems.push({
      path: `${at}${pathKey(key)}`,
      message: `unknown field (expected ${FIELDS.join(", ")})`
    });
  let name = parseName(fields.name, `${at}.name`, problems), type = parseType(fields.type, `${at}.type`, problems), ttl = fields.ttl;
  (!Number.isSafeInteger(ttl) || ttl < 0 || ttl > MAX_TTL) && problems.push({
    path: `${at}.ttl`,
    message: `expected a whole number \u2265 0 and \u2264 ${MAX_TTL} (seconds), found ${describe(ttl)}`
  });
  let values = parseValues(fields.values, type, `${at}.values`, problems), owner = parseOwner(fields, role, `${at}.owner`, problems);
  if (name === void 0 || type === void 0 || values === void 0 || owner === void 0)
    return;
  let record = { name, type, ttl, values };
  return role === "current" && (record.owner = owner), normalizeRecordSet(record);
}
function parseName(raw, at, problems) {
  if (typeof raw != "string") {
    problems.push({ path: at, message: `expected a DNS name string, found ${describe(raw)}` });
    return;
  }
  let problem = nameProblem(raw, { wildcard: !0 });
  if (problem) {
    problems.push({ path: at, message: `${quote(raw)} ${problem}` });
    return;
  }
  return normalizeName(raw);
}
function parseType(raw, at, problems) {
  let upper = typeof raw == "string" ? raw.toUpperCase() : void 0, type = RECORD_TYPES.find((t) => t === upper);
  return type === void 0 && problems.push({
    path: at,
    message: `expected one of ${RECORD_TYPES.join(", ")}, found ${describe(raw)}`
  }), type;
}
function parseValues(raw, type, at, problems) {
  if (!Array.isArray(raw) || raw.length === 0) {
    problems.push({
      path: at,
      message: `expected a non-empty array of strings, found ${describe(raw)} (to remove a record set, leave it out)`
    });
    return;
  }
  let values = [], firstAt = /* @__PURE__ */ new Map();
  for (let [i, v] of raw.entries()) {
    if (typeof v != "string") {
      problems.push({ path: `${at}[${i}]`, message: `expected a string, found ${describe(v)}` });
      continue;
    }
    if (type === void 0) continue;
    let problem = valueProblem(type, v);
    if (problem) {
      problems.push({ path: `${at}[${i}]`, message: `${quote(v)} ${problem}` });
      continue;
    }
    let normal = normalizeValue(type, v), first = firstAt.get(normal);
    if (first !== void 0) {
      problems.push({ path: `${at}[${i}]`, message: `repeats values[${first}]` });
      continue;
    }
    firstAt.set(normal, i), values.push(v);
  }
  return type === "CNAME" && raw.length > 1 && problems.push({ path: at, message: `a CNAME has exactly one value, found ${raw.length}` }), type === void 0 ? void 0 : values;
}
function parseOwner(fields, role, at, problems) {
  if (!("owner" in fields)) return null;
  let raw = fields.owner;
  if (role === "desired") {
    problems.push({
      path: at,
      message: "owner belongs in the current record sets only (desired ones are ours)"
    });
    return;
  }
  if (raw === null) return null;
  if (typeof raw != "string") {
    problems.push({ path: at, message: `expected a string or null, found ${describe(raw)}` });
    return;
  }
  let problem = ownerProblem(raw);
  if (problem) {
    problems.push({ path: at, message: problem });
    return;
  }
  return raw;
}
function pathKey(key) {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `[${quote(key)}]`;
}
function quote(s) {
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}\u2026` : s);
}
function describe(v) {
  return v === void 0 ? "nothing" : v === null ? "null" : Array.isArray(v) ? v.length === 0 ? "an empty array" : "an array" : typeof v == "string" ? `the string ${quote(v)}` : typeof v == "number" ? String(v) : `a ${typeof v}`;
}

export {
  RECORD_TYPES,
  ownerProblem,
  parseRecordSets
};
