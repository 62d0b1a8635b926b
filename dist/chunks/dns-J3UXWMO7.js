import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  readUserFile
} from "./chunk-BUE5GIMM.js";
import {
  errorMessage
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// cli/dns.ts
import { parseArgs } from "node:util";
var DNS_USAGE = "dns plan --current FILE --desired FILE --owner ID [--policy sync|upsert-only|create-only] [--adopt] [--force] [--max-change-percent N] [--max-update-percent N] [--max-delete-percent N] [--min-owned N] [--format text|json]", DNS_HELP = `  FILE: a JSON array of {"name", "type", "ttl", "values", "owner"} record sets ("owner" in
  --current only: a string, or null for nobody we know). Exit 1 on invalid input, and on an
  unsafe plan: one that, in a zone where we own at least --min-owned (10) record sets,
  updates more than --max-update-percent, deletes more than --max-delete-percent, or
  updates and deletes together more than --max-change-percent of them. The update and
  delete limits default to --max-change-percent if given, else 30; --max-change-percent
  defaults to the larger of the two. --force plans it anyway.`, MAX_PROBLEMS_SHOWN = 50;
async function options(args) {
  let [sub, ...rest] = args;
  if (sub !== "plan") return `unknown dns command ${JSON.stringify(sub ?? "")}`;
  let values2;
  try {
    ({ values: values2 } = parseArgs({
      args: rest,
      strict: !0,
      allowPositionals: !1,
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
        format: { type: "string" }
      }
    }));
  } catch (err) {
    return errorMessage(err);
  }
  let { current, desired, owner } = values2;
  if (!current) return "--current FILE is required";
  if (!desired) return "--desired FILE is required";
  if (!owner) return "--owner ID is required";
  let { ownerProblem } = await import("./parse-UWKLPLAD.js"), badOwner = ownerProblem(owner);
  if (badOwner) return `--owner: ${badOwner}`;
  let { DNS_POLICIES } = await import("./types-CJFUYKRW.js"), policy = DNS_POLICIES.find((p) => p === (values2.policy ?? "sync"));
  if (!policy)
    return `--policy must be one of ${DNS_POLICIES.join(", ")}, not ${JSON.stringify(values2.policy)}`;
  let format = values2.format ?? "text";
  if (format !== "text" && format !== "json")
    return `--format must be text or json, not ${JSON.stringify(format)}`;
  let limits = safetyLimits(values2);
  if (typeof limits == "string") return limits;
  let plan = {
    owner,
    policy,
    adopt: values2.adopt ?? !1,
    force: values2.force ?? !1,
    ...limits
  };
  return { current, desired, format, plan };
}
var RATIO_FLAGS = [
  ["max-change-percent", "maxChangeRatio"],
  ["max-update-percent", "maxUpdateRatio"],
  ["max-delete-percent", "maxDeleteRatio"]
];
function safetyLimits(values2) {
  let limits = {};
  for (let [flag, key] of RATIO_FLAGS) {
    let raw = values2[flag];
    if (raw === void 0) continue;
    let n = wholeNumber(raw, 100);
    if (n === void 0)
      return `--${flag} must be a whole number from 0 to 100, not ${JSON.stringify(raw)}`;
    limits[key] = n / 100;
  }
  let together = limits.maxChangeRatio;
  for (let [flag, key] of RATIO_FLAGS.slice(1)) {
    let one = limits[key];
    if (together !== void 0 && one !== void 0 && one > together)
      return `--${flag} ${values2[flag]} is more than --max-change-percent ${values2["max-change-percent"]}, the limit on updates and deletes together: raise that too, or leave it out`;
  }
  let rawMin = values2["min-owned"];
  if (rawMin !== void 0) {
    let minOwned = wholeNumber(rawMin, Number.MAX_SAFE_INTEGER);
    if (minOwned === void 0)
      return `--min-owned must be a whole number \u2265 0, not ${JSON.stringify(rawMin)}`;
    limits.minOwnedForSafety = minOwned;
  }
  return limits;
}
function wholeNumber(raw, max) {
  if (!/^\d{1,16}$/.test(raw)) return;
  let n = Number(raw);
  return n <= max ? n : void 0;
}
async function dnsCommand(args, io) {
  let parsed = await options(args);
  if (typeof parsed == "string")
    return io.err(`cloudneutral: ${parsed}
usage: cloudneutral ${DNS_USAGE}
${DNS_HELP}
`), 2;
  let current = await readRecordSets(parsed.current, "current", io), desired = await readRecordSets(parsed.desired, "desired", io);
  if (!current || !desired) return 1;
  let { planDns } = await import("./diff-Y2C7NWJE.js"), plan = planDns(current, desired, parsed.plan);
  return io.out(parsed.format === "json" ? `${JSON.stringify(plan)}
` : planText(plan)), plan.unsafe ? (io.err(`cloudneutral: unsafe DNS plan: ${plan.reason}; pass --force to plan it anyway
`), 1) : 0;
}
async function readRecordSets(file, role, io) {
  let read = await readUserFile(file);
  if ("why" in read) {
    io.err(`cloudneutral: cannot read the ${role} record sets ${file}: ${read.why}
`);
    return;
  }
  let text = read.text, data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    io.err(`cloudneutral: ${file}: not valid JSON: ${errorMessage(err)}
`);
    return;
  }
  let { parseRecordSets } = await import("./parse-UWKLPLAD.js"), { records, problems } = parseRecordSets(data, role);
  if (problems.length === 0) return records;
  for (let p of problems.slice(0, MAX_PROBLEMS_SHOWN))
    io.err(`${file}: ${p.path === "" ? "" : `${p.path}: `}${p.message}
`);
  problems.length > MAX_PROBLEMS_SHOWN && io.err(`${file}: \u2026 and ${problems.length - MAX_PROBLEMS_SHOWN} more problem(s)
`);
}
function planText(plan) {
  let n = (count, what) => `${count} ${what}${count === 1 ? "" : "s"}`, lines = [`dns plan: ${[
    `${plan.create.length} to create`,
    `${plan.update.length} to update`,
    `${plan.delete.length} to delete`,
    n(plan.conflicts.length, "conflict")
  ].join(", ")}`];
  for (let r of plan.create) lines.push(`+ ${r.name} ${r.type} ${r.ttl} ${values(r)}`);
  for (let { from, to } of plan.update) {
    let what = [];
    from.owner !== to.owner && what.push(`adopt from ${ownerText(from.owner)}`), from.ttl !== to.ttl && what.push(`ttl ${from.ttl} \u2192 ${to.ttl}`), values(from) !== values(to) && what.push(`${values(from)} \u2192 ${values(to)}`), lines.push(`~ ${to.name} ${to.type} ${what.join(", ")}`);
  }
  for (let r of plan.delete) lines.push(`- ${r.name} ${r.type} ${r.ttl} ${values(r)}`);
  for (let r of plan.conflicts)
    lines.push(`! ${r.name} ${r.type} owned by ${ownerText(r.owner)}: left alone`);
  return plan.reason !== null && lines.push(`${plan.unsafe ? "unsafe" : "note"}: ${plan.reason}`), `${lines.join(`
`)}
`;
}
function values(r) {
  return JSON.stringify(r.values);
}
function ownerText(owner) {
  return owner ? JSON.stringify(owner) : "nobody we know";
}
export {
  DNS_HELP,
  DNS_USAGE,
  dnsCommand,
  planText
};
