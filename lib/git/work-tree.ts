// The work tree as a commit: what `npm start` judges when there is no pull request — the
// edits not committed yet, as a PR of them would be judged against HEAD.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { git, gitText } from "./run.ts";

/**
 * A commit whose parent is HEAD and whose tree is HEAD's with the work tree's files under
 * `dirs` (relative to `repoDir`; untracked files included, ignored ones not). Made through a
 * private index: the repository's index, refs and work tree are untouched, and the commit is
 * reachable from no ref. HEAD itself when nothing under `dirs` differs.
 */
export async function workTreeCommit(repoDir: string, dirs: string[]): Promise<string> {
  const head = (await gitText(repoDir, ["rev-parse", "--verify", "HEAD^{commit}"])).trim();
  const work = await mkdtemp(path.join(tmpdir(), "cn-work-tree-"));
  const env = { GIT_INDEX_FILE: path.join(work, "index") };
  try {
    await git(repoDir, ["read-tree", head], { env });
    for (const dir of dirs) {
      // 128: the path matches nothing, in the work tree or at HEAD: nothing to take.
      await git(repoDir, ["--literal-pathspecs", "add", "-A", "--", dir], { env, ok: [0, 128] });
    }
    const written = (await git(repoDir, ["write-tree"], { env })).stdout.toString().trim();
    if (written === (await treeOf(repoDir, head))) return head;
    const identity = {
      GIT_AUTHOR_NAME: "cloudneutral",
      GIT_AUTHOR_EMAIL: "cloudneutral@localhost",
      GIT_COMMITTER_NAME: "cloudneutral",
      GIT_COMMITTER_EMAIL: "cloudneutral@localhost",
    };
    const commit = await git(
      repoDir,
      ["commit-tree", written, "-p", head, "-m", "cloudneutral: the work tree"],
      { env: identity },
    );
    return commit.stdout.toString().trim();
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function treeOf(repoDir: string, commit: string): Promise<string> {
  return (await gitText(repoDir, ["rev-parse", `${commit}^{tree}`])).trim();
}
