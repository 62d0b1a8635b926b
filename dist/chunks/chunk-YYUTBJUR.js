import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/github/marked-issues.ts
function issueMarker(kind, subject) {
  return `<!-- cloudneutral:${kind} ${JSON.stringify(subject)} -->`;
}
async function openMarkedIssues(gh, repo, label, kind) {
  let marker = new RegExp(`^<!-- cloudneutral:${kind} (\\{.*?\\}) -->`), found = /* @__PURE__ */ new Map();
  for await (let page of gh.paginate.iterator(gh.rest.issues.listForRepo, {
    ...repo,
    labels: label,
    state: "open",
    per_page: 100
  }))
    for (let i of page.data) {
      if (i.user?.type !== "Bot" || i.pull_request) continue;
      let m = marker.exec(i.body ?? "");
      m && !found.has(m[1]) && found.set(m[1], { number: i.number, body: i.body ?? "" });
    }
  return found;
}
async function findMarkedIssue(gh, repo, o) {
  return (await openMarkedIssues(gh, repo, o.label, o.kind)).get(JSON.stringify(o.subject));
}

export {
  issueMarker,
  openMarkedIssues,
  findMarkedIssue
};
