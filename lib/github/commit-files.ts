// Files a controller owns, committed straight to a branch through the git database API: a
// compare-and-swap on the ref (a fast-forward from the head the tree was built on), retried on
// a newer head — the files are the controller's alone, so re-applying them is always right.
import type { Logger } from "../logger.ts";
import type { GitHub } from "./client.ts";
import { branchHead, moveBranch, type RepoRef, writeCommit, writeTree } from "./git-data.ts";

export async function commitFiles(
  gh: GitHub,
  repo: RepoRef,
  o: {
    branch: string;
    files: Record<string, string>;
    message: string;
    log: Logger;
    attempts?: number;
  },
): Promise<string | undefined> {
  const attempts = o.attempts ?? 5;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const head = await branchHead(gh, repo, o.branch);
    if (!head) throw new Error(`branch ${o.branch} does not exist`);
    const tree = await writeTree(gh, repo, head.tree, o.files);
    if (tree === head.tree) return undefined;
    const sha = await writeCommit(gh, repo, { tree, parents: [head.sha], message: o.message });
    if (await moveBranch(gh, repo, o.branch, sha, { create: false })) return sha;
    o.log.debug(`${o.branch} moved while committing; retrying (${attempt}/${attempts})`);
    await new Promise((r) => setTimeout(r, Math.random() * 250 * 2 ** (attempt - 1)));
  }
  throw new Error(`${o.branch} kept moving: the files were not committed; the next run retries`);
}
