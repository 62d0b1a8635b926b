// Refs and history: resolve a ref a pull request names, find a merge-base, walk the
// first-parent line.
import { UsageError } from "../errors.ts";
import { git, hasControlCharacters } from "./run.ts";

/** A commit sha for `ref`, or a UsageError naming the ref. */
export async function resolveCommit(repoDir: string, ref: string, role: string): Promise<string> {
  const shown = JSON.stringify(ref);
  if (ref === "") throw new UsageError(`${role} ref is empty; expected a branch, tag or commit`);
  if (ref.startsWith("-"))
    throw new UsageError(`refusing ${role} ref ${shown}: a ref may not start with "-"`);
  if (hasControlCharacters(ref))
    throw new UsageError(`refusing ${role} ref ${shown}: it contains control characters`);
  const r = await git(
    repoDir,
    ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`],
    // 128: not a repository (or no git history at all): the user's setup, not a bug.
    { ok: [0, 1, 128] },
  );
  if (r.code === 128) {
    throw new UsageError(
      `${repoDir} is not a git repository with history; run where the repository is checked out`,
    );
  }
  const sha = r.stdout.toString().trim();
  if (r.code !== 0 || !/^[0-9a-f]{40,64}$/.test(sha))
    throw new UsageError(`${role} ref ${shown} is not a commit in ${repoDir}`);
  return sha;
}

/** The best common ancestor of two commits, or a UsageError when they share none. */
export async function mergeBase(repoDir: string, a: string, b: string): Promise<string> {
  const r = await git(repoDir, ["merge-base", a, b], { ok: [0, 1] });
  const sha = r.stdout.toString().trim();
  if (r.code !== 0 || sha === "")
    throw new UsageError(
      `commits ${a.slice(0, 12)} and ${b.slice(0, 12)} have no common ancestor in ${repoDir}; ` +
        "a shallow clone needs more history (actions/checkout with fetch-depth: 0)",
    );
  return sha;
}

/**
 * The tree id of each `<commit>:<dir>` (dirs relative to `repoDir`), undefined where the
 * directory does not exist at that commit. One process for all of them.

/** Commits on the first-parent line from `from` (exclusive) to `to`, newest first. */
export async function firstParentCommits(
  repoDir: string,
  from: string,
  to: string,
  limit = 100,
): Promise<string[]> {
  const r = await git(repoDir, [
    "rev-list",
    "--first-parent",
    `--max-count=${limit}`,
    `${from}..${to}`,
    "--",
  ]);
  return r.stdout.toString().split("\n").filter(Boolean);
}
