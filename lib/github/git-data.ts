// Commits through GitHub's git database API (blobs, trees, commits, refs): no checkout,
// no clone, works from any job. Shared by bot pull requests and the status branch.
import { type GitHub, statusOf } from "./client.ts";

export interface RepoRef {
  owner: string;
  repo: string;
}

/** New content per path; `null` deletes the path. */
export type FileChanges = Record<string, string | null>;

export interface CommitInfo {
  sha: string;
  tree: string;
}

/** The commit a branch points at, or undefined when the branch does not exist. */
export async function branchHead(
  gh: GitHub,
  repo: RepoRef,
  branch: string,
): Promise<CommitInfo | undefined> {
  try {
    const ref = await gh.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    const commit = await gh.rest.git.getCommit({ ...repo, commit_sha: ref.data.object.sha });
    return { sha: commit.data.sha, tree: commit.data.tree.sha };
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw err;
  }
}

/** The text of `path` at `ref`, or undefined when it does not exist there. */
export async function readFileAt(
  gh: GitHub,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<string | undefined> {
  try {
    const { data } = await gh.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data) || data.type !== "file") return undefined;
    return Buffer.from((data as { content: string }).content, "base64").toString("utf8");
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw err;
  }
}

/**
 * A tree: `base` with `changes` applied (inline content, so no separate blob requests).
 * GitHub refuses the whole tree when asked to delete a path that is not there, so
 * deletions of absent paths are dropped first.
 */
export async function writeTree(
  gh: GitHub,
  repo: RepoRef,
  base: string | undefined,
  changes: FileChanges,
): Promise<string> {
  const deletions = Object.keys(changes).filter((p) => changes[p] === null);
  let present = new Set<string>();
  if (deletions.length > 0 && base) {
    const { data } = await gh.rest.git.getTree({ ...repo, tree_sha: base, recursive: "1" });
    if (data.truncated) {
      throw new Error(
        `the tree of ${repo.owner}/${repo.repo} is too large to list; cannot delete files through the API`,
      );
    }
    present = new Set(data.tree.map((e) => e.path ?? ""));
  }
  const tree = Object.entries(changes)
    .filter(([path, content]) => content !== null || present.has(path))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, content]) =>
      content === null
        ? { path, mode: "100644" as const, type: "blob" as const, sha: null }
        : { path, mode: "100644" as const, type: "blob" as const, content },
    );
  const { data } = await gh.rest.git.createTree({
    ...repo,
    tree,
    ...(base ? { base_tree: base } : {}),
  });
  return data.sha;
}

export async function writeCommit(
  gh: GitHub,
  repo: RepoRef,
  commit: { tree: string; parents: string[]; message: string },
): Promise<string> {
  const { data } = await gh.rest.git.createCommit({ ...repo, ...commit });
  return data.sha;
}

/**
 * Points `branch` at `sha`. Without `force` the update must fast-forward, which makes it a
 * compare-and-swap: it fails (returns false) when someone moved the branch since we read it.
 */
export async function moveBranch(
  gh: GitHub,
  repo: RepoRef,
  branch: string,
  sha: string,
  options: { create: boolean; force?: boolean },
): Promise<boolean> {
  try {
    if (options.create) await gh.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
    else
      await gh.rest.git.updateRef({
        ...repo,
        ref: `heads/${branch}`,
        sha,
        force: options.force ?? false,
      });
    return true;
  } catch (err) {
    if (statusOf(err) === 422) return false; // already exists / not a fast-forward
    throw err;
  }
}
