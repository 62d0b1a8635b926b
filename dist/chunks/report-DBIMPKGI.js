import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  describeAuthorisation
} from "./chunk-ONU3LM4D.js";
import "./chunk-NYTFFUUD.js";
import "./chunk-WRVK7YPS.js";
import {
  DESCRIPTION_LIMIT,
  shorten
} from "./chunk-AFRXJFVW.js";
import {
  inlineCode,
  markdownText
} from "./chunk-GCILZPZ6.js";
import {
  tableCell
} from "./chunk-GPRVIFN3.js";
import "./chunk-53UA33VZ.js";
import {
  problemPath
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/policy/report.ts
function resultRows(results) {
  return results.map((r) => {
    let where = r.at ? ` (\`${tableCell(`${problemPath(r.at)}:${r.at.line}`)}\`)` : "";
    return `| \`${tableCell(r.rule)}\` | ${r.severity} | \`${tableCell(r.object)}\` | ${tableCell(r.message)}${where} |`;
  });
}
function verdictMarkdown(v) {
  let denies = v.results.filter((r) => r.severity === "deny").length, warns = v.results.length - denies, lines = [`### Policy: ${v.decision === "allow" ? "\u2705 allow" : "\u274C deny"}`, ""];
  v.scope && lines.push(v.scope, ""), lines.push(`${denies} deny, ${warns} warn.`);
  let a = v.approvals;
  if (a.required > 0) {
    let ignored = a.ignored.map((i) => `${i.user} (${i.reason})`).join(", ");
    lines.push(
      `Approvals: ${a.counted.length} of ${a.required} required${a.counted.length ? ` \u2014 ${a.counted.join(", ")}` : ""}${ignored ? `; not counted: ${ignored}` : ""}.`
    );
  }
  if (v.plans) {
    let { judged, missing } = v.plans;
    lines.push(
      `Plans judged: ${judged.length} unit(s)${judged.length ? ` (${judged.map((u) => `\`${u}\``).join(", ")})` : ""}${missing.length ? `; **${missing.length} without a plan**: ${missing.map((m) => `\`${m.unit}\``).join(", ")}` : ""}.`
    );
  }
  for (let p of v.preauthorised)
    lines.push(
      "",
      `Pre-authorised: ${inlineCode(p.unit)}: ${markdownText(describeAuthorisation(p))} (${p.policies.map((x) => inlineCode(`${problemPath(x.at)}:${x.at.line}`)).join(", ")}).`
    );
  if (v.routes.length > 0) {
    lines.push(
      "",
      "| stack | layer | engine | reconcile | drift | gate | approvals | backup |",
      "|---|---|---|---|---|---|---:|---|"
    );
    for (let r of v.routes)
      lines.push(
        `| \`${r.stack}\` | ${r.layer} | ${r.engine} | ${r.reconcile} | ${r.drift} | ${r.gate} | ${r.approvals} | ${r.backup} |`
      );
  }
  if (v.results.length > 0 && lines.push(
    "",
    "| rule | severity | object | message |",
    "|---|---|---|---|",
    ...resultRows(v.results)
  ), v.budgets.length > 0) {
    lines.push("", "| tenant | budget | before | after | delta |", "|---|---:|---:|---:|---:|");
    for (let b of v.budgets)
      lines.push(
        `| ${b.tenant} | ${b.budget} | ${b.before} | ${b.after} | ${b.delta >= 0 ? "+" : ""}${b.delta} |`
      );
  }
  return v.editedPolicies.length > 0 && (lines.push(
    "",
    `<details><summary>Preview: what ${v.scope ? "these edits'" : "this PR's"} own policy changes would report (${v.editedPolicies.join(", ")}; they decide only once merged)</summary>`,
    ""
  ), v.preview.length === 0 ? lines.push("No findings.") : lines.push(
    "| rule | severity | object | message |",
    "|---|---|---|---|",
    ...resultRows(v.preview)
  ), lines.push("", "</details>")), `${lines.join(`
`)}
`;
}
function verdictStatus(v) {
  let denies = v.results.filter((r) => r.severity === "deny"), warns = v.results.length - denies.length, text = v.decision === "allow" ? `allow${warns ? ` (${warns} warning(s))` : ""}` : `deny${denies.length > 1 ? ` (${denies.length} findings)` : ""}: ${denies[0] ? `${denies[0].rule}: ${denies[0].message}` : "denied"}`;
  return {
    state: v.decision === "allow" ? "success" : "failure",
    description: shorten(text, 140)
  };
}
function verdictJson(v) {
  return {
    decision: v.decision,
    routes: v.routes.map((r) => ({
      stack: r.stack,
      layer: r.layer,
      engine: r.engine,
      gate: r.gate
    })),
    results: v.results.map((r) => ({
      rule: r.rule,
      severity: r.severity,
      message: r.message,
      object: r.object,
      ...r.at ? { root: r.at.root, file: r.at.file, line: r.at.line } : {}
    })),
    preauthorised: v.preauthorised.map((p) => ({
      unit: p.unit,
      from: p.from,
      to: p.to,
      author: p.author,
      policies: p.policies.map((x) => x.name)
    }))
  };
}
export {
  verdictJson,
  verdictMarkdown,
  verdictStatus
};
