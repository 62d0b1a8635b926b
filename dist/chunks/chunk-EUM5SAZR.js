import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  canonicalLuaContent
} from "./chunk-F4ZNFUQ3.js";
import {
  assertApplicable,
  formatOwnerMarker,
  isEmptyPlan,
  ownedName,
  ownerRecordName,
  parseOwnerMarker
} from "./chunk-O2U3KYF2.js";
import {
  decodeCharacterStrings,
  encodeCharacterStrings
} from "./chunk-CBTUWG5K.js";
import {
  RECORD_TYPES
} from "./chunk-VZB5ED4X.js";
import {
  recordKey
} from "./chunk-XQWHKO4R.js";
import {
  byCodeUnit,
  nameProblem,
  normalizeName,
  normalizeRecordSet,
  valueProblem
} from "./chunk-J47NM74G.js";

// lib/dns/providers/zonefile.ts
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";

// lib/dns/providers/master-file.ts
var NAME_FIELDS = { CNAME: [0], NS: [0], PTR: [0], MX: [1], SRV: [3] }, TTL_UNITS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
function parseMasterFile(text, zone, file) {
  let at = (line) => `${file}:${line}`, origin = zone, defaultTtl = null, lastTtl = null, lastOwner = null, soa = null, records = [];
  for (let { tokens, blankOwner, line } of logicalLines(text, file)) {
    let first = tokens[0];
    if (first.startsWith("$")) {
      let directive = first.toUpperCase();
      if (directive === "$ORIGIN" && tokens[1]) origin = absolute(tokens[1], origin);
      else if (directive === "$TTL" && tokens[1]) defaultTtl = parseTtl(tokens[1], at(line));
      else
        throw new Error(`${at(line)}: ${first} is not supported here (keep the zone in one file)`);
      continue;
    }
    let i = blankOwner ? 0 : 1, owner = blankOwner ? lastOwner : absolute(first, origin);
    if (owner === null) throw new Error(`${at(line)}: the first record needs an owner name`);
    let ttl;
    for (let k = 0; k < 2 && i < tokens.length; k++) {
      let t = tokens[i];
      if (ttl === void 0 && /^\d/.test(t)) ttl = parseTtl(t, at(line));
      else if (/^(IN|CH|HS|CS|CLASS\d+)$/i.test(t)) {
        if (t.toUpperCase() !== "IN") throw new Error(`${at(line)}: class ${t} is not IN`);
      } else break;
      i++;
    }
    let type = tokens[i]?.toUpperCase(), rdata = tokens.slice(i + 1);
    if (type === void 0 || rdata.length === 0)
      throw new Error(`${at(line)}: expected "name [ttl] [IN] TYPE data"`);
    if (ttl ??= defaultTtl ?? lastTtl ?? void 0, ttl === void 0) throw new Error(`${at(line)}: no TTL and no $TTL before it`);
    if (lastOwner = owner, lastTtl = ttl, type === "SOA") {
      if (soa || owner !== zone || rdata.length !== 7)
        throw new Error(`${at(line)}: expected one SOA of 7 fields at ${zone}`);
      let n = rdata.slice(2).map((v) => parseTtl(v, at(line))), [mname, rname] = [absolute(rdata[0], origin), absolute(rdata[1], origin)];
      soa = {
        mname,
        rname,
        serial: n[0],
        refresh: n[1],
        retry: n[2],
        expire: n[3],
        minimum: n[4],
        ttl
      };
      continue;
    }
    for (let f of NAME_FIELDS[type] ?? [])
      rdata[f] !== void 0 && (rdata[f] = absolute(rdata[f], origin));
    records.push({ name: owner, ttl, type, rdata: rdata.join(" ") });
  }
  return { origin: zone, defaultTtl: defaultTtl ?? soa?.minimum ?? 3600, soa, records };
}
function formatMasterFile(zone, header) {
  let out = header.map((h) => `; ${h}`);
  out.push(`$ORIGIN ${zone.origin}`, `$TTL ${zone.defaultTtl}`);
  let rel = (name) => relative(name, zone.origin), { soa } = zone;
  soa && out.push(
    `@	${soa.ttl}	IN	SOA	${soa.mname} ${soa.rname} ${soa.serial} ${soa.refresh} ${soa.retry} ${soa.expire} ${soa.minimum}`
  );
  for (let r of [...zone.records].sort(canonicalOrder))
    out.push(`${rel(r.name)}	${r.ttl}	IN	${r.type}	${r.rdata}`);
  return `${out.join(`
`)}
`;
}
function canonicalOrder(a, b) {
  let la = a.name.split(".").reverse(), lb = b.name.split(".").reverse();
  for (let i = 0; i < Math.min(la.length, lb.length); i++) {
    let c = byCodeUnit(la[i], lb[i]);
    if (c !== 0) return c;
  }
  return la.length - lb.length || byCodeUnit(a.type, b.type) || byCodeUnit(a.rdata, b.rdata);
}
function absolute(name, origin) {
  if (name === "@") return origin;
  let lower = name.toLowerCase();
  return lower.endsWith(".") ? lower : `${lower}.${origin}`;
}
function relative(name, origin) {
  return name === origin ? "@" : name.endsWith(`.${origin}`) ? name.slice(0, -origin.length - 1) : name;
}
function parseTtl(token, at) {
  if (/^\d+$/.test(token)) return Number(token);
  let parts = [...token.toLowerCase().matchAll(/(\d+)([smhdw])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== token.toLowerCase())
    throw new Error(
      `${at}: ${JSON.stringify(token)} is not a TTL (seconds, or units such as 1h30m)`
    );
  return parts.reduce((sum, p) => sum + Number(p[1]) * TTL_UNITS[p[2]], 0);
}
function logicalLines(text, file) {
  let lines = [], current = null, lineNo = 1, depth = 0, lineStart = !0, blank = !1, push = (token) => {
    current ??= { tokens: [], blankOwner: blank, line: lineNo }, current.tokens.push(token);
  }, i = 0;
  for (; i < text.length; ) {
    let c = text[i];
    if (c === `
`)
      depth === 0 && (current && lines.push(current), current = null, lineStart = !0, blank = !1), lineNo++, i++;
    else if (c === " " || c === "	" || c === "\r")
      lineStart && depth === 0 && current === null && (blank = !0), lineStart = !1, i++;
    else if (c === ";")
      for (; i < text.length && text[i] !== `
`; ) i++;
    else if (c === "(" || c === ")") {
      if (depth += c === "(" ? 1 : -1, depth < 0) throw new Error(`${file}:${lineNo}: ")" without "("`);
      lineStart = !1, i++;
    } else {
      let start = i, quoted = c === '"';
      for (i += quoted ? 1 : 0; ; ) {
        let d = text[i];
        if (d === void 0 || d === `
`) {
          if (quoted) throw new Error(`${file}:${lineNo}: unterminated quoted string`);
          break;
        }
        if (d === "\\") i += 2;
        else if (quoted && d === '"') {
          i++;
          break;
        } else {
          if (!quoted && /[\s;()"]/.test(d)) break;
          i++;
        }
      }
      lineStart = !1, push(text.slice(start, i));
    }
  }
  if (depth !== 0) throw new Error(`${file}: "(" without ")"`);
  return current && lines.push(current), lines;
}

// lib/dns/providers/zonefile.ts
var MANAGED = new Set(RECORD_TYPES), HEADER = [
  "Written by CloudNeutral's zonefile DNS provider; the SOA serial grows with every change.",
  "Record sets named in a _cn-owner TXT record are managed by that owner; others are kept as",
  "they are (comments and layout are not)."
];
function zoneFilePath(root, zone, directory = "infra/dns") {
  let name = checkedZone(zone);
  return path.resolve(root, directory, `${name.slice(0, -1)}.zone`);
}
function createZoneFileProvider(options) {
  let counts = { reads: 0, writes: 0, retries: 0 }, name = options.name ?? "zonefile", fileOf = (zone) => zoneFilePath(options.root, zone, options.directory);
  return {
    name,
    type: "zonefile",
    // One file write carries any number of changes; weights can only be membership.
    capabilities: { weights: "membership", batchSize: Number.POSITIVE_INFINITY, ownership: "txt" },
    calls: () => ({ ...counts }),
    async read(zone) {
      counts.reads++;
      let model = await load(fileOf(zone), checkedZone(zone));
      return model ? recordSetsOf(model) : [];
    },
    async apply(zone, plan) {
      let origin = checkedZone(zone);
      if (assertApplicable(name, origin, plan), isEmptyPlan(plan)) return { calls: 0 };
      let file = fileOf(origin), model = await load(file, origin) ?? newZone(origin, options);
      assertFresh(model, plan, path.relative(options.root, file));
      let next = applyToModel(model, plan);
      return await writeAtomically(file, formatMasterFile(next, HEADER)), counts.writes++, { calls: 1 };
    }
  };
}
function checkedZone(zone) {
  let problem = nameProblem(zone, { wildcard: !1 });
  if (problem) throw new Error(`zone ${JSON.stringify(zone)} ${problem}`);
  return normalizeName(zone);
}
async function load(file, zone) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return null;
    throw e;
  }
  return parseMasterFile(text, zone, file);
}
function newZone(zone, options) {
  let ttl = options.defaultTtl ?? 300, soa = {
    mname: normalizeName(options.soa?.mname ?? `ns.${zone}`),
    rname: normalizeName(options.soa?.rname ?? `hostmaster.${zone}`),
    serial: 0,
    refresh: options.soa?.refresh ?? 3600,
    retry: options.soa?.retry ?? 600,
    expire: options.soa?.expire ?? 604800,
    minimum: options.soa?.minimum ?? ttl,
    ttl
  };
  return { origin: zone, defaultTtl: ttl, soa, records: [] };
}
function recordSetsOf(model) {
  let owners = markers(model.records), sets = /* @__PURE__ */ new Map();
  for (let r of model.records) {
    if (!MANAGED.has(r.type) || r.type === "TXT" && ownedName(r.name) !== null) continue;
    let key = `${r.name} ${r.type}`, set = sets.get(key) ?? {
      name: r.name,
      type: r.type,
      ttl: r.ttl,
      values: []
    };
    set.ttl = Math.min(set.ttl, r.ttl), set.values.push(recordValue(r)), sets.set(key, set);
  }
  return [...sets].map(
    ([key, set]) => normalizeRecordSet({ ...set, owner: owners.get(key) ?? null })
  );
}
function markers(records) {
  let owners = /* @__PURE__ */ new Map();
  for (let r of records) {
    let of = r.type === "TXT" ? ownedName(r.name) : null;
    if (of === null) continue;
    let marker = markerOf(r);
    if (!marker?.type) continue;
    let key = `${of} ${marker.type}`;
    owners.set(key, owners.has(key) && owners.get(key) !== marker.owner ? null : marker.owner);
  }
  return owners;
}
function markerOf(r) {
  try {
    return parseOwnerMarker(decodeCharacterStrings(r.rdata));
  } catch {
    return null;
  }
}
function recordValue(r) {
  return r.type === "TXT" ? decodeCharacterStrings(r.rdata) : r.type === "LUA" ? canonicalLuaContent(r.rdata) : r.rdata;
}
function assertFresh(model, plan, file) {
  let now = new Map(recordSetsOf(model).map((r) => [recordKey(r), r])), same = (a, b) => {
    if (!a) return !1;
    let n = normalizeRecordSet(b);
    return a.ttl === n.ttl && a.owner === (n.owner ?? null) && a.values.join(`
`) === n.values.join(`
`);
  }, stale = [
    ...plan.create.filter((r) => now.has(recordKey(r))),
    ...plan.update.filter((u) => !same(now.get(recordKey(u.from)), u.from)).map((u) => u.from),
    ...plan.delete.filter((r) => !same(now.get(recordKey(r)), r))
  ];
  if (stale.length > 0)
    throw new Error(
      `${file} changed since the plan was made (${stale.map(recordKey).join(", ")}); nothing was written: plan again`
    );
}
function applyToModel(model, plan) {
  let records = [...model.records], drop = (r) => {
    let name = normalizeName(r.name), marker = ownerRecordName(name);
    records = records.filter(
      (m) => !(m.name === name && m.type === r.type) && !(m.name === marker && m.type === "TXT" && markerOf(m)?.type === r.type)
    );
  }, put = (r) => {
    let set = normalizeRecordSet(r);
    if (!(set.name === model.origin || set.name.endsWith(`.${model.origin}`))) throw new Error(`${set.name} is not in the zone ${model.origin}`);
    let problem = nameProblem(set.name, { wildcard: !0 });
    if (problem) throw new Error(`${set.name} ${problem}`);
    if (typeof r.owner != "string") throw new Error(`${recordKey(set)} has no owner to mark`);
    for (let v of set.values) {
      let bad = valueProblem(set.type, v);
      if (bad) throw new Error(`${recordKey(set)}: ${JSON.stringify(v)} ${bad}`);
      records.push({ name: set.name, ttl: set.ttl, type: set.type, rdata: rdataOf(set.type, v) });
    }
    let text = encodeCharacterStrings(formatOwnerMarker(r.owner, set.type));
    records.push({
      name: ownerRecordName(set.name),
      ttl: model.defaultTtl,
      type: "TXT",
      rdata: text
    });
  };
  for (let r of plan.delete) drop(r);
  for (let u of plan.update)
    drop(u.from), put(u.to);
  for (let r of plan.create) put(r);
  let soa = model.soa ?? newZone(model.origin, {}).soa;
  return { ...model, soa: { ...soa, serial: nextSerial(soa.serial) }, records };
}
function rdataOf(type, value) {
  return type === "TXT" ? encodeCharacterStrings(value) : type === "LUA" ? canonicalLuaContent(value) : value;
}
function nextSerial(serial) {
  return (serial + 1) % 2 ** 32 || 1;
}
async function writeAtomically(file, text) {
  await mkdir(path.dirname(file), { recursive: !0 });
  let tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  try {
    let handle = await open(tmp, "wx");
    try {
      await handle.writeFile(text), await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (e) {
    throw await rm(tmp, { force: !0 }), e;
  }
}

export {
  zoneFilePath,
  createZoneFileProvider
};
