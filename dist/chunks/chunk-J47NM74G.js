import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/dns/normalize.ts
import { isIPv4, isIPv6 } from "node:net";
var NAME_VALUED = /* @__PURE__ */ new Set(["CNAME", "NS", "PTR"]), MAX_VALUE_LENGTH = 4e3;
function normalizeName(name) {
  let lower = name.toLowerCase();
  return lower.endsWith(".") ? lower : `${lower}.`;
}
function normalizeValue(type, value) {
  if (NAME_VALUED.has(type)) return normalizeName(value.trim());
  let fields = value.trim().split(/\s+/);
  switch (type) {
    case "A":
      return value.trim();
    case "AAAA":
      return canonicalIPv6(value.trim()) ?? value.trim().toLowerCase();
    case "MX":
      return fields.length === 2 && isUint(fields[0]) ? `${Number(fields[0])} ${normalizeName(fields[1])}` : value;
    case "SRV":
      return fields.length === 4 && fields.slice(0, 3).every(isUint) ? `${fields.slice(0, 3).map(Number).join(" ")} ${normalizeName(fields[3])}` : value;
    case "CAA": {
      let m = /^\s*(\d+)\s+([A-Za-z0-9]+)\s+(.*\S)\s*$/.exec(value);
      return m ? `${Number(m[1])} ${m[2].toLowerCase()} ${m[3]}` : value;
    }
    default:
      return value;
  }
}
function normalizeRecordSet(r) {
  let values = [...new Set(r.values.map((v) => normalizeValue(r.type, v)))].sort(byCodeUnit), out = { name: normalizeName(r.name), type: r.type, ttl: r.ttl, values };
  return r.owner !== void 0 && (out.owner = r.owner), out;
}
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function nameProblem(name, options) {
  let bare = name.endsWith(".") ? name.slice(0, -1) : name;
  if (bare === "") return "is empty";
  let nonAscii = /[^\x20-\x7e]/.exec(bare);
  if (nonAscii && nonAscii[0].charCodeAt(0) > 127)
    return "has a non-ASCII character: use the xn-- (punycode) form";
  let bad = /[^A-Za-z0-9._*-]/.exec(bare);
  if (bad) return `has the character ${JSON.stringify(bad[0])}, which is not allowed in a DNS name`;
  if (bare.length > 253) return `is ${bare.length} characters long, more than 253`;
  let labels = bare.split(".");
  if (labels.length < 2) return "is not fully qualified (expected a name such as api.example.com.)";
  for (let [i, label] of labels.entries()) {
    if (label === "") return "has an empty label (two dots in a row)";
    if (label.length > 63) return `has a label of ${label.length} characters, more than 63`;
    if (label.includes("*")) {
      if (!options.wildcard) return "may not contain '*'";
      if (label !== "*" || i !== 0) return "may contain '*' only as its whole first label";
    }
    if (label.startsWith("-") || label.endsWith("-"))
      return `has the label ${JSON.stringify(label)}, which starts or ends with '-'`;
  }
  return null;
}
function valueProblem(type, value) {
  if (value.trim() === "") return "is empty";
  if (value.length > MAX_VALUE_LENGTH)
    return `is ${value.length} characters long, more than ${MAX_VALUE_LENGTH}`;
  let control = [...value].find((c) => c < " " || c === "\x7F");
  if (control !== void 0) return `has the control character ${JSON.stringify(control)}`;
  if (NAME_VALUED.has(type)) return targetProblem(value.trim());
  let fields = value.trim().split(/\s+/);
  switch (type) {
    case "A":
      return isIPv4(value) && !/(^|\.)0\d/.test(value) ? null : "is not an IPv4 address such as 192.0.2.1";
    case "AAAA":
      return canonicalIPv6(value) === null ? "is not an IPv6 address such as 2001:db8::1" : null;
    case "MX":
      return fields.length !== 2 || !isUint16(fields[0]) ? 'expected "PREFERENCE HOST" such as "10 mail.example.com."' : targetProblem(fields[1], !0);
    case "SRV":
      return fields.length !== 4 || !fields.slice(0, 3).every(isUint16) ? 'expected "PRIORITY WEIGHT PORT HOST" such as "10 5 443 api.example.com."' : targetProblem(fields[3], !0);
    case "CAA":
      return /^\s*\d{1,3}\s+[A-Za-z0-9]+\s+"[^"\\]*"\s*$/.test(value) && Number(fields[0]) <= 255 ? null : 'expected FLAGS TAG "VALUE" such as 0 issue "letsencrypt.org"';
    default:
      return null;
  }
}
function targetProblem(target, rootAllowed = !1) {
  if (rootAllowed && target === ".") return null;
  let problem = nameProblem(target, { wildcard: !1 });
  return problem === null ? null : `names a host that ${problem}`;
}
function canonicalIPv6(value) {
  return !isIPv6(value) || value.includes("%") ? null : new URL(`http://[${value}]`).hostname.slice(1, -1);
}
function isUint(s) {
  return /^\d{1,10}$/.test(s);
}
function isUint16(s) {
  return /^\d{1,5}$/.test(s) && Number(s) <= 65535;
}

export {
  normalizeName,
  normalizeValue,
  normalizeRecordSet,
  byCodeUnit,
  nameProblem,
  valueProblem
};
