import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  applyFailed
} from "./chunk-DFAX2BIJ.js";
import "./chunk-3WEU2VQU.js";
import "./chunk-DUWZGTRN.js";
import "./chunk-GJKJQNJ4.js";
import "./chunk-GN6SVRLO.js";
import {
  parseMarker,
  upsertStickyComment
} from "./chunk-5DRW3FRM.js";
import "./chunk-RYMIKQCK.js";
import {
  PLAN_COMMENT_KEY,
  readReviewed
} from "./chunk-P3VVBASZ.js";
import "./chunk-AKU4YV6T.js";
import {
  inlineCode,
  markdownText
} from "./chunk-GCILZPZ6.js";
import {
  Layers
} from "./chunk-3LKBZQVJ.js";
import {
  tableCell
} from "./chunk-IIGFA757.js";
import "./chunk-J6YPK43K.js";
import "./chunk-ZUSPSRZ2.js";
import "./chunk-BOG7BZ5N.js";

// lib/apply/audit.ts
var APPLY_COMMENT_KEY = "apply", STATUS_CONTEXT = "cloudneutral/apply";
async function findReviewedPlans(gh, repo, commit) {
  let { data: pulls } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: commit
  }), pull = pulls.find((p) => p.merge_commit_sha === commit) ?? pulls.find((p) => p.merged_at);
  if (!pull)
    return { missing: `commit ${commit.slice(0, 12)} did not come from a merged pull request` };
  let reviewed;
  for await (let page of gh.paginate.iterator(gh.rest.issues.listComments, {
    ...repo,
    issue_number: pull.number,
    per_page: 100
  }))
    for (let c of page.data)
      c.user?.type === "Bot" && (reviewed = readReviewed(parseMarker(c.body)) ?? reviewed);
  return reviewed ? reviewed.commit !== pull.head.sha ? {
    pull: pull.number,
    missing: `PR #${pull.number}'s plan comment is for ${reviewed.commit.slice(0, 12)}, but it was merged at ${pull.head.sha.slice(0, 12)}: the last push was never planned`
  } : { pull: pull.number, reviewed } : {
    pull: pull.number,
    missing: `PR #${pull.number} has no plan comment (was plan-comment run on it?)`
  };
}
var ICON = {
  applied: "\u2705",
  "no-changes": "\u2705",
  "already-applied": "\u21A9\uFE0F",
  refused: "\u26D4",
  failed: "\u274C",
  skipped: "\u23ED\uFE0F",
  concurrent: "\u23F8\uFE0F"
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

\`\`\`text
${r.message.replaceAll("```", "'''")}
\`\`\`

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
  let failed = o.results.filter(
    (r) => r.status === "failed" || r.status === "refused" || r.status === "concurrent"
  ), applied = o.results.filter((r) => r.status === "applied").length;
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
export {
  APPLY_COMMENT_KEY,
  PLAN_COMMENT_KEY,
  STATUS_CONTEXT,
  applyGraph,
  applyMarkdown,
  findReviewedPlans,
  publishAudit
};
