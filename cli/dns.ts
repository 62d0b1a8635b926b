// `cloudneutral dns plan`: the DNS diff between two files of record sets, as a person or a
// workflow reads it. Exit codes: 0 ok, 1 invalid input or an unsafe plan not forced, 2 usage.
import type { DnsPlan, DnsPlanOptions, RecordSet, SafetyLimits } from "../lib/dns/types.ts";
import { errorMessage, UsageError } from "../lib/errors.ts";
import { command, type Flags, type Io, runCommands, usageLine, type Values } from "./args.ts";
import { readUserFile } from "./read-input.ts";

/** Printed under the usage line: what the files hold and when the exit code is 1. */
export const DNS_HELP = `  FILE: a JSON array of {"name", "type", "ttl", "values", "owner"} record sets ("owner" in
  --current only: a string, or null for nobody we know). Exit 1 on invalid input, and on an
  unsafe plan: one that, in a zone where we own at least --min-owned (10) record sets,
  updates more than --max-update-percent, deletes more than --max-delete-percent, or
  updates and deletes together more than --max-change-percent of them. The update and
  delete limits default to --max-change-percent if given, else 30; --max-change-percent
  defaults to the larger of the two. --force plans it anyway.`;

const DNS_FLAGS = {
  current: { type: "string", arg: "FILE", required: true, help: "the record sets there are" },
  desired: { type: "string", arg: "FILE", required: true, help: "the record sets wanted" },
  owner: { type: "string", arg: "ID", required: true, help: "our owner id (TXT ownership)" },
  policy: {
    type: "string",
    choices: ["sync", "upsert-only", "create-only"],
    default: "sync",
    help: "what may change",
  },
  adopt: { type: "boolean", help: "take over records nobody we know owns" },
  force: { type: "boolean", help: "plan an unsafe change anyway" },
  "max-change-percent": { type: "string", arg: "N", help: "limit on updates and deletes together" },
  "max-update-percent": { type: "string", arg: "N", help: "limit on updates" },
  "max-delete-percent": { type: "string", arg: "N", help: "limit on deletes" },
  "min-owned": {
    type: "string",
    arg: "N",
    help: "zones with fewer owned record sets have no limit (10)",
  },
  format: { type: "string", choices: ["text", "json"], default: "text", help: "output" },
} as const satisfies Flags;

type DnsValues = Values<typeof DNS_FLAGS>;

const DNS_PLAN = command({
  name: "dns plan",
  summary: "the DNS diff between two files of record sets, with the safety limits",
  flags: DNS_FLAGS,
  details: DNS_HELP,
  run: (values, _args, io) => dnsPlan(values, io),
});

export const DNS_COMMANDS = [DNS_PLAN];

/** The usage line of `dns plan`, without "cloudneutral". */
export const DNS_USAGE = usageLine(DNS_PLAN);

/** Problems past this many are counted, not listed: a wrong file would flood the log. */
const MAX_PROBLEMS_SHOWN = 50;

/** The plan's options from the flags, or a UsageError. */
async function planOptions(values: DnsValues): Promise<DnsPlanOptions> {
  const { ownerProblem } = await import("../lib/dns/parse.ts");
  const owner = values.owner;
  const badOwner = ownerProblem(owner);
  if (badOwner) throw new UsageError(`--owner: ${badOwner}`);
  const limits = safetyLimits(values);
  if (typeof limits === "string") throw new UsageError(limits);
  return {
    owner,
    policy: values.policy,
    adopt: values.adopt,
    force: values.force,
    ...limits,
  };
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

/** `cloudneutral dns …`: the arguments after "dns". */
export function dnsCommand(args: string[], io: Io): Promise<number> {
  return runCommands(DNS_COMMANDS, ["dns", ...args], io);
}

async function dnsPlan(values: DnsValues, io: Io): Promise<number> {
  const options = await planOptions(values);
  const current = await readRecordSets(values.current, "current", io);
  const desired = await readRecordSets(values.desired, "desired", io);
  if (!current || !desired) return 1;
  const { planDns } = await import("../lib/dns/diff.ts");
  const plan = planDns(current, desired, options);
  io.out(values.format === "json" ? `${JSON.stringify(plan)}\n` : planText(plan));
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
