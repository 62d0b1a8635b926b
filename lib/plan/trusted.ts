// The trusted half of the PR workflow (workflow_run, default-branch code): which pull request
// the untrusted run was for, told by GitHub rather than by its artifact, and the comment's
// results from the artifacts, keyed by the units the trusted side computed itself.
import { UsageError } from "../errors.ts";
import type { GitHub } from "../github/client.ts";
import type { RepoRef } from "../github/git-data.ts";
import type { PullFacts, ReviewArtifacts } from "./artifacts.ts";
import type { PullScope } from "./pull.ts";
import type { StackResult } from "./run.ts";

export interface VerifiedPull {
  number: number;
  head: string;
  /** The base branch's commit as GitHub has it now: rules and routes are read there. */
  base: string;
  /** Whether the head is in another repository (a fork's PR is never planned). */
  fork: boolean;
}

const FORK_NOT_PLANNED =
  "not planned: planning runs the PR's code (providers, lookups), so plans run only for " +
  "pull requests from branches of this repository, not from forks";
const NO_PLAN_RUN =
  "no plan of this head was found: no run of pr.yml at this head left plans (its plan job " +
  "failed before writing results, or the artifact expired)";

/**
 * The artifact's pull request, believed only as far as GitHub confirms it: `head` is the
 * commit the run was for (workflow_run's `head_sha`, set by GitHub), and the pull request the
 * artifact names must be open in this repository with exactly that head.
 */
export async function verifyPull(
  gh: GitHub,
  repo: RepoRef,
  claimed: PullFacts,
  head: string,
): Promise<VerifiedPull> {
  if (claimed.head !== head)
    throw new UsageError(
      `the artifacts are for ${claimed.head.slice(0, 12)}, but the run was for ${head.slice(0, 12)}: refused`,
    );
  const { data: pull } = await gh.rest.pulls.get({ ...repo, pull_number: claimed.number });
  const where = `${repo.owner}/${repo.repo}`;
  if (pull.base.repo.full_name.toLowerCase() !== where.toLowerCase())
    throw new UsageError(`pull request #${claimed.number} is not one of ${where}: refused`);
  if (pull.state !== "open")
    throw new UsageError(`pull request #${claimed.number} is ${pull.state}: nothing to review`);
  if (pull.head.sha !== head)
    throw new UsageError(
      `pull request #${claimed.number} is at ${pull.head.sha.slice(0, 12)}, not ${head.slice(0, 12)}: the run is for another commit (a newer push is reviewed by its own run)`,
    );
  const fork = pull.head.repo?.full_name.toLowerCase() !== where.toLowerCase();
  return { number: claimed.number, head, base: pull.base.sha, fork };
}

/**
 * One result per unit the trusted side found affected: the artifact's plan where there is one
 * (layer, region and files are the trusted side's), a failure where none is. Results for
 * units outside the scope are left out, and named.
 */
export function resultsFromArtifacts(
  artifacts: ReviewArtifacts,
  scope: PullScope,
  fork = true,
): { results: StackResult[]; ignored: string[] } {
  const results = scope.affected.map((a): StackResult => {
    const base = { id: a.id, layer: a.layer, region: a.region, files: a.files };
    const r = artifacts.results.get(a.id);
    if (r) return { ...r, ...base };
    return {
      ...base,
      status: "failed",
      error: artifacts.planned
        ? "no job reported a plan for this unit (its job failed or was cancelled)"
        : fork
          ? FORK_NOT_PLANNED
          : NO_PLAN_RUN,
    };
  });
  const inScope = new Set(scope.affected.map((a) => a.id));
  const ignored = [...artifacts.results.keys()].filter((id) => !inScope.has(id)).sort();
  return { results, ignored };
}
