// `cloudneutral dns plan`: the DNS diff between two files of record sets, as a person or a
// workflow reads it. Exit codes: 0 ok, 1 invalid input or an unsafe plan not forced, 2 usage.
import { parseArgs } from "node:util";
import type { DnsPlan, DnsPlanOptions, RecordSet, SafetyLimits } from "../lib/dns/types.ts";
import { errorMessage } from "../lib/errors.ts";
import { readUserFile } from "./read-input.ts";

export const DNS_USAGE =
  "dns plan --current FILE --desired FILE --owner ID [--policy sync|upsert-only|create-only] [--adopt] [--force] [--max-change-percent N] [--max-update-percent N] [--max-delete-percent N] [--min-owned N] [--format text|json]";

/** Printed under the usage line: what the files hold and when the exit code is 1. */
export const DNS_HELP = `  FILE: a JSON array of {"name", "type", "ttl", "values", "owner"} record sets ("owner" in
  --current only: a string, or null for nobody we know). Exit 1 on invalid input, and on an
  unsafe plan: one that, in a zone where we own at least --min-owned (10) record sets,
  updates more than --max-update-percent, deletes more than --max-delete-percent, or
  updates and deletes together more than --max-change-percent of them. The update and
  delete limits default to --max-change-percent if given, else 30; --max-change-percent
  defaults to the larger of the two. --force plans it anyway.`;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

interface Options {
  current: string;
  desired: string;
  format: "text" | "json";
  plan: DnsPlanOptions;
}

/** Problems past this many are counted, not listed: a wrong file would flood the log. */
const MAX_PROBLEMS_SHOWN = 50;

/** The options, or the reason they are not usable. */
async function options(args: string[]): Promise<Options | string> {
  const [sub, ...rest] = args;
  if (sub !== "plan") return `unknown dns command ${JSON.stringify(sub ?? "")}`;
  let values: {
    current?: string;
    desired?: string;
    owner?: string;
    policy?: string;
    adopt?: boolean;
    force?: boolean;
    "max-change-percent"?: string;
    "max-update-percent"?: string;
    "max-delete-percent"?: string;
    "min-owned"?: string;
    format?: string;
  };
  try {
    ({ values } = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: {
        current: { type: "string" },
        desired: { type: "string" },
        owner: { type: "string" },
        policy: { type: "string" },
        adopt: { type: "boolean" },
        force: { type: "boolean" },
        "max-change-percent": { type: "string" },
        "max-update-percent": { type: "string" },
        "max-delete-percent": { type: "string" },
        "min-owned": { type: "string" },
        format: { type: "string" },
      },
    }));
  } catch (err) {
    return errorMessage(err);
  }
  const { current, desired, owner } = values;
  if (!current) return "--current FILE is required";
  if (!desired) return "--desired FILE is required";
  if (!owner) return "--owner ID is required";
  const { ownerProblem } = await import("../lib/dns/parse.ts");
  const badOwner = ownerProblem(owner);
  if (badOwner) return `--owner: ${badOwner}`;
  const { DNS_POLICIES } = await import("../lib/dns/types.ts");
  const policy = DNS_POLICIES.find((p) => p === (values.policy ?? "sync"));
  if (!policy)
    return `--policy must be one of ${DNS_POLICIES.join(", ")}, not ${JSON.stringify(values.policy)}`;
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json")
    return `--format must be text or json, not ${JSON.stringify(format)}`;
  const limits = safetyLimits(values);
  if (typeof limits === "string") return limits;
  const plan: DnsPlanOptions = {
    owner,
    policy,
    adopt: values.adopt ?? false,
    force: values.force ?? false,
    ...limits,
  };
  return { current, desired, format, plan };
}

const RATIO_FLAGS = [
  ["max-change-percent", "maxChangeRatio"],
  ["max-update-percent", "maxUpdateRatio"],
  ["max-delete-percent", "maxDeleteRatio"],
] as const;

/**
 * The limits given on the command line, or what is wrong with them. Limits not given stay
 * unset, so that `assessSafety` fills in its defaults.
 */
function safetyLimits(
  values: Partial<Record<(typeof RATIO_FLAGS)[number][0] | "min-owned", string>>,
): SafetyLimits | string {
  const limits: SafetyLimits = {};
  for (const [flag, key] of RATIO_FLAGS) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const n = wholeNumber(raw, 100);
    if (n === undefined)
      return `--${flag} must be a whole number from 0 to 100, not ${JSON.stringify(raw)}`;
    limits[key] = n / 100;
  }
  // Past the limit on both together, the limit on one of them would never be reached.
  const together = limits.maxChangeRatio;
  for (const [flag, key] of RATIO_FLAGS.slice(1)) {
    const one = limits[key];
    if (together !== undefined && one !== undefined && one > together)
      return `--${flag} ${values[flag]} is more than --max-change-percent ${values["max-change-percent"]}, the limit on updates and deletes together: raise that too, or leave it out`;
  }
  const rawMin = values["min-owned"];
  if (rawMin !== undefined) {
    const minOwned = wholeNumber(rawMin, Number.MAX_SAFE_INTEGER);
    if (minOwned === undefined)
      return `--min-owned must be a whole number ≥ 0, not ${JSON.stringify(rawMin)}`;
    limits.minOwnedForSafety = minOwned;
  }
  return limits;
}

function wholeNumber(raw: string, max: number): number | undefined {
  if (!/^\d{1,16}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n <= max ? n : undefined;
}

export async function dnsCommand(args: string[], io: Io): Promise<number> {
  const parsed = await options(args);
  if (typeof parsed === "string") {
    io.err(`cloudneutral: ${parsed}\nusage: cloudneutral ${DNS_USAGE}\n${DNS_HELP}\n`);
    return 2;
  }
  const current = await readRecordSets(parsed.current, "current", io);
  const desired = await readRecordSets(parsed.desired, "desired", io);
  if (!current || !desired) return 1;
  const { planDns } = await import("../lib/dns/diff.ts");
  const plan = planDns(current, desired, parsed.plan);
  io.out(parsed.format === "json" ? `${JSON.stringify(plan)}\n` : planText(plan));
  if (plan.unsafe) {
    io.err(`cloudneutral: unsafe DNS plan: ${plan.reason}; pass --force to plan it anyway\n`);
    return 1;
  }
  return 0;
}

/** The file's record sets, or undefined after telling the user every problem with it. */
async function readRecordSets(
  file: string,
  role: "current" | "desired",
  io: Io,
): Promise<RecordSet[] | undefined> {
  const read = await readUserFile(file);
  if ("why" in read) {
    io.err(`cloudneutral: cannot read the ${role} record sets ${file}: ${read.why}\n`);
    return undefined;
  }
  const text = read.text;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    io.err(`cloudneutral: ${file}: not valid JSON: ${errorMessage(err)}\n`);
    return undefined;
  }
  const { parseRecordSets } = await import("../lib/dns/parse.ts");
  const { records, problems } = parseRecordSets(data, role);
  if (problems.length === 0) return records;
  for (const p of problems.slice(0, MAX_PROBLEMS_SHOWN))
    io.err(`${file}: ${p.path === "" ? "" : `${p.path}: `}${p.message}\n`);
  if (problems.length > MAX_PROBLEMS_SHOWN)
    io.err(`${file}: … and ${problems.length - MAX_PROBLEMS_SHOWN} more problem(s)\n`);
  return undefined;
}

/** One line per change; values as JSON strings, so TXT data cannot break the layout. */
export function planText(plan: DnsPlan): string {
  const n = (count: number, what: string) => `${count} ${what}${count === 1 ? "" : "s"}`;
  const counts = [
    `${plan.create.length} to create`,
    `${plan.update.length} to update`,
    `${plan.delete.length} to delete`,
    n(plan.conflicts.length, "conflict"),
  ].join(", ");
  const lines = [`dns plan: ${counts}`];
  for (const r of plan.create) lines.push(`+ ${r.name} ${r.type} ${r.ttl} ${values(r)}`);
  for (const { from, to } of plan.update) {
    const what: string[] = [];
    if (from.owner !== to.owner) what.push(`adopt from ${ownerText(from.owner)}`);
    if (from.ttl !== to.ttl) what.push(`ttl ${from.ttl} → ${to.ttl}`);
    if (values(from) !== values(to)) what.push(`${values(from)} → ${values(to)}`);
    lines.push(`~ ${to.name} ${to.type} ${what.join(", ")}`);
  }
  for (const r of plan.delete) lines.push(`- ${r.name} ${r.type} ${r.ttl} ${values(r)}`);
  for (const r of plan.conflicts)
    lines.push(`! ${r.name} ${r.type} owned by ${ownerText(r.owner)}: left alone`);
  if (plan.reason !== null) lines.push(`${plan.unsafe ? "unsafe" : "note"}: ${plan.reason}`);
  return `${lines.join("\n")}\n`;
}

function values(r: RecordSet): string {
  return JSON.stringify(r.values);
}

function ownerText(owner: string | null | undefined): string {
  return owner ? JSON.stringify(owner) : "nobody we know";
}
