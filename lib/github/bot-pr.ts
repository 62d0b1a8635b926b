import type { Logger } from "../logger.ts";
import { type GitHub, statusOf } from "./client.ts";
import {
  branchHead,
  type FileChanges,
  moveBranch,
  type RepoRef,
  writeCommit,
  writeTree,
} from "./git-data.ts";
import { upsertStickyComment } from "./sticky-comment.ts";

export interface BotChange {
  repo: RepoRef;
  /** The branch the PR targets, e.g. main. */
  base: string;
  /** One branch per purpose, e.g. cloudneutral/autoscale/jp1: the PR is found by it. */
  branch: string;
  title: string;
  body: string;
  commitMessage: string;
  /** The wanted content relative to `base`; nothing different from base means "not wanted". */
  files: FileChanges;
}

export type BotAction = "created" | "updated" | "unchanged" | "closed" | "none" | "blocked";

export interface BotResult {
  action: BotAction;
  number?: number;
  /** Why nothing was pushed, for `blocked`. */
  reason?: string;
}

/** Every commit the bot makes carries this trailer; a commit without it is a person's. */
const TRAILER = "Cloudneutral-Branch";

interface Deps {
  gh: GitHub;
  log: Logger;
  /** Waits before retrying GitHub's eventual-consistency 422s (ms per attempt). */
  settleMs?: number;
}

/**
 * Opens, updates or closes the bot's pull request for one purpose. The branch is rebuilt
 * on the current base from scratch each time (one commit, through the git database API —
 * no checkout), unless a person has pushed to it: then nothing is overwritten and the PR
 * gets a comment instead. Idempotent: a second run with the same files changes nothing.
 */
export async function proposeChange(deps: Deps, change: BotChange): Promise<BotResult> {
  const { gh } = deps;
  const { repo, branch } = change;
  const base = await branchHead(gh, repo, change.base);
  if (!base)
    throw new Error(`base branch ${change.base} does not exist in ${repo.owner}/${repo.repo}`);
  const wanted = await writeTree(gh, repo, base.tree, change.files);
  const head = await branchHead(gh, repo, branch);
  let pr = await findPull(gh, change);

  // A person's commits on the bot's branch stop everything: no update, no close.
  const foreign = head ? await foreignCommits(gh, change) : [];
  if (foreign.length > 0) {
    const reason = `the branch \`${branch}\` has commits the bot did not make (${foreign.join(", ")})`;
    if (pr) {
      await upsertStickyComment(
        gh,
        { ...repo, issueNumber: pr.number, key: "bot-blocked" },
        {
          head: `CloudNeutral did not update this pull request: ${reason}. Merge or close it, or delete the branch, and the next run takes over again.`,
          sections: [],
          fullTextAt: "the workflow run log",
        },
      );
    }
    deps.log.warning(`not updating ${branch}: ${reason}`);
    return { action: "blocked", reason, ...(pr ? { number: pr.number } : {}) };
  }

  if (wanted === base.tree) {
    // The change is no longer wanted (or never was): close the PR and drop the branch.
    if (pr) {
      await gh.rest.pulls.update({ ...repo, pull_number: pr.number, state: "closed" });
      await gh.rest.issues.createComment({
        ...repo,
        issue_number: pr.number,
        body: `Closed by CloudNeutral: \`${change.base}\` already has the wanted content.`,
      });
    }
    if (head) await gh.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` });
    return pr ? { action: "closed", number: pr.number } : { action: "none" };
  }

  const headCurrent =
    head && head.tree === wanted && (await parentOf(gh, repo, head.sha)) === base.sha;
  if (!headCurrent) {
    const message = `${change.commitMessage}\n\n${TRAILER}: ${branch}\n`;
    const sha = await writeCommit(gh, repo, { tree: wanted, parents: [base.sha], message });
    // The bot owns this branch (checked above), so the rebuilt commit replaces it.
    if (!(await moveBranch(gh, repo, branch, sha, { create: !head, force: true }))) {
      await moveBranch(gh, repo, branch, sha, { create: false, force: true }); // created meanwhile
    }
  }

  if (pr) {
    if (pr.title === change.title && pr.body === change.body) {
      return { action: headCurrent ? "unchanged" : "updated", number: pr.number };
    }
    await gh.rest.pulls.update({
      ...repo,
      pull_number: pr.number,
      title: change.title,
      body: change.body,
    });
    return { action: "updated", number: pr.number };
  }
  pr = await createPull(deps, change);
  return { action: "created", number: pr.number };
}

interface Pull {
  number: number;
  title: string;
  body: string | null;
}

async function findPull(gh: GitHub, change: BotChange): Promise<Pull | undefined> {
  const { data } = await gh.rest.pulls.list({
    ...change.repo,
    head: `${change.repo.owner}:${change.branch}`,
    base: change.base,
    state: "open",
    per_page: 1,
  });
  return data[0];
}

/** Creates the PR, riding out "already exists" (another run won) and not-yet-visible branches. */
async function createPull(deps: Deps, change: BotChange): Promise<Pull> {
  const { gh } = deps;
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await gh.rest.pulls.create({
        ...change.repo,
        head: change.branch,
        base: change.base,
        title: change.title,
        body: change.body,
      });
      return data;
    } catch (err) {
      if (statusOf(err) !== 422 || attempt >= 4) throw err;
      const existing = await findPull(gh, change);
      if (existing) {
        await gh.rest.pulls.update({
          ...change.repo,
          pull_number: existing.number,
          title: change.title,
          body: change.body,
        });
        return { ...existing, title: change.title, body: change.body };
      }
      deps.log.debug(`creating the PR for ${change.branch} failed with 422; retrying (${attempt})`);
      await new Promise((r) => setTimeout(r, (deps.settleMs ?? 1000) * attempt));
    }
  }
}

/** Short SHAs of commits on the branch (not on base) that lack the bot's trailer. */
async function foreignCommits(gh: GitHub, change: BotChange): Promise<string[]> {
  const { data } = await gh.rest.repos.compareCommitsWithBasehead({
    ...change.repo,
    basehead: `${change.base}...${change.branch}`,
  });
  return data.commits
    .filter((c) => !c.commit.message.includes(`\n${TRAILER}: ${change.branch}`))
    .map((c) => c.sha.slice(0, 7));
}

async function parentOf(gh: GitHub, repo: RepoRef, sha: string): Promise<string | undefined> {
  const { data } = await gh.rest.git.getCommit({ ...repo, commit_sha: sha });
  return data.parents.length === 1 ? data.parents[0]!.sha : undefined;
}
