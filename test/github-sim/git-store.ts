// The git side of the simulator: every object and ref lives in a real bare repository and is
// read and written with the git CLI (argument arrays, never a shell).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";

export const EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
export const ZERO_SHA = "0000000000000000000000000000000000000000";

/** The environment of every git process: none of the caller's GIT_* and no user config. */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("GIT_")) env[k] = v;
  return { ...env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", ...extra };
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs git in `gitDir` ("" for none); resolves with the exit code instead of throwing. */
export function tryGit(
  gitDir: string,
  args: string[],
  options: { input?: Buffer | string; env?: Record<string, string> } = {},
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", gitDir ? ["--git-dir", gitDir, ...args] : args, {
      env: gitEnv(options.env),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code: code ?? 1,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
    child.stdin.on("error", () => {}); // git may exit before reading all input
    child.stdin.end(options.input ?? "");
  });
}

export async function git(
  gitDir: string,
  args: string[],
  options: { input?: Buffer | string; env?: Record<string, string> } = {},
): Promise<string> {
  const r = await tryGit(gitDir, args, options);
  if (r.code !== 0) throw new Error(`git ${args.join(" ")} failed (${r.code}): ${r.stderr}`);
  return r.stdout.toString("utf8");
}

export async function initBare(gitDir: string, branch: string): Promise<void> {
  const r = await tryGit("", ["init", "--bare", "-q", "-b", branch, gitDir]);
  if (r.code !== 0) throw new Error(`git init failed: ${r.stderr}`);
  await git(gitDir, ["config", "http.receivepack", "true"]);
}

export async function hashBlob(gitDir: string, content: Buffer): Promise<string> {
  return (await git(gitDir, ["hash-object", "-w", "--stdin"], { input: content })).trim();
}

/** The object `rev` names, peeled to `type`, or undefined. */
export async function resolve(
  gitDir: string,
  rev: string,
  type: "commit" | "tree" = "commit",
): Promise<string | undefined> {
  if (rev.startsWith("-") || rev === "") return undefined;
  // A full object name peels to the same object for good; a ref may move, so it is asked.
  const key = FULL_SHA.test(rev) ? `${gitDir}\0${rev}^{${type}}` : undefined;
  if (key !== undefined && peeled.has(key)) return peeled.get(key);
  const r = await tryGit(gitDir, ["rev-parse", "--verify", "-q", `${rev}^{${type}}`]);
  const found = r.code === 0 ? r.stdout.toString().trim() : undefined;
  if (key !== undefined && found !== undefined) remember(peeled, key, found);
  return found;
}

// Git objects never change: the simulator asks git once per object. Each spawn of git costs
// the test process a fork, and the GitHub API reads the same records and trees over and over.
const FULL_SHA = /^[0-9a-f]{40}$/;
const CACHE_LIMIT = 20_000;
const peeled = new Map<string, string>();
const types = new Map<string, string>();
const objects = new Map<string, Buffer>();
const listings = new Map<string, string>();

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}

export async function objectType(gitDir: string, sha: string): Promise<string | undefined> {
  if (!/^[0-9a-f]{4,40}$/.test(sha)) return undefined;
  const key = `${gitDir}\0${sha}`;
  const known = FULL_SHA.test(sha) ? types.get(key) : undefined;
  if (known !== undefined) return known;
  const r = await tryGit(gitDir, ["cat-file", "-t", sha]);
  const found = r.code === 0 ? r.stdout.toString().trim() : undefined;
  if (found !== undefined && FULL_SHA.test(sha)) remember(types, key, found);
  return found;
}

export async function readObject(gitDir: string, type: string, sha: string): Promise<Buffer> {
  const key = `${gitDir}\0${type}\0${sha}`;
  const known = FULL_SHA.test(sha) ? objects.get(key) : undefined;
  if (known !== undefined) return known;
  const r = await tryGit(gitDir, ["cat-file", type, sha]);
  if (r.code !== 0) throw new Error(`git cat-file ${type} ${sha}: ${r.stderr}`);
  if (FULL_SHA.test(sha)) remember(objects, key, r.stdout);
  return r.stdout;
}

export interface RefEntry {
  ref: string;
  sha: string;
  type: string;
}

// Refs move only through the simulator: updateRef and deleteRef below, and a push, which the
// server reports (refsChanged) once receive-pack is done. Between those, a listing is reused.
const refLists = new Map<string, Promise<RefEntry[]>>();

/** Forgets the ref listing of a repository whose refs something else moved (a push). */
export function refsChanged(gitDir: string): void {
  refLists.delete(gitDir);
}

export function listRefs(gitDir: string): Promise<RefEntry[]> {
  let listing = refLists.get(gitDir);
  if (listing === undefined) {
    listing = readRefs(gitDir);
    refLists.set(gitDir, listing);
    listing.catch(() => refLists.delete(gitDir));
  }
  return listing;
}

async function readRefs(gitDir: string): Promise<RefEntry[]> {
  const out = await git(gitDir, [
    "for-each-ref",
    "--format=%(refname)%00%(objectname)%00%(objecttype)",
    "refs/",
  ]);
  return out
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [ref = "", sha = "", type = ""] = line.split("\0");
      return { ref, sha, type };
    });
}

export async function readRef(gitDir: string, ref: string): Promise<string | undefined> {
  return (await listRefs(gitDir)).find((r) => r.ref === ref)?.sha;
}

/** Atomic update; `expected` (ZERO_SHA: must not exist) makes it a compare-and-swap. */
export async function updateRef(
  gitDir: string,
  ref: string,
  sha: string,
  expected?: string,
): Promise<boolean> {
  const args = ["update-ref", ref, sha, ...(expected ? [expected] : [])];
  refsChanged(gitDir);
  const done = (await tryGit(gitDir, args)).code === 0;
  refsChanged(gitDir);
  return done;
}

export async function deleteRef(gitDir: string, ref: string): Promise<boolean> {
  refsChanged(gitDir);
  const done = (await tryGit(gitDir, ["update-ref", "-d", ref])).code === 0;
  refsChanged(gitDir);
  return done;
}

export async function isAncestor(gitDir: string, a: string, b: string): Promise<boolean> {
  return (await tryGit(gitDir, ["merge-base", "--is-ancestor", a, b])).code === 0;
}

export async function mergeBase(gitDir: string, a: string, b: string): Promise<string | undefined> {
  const r = await tryGit(gitDir, ["merge-base", a, b]);
  return r.code === 0 ? r.stdout.toString().trim() : undefined;
}

export async function revList(gitDir: string, args: string[]): Promise<string[]> {
  return (await git(gitDir, ["rev-list", ...args])).split("\n").filter(Boolean);
}

export interface TreeEntry {
  mode: string;
  type: string;
  sha: string;
  path: string;
  size?: number;
}

export async function lsTree(
  gitDir: string,
  treeish: string,
  options: { recursive?: boolean; trees?: boolean; paths?: string[] } = {},
): Promise<TreeEntry[]> {
  const args = ["ls-tree", "-z", "-l", "--full-tree"];
  if (options.recursive) args.push("-r");
  if (options.trees) args.push("-t");
  args.push(treeish);
  if (options.paths) args.push("--", ...options.paths);
  // A listing of a commit or tree named in full never changes (a `sha:path` is named by it too).
  const key = FULL_SHA.test(treeish.split(":")[0] ?? "")
    ? `${gitDir}\0${args.join("\0")}`
    : undefined;
  const known = key !== undefined ? listings.get(key) : undefined;
  const out = known ?? (await git(gitDir, args));
  if (key !== undefined && known === undefined) remember(listings, key, out);
  return out
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf("\t");
      const [mode = "", type = "", sha = "", size = "-"] = line.slice(0, tab).split(/ +/);
      const entry: TreeEntry = { mode, type, sha, path: line.slice(tab + 1) };
      if (size !== "-") entry.size = Number(size);
      return entry;
    });
}

/** A tree object from a flat list of non-tree entries, through a throw-away index. */
export async function writeTree(
  gitDir: string,
  entries: { mode: string; sha: string; path: string }[],
): Promise<string> {
  const index = path.join(gitDir, `sim-index-${randomUUID()}`);
  const env = { GIT_INDEX_FILE: index };
  try {
    const info = entries.map((e) => `${e.mode} ${e.sha}\t${e.path}\0`).join("");
    await git(gitDir, ["update-index", "-z", "--index-info"], { input: info, env });
    return (await git(gitDir, ["write-tree"], { env })).trim();
  } finally {
    await rm(index, { force: true });
  }
}

export interface Signature {
  name: string;
  email: string;
  /** ISO 8601 */
  date: string;
}

export async function commitTree(
  gitDir: string,
  commit: {
    tree: string;
    parents: string[];
    message: string;
    author: Signature;
    committer: Signature;
  },
): Promise<string> {
  const args = ["commit-tree", commit.tree, ...commit.parents.flatMap((p) => ["-p", p]), "-F", "-"];
  const env = {
    GIT_AUTHOR_NAME: commit.author.name,
    GIT_AUTHOR_EMAIL: commit.author.email,
    GIT_AUTHOR_DATE: commit.author.date,
    GIT_COMMITTER_NAME: commit.committer.name,
    GIT_COMMITTER_EMAIL: commit.committer.email,
    GIT_COMMITTER_DATE: commit.committer.date,
  };
  return (await git(gitDir, args, { input: commit.message, env })).trim();
}
