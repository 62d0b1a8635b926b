import type { Logger } from "../logger.ts";
import type { GitHub } from "./client.ts";
import {
  branchHead,
  moveBranch,
  type RepoRef,
  readFileAt,
  writeCommit,
  writeTree,
} from "./git-data.ts";

export const DEFAULT_STATUS_BRANCH = "cloudneutral/status";

export interface StatusStoreOptions {
  repo: RepoRef;
  branch?: string;
  log: Logger;
  /** Attempts before a contended write gives up (each re-reads and re-applies). */
  attempts?: number;
  /** Upper bound of the random pause between attempts, in ms. */
  jitterMs?: number;
}

export interface StatusWrite<T> {
  /** The value written (or kept, when `update` returned it unchanged). */
  value: T;
  /** The commit that recorded it; undefined when nothing changed. */
  commit: string | undefined;
  attempts: number;
}

export interface StatusEntry {
  sha: string;
  message: string;
  date: string;
}

/**
 * JSON documents on a branch of their own, each write one commit whose message states the
 * decision. A write is compare-and-swap on the branch ref: build a commit on the head we
 * read, move the ref only if it still points there (a fast-forward), and otherwise re-read,
 * re-apply `update` to the newer value and try again — so no concurrent update is lost and
 * the branch history is the audit log.
 */
export function statusStore(gh: GitHub, options: StatusStoreOptions) {
  const { repo, log } = options;
  const branch = options.branch ?? DEFAULT_STATUS_BRANCH;
  const attempts = options.attempts ?? 8;
  const jitter = options.jitterMs ?? 250;

  async function read<T>(path: string): Promise<T | undefined> {
    const head = await branchHead(gh, repo, branch);
    if (!head) return undefined;
    const text = await readFileAt(gh, repo, path, head.sha);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  async function write<T>(
    path: string,
    update: (current: T | undefined) => T,
    message: (value: T) => string,
  ): Promise<StatusWrite<T>> {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const head = await branchHead(gh, repo, branch);
      const text = head ? await readFileAt(gh, repo, path, head.sha) : undefined;
      const current = text === undefined ? undefined : (JSON.parse(text) as T);
      const value = update(current);
      const next = `${JSON.stringify(value, null, 2)}\n`;
      if (next === text) return { value, commit: undefined, attempts: attempt };
      const tree = await writeTree(gh, repo, head?.tree, { [path]: next });
      const sha = await writeCommit(gh, repo, {
        tree,
        parents: head ? [head.sha] : [],
        message: message(value),
      });
      if (await moveBranch(gh, repo, branch, sha, { create: !head }))
        return { value, commit: sha, attempts: attempt };
      log.debug(
        `status branch ${branch} moved while writing ${path}; retrying (${attempt}/${attempts})`,
      );
      // Exponential, jittered: many jobs of one fan-out may write at once.
      const wait = Math.random() * jitter * 2 ** Math.min(attempt - 1, 6);
      await new Promise((r) => setTimeout(r, wait));
    }
    throw new Error(
      `status branch ${branch}: ${path} still contended after ${attempts} attempts; the next run retries`,
    );
  }

  /** Commits that changed `path`, newest first: the decisions, as recorded. */
  async function history(path: string, limit = 100): Promise<StatusEntry[]> {
    if (!(await branchHead(gh, repo, branch))) return [];
    const { data } = await gh.rest.repos.listCommits({
      ...repo,
      sha: branch,
      path,
      per_page: Math.min(limit, 100),
    });
    return data.map((c) => ({
      sha: c.sha,
      message: c.commit.message,
      date: c.commit.committer?.date ?? "",
    }));
  }

  return { branch, read, write, history };
}

export type StatusStore = ReturnType<typeof statusStore>;
