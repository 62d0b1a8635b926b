// Operations on a simulated repository that both the API and the test-facing seeding
// functions need: creating it, building trees, committing as a person, following branches.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import {
  commitTree,
  hashBlob,
  initBare,
  isAncestor,
  listRefs,
  lsTree,
  readRef,
  resolve,
  updateRef,
  writeTree,
  ZERO_SHA,
} from "./git-store.ts";
import { fail } from "./http.ts";
import {
  commitDate,
  findRepo,
  identity,
  nextId,
  now,
  type RepoState,
  repoKey,
  type SimState,
  user,
} from "./state.ts";

const NAME = /^[A-Za-z0-9_.-]+$/;

export async function createRepo(
  s: SimState,
  owner: string,
  name: string,
  files: Record<string, string>,
  defaultBranch = "main",
): Promise<RepoState> {
  if (!NAME.test(owner) || !NAME.test(name) || name.endsWith(".git"))
    throw new Error(`invalid repository name ${owner}/${name}`);
  if (findRepo(s, owner, name)) throw new Error(`repository ${owner}/${name} exists`);
  user(s, owner);
  const gitDir = path.join(s.root, owner, `${name}.git`);
  await mkdir(path.dirname(gitDir), { recursive: true });
  await initBare(gitDir, defaultBranch);
  const repo: RepoState = {
    id: nextId(s),
    owner,
    name,
    gitDir,
    defaultBranch,
    createdAt: now(),
    nextNumber: 1,
    issues: new Map(),
    comments: new Map(),
    labels: new Map(),
    statuses: [],
    checkRuns: new Map(),
    workflowRuns: new Map(),
  };
  s.repos.set(repoKey(owner, name), repo);
  const tree = await buildTree(gitDir, undefined, fileEntries(files));
  const sig = { ...identity(s, owner), date: commitDate(s) };
  const sha = await commitTree(gitDir, {
    tree,
    parents: [],
    message: "Initial commit",
    author: sig,
    committer: sig,
  });
  await updateRef(gitDir, `refs/heads/${defaultBranch}`, sha, ZERO_SHA);
  return repo;
}

export interface TreeInput {
  path: string;
  mode: string;
  type?: string;
  sha?: string | null;
  content?: string;
}

export function fileEntries(files: Record<string, string | null>): TreeInput[] {
  return Object.entries(files).map(([p, content]) =>
    content === null
      ? { path: p, mode: "100644", type: "blob", sha: null }
      : { path: p, mode: "100644", type: "blob", content },
  );
}

/**
 * A tree: `baseTree` (or nothing) with `inputs` applied in order, as POST /git/trees does.
 * `sha: null` deletes a file (422 when the path is missing or a directory, as on GitHub); a
 * tree entry replaces a directory.
 */
export async function buildTree(
  gitDir: string,
  baseTree: string | undefined,
  inputs: TreeInput[],
): Promise<string> {
  const entries = new Map<string, { mode: string; sha: string }>();
  if (baseTree)
    for (const e of await lsTree(gitDir, baseTree, { recursive: true }))
      entries.set(e.path, { mode: e.mode, sha: e.sha });
  const remove = (p: string) => {
    entries.delete(p);
    for (const k of [...entries.keys()]) if (k.startsWith(`${p}/`)) entries.delete(k);
    const parts = p.split("/");
    for (let i = 1; i < parts.length; i++) entries.delete(parts.slice(0, i).join("/"));
  };
  for (const input of inputs) {
    const p = input.path;
    if (p === "" || p.startsWith("/") || p.endsWith("/") || p.split("/").includes(".."))
      fail(422, `tree.path ${JSON.stringify(p)} is invalid`);
    if (input.content === undefined && (input.sha === null || input.sha === undefined)) {
      // GitHub deletes only what is there: a missing path (or a directory) fails the tree.
      if (!entries.has(p)) fail(422, "GitRPC::BadObjectState");
      entries.delete(p);
      continue;
    }
    remove(p);
    const sha =
      input.content !== undefined
        ? await hashBlob(gitDir, Buffer.from(input.content, "utf8"))
        : input.sha!;
    if (!/^[0-9a-f]{40}$/.test(sha)) fail(422, `tree.sha ${sha} is not a valid object id`);
    if (input.type === "tree" || input.mode === "040000") {
      const sub = await lsTree(gitDir, sha, { recursive: true }).catch(() =>
        fail(422, `tree.sha ${sha} is not a valid tree`),
      );
      for (const e of sub) entries.set(`${p}/${e.path}`, { mode: e.mode, sha: e.sha });
    } else entries.set(p, { mode: input.mode, sha });
  }
  const list = [...entries].map(([p, e]) => ({ path: p, ...e }));
  return writeTree(gitDir, list).catch(() => fail(422, "GitRPC::BadObjectState"));
}

/** Commits `files` onto `branch` (created from the default branch if missing). */
export async function commitAsPerson(
  s: SimState,
  repo: RepoState,
  branch: string,
  files: Record<string, string | null>,
  message: string,
  author: string,
): Promise<string> {
  const ref = `refs/heads/${branch}`;
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await readRef(repo.gitDir, ref);
    const parent = current ?? (await resolve(repo.gitDir, `refs/heads/${repo.defaultBranch}`));
    const baseTree = parent ? await resolve(repo.gitDir, parent, "tree") : undefined;
    const tree = await buildTree(repo.gitDir, baseTree, fileEntries(files));
    const sig = { ...identity(s, author), date: commitDate(s) };
    const sha = await commitTree(repo.gitDir, {
      tree,
      parents: parent ? [parent] : [],
      message,
      author: sig,
      committer: sig,
    });
    if (await updateRef(repo.gitDir, ref, sha, current ?? ZERO_SHA)) {
      await refreshPulls(repo);
      return sha;
    }
  }
  throw new Error(`could not commit to ${branch}: it keeps moving`);
}

let forcePushIds = 900_000_000;

/** Open pull requests follow their head branch, as GitHub's `synchronize` does. */
export async function refreshPulls(repo: RepoState): Promise<void> {
  const open = [...repo.issues.values()].filter((i) => i.pull && i.state === "open");
  if (open.length === 0) return;
  const refs = new Map((await listRefs(repo.gitDir)).map((r) => [r.ref, r.sha]));
  for (const issue of open) {
    const pull = issue.pull!;
    const head = refs.get(`refs/heads/${pull.head}`);
    if (head && head !== pull.headSha) {
      // A head that does not descend from the last one was force-pushed (an issue event).
      if (!(await isAncestor(repo.gitDir, pull.headSha, head))) {
        pull.forcePushes ??= [];
        pull.forcePushes.push({ id: forcePushIds++, at: now(), sha: head });
      }
      pull.headSha = head;
      issue.updatedAt = now();
    }
    pull.baseSha = refs.get(`refs/heads/${pull.base}`) ?? pull.baseSha;
  }
}
