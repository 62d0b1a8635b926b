import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  applyFailed,
  isFailure
} from "./chunk-QHGKFZLL.js";
import "./chunk-VPTIX2NF.js";
import "./chunk-QMSWR5PO.js";
import "./chunk-67MDLEXD.js";
import "./chunk-LQV7SQED.js";
import {
  fenced
} from "./chunk-P3VVBASZ.js";
import "./chunk-AKU4YV6T.js";
import {
  inlineCode,
  markdownText
} from "./chunk-GCILZPZ6.js";
import "./chunk-HCZOYBPB.js";
import "./chunk-HYEIGLEA.js";
import {
  upsertStickyComment
} from "./chunk-5DRW3FRM.js";
import "./chunk-CHD3VOHP.js";
import {
  Layers
} from "./chunk-QIDO7VDN.js";
import {
  tableCell
} from "./chunk-IIGFA757.js";
import "./chunk-J6YPK43K.js";
import "./chunk-ZUSPSRZ2.js";
import "./chunk-BOG7BZ5N.js";

// lib/apply/audit.ts
var APPLY_COMMENT_KEY = "apply", STATUS_CONTEXT = "cloudneutral/apply", ICON = {
  applied: "\u2705",
  "no-changes": "\u2705",
  "already-applied": "\u21A9\uFE0F",
  refused: "\u26D4",
  failed: "\u274C",
  skipped: "\u23ED\uFE0F",
  concurrent: "\u23F8\uFE0F",
  removed: "\u26A0\uFE0F"
}, nodeId = (i) => `u${i}`;
function applyGraph(results) {
  let lines = ["```mermaid", "flowchart LR"], layers = Layers.filter((l) => results.some((r) => r.layer === l));
  layers.forEach((layer, li) => {
    lines.push(`  subgraph L${li}["${layer}"]`), results.forEach((r, i) => {
      if (r.layer !== layer) return;
      let label = `${r.id.replace(/[^a-z0-9/-]/g, "_")} ${r.status}`;
      lines.push(`    ${nodeId(i)}["${ICON[r.status]} ${label}"]`);
    }), lines.push("  end");
  });
  for (let i = 1; i < layers.length; i++) lines.push(`  L${i - 1} --> L${i}`);
  return lines.push("```"), lines.join(`
`);
}
function applyMarkdown(results, commit) {
  let ok = !applyFailed(results), rows = results.map(
    (r) => `| ${inlineCode(r.id)} | ${markdownText(r.layer)} | ${ICON[r.status]} ${markdownText(r.status)} | ${tableCell(markdownText(r.message.split(`
`)[0] ?? ""))} |`
  ), details = results.filter((r) => r.message.includes(`
`)).map(
    (r) => `<details><summary>${inlineCode(r.id)}</summary>

${fenced(r.message)}

</details>`
  );
  return [
    `### CloudNeutral apply at ${inlineCode(commit.slice(0, 12))}: ${ok ? "\u2705 done" : "\u274C not everything was applied"}`,
    "",
    results.length === 0 ? "No unit was affected." : `| unit | layer | result | detail |
|---|---|---|---|`,
    ...rows,
    "",
    ...results.length > 0 ? [applyGraph(results), ""] : [],
    ...details
  ].join(`
`);
}
async function publishAudit(gh, repo, o) {
  let failed = o.results.filter((r) => isFailure(r.status)), applied = o.results.filter((r) => r.status === "applied").length;
  await gh.rest.repos.createCommitStatus({
    ...repo,
    sha: o.commit,
    context: STATUS_CONTEXT,
    state: failed.length > 0 ? "failure" : "success",
    description: (failed.length > 0 ? `${failed.length} unit(s) not applied: ${failed.map((r) => r.id).join(", ")}` : `${applied} unit(s) applied`).slice(0, 140),
    ...o.targetUrl ? { target_url: o.targetUrl } : {}
  }), o.pull !== void 0 && await upsertStickyComment(
    gh,
    { ...repo, issueNumber: o.pull, key: APPLY_COMMENT_KEY },
    { head: o.markdown, sections: [], fullTextAt: o.targetUrl ?? "the job summary" }
  );
}
function expectedResults(expected, found) {
  return expected.map(
    (u) => found.get(u.id) ?? {
      ...u,
      status: "failed",
      message: `${u.id}: no result \u2014 its job failed, was cancelled, or was skipped because an earlier layer did not apply`
    }
  );
}
export {
  APPLY_COMMENT_KEY,
  STATUS_CONTEXT,
  applyGraph,
  applyMarkdown,
  expectedResults,
  publishAudit
};
