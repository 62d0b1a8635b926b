import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  branchHead,
  moveBranch,
  readFileAt,
  writeCommit,
  writeTree
} from "./chunk-FM3IK77Q.js";

// lib/github/status-store.ts
var DEFAULT_STATUS_BRANCH = "cloudneutral/status";
function statusStore(gh, options) {
  let { repo, log } = options, branch = options.branch ?? DEFAULT_STATUS_BRANCH, attempts = options.attempts ?? 8, jitter = options.jitterMs ?? 250;
  async function read(path) {
    let head = await branchHead(gh, repo, branch);
    if (!head) return;
    let text = await readFileAt(gh, repo, path, head.sha);
    return text === void 0 ? void 0 : JSON.parse(text);
  }
  async function write(path, update, message) {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let head = await branchHead(gh, repo, branch), text = head ? await readFileAt(gh, repo, path, head.sha) : void 0, current = text === void 0 ? void 0 : JSON.parse(text), value = update(current), next = `${JSON.stringify(value, null, 2)}
`;
      if (next === text) return { value, commit: void 0, attempts: attempt };
      let tree = await writeTree(gh, repo, head?.tree, { [path]: next }), sha = await writeCommit(gh, repo, {
        tree,
        parents: head ? [head.sha] : [],
        message: message(value)
      });
      if (await moveBranch(gh, repo, branch, sha, { create: !head }))
        return { value, commit: sha, attempts: attempt };
      log.debug(
        `status branch ${branch} moved while writing ${path}; retrying (${attempt}/${attempts})`
      );
      let wait = Math.random() * jitter * 2 ** Math.min(attempt - 1, 6);
      await new Promise((r) => setTimeout(r, wait));
    }
    throw new Error(
      `status branch ${branch}: ${path} still contended after ${attempts} attempts; the next run retries`
    );
  }
  async function history(path, limit = 100) {
    if (!await branchHead(gh, repo, branch)) return [];
    let { data } = await gh.rest.repos.listCommits({
      ...repo,
      sha: branch,
      path,
      per_page: Math.min(limit, 100)
    });
    return data.map((c) => ({
      sha: c.sha,
      message: c.commit.message,
      date: c.commit.committer?.date ?? ""
    }));
  }
  return { branch, read, write, history };
}

export {
  DEFAULT_STATUS_BRANCH,
  statusStore
};
