// Record sets from untrusted JSON (files a person wrote, or a provider's export): every
// problem found, each with the JSON path of the offending field, so one run fixes them all.
import {
  byCodeUnit,
  nameProblem,
  normalizeName,
  normalizeRecordSet,
  normalizeValue,
  valueProblem,
} from "./normalize.ts";
import { RECORD_TYPES, type RecordSet, type RecordType } from "./types.ts";

export interface RecordSetProblem {
  /** JSON path such as `[3].ttl`; empty for the document itself. */
  path: string;
  message: string;
}

/**
 * `current` record sets carry an owner (a string, or null for nobody we know; missing means
 * null); `desired` ones may not, since ours is implied.
 */
export type RecordSetRole = "current" | "desired";

/** Owner ids end up in TXT records and provider comments: a plain, quote-free token. */
const OWNER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,127}$/;
const MAX_TTL = 2_147_483_647;
const FIELDS = ["name", "type", "ttl", "values", "owner"];

/** Why `owner` cannot be an owner id, or null. */
export function ownerProblem(owner: string): string | null {
  return OWNER_PATTERN.test(owner)
    ? null
    : `${quote(owner)} is not an owner id: expected 1–128 letters, digits and . _ : / @ -, starting with a letter or digit`;
}

/** Normalised record sets, or the problems that keep `data` from being record sets. */
export function parseRecordSets(
  data: unknown,
  role: RecordSetRole,
): { records: RecordSet[]; problems: RecordSetProblem[] } {
  const problems: RecordSetProblem[] = [];
  if (!Array.isArray(data)) {
    problems.push({ path: "", message: "expected an array of record sets" });
    return { records: [], problems };
  }
  const records: RecordSet[] = [];
  const seen = new Map<string, number>();
  const typesAt = new Map<string, { type: RecordType; index: number }[]>();
  for (const [index, item] of data.entries()) {
    const before = problems.length;
    const record = parseOne(item, `[${index}]`, role, problems);
    if (!record || problems.length > before) continue;
    const key = `${record.name} ${record.type}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        path: `[${index}]`,
        message: `${record.name} ${record.type} is already defined at [${first}]: one record set per name and type, with all its values`,
      });
      continue;
    }
    seen.set(key, index);
    const atName = typesAt.get(record.name) ?? [];
    const clash = atName.find((o) => (o.type === "CNAME") !== (record.type === "CNAME"));
    if (clash)
      problems.push({
        path: `[${index}].type`,
        message: `${record.name} has a ${clash.type} record set at [${clash.index}]; a CNAME cannot share its name with other records`,
      });
    atName.push({ type: record.type, index });
    typesAt.set(record.name, atName);
    records.push(record);
  }
  return { records: problems.length > 0 ? [] : records, problems };
}

function parseOne(
  item: unknown,
  at: string,
  role: RecordSetRole,
  problems: RecordSetProblem[],
): RecordSet | undefined {
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    problems.push({ path: at, message: "expected an object {name, type, ttl, values}" });
    return undefined;
  }
  const fields = item as Record<string, unknown>;
  for (const key of Object.keys(fields).sort(byCodeUnit)) {
    if (!FIELDS.includes(key))
      problems.push({
        path: `${at}${pathKey(key)}`,
        message: `unknown field (expected ${FIELDS.join(", ")})`,
      });
  }
  const name = parseName(fields.name, `${at}.name`, problems);
  const type = parseType(fields.type, `${at}.type`, problems);
  const ttl = fields.ttl;
  if (!Number.isSafeInteger(ttl) || (ttl as number) < 0 || (ttl as number) > MAX_TTL)
    problems.push({
      path: `${at}.ttl`,
      message: `expected a whole number ≥ 0 and ≤ ${MAX_TTL} (seconds), found ${describe(ttl)}`,
    });
  const values = parseValues(fields.values, type, `${at}.values`, problems);
  const owner = parseOwner(fields, role, `${at}.owner`, problems);
  if (name === undefined || type === undefined || values === undefined || owner === undefined)
    return undefined;
  const record: RecordSet = { name, type, ttl: ttl as number, values };
  if (role === "current") record.owner = owner;
  return normalizeRecordSet(record);
}

function parseName(raw: unknown, at: string, problems: RecordSetProblem[]): string | undefined {
  if (typeof raw !== "string") {
    problems.push({ path: at, message: `expected a DNS name string, found ${describe(raw)}` });
    return undefined;
  }
  const problem = nameProblem(raw, { wildcard: true });
  if (problem) {
    problems.push({ path: at, message: `${quote(raw)} ${problem}` });
    return undefined;
  }
  return normalizeName(raw);
}

function parseType(raw: unknown, at: string, problems: RecordSetProblem[]): RecordType | undefined {
  const upper = typeof raw === "string" ? raw.toUpperCase() : undefined;
  const type = RECORD_TYPES.find((t) => t === upper);
  if (type === undefined)
    problems.push({
      path: at,
      message: `expected one of ${RECORD_TYPES.join(", ")}, found ${describe(raw)}`,
    });
  return type;
}

function parseValues(
  raw: unknown,
  type: RecordType | undefined,
  at: string,
  problems: RecordSetProblem[],
): string[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) {
    problems.push({
      path: at,
      message: `expected a non-empty array of strings, found ${describe(raw)} (to remove a record set, leave it out)`,
    });
    return undefined;
  }
  const values: string[] = [];
  const firstAt = new Map<string, number>();
  for (const [i, v] of raw.entries()) {
    if (typeof v !== "string") {
      problems.push({ path: `${at}[${i}]`, message: `expected a string, found ${describe(v)}` });
      continue;
    }
    if (type === undefined) continue;
    const problem = valueProblem(type, v);
    if (problem) {
      problems.push({ path: `${at}[${i}]`, message: `${quote(v)} ${problem}` });
      continue;
    }
    const normal = normalizeValue(type, v);
    const first = firstAt.get(normal);
    if (first !== undefined) {
      problems.push({ path: `${at}[${i}]`, message: `repeats values[${first}]` });
      continue;
    }
    firstAt.set(normal, i);
    values.push(v);
  }
  if (type === "CNAME" && raw.length > 1)
    problems.push({ path: at, message: `a CNAME has exactly one value, found ${raw.length}` });
  return type === undefined ? undefined : values;
}

/** `null` is a valid owner (nobody we know); `undefined` means the owner was unusable. */
function parseOwner(
  fields: Record<string, unknown>,
  role: RecordSetRole,
  at: string,
  problems: RecordSetProblem[],
): string | null | undefined {
  if (!("owner" in fields)) return null;
  const raw = fields.owner;
  if (role === "desired") {
    problems.push({
      path: at,
      message: "owner belongs in the current record sets only (desired ones are ours)",
    });
    return undefined;
  }
  if (raw === null) return null;
  if (typeof raw !== "string") {
    problems.push({ path: at, message: `expected a string or null, found ${describe(raw)}` });
    return undefined;
  }
  const problem = ownerProblem(raw);
  if (problem) {
    problems.push({ path: at, message: problem });
    return undefined;
  }
  return raw;
}

function pathKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `[${quote(key)}]`;
}

/** A user's string, quoted on one line and cut short: error text must stay one safe line. */
function quote(s: string): string {
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);
}

function describe(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return v.length === 0 ? "an empty array" : "an array";
  if (typeof v === "string") return `the string ${quote(v)}`;
  if (typeof v === "number") return String(v);
  return `a ${typeof v}`;
}
