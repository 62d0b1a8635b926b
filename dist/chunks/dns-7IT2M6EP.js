import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  readUserFile
} from "./chunk-BUE5GIMM.js";
import "./chunk-BOG7BZ5N.js";

// cli/dns.ts
import { parseArgs } from "node:util";
var DNS_USAGE = "dns plan --current FILE --desired FILE --owner ID [--policy sync|upsert-only|create-only] [--adopt] [--force] [--max-change-percent N] [--min-owned N] [--format text|json]", DNS_HELP = `  FILE: a JSON array of {"name", "type", "ttl", "values", "owner"} record sets ("owner" in
  --current only: a string, or null for nobody we know). Exit 1 on invalid input, and on an
  unsafe plan: one that updates or deletes more than --max-change-percent (30) of the record
  sets we own, in a zone where we own at least --min-owned (10). --force plans it anyway.`, MAX_PROBLEMS_SHOWN = 50;
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
        "min-owned": { type: "string" },
        format: { type: "string" }
      }
    }));
  } catch (err) {
    return err.message;
  }
  let { current, desired, owner } = values2;
  if (!current) return "--current FILE is required";
  if (!desired) return "--desired FILE is required";
  if (!owner) return "--owner ID is required";
  let { ownerProblem } = await import("./parse-FN3VAKFC.js"), badOwner = ownerProblem(owner);
  if (badOwner) return `--owner: ${badOwner}`;
  let { DNS_POLICIES } = await import("./types-CJFUYKRW.js"), policy = DNS_POLICIES.find((p) => p === (values2.policy ?? "sync"));
  if (!policy)
    return `--policy must be one of ${DNS_POLICIES.join(", ")}, not ${JSON.stringify(values2.policy)}`;
  let format = values2.format ?? "text";
  if (format !== "text" && format !== "json")
    return `--format must be text or json, not ${JSON.stringify(format)}`;
  let percent = wholeNumber(values2["max-change-percent"], 30, 100);
  if (percent === void 0) return "--max-change-percent must be a whole number from 0 to 100";
  let minOwned = wholeNumber(values2["min-owned"], 10, Number.MAX_SAFE_INTEGER);
  if (minOwned === void 0) return "--min-owned must be a whole number \u2265 0";
  let plan = {
    owner,
    policy,
    adopt: values2.adopt ?? !1,
    force: values2.force ?? !1,
    maxChangeRatio: percent / 100,
    minOwnedForSafety: minOwned
  };
  return { current, desired, format, plan };
}
function wholeNumber(raw, fallback, max) {
  if (raw === void 0) return fallback;
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
  let { planDns } = await import("./diff-KB3ZDPH4.js"), plan = planDns(current, desired, parsed.plan);
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
    io.err(`cloudneutral: ${file}: not valid JSON: ${err.message}
`);
    return;
  }
  let { parseRecordSets } = await import("./parse-FN3VAKFC.js"), { records, problems } = parseRecordSets(data, role);
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
