import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/github/commit-status.ts
var POLICY_STATUS_CONTEXT = "cloudneutral/policy";
async function setCommitStatus(gh, repo, sha, status) {
  await gh.rest.repos.createCommitStatus({
    ...repo,
    sha,
    context: status.context,
    state: status.state,
    description: status.description,
    ...status.targetUrl ? { target_url: status.targetUrl } : {}
  });
}

export {
  POLICY_STATUS_CONTEXT,
  setCommitStatus
};
