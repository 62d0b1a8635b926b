// One spelling per record set, so that two spellings of the same data compare equal:
// providers answer `API.Example.com` without the dot, or `2001:DB8:0::1`, for what Git says
// as `api.example.com.` and `2001:db8::1`. The normalisers are total (they never reject);
// the checks beside them say what input validation refuses, and why.
import { isIPv4, isIPv6 } from "node:net";
import type { RecordSet, RecordType } from "./types.ts";

/** Record types whose values are one domain name. */
const NAME_VALUED: ReadonlySet<RecordType> = new Set(["CNAME", "NS", "PTR"]);

/** Longest value accepted: TXT data past this belongs in a file, not in DNS. */
const MAX_VALUE_LENGTH = 4000;

export function normalizeName(name: string): string {
  const lower = name.toLowerCase();
  return lower.endsWith(".") ? lower : `${lower}.`;
}

/** Per type: TXT and LUA are data and stay byte for byte; names and numbers get one form. */
export function normalizeValue(type: RecordType, value: string): string {
  if (NAME_VALUED.has(type)) return normalizeName(value.trim());
  const fields = value.trim().split(/\s+/);
  switch (type) {
    case "A":
      return value.trim();
    case "AAAA":
      return canonicalIPv6(value.trim()) ?? value.trim().toLowerCase();
    case "MX":
      return fields.length === 2 && isUint(fields[0]!)
        ? `${Number(fields[0])} ${normalizeName(fields[1]!)}`
        : value;
    case "SRV":
      return fields.length === 4 && fields.slice(0, 3).every(isUint)
        ? `${fields.slice(0, 3).map(Number).join(" ")} ${normalizeName(fields[3]!)}`
        : value;
    case "CAA": {
      const m = /^\s*(\d+)\s+([A-Za-z0-9]+)\s+(.*\S)\s*$/.exec(value);
      return m ? `${Number(m[1])} ${m[2]!.toLowerCase()} ${m[3]}` : value;
    }
    default:
      return value;
  }
}

/** Values sorted and deduplicated, since a record set is a set. */
export function normalizeRecordSet(r: RecordSet): RecordSet {
  const values = [...new Set(r.values.map((v) => normalizeValue(r.type, v)))].sort(byCodeUnit);
  const out: RecordSet = { name: normalizeName(r.name), type: r.type, ttl: r.ttl, values };
  if (r.owner !== undefined) out.owner = r.owner;
  return out;
}

/** Locale-independent order, so every machine sorts the same. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Why `name` is not a fully qualified DNS name we can write safely anywhere, or null. */
export function nameProblem(name: string, options: { wildcard: boolean }): string | null {
  const bare = name.endsWith(".") ? name.slice(0, -1) : name;
  if (bare === "") return "is empty";
  const nonAscii = /[^\x20-\x7e]/.exec(bare);
  if (nonAscii && nonAscii[0].charCodeAt(0) > 0x7f)
    return "has a non-ASCII character: use the xn-- (punycode) form";
  const bad = /[^A-Za-z0-9._*-]/.exec(bare);
  if (bad) return `has the character ${JSON.stringify(bad[0])}, which is not allowed in a DNS name`;
  if (bare.length > 253) return `is ${bare.length} characters long, more than 253`;
  const labels = bare.split(".");
  if (labels.length < 2) return "is not fully qualified (expected a name such as api.example.com.)";
  for (const [i, label] of labels.entries()) {
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

/** Why `value` cannot be a value of a `type` record set, or null. */
export function valueProblem(type: RecordType, value: string): string | null {
  if (value.trim() === "") return "is empty";
  if (value.length > MAX_VALUE_LENGTH)
    return `is ${value.length} characters long, more than ${MAX_VALUE_LENGTH}`;
  // Line breaks and control characters break zone files and provider APIs alike.
  const control = [...value].find((c) => c < " " || c === "\x7f");
  if (control !== undefined) return `has the control character ${JSON.stringify(control)}`;
  if (NAME_VALUED.has(type)) return targetProblem(value.trim());
  const fields = value.trim().split(/\s+/);
  switch (type) {
    case "A":
      return isIPv4(value) && !/(^|\.)0\d/.test(value)
        ? null
        : "is not an IPv4 address such as 192.0.2.1";
    case "AAAA":
      return canonicalIPv6(value) === null ? "is not an IPv6 address such as 2001:db8::1" : null;
    case "MX":
      if (fields.length !== 2 || !isUint16(fields[0]!))
        return 'expected "PREFERENCE HOST" such as "10 mail.example.com."';
      return targetProblem(fields[1]!, true);
    case "SRV":
      if (fields.length !== 4 || !fields.slice(0, 3).every(isUint16))
        return 'expected "PRIORITY WEIGHT PORT HOST" such as "10 5 443 api.example.com."';
      return targetProblem(fields[3]!, true);
    case "CAA":
      // No backslash inside the quotes: `"x\"` would leave the string open in a zone file.
      return /^\s*\d{1,3}\s+[A-Za-z0-9]+\s+"[^"\\]*"\s*$/.test(value) && Number(fields[0]) <= 255
        ? null
        : 'expected FLAGS TAG "VALUE" such as 0 issue "letsencrypt.org"';
    default:
      return null;
  }
}

function targetProblem(target: string, rootAllowed = false): string | null {
  // "." is RFC 7505's null MX and RFC 2782's "no service here".
  if (rootAllowed && target === ".") return null;
  const problem = nameProblem(target, { wildcard: false });
  return problem === null ? null : `names a host that ${problem}`;
}

function canonicalIPv6(value: string): string | null {
  if (!isIPv6(value) || value.includes("%")) return null;
  // The WHATWG URL parser prints IPv6 the RFC 5952 way: lower case, longest zero run as ::.
  return new URL(`http://[${value}]`).hostname.slice(1, -1);
}

function isUint(s: string): boolean {
  return /^\d{1,10}$/.test(s);
}

function isUint16(s: string): boolean {
  return /^\d{1,5}$/.test(s) && Number(s) <= 65535;
}
