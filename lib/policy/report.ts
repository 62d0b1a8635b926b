import { problemPath } from "../errors.ts";
import { DESCRIPTION_LIMIT, shorten } from "../github/commit-status.ts";
import { tableCell } from "../report/job-report.ts";
import { inlineCode, markdownText } from "../report/markdown-text.ts";
import { describeAuthorisation } from "./preauthorised.ts";
import type { PolicyResult } from "./types.ts";
import type { Verdict } from "./verdict.ts";

function resultRows(results: PolicyResult[]): string[] {
  return results.map((r) => {
    const where = r.at ? ` (\`${tableCell(`${problemPath(r.at)}:${r.at.line}`)}\`)` : "";
    return `| \`${tableCell(r.rule)}\` | ${r.severity} | \`${tableCell(r.object)}\` | ${tableCell(r.message)}${where} |`;
  });
}

/** The verdict as markdown: the job summary and the `policy` section of the PR comment. */
export function verdictMarkdown(v: Verdict): string {
  const denies = v.results.filter((r) => r.severity === "deny").length;
  const warns = v.results.length - denies;
  const lines = [`### Policy: ${v.decision === "allow" ? "✅ allow" : "❌ deny"}`, ""];
  if (v.scope) lines.push(v.scope, "");
  lines.push(`${denies} deny, ${warns} warn.`);
  const a = v.approvals;
  if (a.required > 0) {
    const ignored = a.ignored.map((i) => `${i.user} (${i.reason})`).join(", ");
    lines.push(
      `Approvals: ${a.counted.length} of ${a.required} required${a.counted.length ? ` — ${a.counted.join(", ")}` : ""}${ignored ? `; not counted: ${ignored}` : ""}.`,
    );
  }
  if (v.plans) {
    const { judged, missing } = v.plans;
    lines.push(
      `Plans judged: ${judged.length} unit(s)${judged.length ? ` (${judged.map((u) => `\`${u}\``).join(", ")})` : ""}${missing.length ? `; **${missing.length} without a plan**: ${missing.map((m) => `\`${m.unit}\``).join(", ")}` : ""}.`,
    );
  }
  for (const p of v.preauthorised)
    lines.push(
      "",
      `Pre-authorised: ${inlineCode(p.unit)}: ${markdownText(describeAuthorisation(p))} (${p.policies.map((x) => inlineCode(`${problemPath(x.at)}:${x.at.line}`)).join(", ")}).`,
    );
  if (v.routes.length > 0) {
    lines.push(
      "",
      "| stack | layer | engine | reconcile | drift | gate | approvals | backup |",
      "|---|---|---|---|---|---|---:|---|",
    );
    for (const r of v.routes) {
      lines.push(
        `| \`${r.stack}\` | ${r.layer} | ${r.engine} | ${r.reconcile} | ${r.drift} | ${r.gate} | ${r.approvals} | ${r.backup} |`,
      );
    }
  }
  if (v.results.length > 0) {
    lines.push(
      "",
      "| rule | severity | object | message |",
      "|---|---|---|---|",
      ...resultRows(v.results),
    );
  }
  if (v.budgets.length > 0) {
    lines.push("", "| tenant | budget | before | after | delta |", "|---|---:|---:|---:|---:|");
    for (const b of v.budgets)
      lines.push(
        `| ${b.tenant} | ${b.budget} | ${b.before} | ${b.after} | ${b.delta >= 0 ? "+" : ""}${b.delta} |`,
      );
  }
  if (v.editedPolicies.length > 0) {
    lines.push(
      "",
      `<details><summary>Preview: what ${v.scope ? "these edits'" : "this PR's"} own policy changes would report (` +
        `${v.editedPolicies.join(", ")}; they decide only once merged)</summary>`,
      "",
    );
    if (v.preview.length === 0) lines.push("No findings.");
    else
      lines.push(
        "| rule | severity | object | message |",
        "|---|---|---|---|",
        ...resultRows(v.preview),
      );
    lines.push("", "</details>");
  }
  return `${lines.join("\n")}\n`;
}

/** The verdict as a commit status: success for allow, failure for deny, and why, in short. */
export function verdictStatus(v: Verdict): {
  state: "success" | "failure";
  description: string;
} {
  const denies = v.results.filter((r) => r.severity === "deny");
  const warns = v.results.length - denies.length;
  const text =
    v.decision === "allow"
      ? `allow${warns ? ` (${warns} warning(s))` : ""}`
      : `deny${denies.length > 1 ? ` (${denies.length} findings)` : ""}: ${denies[0] ? `${denies[0].rule}: ${denies[0].message}` : "denied"}`;
  return {
    state: v.decision === "allow" ? "success" : "failure",
    description: shorten(text, DESCRIPTION_LIMIT),
  };
}

/** The JSON the CLI prints (`policy check --format json`). */
export function verdictJson(v: Verdict) {
  return {
    decision: v.decision,
    routes: v.routes.map((r) => ({
      stack: r.stack,
      layer: r.layer,
      engine: r.engine,
      gate: r.gate,
    })),
    results: v.results.map((r) => ({
      rule: r.rule,
      severity: r.severity,
      message: r.message,
      object: r.object,
      ...(r.at ? { root: r.at.root, file: r.at.file, line: r.at.line } : {}),
    })),
    preauthorised: v.preauthorised.map((p) => ({
      unit: p.unit,
      from: p.from,
      to: p.to,
      author: p.author,
      policies: p.policies.map((x) => x.name),
    })),
  };
}
