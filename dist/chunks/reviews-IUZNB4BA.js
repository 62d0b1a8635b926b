import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  readReviewed
} from "./chunk-P3VVBASZ.js";
import "./chunk-AKU4YV6T.js";
import "./chunk-GCILZPZ6.js";
import {
  parseMarker
} from "./chunk-5DRW3FRM.js";
import {
  firstParentCommits
} from "./chunk-DUJ6IMNW.js";
import "./chunk-PC3UXLJJ.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";

// lib/apply/reviews.ts
async function pullReview(gh, repo, commit, author) {
  let { data: pulls } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: commit
  }), pull = pulls.find((p) => p.merge_commit_sha === commit && p.merged_at);
  if (!pull) return;
  let reviewed;
  for await (let page of gh.paginate.iterator(gh.rest.issues.listComments, {
    ...repo,
    issue_number: pull.number,
    per_page: 100
  }))
    for (let c of page.data)
      c.user?.login === author && (reviewed = readReviewed(parseMarker(c.body)) ?? reviewed);
  return reviewed ? reviewed.commit !== pull.head.sha ? {
    pull: pull.number,
    problem: `PR #${pull.number}'s plan comment is for ${reviewed.commit.slice(0, 12)}, but it was merged at ${pull.head.sha.slice(0, 12)}: its last push was never planned`
  } : { pull: pull.number, reviewed } : { pull: pull.number, problem: `PR #${pull.number} has no plan comment by ${author}` };
}
async function findReviews(gh, repo, o) {
  let cache = /* @__PURE__ */ new Map(), reviewOf = (commit) => {
    let p = cache.get(commit);
    return p || (p = pullReview(gh, repo, commit, o.author), cache.set(commit, p)), p;
  }, commitsSince = /* @__PURE__ */ new Map();
  for (let since of new Set(o.sinceOf.values()))
    commitsSince.set(since, await firstParentCommits(o.repoDir, since, o.head, o.limit ?? 50));
  let byUnit = /* @__PURE__ */ new Map(), problems = /* @__PURE__ */ new Set();
  for (let [unit, since] of o.sinceOf)
    for (let commit of commitsSince.get(since) ?? []) {
      let r = await reviewOf(commit);
      r?.problem && problems.add(r.problem);
      let hash = r?.reviewed?.hashes[unit];
      if (!r?.reviewed || !hash) continue;
      let entries = r.reviewed.entries[unit];
      byUnit.set(unit, {
        hash,
        commit: r.reviewed.commit,
        pull: r.pull,
        ...entries ? { entries } : {}
      });
      break;
    }
  let head = await reviewOf(o.head);
  return { byUnit, problems: [...problems], ...head ? { headPull: head.pull } : {} };
}
export {
  findReviews
};
