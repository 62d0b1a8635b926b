// Where apply finds what was reviewed: the plan comments of the pull requests merged since
// each unit's unapplied changes began. A unit whose apply failed at an earlier merge is
// still covered by that PR's review; the newest review that planned the unit wins (it was
// planned on top of everything merged before it).
//
// A review counts only when it is attested (lib/review): every plan comment of the bot on
// the PR must carry a record whose OIDC token verifies — signed by the issuer, bound to the
// record, from the trusted workflow on the default branch, for the PR's last head, after its
// last push, with a verdict other than deny. One that does not makes the PR's review refused,
// naming the check, whatever else the PR holds: anything with the PR's token posts as the bot.

import { firstParentCommits } from "../git/index.ts";
import type { GitHub } from "../github/client.ts";
import type { RepoRef } from "../github/git-data.ts";
import { parseMarker } from "../github/sticky-comment.ts";
import { PLAN_COMMENT_KEY } from "../plan/comment.ts";
import { readAttestation } from "../review/record.ts";
import {
  DEFAULT_TRUSTED_WORKFLOW,
  GITHUB_OIDC_ISSUER,
  issuerKeys,
  type TrustPolicy,
  type Verification,
  verifyAttestation,
} from "../review/verify.ts";

export interface Review {
  hash: string;
  entries?: Record<string, string>;
  /** The PR head the plan was made at. */
  commit: string;
  pull: number;
  /** The verified attestation: the workflow that attested, and when. */
  attested?: { workflowRef: string; at: Date };
}

/** What an attested review must satisfy; unset fields get GitHub's defaults. */
export interface TrustOptions {
  /** The OIDC issuer; default token.actions.githubusercontent.com. */
  issuer?: string;
  /** The attesting workflow's file (under .github/workflows/); default pr-review.yml. */
  workflow?: string;
  /**
   * The reusable workflow that workflow calls to attest (`job_workflow_ref`, exactly:
   * `cloudneutral/cloudneutral/.github/workflows/cloudneutral-pr-review.yml@refs/tags/v0.1.0`);
   * default none: only workflows of this repository on its default branch.
   */
  jobWorkflow?: string;
  /** Default: the repository's default branch, asked of GitHub. */
  defaultBranch?: string;
  /** The issuer's keys; default its JWKS, found by discovery. */
  keys?: TrustPolicy["keys"];
}

export interface Reviews {
  byUnit: Map<string, Review>;
  /** The PR merged as the head commit, for the audit comment. */
  headPull?: number;
  /** PRs whose plans could not be used, and why (shown when a unit is refused). */
  problems: string[];
}

interface ReviewedPlans {
  commit: string;
  hashes: Record<string, string>;
  entries: Record<string, Record<string, string>>;
  attested: { workflowRef: string; at: Date };
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
  trust?: TrustOptions;
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** When the PR's head was last force-pushed (a push to a new commit changes the head). */
async function lastForcePush(gh: GitHub, repo: RepoRef, pull: number): Promise<Date | undefined> {
  let last: Date | undefined;
  for await (const page of gh.paginate.iterator(gh.rest.issues.listEvents, {
    ...repo,
    issue_number: pull,
    per_page: 100,
  }))
    for (const e of page.data) {
      if (e.event !== "head_ref_force_pushed") continue;
      const at = new Date(e.created_at);
      if (!last || at > last) last = at;
    }
  return last;
}

async function pullReview(
  gh: GitHub,
  repo: RepoRef,
  commit: string,
  author: string,
  trust: () => Promise<TrustPolicy>,
): Promise<PullReview | undefined> {
  const { data: pulls } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: commit,
  });
  const pull = pulls.find((p) => p.merge_commit_sha === commit && p.merged_at);
  if (!pull) return undefined;
  const marked: { id: number; meta: Record<string, unknown> }[] = [];
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, {
    ...repo,
    issue_number: pull.number,
    per_page: 100,
  })) {
    for (const c of page.data) {
      const meta = parseMarker(c.body);
      if (c.user?.login === author && meta?.key === PLAN_COMMENT_KEY)
        marked.push({ id: c.id, meta });
    }
  }
  if (marked.length === 0)
    return { pull: pull.number, problem: `PR #${pull.number} has no plan comment by ${author}` };
  const policy = await trust();
  const facts = {
    number: pull.number,
    head: pull.head.sha,
    lastPushAt: await lastForcePush(gh, repo, pull.number),
  };
  const verified: { meta: Record<string, unknown>; v: Extract<Verification, { ok: true }> }[] = [];
  const refused: string[] = [];
  for (const { id, meta } of marked) {
    const v = await verifyAttestation(readAttestation(meta), policy, facts);
    if (v.ok) verified.push({ meta, v });
    else refused.push(`comment ${id}: ${v.check}: ${v.why}`);
  }
  if (refused.length > 0)
    return {
      pull: pull.number,
      problem: `PR #${pull.number}'s review is refused (${refused.join("; ")})`,
    };
  // Every one verified (a comment copied, say): the latest attestation is the review.
  const newest = verified.reduce((a, b) => (b.v.issuedAt > a.v.issuedAt ? b : a));
  const { record } = newest.v;
  const entries = isMap(newest.meta.entries) ? newest.meta.entries : {};
  const digests: Record<string, Record<string, string>> = {};
  // The per-change digests only explain a mismatch; they are kept for the attested units.
  for (const unit of Object.keys(record.hashes)) {
    const e = entries[unit];
    if (isMap(e) && Object.values(e).every((x) => typeof x === "string"))
      digests[unit] = e as Record<string, string>;
  }
  return {
    pull: pull.number,
    reviewed: {
      commit: record.head,
      hashes: record.hashes,
      entries: digests,
      attested: { workflowRef: newest.v.workflowRef, at: newest.v.issuedAt },
    },
  };
}

/** The trust policy, with what is unset asked of GitHub once (the default branch). */
function trustPolicy(gh: GitHub, repo: RepoRef, options: TrustOptions = {}) {
  let policy: Promise<TrustPolicy> | undefined;
  return () => {
    policy ??= (async () => {
      const issuer = options.issuer ?? GITHUB_OIDC_ISSUER;
      return {
        repository: `${repo.owner}/${repo.repo}`,
        defaultBranch:
          options.defaultBranch ?? (await gh.rest.repos.get({ ...repo })).data.default_branch,
        workflow: options.workflow ?? DEFAULT_TRUSTED_WORKFLOW,
        ...(options.jobWorkflow ? { jobWorkflow: options.jobWorkflow } : {}),
        issuer,
        keys: options.keys ?? issuerKeys(issuer),
      };
    })();
    return policy;
  };
}

export async function findReviews(
  gh: GitHub,
  repo: RepoRef,
  options: ReviewOptions,
): Promise<Reviews> {
  const cache = new Map<string, Promise<PullReview | undefined>>();
  const trust = trustPolicy(gh, repo, options.trust);
  const reviewOf = (commit: string) => {
    let p = cache.get(commit);
    if (!p) {
      p = pullReview(gh, repo, commit, options.author, trust);
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
        attested: r.reviewed.attested,
        ...(entries ? { entries } : {}),
      });
      break;
    }
  }
  const head = await reviewOf(options.head);
  return { byUnit, problems: [...problems], ...(head ? { headPull: head.pull } : {}) };
}
