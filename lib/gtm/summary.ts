// What a GTM run reports: the job summary (per region: state, weight before → after, the
// evidence; the DNS change; the record; a mermaid pie of traffic shares) and the `decision`
// output, as JSON a later step can read.
import { tableCell } from "../report/job-report.ts";
import { inlineCode, markdownText } from "../report/markdown-text.ts";
import type { GtmRound, PolicyRound } from "./reconcile.ts";
import type { GtmRunResult, PolicyBaseline } from "./run.ts";

export interface SummaryOptions {
  dryRun: boolean;
  /** e.g. "watch every 10 s for 4 min". */
  mode: string;
  /** Lines said first: what could not be observed, what triggered the run. */
  notes?: string[];
}

export function gtmRunMarkdown(result: GtmRunResult, options: SummaryOptions): string {
  const out: string[] = [`## GTM reconcile${options.dryRun ? " (dry run)" : ""}`, ""];
  const rounds = `${result.rounds} round${result.rounds === 1 ? "" : "s"}`;
  out.push(`Mode: ${options.mode}; ${rounds}, the last at ${result.last.at.toISOString()}.`, "");
  for (const n of options.notes ?? []) out.push(`- ${n}`);
  if ((options.notes ?? []).length > 0) out.push("");
  if (result.recorded.length > 0) {
    out.push("Decisions this run (with their commit on the status branch, when recorded):", "");
    for (const r of result.recorded)
      out.push(
        `- ${r.at.toISOString().slice(11, 19)} ${r.commit ? `${inlineCode(r.commit.slice(0, 7))} ` : ""}${markdownText(r.message)}`,
      );
    out.push("");
  }
  const earlier = result.troubled.filter((r) => r !== result.last);
  if (earlier.length > 0) {
    out.push(`Rounds with problems before the last: ${earlier.length}; the first:`, "");
    out.push(...roundProblems(earlier[0]!).map((p) => `- ${markdownText(p)}`), "");
  }
  for (const p of result.flushErrors) out.push(`- final write: ${markdownText(p)}`);
  if (result.rounds > 1)
    out.push("Per region: the state and weight at the start of the run → at the end.", "");
  out.push(roundMarkdown(result.last, options.dryRun, result.before));
  return out.join("\n");
}

export function roundMarkdown(
  round: GtmRound,
  dryRun: boolean,
  before?: ReadonlyMap<string, PolicyBaseline>,
): string {
  const out: string[] = [];
  for (const s of round.skipped)
    out.push(`- GtmPolicy ${inlineCode(s.policy)} was not decided: ${markdownText(s.reason)}`);
  for (const p of round.policies) out.push(policyMarkdown(p, dryRun, before?.get(p.policy)));
  return out.join("\n");
}

const percent = (share: number | undefined) =>
  share === undefined ? "–" : `${Number((share * 100).toFixed(1))}%`;

export function policyMarkdown(p: PolicyRound, dryRun: boolean, before?: PolicyBaseline): string {
  const out: string[] = [
    `### ${inlineCode(p.publicName)} — GtmPolicy ${inlineCode(p.policy)}`,
    "",
    "| region | state | weight | share | probes | metrics | why |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const r of p.decision.regions) {
    const e = p.evidence.find((x) => x.region === r.region);
    const wasState = before ? (before.states[r.region] ?? null) : r.previousState;
    const wasWeight = before ? (before.weights[r.region] ?? null) : r.previousWeight;
    const wasShare = before ? before.shares?.[r.region] : p.sharesBefore?.[r.region];
    const state =
      (r.state === "up" ? "✅ up" : "🔴 down") +
      (wasState !== null && wasState !== r.state ? ` (was ${wasState})` : "");
    const weight = wasWeight === r.weight ? `${r.weight}` : `${wasWeight ?? "–"} → **${r.weight}**`;
    const share = `${percent(wasShare)} → ${percent(p.shares[r.region])}`;
    out.push(
      `| ${inlineCode(r.region)} | ${state} | ${weight} | ${share} | ${cell(e?.probe.evidence)} | ${cell(e?.metrics)} | ${cell(r.reason)} |`,
    );
  }
  out.push("");
  if (p.decision.failOpen)
    out.push("**Every region is down: failing open**, all regions at base weight.", "");
  else if (p.decision.alert) out.push("**Every region is down: the name is served by none.**", "");
  if (p.unserved.length > 0)
    out.push(
      `Regions with weight but no ingress address: ${p.unserved.map(inlineCode).join(", ")}.`,
      "",
    );
  out.push(dnsLine(p, dryRun));
  for (const c of p.dns.conflicts)
    out.push(
      `- conflict: ${inlineCode(`${c.name} ${c.type}`)} is ${c.owner ? `owned by ${inlineCode(c.owner)}` : "owned by nobody we know"}; left alone`,
    );
  out.push("", recordLine(p, dryRun));
  if (p.alert.action !== "none" || p.alert.error)
    out.push(
      "",
      p.alert.error
        ? `Alert issue could not be updated: ${markdownText(p.alert.error)}`
        : `Alert issue #${p.alert.issue}: ${p.alert.action}.`,
    );
  out.push("", pie(p));
  return out.join("\n");
}

function cell(text: string | undefined): string {
  return tableCell(markdownText(text ?? ""));
}

function dnsLine(p: PolicyRound, dryRun: boolean): string {
  const where = `DNS (${inlineCode(p.provider)}, zone ${inlineCode(p.dns.zone)})`;
  const plan = p.dns.plan;
  const counts = plan
    ? [
        plan.create.length > 0 ? `create ${plan.create.length}` : "",
        plan.update.length > 0 ? `update ${plan.update.length}` : "",
        plan.delete.length > 0 ? `delete ${plan.delete.length}` : "",
      ]
        .filter(Boolean)
        .join(", ")
    : "";
  const calls = `${p.dns.calls.reads} read(s), ${p.dns.calls.writes} write(s)${p.dns.calls.retries > 0 ? `, ${p.dns.calls.retries} retried` : ""} for the zone`;
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

function recordLine(p: PolicyRound, dryRun: boolean): string {
  const r = p.record;
  if (dryRun || r.unrecorded)
    return `Status branch: not written (${r.unrecorded ?? "dry run"}); the decision says: ${markdownText(r.message)}`;
  if (r.error) return `Status branch: **not written**: ${markdownText(r.error)}`;
  if (r.written)
    return `Status branch: ${r.commit ? inlineCode(r.commit.slice(0, 7)) : "written"} ${markdownText(r.message)}`;
  if (r.deferred) return "Status branch: counters moved; written at the end of the watch.";
  return "Status branch: nothing changed, nothing written.";
}

function pie(p: PolicyRound): string {
  const slices = p.decision.regions
    .map((r) => [r.region, p.shares[r.region] ?? 0] as const)
    .filter(([, share]) => share > 0);
  if (slices.length === 0) return `_${markdownText(p.publicName)} is answered by no region._`;
  // Region names are DNS labels and the title a host name: nothing in them is mermaid syntax.
  return [
    "```mermaid",
    `pie title ${p.publicName} traffic shares`,
    ...slices.map(([region, share]) => `    "${region}" : ${Number((share * 100).toFixed(1))}`),
    "```",
  ].join("\n");
}

/** Every problem of a round, one line each. */
export function roundProblems(round: GtmRound): string[] {
  const out = round.skipped.map((s) => `${s.policy}: ${s.reason}`);
  for (const z of round.zones)
    if (z.status === "failed" || z.status === "refused")
      out.push(`DNS ${z.provider} ${z.zone}: ${z.error ?? z.status}`);
  for (const p of round.policies) {
    if (p.record.error) out.push(`${p.policy}: status branch: ${p.record.error}`);
    if (p.alert.error) out.push(`${p.policy}: alert issue: ${p.alert.error}`);
  }
  return out;
}

/** The `decision` output: per policy, the decision and what became of it. */
export function decisionOutput(round: GtmRound, dryRun: boolean): object {
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
        const e = p.evidence.find((x) => x.region === r.region);
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
          metrics: e?.metrics ?? "",
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
          owner: c.owner ?? null,
        })),
        ...(p.dns.error ? { error: p.dns.error } : {}),
      },
      record: {
        written: p.record.written,
        commit: p.record.commit ?? null,
        message: p.record.message,
      },
      ...(p.alert.issue !== undefined ? { alertIssue: p.alert.issue } : {}),
    })),
    skipped: round.skipped,
  };
}
