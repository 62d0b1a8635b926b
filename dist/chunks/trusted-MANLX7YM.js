import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/plan/trusted.ts
var FORK_NOT_PLANNED = "not planned: planning runs the PR's code (providers, lookups), so plans run only for pull requests from branches of this repository, not from forks", NO_PLAN_RUN = "no plan of this head was found: no run of pr.yml at this head left plans (its plan job failed before writing results, or the artifact expired)";
async function verifyPull(gh, repo, claimed, head) {
  if (claimed.head !== head)
    throw new UsageError(
      `the artifacts are for ${claimed.head.slice(0, 12)}, but the run was for ${head.slice(0, 12)}: refused`
    );
  let { data: pull } = await gh.rest.pulls.get({ ...repo, pull_number: claimed.number }), where = `${repo.owner}/${repo.repo}`;
  if (pull.base.repo.full_name.toLowerCase() !== where.toLowerCase())
    throw new UsageError(`pull request #${claimed.number} is not one of ${where}: refused`);
  if (pull.state !== "open")
    throw new UsageError(`pull request #${claimed.number} is ${pull.state}: nothing to review`);
  if (pull.head.sha !== head)
    throw new UsageError(
      `pull request #${claimed.number} is at ${pull.head.sha.slice(0, 12)}, not ${head.slice(0, 12)}: the run is for another commit (a newer push is reviewed by its own run)`
    );
  let fork = pull.head.repo?.full_name.toLowerCase() !== where.toLowerCase();
  return { number: claimed.number, head, base: pull.base.sha, fork };
}
function resultsFromArtifacts(artifacts, scope, fork = !0) {
  let results = scope.affected.map((a) => {
    let base = { id: a.id, layer: a.layer, region: a.region, files: a.files }, r = artifacts.results.get(a.id);
    return r ? { ...r, ...base } : {
      ...base,
      status: "failed",
      error: artifacts.planned ? "no job reported a plan for this unit (its job failed or was cancelled)" : fork ? FORK_NOT_PLANNED : NO_PLAN_RUN
    };
  }), inScope = new Set(scope.affected.map((a) => a.id)), ignored = [...artifacts.results.keys()].filter((id) => !inScope.has(id)).sort();
  return { results, ignored };
}
export {
  resultsFromArtifacts,
  verifyPull
};
