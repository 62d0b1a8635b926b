import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/report/budget.ts
function fitSections(head, sections, limit, overflowNote) {
  let join = (kept2, note) => [head, ...kept2.map((s) => s.body), note].filter((p) => p !== "").join(`

`), kept = [...sections], dropOrder = [...sections].map((s, i) => ({ s, i })).sort((a, b) => a.s.priority - b.s.priority || b.i - a.i), dropped = /* @__PURE__ */ new Set(), titles = () => sections.filter((s) => dropped.has(s)).map((s) => s.title), text = join(kept, "");
  for (let { s } of dropOrder) {
    if (text.length <= limit) break;
    dropped.add(s), kept = kept.filter((k) => k !== s), text = join(kept, overflowNote(titles()));
  }
  if (text.length > limit) {
    let note = overflowNote(titles());
    text = `${head.slice(0, Math.max(0, limit - note.length - 40))}

\u2026 (truncated)

${note}`.slice(
      0,
      limit
    );
  }
  return { text, dropped: titles() };
}

// lib/github/sticky-comment.ts
var COMMENT_BUDGET = 6e4, MARKER = /^<!-- cloudneutral:sticky (\{.*?\}) -->/;
function stickyMarker(key, meta = {}) {
  return `<!-- cloudneutral:sticky ${JSON.stringify({ ...meta, key }).replace(/--/g, "-\\u002d")} -->`;
}
function parseMarker(body) {
  let m = MARKER.exec(body ?? "");
  if (m)
    try {
      return JSON.parse(m[1]);
    } catch {
      return;
    }
}
async function upsertStickyComment(gh, target, content) {
  let { key, issueNumber, ...repo } = target, marker = stickyMarker(key, content.meta), note = (dropped) => `> [!NOTE]
> Too long for one comment: left out ${dropped.map((d) => `**${d}**`).join(", ")}. The whole text is in ${content.fullTextAt}.`, fitted = fitSections(
    content.head,
    content.sections,
    COMMENT_BUDGET - marker.length - 1,
    note
  ), body = `${marker}
${fitted.text}`, mine = [];
  for await (let page of gh.paginate.iterator(gh.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100
  }))
    for (let c of page.data)
      c.user?.type === "Bot" && parseMarker(c.body)?.key === key && mine.push(c);
  let [first, ...duplicates] = mine;
  for (let d of duplicates) await gh.rest.issues.deleteComment({ ...repo, comment_id: d.id });
  if (!first) {
    let { data } = await gh.rest.issues.createComment({
      ...repo,
      issue_number: issueNumber,
      body
    });
    return { action: "created", id: data.id, dropped: fitted.dropped };
  }
  return first.body === body ? { action: "unchanged", id: first.id, dropped: fitted.dropped } : (await gh.rest.issues.updateComment({ ...repo, comment_id: first.id, body }), { action: "updated", id: first.id, dropped: fitted.dropped });
}

export {
  COMMENT_BUDGET,
  stickyMarker,
  parseMarker,
  upsertStickyComment
};
