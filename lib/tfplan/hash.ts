// The identity of a plan: what apply would do, and nothing else. Reviewed in the PR, checked
// again before apply. Normalised so that harmless noise cannot cause a false mismatch: the
// plan's timestamp, Terraform's version, prior state and drift, the `before` values (what a
// refresh read, not what apply writes), data-source reads and no-op entries are left out,
// object keys are sorted and resources ordered by address. Sensitive values are blanked:
// the hash is published in the PR comment, and a hash of a short secret could be guessed.
import { createHash } from "node:crypto";
import { isRecord, planObject } from "./parse.ts";

const CHANGE_FIELDS = ["actions", "after_unknown", "replace_paths", "importing"] as const;

/** `value` with every part `sensitive` marks (Terraform's after_sensitive shape) blanked. */
export function blankSensitive(value: unknown, sensitive: unknown): unknown {
  if (sensitive === true) return "(sensitive)";
  if (Array.isArray(value) && Array.isArray(sensitive))
    return value.map((v, i) => blankSensitive(v, sensitive[i]));
  if (isRecord(value) && isRecord(sensitive))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, blankSensitive(v, sensitive[k])]),
    );
  return value;
}

/** JSON with object keys sorted at every depth. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (isRecord(v)) {
    const keys = Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const isNoise = (actions: unknown) =>
  Array.isArray(actions) &&
  actions.length === 1 &&
  (actions[0] === "no-op" || actions[0] === "read");

/** What a plan changes, normalised: one entry per resource change and output change. */
export function normalisedPlan(stack: string, plan: unknown): Record<string, unknown>[] {
  const p = planObject(stack, plan);
  const entries: Record<string, unknown>[] = [];
  const resources = Array.isArray(p.resource_changes) ? p.resource_changes : [];
  for (const r of resources) {
    if (!isRecord(r) || !isRecord(r.change)) continue;
    const change = r.change;
    const moved = typeof r.previous_address === "string" && r.previous_address !== r.address;
    if (isNoise(change.actions) && !moved && !change.importing) continue;
    const entry: Record<string, unknown> = { address: r.address, deposed: r.deposed };
    if (moved) entry.previous_address = r.previous_address;
    for (const f of CHANGE_FIELDS) entry[f] = change[f];
    entry.after = blankSensitive(change.after, change.after_sensitive);
    entries.push(entry);
  }
  const outputs = isRecord(p.output_changes) ? p.output_changes : {};
  for (const [name, o] of Object.entries(outputs)) {
    if (!isRecord(o) || isNoise(o.actions)) continue;
    const entry: Record<string, unknown> = { output: name };
    for (const f of CHANGE_FIELDS) entry[f] = o[f];
    entry.after = o.sensitive === true ? "(sensitive)" : blankSensitive(o.after, o.after_sensitive);
    entries.push(entry);
  }
  const key = (e: Record<string, unknown>) =>
    `${e.output === undefined ? "r" : "o"}:${String(e.address ?? e.output)}:${String(e.deposed ?? "")}`;
  return entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The key a normalised entry is known by: its address (or `output.<name>`). */
function entryKey(e: Record<string, unknown>): string {
  if (e.output !== undefined) return `output.${String(e.output)}`;
  return `${String(e.address)}${e.deposed ? ` (deposed ${String(e.deposed)})` : ""}`;
}

/**
 * A plan's hash and, per changed resource or output, a short hash of its change: small
 * enough to keep beside the reviewed hash, so that a mismatch can name what differs.
 */
export function terraformPlanDigest(
  stack: string,
  plan: unknown,
): { hash: string; entries: Record<string, string>; normalised: Record<string, unknown>[] } {
  const normalised = normalisedPlan(stack, plan);
  return { ...normalisedDigest(normalised), normalised };
}

/**
 * The hash and per-change digests of an already normalised plan: what a reader that holds
 * only the normalised plan (the trusted side of a split PR workflow) recomputes.
 */
export function normalisedDigest(normal: readonly Record<string, unknown>[]): {
  hash: string;
  entries: Record<string, string>;
} {
  const entries: Record<string, string> = {};
  for (const e of normal) entries[entryKey(e)] = sha256(canonicalJson(e)).slice(0, 10);
  return { hash: sha256(canonicalJson(normal)), entries };
}

/** Addresses whose change is new, gone or different between two digests. Never values. */
export function digestDifference(
  reviewed: Record<string, string>,
  now: Record<string, string>,
): { added: string[]; removed: string[]; changed: string[] } {
  const a = new Map(Object.entries(reviewed));
  const b = new Map(Object.entries(now));
  return {
    added: [...b.keys()].filter((k) => !a.has(k)),
    removed: [...a.keys()].filter((k) => !b.has(k)),
    changed: [...b.keys()].filter((k) => a.has(k) && a.get(k) !== b.get(k)),
  };
}
