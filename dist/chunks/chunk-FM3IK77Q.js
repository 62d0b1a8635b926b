import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  statusOf
} from "./chunk-XSFAT2KL.js";

// lib/github/git-data.ts
async function branchHead(gh, repo, branch) {
  try {
    let ref = await gh.rest.git.getRef({ ...repo, ref: `heads/${branch}` }), commit = await gh.rest.git.getCommit({ ...repo, commit_sha: ref.data.object.sha });
    return { sha: commit.data.sha, tree: commit.data.tree.sha };
  } catch (err) {
    if (statusOf(err) === 404) return;
    throw err;
  }
}
async function readFileAt(gh, repo, path, ref) {
  try {
    let { data } = await gh.rest.repos.getContent({ ...repo, path, ref });
    return Array.isArray(data) || data.type !== "file" ? void 0 : Buffer.from(data.content, "base64").toString("utf8");
  } catch (err) {
    if (statusOf(err) === 404) return;
    throw err;
  }
}
async function writeTree(gh, repo, base, changes) {
  let deletions = Object.keys(changes).filter((p) => changes[p] === null), present = /* @__PURE__ */ new Set();
  if (deletions.length > 0 && base) {
    let { data: data2 } = await gh.rest.git.getTree({ ...repo, tree_sha: base, recursive: "1" });
    if (data2.truncated)
      throw new Error(
        `the tree of ${repo.owner}/${repo.repo} is too large to list; cannot delete files through the API`
      );
    present = new Set(data2.tree.map((e) => e.path ?? ""));
  }
  let tree = Object.entries(changes).filter(([path, content]) => content !== null || present.has(path)).sort(([a], [b]) => a < b ? -1 : 1).map(
    ([path, content]) => content === null ? { path, mode: "100644", type: "blob", sha: null } : { path, mode: "100644", type: "blob", content }
  ), { data } = await gh.rest.git.createTree({
    ...repo,
    tree,
    ...base ? { base_tree: base } : {}
  });
  return data.sha;
}
async function writeCommit(gh, repo, commit) {
  let { data } = await gh.rest.git.createCommit({ ...repo, ...commit });
  return data.sha;
}
async function moveBranch(gh, repo, branch, sha, options) {
  try {
    return options.create ? await gh.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha }) : await gh.rest.git.updateRef({
      ...repo,
      ref: `heads/${branch}`,
      sha,
      force: options.force ?? !1
    }), !0;
  } catch (err) {
    if (statusOf(err) === 422) return !1;
    throw err;
  }
}

export {
  branchHead,
  readFileAt,
  writeTree,
  writeCommit,
  moveBranch
};
