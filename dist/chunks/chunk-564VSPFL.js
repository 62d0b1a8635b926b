import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  inlineCode,
  markdownText
} from "./chunk-GCILZPZ6.js";
import {
  tableCell
} from "./chunk-GPRVIFN3.js";

// lib/gtm/summary.ts
function gtmRunMarkdown(result, options) {
  let out = [`## GTM reconcile${options.dryRun ? " (dry run)" : ""}`, ""], rounds = `${result.rounds} round${result.rounds === 1 ? "" : "s"}`;
  out.push(`Mode: ${options.mode}; ${rounds}, the last at ${result.last.at.toISOString()}.`, "");
  for (let n of options.notes ?? []) out.push(`- ${n}`);
  if ((options.notes ?? []).length > 0 && out.push(""), result.recorded.length > 0) {
    out.push("Decisions this run (with their commit on the status branch, when recorded):", "");
    for (let r of result.recorded)
      out.push(
        `- ${r.at.toISOString().slice(11, 19)} ${r.commit ? `${inlineCode(r.commit.slice(0, 7))} ` : ""}${markdownText(r.message)}`
      );
    out.push("");
  }
  let earlier = result.troubled.filter((r) => r !== result.last);
  earlier.length > 0 && (out.push(`Rounds with problems before the last: ${earlier.length}; the first:`, ""), out.push(...roundProblems(earlier[0]).map((p) => `- ${markdownText(p)}`), ""));
  for (let p of result.flushErrors) out.push(`- final write: ${markdownText(p)}`);
  return result.rounds > 1 && out.push("Per region: the state and weight at the start of the run \u2192 at the end.", ""), out.push(roundMarkdown(result.last, options.dryRun, result.before)), out.join(`
`);
}
function roundMarkdown(round, dryRun, before) {
  let out = [];
  for (let s of round.skipped)
    out.push(`- GtmPolicy ${inlineCode(s.policy)} was not decided: ${markdownText(s.reason)}`);
  for (let p of round.policies) out.push(policyMarkdown(p, dryRun, before?.get(p.policy)));
  return out.join(`
`);
}
var percent = (share) => share === void 0 ? "\u2013" : `${Number((share * 100).toFixed(1))}%`;
function policyMarkdown(p, dryRun, before) {
  let out = [
    `### ${inlineCode(p.publicName)} \u2014 GtmPolicy ${inlineCode(p.policy)}`,
    "",
    "| region | state | weight | share | probes | metrics | why |",
    "|---|---|---|---|---|---|---|"
  ];
  for (let r of p.decision.regions) {
    let e = p.evidence.find((x) => x.region === r.region), wasState = before ? before.states[r.region] ?? null : r.previousState, wasWeight = before ? before.weights[r.region] ?? null : r.previousWeight, wasShare = before ? before.shares?.[r.region] : p.sharesBefore?.[r.region], state = (r.state === "up" ? "\u2705 up" : "\u{1F534} down") + (wasState !== null && wasState !== r.state ? ` (was ${wasState})` : ""), weight = wasWeight === r.weight ? `${r.weight}` : `${wasWeight ?? "\u2013"} \u2192 **${r.weight}**`, share = `${percent(wasShare)} \u2192 ${percent(p.shares[r.region])}`;
    out.push(
      `| ${inlineCode(r.region)} | ${state} | ${weight} | ${share} | ${cell(e?.probe.evidence)} | ${cell(e?.metrics)} | ${cell(r.reason)} |`
    );
  }
  out.push(""), p.decision.failOpen ? out.push("**Every region is down: failing open**, all regions at base weight.", "") : p.decision.alert && out.push("**Every region is down: the name is served by none.**", ""), p.unserved.length > 0 && out.push(
    `Regions with weight but no ingress address: ${p.unserved.map(inlineCode).join(", ")}.`,
    ""
  ), out.push(dnsLine(p, dryRun));
  for (let c of p.dns.conflicts)
    out.push(
      `- conflict: ${inlineCode(`${c.name} ${c.type}`)} is ${c.owner ? `owned by ${inlineCode(c.owner)}` : "owned by nobody we know"}; left alone`
    );
  return out.push("", recordLine(p, dryRun)), (p.alert.action !== "none" || p.alert.error) && out.push(
    "",
    p.alert.error ? `Alert issue could not be updated: ${markdownText(p.alert.error)}` : `Alert issue #${p.alert.issue}: ${p.alert.action}.`
  ), out.push("", pie(p)), out.join(`
`);
}
function cell(text) {
  return tableCell(markdownText(text ?? ""));
}
function dnsLine(p, dryRun) {
  let where = `DNS (${inlineCode(p.provider)}, zone ${inlineCode(p.dns.zone)})`, plan = p.dns.plan, counts = plan ? [
    plan.create.length > 0 ? `create ${plan.create.length}` : "",
    plan.update.length > 0 ? `update ${plan.update.length}` : "",
    plan.delete.length > 0 ? `delete ${plan.delete.length}` : ""
  ].filter(Boolean).join(", ") : "", calls = `${p.dns.calls.reads} read(s), ${p.dns.calls.writes} write(s)${p.dns.calls.retries > 0 ? `, ${p.dns.calls.retries} retried` : ""} for the zone`;
  switch (p.dns.status) {
    case "unchanged":
      return `${where}: already serves this decision (${calls}).`;
    case "planned":
      return `${where}: ${dryRun ? "would" : "will"} ${counts} record set(s); nothing written (dry run).`;
    case "applied":
      return `${where}: ${counts} record set(s) (${calls}).`;
    case "refused":
      return `${where}: **plan refused**, nothing written: ${markdownText(p.dns.error ?? "")}`;
    case "failed":
      return `${where}: **failed**, the next round converges: ${markdownText(p.dns.error ?? "")}`;
  }
}
function recordLine(p, dryRun) {
  let r = p.record;
  return dryRun || r.unrecorded ? `Status branch: not written (${r.unrecorded ?? "dry run"}); the decision says: ${markdownText(r.message)}` : r.error ? `Status branch: **not written**: ${markdownText(r.error)}` : r.written ? `Status branch: ${r.commit ? inlineCode(r.commit.slice(0, 7)) : "written"} ${markdownText(r.message)}` : r.deferred ? "Status branch: counters moved; written at the end of the watch." : "Status branch: nothing changed, nothing written.";
}
function pie(p) {
  let slices = p.decision.regions.map((r) => [r.region, p.shares[r.region] ?? 0]).filter(([, share]) => share > 0);
  return slices.length === 0 ? `_${markdownText(p.publicName)} is answered by no region._` : [
    "```mermaid",
    `pie title ${p.publicName} traffic shares`,
    ...slices.map(([region, share]) => `    "${region}" : ${Number((share * 100).toFixed(1))}`),
    "```"
  ].join(`
`);
}
function roundProblems(round) {
  let out = round.skipped.map((s) => `${s.policy}: ${s.reason}`);
  for (let z of round.zones)
    (z.status === "failed" || z.status === "refused") && out.push(`DNS ${z.provider} ${z.zone}: ${z.error ?? z.status}`);
  for (let p of round.policies)
    p.record.error && out.push(`${p.policy}: status branch: ${p.record.error}`), p.alert.error && out.push(`${p.policy}: alert issue: ${p.alert.error}`);
  return out;
}
function decisionOutput(round, dryRun) {
  return {
    at: round.at.toISOString(),
    dryRun,
    ok: round.ok,
    policies: round.policies.map((p) => ({
      policy: p.policy,
      publicName: p.publicName,
      failOpen: p.decision.failOpen,
      alert: p.decision.alert,
      regions: p.decision.regions.map((r) => {
        let e = p.evidence.find((x) => x.region === r.region);
        return {
          region: r.region,
          state: r.state,
          previousState: r.previousState,
          baseWeight: r.baseWeight,
          previousWeight: r.previousWeight,
          weight: r.weight,
          share: Number((p.shares[r.region] ?? 0).toFixed(4)),
          reason: r.reason,
          probe: e?.probe.result ?? "unknown",
          evidence: e?.probe.evidence ?? "",
          metrics: e?.metrics ?? ""
        };
      }),
      dns: {
        provider: p.provider,
        zone: p.dns.zone,
        status: p.dns.status,
        create: p.dns.plan?.create.length ?? 0,
        update: p.dns.plan?.update.length ?? 0,
        delete: p.dns.plan?.delete.length ?? 0,
        conflicts: p.dns.conflicts.map((c) => ({
          name: c.name,
          type: c.type,
          owner: c.owner ?? null
        })),
        ...p.dns.error ? { error: p.dns.error } : {}
      },
      record: {
        written: p.record.written,
        commit: p.record.commit ?? null,
        message: p.record.message
      },
      ...p.alert.issue !== void 0 ? { alertIssue: p.alert.issue } : {}
    })),
    skipped: round.skipped
  };
}

export {
  gtmRunMarkdown,
  roundMarkdown,
  policyMarkdown,
  roundProblems,
  decisionOutput
};
