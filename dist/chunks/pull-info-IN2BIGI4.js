import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  statusOf
} from "./chunk-XSFAT2KL.js";
import "./chunk-BOG7BZ5N.js";

// lib/github/pull-info.ts
async function pullRequestInfo(gh, repo, number) {
  let { data: pull } = await gh.rest.pulls.get({ ...repo, pull_number: number }), reviews = await gh.paginate(gh.rest.pulls.listReviews, {
    ...repo,
    pull_number: number,
    per_page: 100
  });
  return {
    number,
    author: pull.user.login,
    labels: pull.labels.map((l) => l.name),
    headSha: pull.head.sha,
    reviews: reviews.map((r) => ({
      user: r.user?.login ?? "",
      state: r.state,
      commitId: r.commit_id ?? ""
    }))
  };
}
async function isTeamMember(gh, team, user) {
  let m = /^@([^/]+)\/(.+)$/.exec(team);
  if (!m) return !1;
  try {
    let { data } = await gh.rest.teams.getMembershipForUserInOrg({
      org: m[1],
      team_slug: m[2],
      username: user
    });
    return data.state === "active";
  } catch (err) {
    let status = statusOf(err);
    if (status === 404 || status === 403) return !1;
    throw err;
  }
}
export {
  isTeamMember,
  pullRequestInfo
};
