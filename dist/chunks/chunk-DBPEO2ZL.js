import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  git,
  gitText,
  hasControlCharacters
} from "./chunk-ZPMZPS3A.js";
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";

// lib/git/changes.ts
async function changedPaths(repoDir, from, to, dir) {
  let fields = (await git(repoDir, [
    "--literal-pathspecs",
    "diff",
    "--name-status",
    "-z",
    "--no-renames",
    "--no-ext-diff",
    "--relative",
    from,
    to,
    "--",
    dir === "" ? "." : dir
  ])).stdout.toString().split("\0"), prefix = dir === "" ? "" : `${dir}/`, out = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    let status = fields[i], file = fields[i + 1];
    if (!file.startsWith(prefix)) continue;
    let change = status === "A" ? "create" : status === "D" ? "delete" : "update";
    out.push({ path: file.slice(prefix.length), change });
  }
  return out;
}
async function workingTreeChanges(repoDir, dir) {
  return (await git(repoDir, [
    "--literal-pathspecs",
    "status",
    "--porcelain=v1",
    "-z",
    "--untracked-files=all",
    "--",
    dir
  ])).stdout.toString().split("\0").filter((e) => e.length > 3).map((e) => e.slice(3));
}

// lib/git/refs.ts
async function resolveCommit(repoDir, ref, role) {
  let shown = JSON.stringify(ref);
  if (ref === "") throw new UsageError(`${role} ref is empty; expected a branch, tag or commit`);
  if (ref.startsWith("-"))
    throw new UsageError(`refusing ${role} ref ${shown}: a ref may not start with "-"`);
  if (hasControlCharacters(ref))
    throw new UsageError(`refusing ${role} ref ${shown}: it contains control characters`);
  let r = await git(
    repoDir,
    ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`],
    // 128: not a repository (or no git history at all): the user's setup, not a bug.
    { ok: [0, 1, 128] }
  );
  if (r.code === 128)
    throw new UsageError(
      `${repoDir} is not a git repository with history; run where the repository is checked out`
    );
  let sha = r.stdout.toString().trim();
  if (r.code !== 0 || !/^[0-9a-f]{40,64}$/.test(sha))
    throw new UsageError(`${role} ref ${shown} is not a commit in ${repoDir}`);
  return sha;
}
async function mergeBase(repoDir, a, b) {
  let r = await git(repoDir, ["merge-base", a, b], { ok: [0, 1] }), sha = r.stdout.toString().trim();
  if (r.code !== 0 || sha === "")
    throw new UsageError(
      `commits ${a.slice(0, 12)} and ${b.slice(0, 12)} have no common ancestor in ${repoDir}; a shallow clone needs more history (actions/checkout with fetch-depth: 0)`
    );
  return sha;
}
async function firstParentCommits(repoDir, from, to, limit = 100) {
  return (await git(repoDir, [
    "rev-list",
    "--first-parent",
    `--max-count=${limit}`,
    `${from}..${to}`,
    "--"
  ])).stdout.toString().split(`
`).filter(Boolean);
}

// lib/git/work-tree.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
async function workTreeCommit(repoDir, dirs) {
  let head = (await gitText(repoDir, ["rev-parse", "--verify", "HEAD^{commit}"])).trim(), work = await mkdtemp(path.join(tmpdir(), "cn-work-tree-")), env = { GIT_INDEX_FILE: path.join(work, "index") };
  try {
    await git(repoDir, ["read-tree", head], { env });
    for (let dir of dirs)
      await git(repoDir, ["--literal-pathspecs", "add", "-A", "--", dir], { env, ok: [0, 128] });
    let written = (await git(repoDir, ["write-tree"], { env })).stdout.toString().trim();
    return written === await treeOf(repoDir, head) ? head : (await git(
      repoDir,
      ["commit-tree", written, "-p", head, "-m", "cloudneutral: the work tree"],
      { env: {
        GIT_AUTHOR_NAME: "cloudneutral",
        GIT_AUTHOR_EMAIL: "cloudneutral@localhost",
        GIT_COMMITTER_NAME: "cloudneutral",
        GIT_COMMITTER_EMAIL: "cloudneutral@localhost"
      } }
    )).stdout.toString().trim();
  } finally {
    await rm(work, { recursive: !0, force: !0 });
  }
}
async function treeOf(repoDir, commit) {
  return (await gitText(repoDir, ["rev-parse", `${commit}^{tree}`])).trim();
}

export {
  changedPaths,
  workingTreeChanges,
  resolveCommit,
  mergeBase,
  firstParentCommits,
  workTreeCommit
};
