// Where apply finds what was reviewed: the plan comments of the pull requests merged since
// each unit's unapplied changes began. A unit whose apply failed at an earlier merge is
// still covered by that PR's review; the newest review that planned the unit wins (it was
// planned on top of everything merged before it).

import { firstParentCommits } from "../git/index.ts";
import type { GitHub } from "../github/client.ts";
import type { RepoRef } from "../github/git-data.ts";
import { parseMarker } from "../github/sticky-comment.ts";
import { type ReviewedPlans, readReviewed } from "../plan/comment.ts";

export interface Review {
  hash: string;
  entries?: Record<string, string>;
  /** The PR head the plan was made at. */
  commit: string;
  pull: number;
}

export interface Reviews {
  byUnit: Map<string, Review>;
  /** The PR merged as the head commit, for the audit comment. */
  headPull?: number;
  /** PRs whose plans could not be used, and why (shown when a unit is refused). */
  problems: string[];
}

interface PullReview {
  pull: number;
  reviewed?: ReviewedPlans;
  problem?: string;
}

export interface ReviewOptions {
  repoDir: string;
  head: string;
  /** Where each unit's unapplied changes start. */
  sinceOf: Map<string, string>;
  /** The login that writes plan comments (the workflow's bot): no one else's marker counts. */
  author: string;
  /** Commits looked at per starting point. */
  limit?: number;
}

async function pullReview(
  gh: GitHub,
  repo: RepoRef,
  commit: string,
  author: string,
): Promise<PullReview | undefined> {
  const { data: pulls } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: commit,
  });
  const pull = pulls.find((p) => p.merge_commit_sha === commit && p.merged_at);
  if (!pull) return undefined;
  let reviewed: ReviewedPlans | undefined;
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, {
    ...repo,
    issue_number: pull.number,
    per_page: 100,
  })) {
    for (const c of page.data)
      if (c.user?.login === author) reviewed = readReviewed(parseMarker(c.body)) ?? reviewed;
  }
  if (!reviewed)
    return { pull: pull.number, problem: `PR #${pull.number} has no plan comment by ${author}` };
  if (reviewed.commit !== pull.head.sha)
    return {
      pull: pull.number,
      problem: `PR #${pull.number}'s plan comment is for ${reviewed.commit.slice(0, 12)}, but it was merged at ${pull.head.sha.slice(0, 12)}: its last push was never planned`,
    };
  return { pull: pull.number, reviewed };
}

export async function findReviews(
  gh: GitHub,
  repo: RepoRef,
  options: ReviewOptions,
): Promise<Reviews> {
  const cache = new Map<string, Promise<PullReview | undefined>>();
  const reviewOf = (commit: string) => {
    let p = cache.get(commit);
    if (!p) {
      p = pullReview(gh, repo, commit, options.author);
      cache.set(commit, p);
    }
    return p;
  };
  const commitsSince = new Map<string, string[]>();
  for (const since of new Set(options.sinceOf.values()))
    commitsSince.set(
      since,
      await firstParentCommits(options.repoDir, since, options.head, options.limit ?? 50),
    );
  const byUnit = new Map<string, Review>();
  const problems = new Set<string>();
  for (const [unit, since] of options.sinceOf) {
    for (const commit of commitsSince.get(since) ?? []) {
      const r = await reviewOf(commit);
      if (r?.problem) problems.add(r.problem);
      const hash = r?.reviewed?.hashes[unit];
      if (!r?.reviewed || !hash) continue;
      const entries = r.reviewed.entries[unit];
      byUnit.set(unit, {
        hash,
        commit: r.reviewed.commit,
        pull: r.pull,
        ...(entries ? { entries } : {}),
      });
      break;
    }
  }
  const head = await reviewOf(options.head);
  return { byUnit, problems: [...problems], ...(head ? { headPull: head.pull } : {}) };
}
