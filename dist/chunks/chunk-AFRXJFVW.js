import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/github/commit-status.ts
var POLICY_STATUS_CONTEXT = "cloudneutral/policy", DESCRIPTION_LIMIT = 140;
async function setCommitStatus(gh, repo, sha, status) {
  await gh.rest.repos.createCommitStatus({
    ...repo,
    sha,
    context: status.context,
    state: status.state,
    description: shorten(status.description, 140),
    ...status.targetUrl ? { target_url: status.targetUrl } : {}
  });
}
function shorten(text, max) {
  let line = text.replace(/\s+/g, " ").trim();
  return [...line].length <= max ? line : `${[...line].slice(0, max - 1).join("")}\u2026`;
}

export {
  POLICY_STATUS_CONTEXT,
  DESCRIPTION_LIMIT,
  setCommitStatus,
  shorten
};
