// The git plumbing a change set needs: resolve refs, find the merge-base, copy a tree out of
// the object database and list what changed under a directory. Every call is `git` with an
// argument array (never a shell); refs come from pull requests and are treated as hostile.
import { spawn } from "node:child_process";
import { mkdirSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../errors.ts";

interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

// Variables that would point git somewhere other than `repoDir` (set, for example, when
// tests run from a git hook); the repository is always the one the caller named.
const REDIRECTING_ENV = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_COMMON_DIR",
  "GIT_PREFIX",
  "GIT_NAMESPACE",
];

function gitEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of REDIRECTING_ENV) delete env[name];
  return env;
}

/** Runs git in `repoDir`; exit codes outside `ok` are errors carrying git's own message. */
function git(
  repoDir: string,
  args: string[],
  options: { input?: string; ok?: number[] } = {},
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, {
      cwd: repoDir,
      env: gitEnv(),
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    // git may exit before reading all of its input; its exit code says what happened.
    child.stdin.on("error", () => {});
    child.on("error", (e) => reject(new Error(`cannot run git: ${e.message}`)));
    child.on("close", (code) => {
      const result = {
        code: code ?? -1,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString(),
      };
      if ((options.ok ?? [0]).includes(result.code)) resolve(result);
      else {
        const why = result.stderr.trim().split("\n")[0] || `exit code ${result.code}`;
        reject(new Error(`git ${args[0]} failed in ${repoDir}: ${why}`));
      }
    });
    child.stdin.end(options.input ?? "");
  });
}

/** Newlines and other control characters: never in a ref or a directory we accept. */
export function hasControlCharacters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

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
 */
export async function treeIds(
  repoDir: string,
  specs: { commit: string; dir: string }[],
): Promise<(string | undefined)[]> {
  const input = specs.map((s) => `${s.commit}:./${s.dir}\n`).join("");
  const r = await git(repoDir, ["cat-file", "--batch-check"], { input });
  const lines = r.stdout.toString().split("\n");
  return specs.map((_, i) => {
    const [id, type] = (lines[i] ?? "").split(" ");
    return type === "tree" ? id : undefined;
  });
}

/**
 * Writes the regular files of `tree` that `wanted` selects into `dest` (paths relative to
 * the tree). Symlinks and submodules are skipped; a path that would leave `dest` is an
 * error. Files over `maxBytes` are not read: an empty file of the same size stands in, so
 * the loader reports the size without anything that large passing through memory.
 * Returns the paths of those stand-ins.
 */
export async function materialise(
  repoDir: string,
  tree: string,
  dest: string,
  wanted: (file: string) => boolean,
  maxBytes: number,
): Promise<string[]> {
  const listing = await git(repoDir, ["ls-tree", "-r", "-z", "-l", "--full-tree", tree]);
  const fetch: { file: string; oid: string }[] = [];
  const oversized: { file: string; size: number }[] = [];
  for (const entry of listing.stdout.toString().split("\0")) {
    const tab = entry.indexOf("\t");
    if (tab < 0) continue;
    const [mode, type, oid, size] = entry.slice(0, tab).split(/ +/);
    const file = entry.slice(tab + 1);
    if (type !== "blob" || (mode !== "100644" && mode !== "100755") || !oid) continue;
    if (!wanted(file)) continue;
    const bytes = Number(size);
    if (bytes > maxBytes) oversized.push({ file, size: bytes });
    else fetch.push({ file, oid });
  }
  const contents = await readBlobsById(
    repoDir,
    fetch.map((f) => f.oid),
  );
  const made = new Set<string>();
  const target = (file: string): string => {
    const parts = file.split("/");
    if (parts.some((p) => p === "" || p === "." || p === ".."))
      throw new Error(`tree ${tree} holds an unsafe path ${JSON.stringify(file)}`);
    const full = path.join(dest, ...parts);
    const dir = path.dirname(full);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    return full;
  };
  for (const [i, f] of fetch.entries()) writeFileSync(target(f.file), contents[i]!);
  for (const o of oversized) {
    const full = target(o.file);
    writeFileSync(full, "");
    truncateSync(full, o.size);
  }
  return oversized.map((o) => o.file);
}

/**
 * Objects by name (an oid, or `<commit>:./<path>`) from one `git cat-file --batch`, in the
 * order asked: the type and contents of each, or undefined where git has no such object.
 */
async function catFileBatch(
  repoDir: string,
  names: string[],
): Promise<({ type: string; body: Buffer } | undefined)[]> {
  if (names.length === 0) return [];
  const out = (await git(repoDir, ["cat-file", "--batch"], { input: `${names.join("\n")}\n` }))
    .stdout;
  const objects: ({ type: string; body: Buffer } | undefined)[] = [];
  let pos = 0;
  for (const name of names) {
    const eol = out.indexOf(10, pos);
    const header = out.subarray(pos, eol < 0 ? out.length : eol).toString();
    if (eol < 0) throw new Error(`git cat-file: no answer for ${JSON.stringify(name)}`);
    pos = eol + 1;
    const m = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(header);
    if (!m) {
      objects.push(undefined); // "<name> missing" (or ambiguous): a header line only
      continue;
    }
    const size = Number(m[2]);
    objects.push({ type: m[1]!, body: out.subarray(pos, pos + size) });
    pos += size + 1;
  }
  return objects;
}

/** Contents of many blobs by oid, in the order asked; an oid git lacks is a bug. */
async function readBlobsById(repoDir: string, oids: string[]): Promise<Buffer[]> {
  return (await catFileBatch(repoDir, oids)).map((o, i) => {
    if (o?.type !== "blob") throw new Error(`git cat-file: ${oids[i]} is not a blob here`);
    return o.body;
  });
}

/**
 * One file as `commit` has it (`file` relative to `repoDir`), e.g. an OPA bundle read from
 * the merge-base. A missing file is an error with code ENOENT, as a file system read would be.
 */
export async function readBlob(repoDir: string, commit: string, file: string): Promise<Uint8Array> {
  const [blob] = await readBlobs(repoDir, [{ commit, file }]);
  if (blob instanceof Uint8Array) return blob;
  const what = blob === "tree" ? "is a directory" : "does not exist";
  throw Object.assign(new Error(`${file} ${what} at ${commit.slice(0, 12)}`), {
    code: blob === "tree" ? "EISDIR" : "ENOENT",
  });
}

/**
 * Many files at their commits in one git process (`cat-file --batch`): the bytes of each,
 * or "missing" / "tree". Paths that would leave the repository are refused.
 */
export async function readBlobs(
  repoDir: string,
  items: readonly { commit: string; file: string }[],
): Promise<(Uint8Array | "missing" | "tree")[]> {
  if (items.length === 0) return [];
  const names = items.map(({ commit, file }) => {
    const clean = path.posix.normalize(file);
    if (
      hasControlCharacters(clean) ||
      path.posix.isAbsolute(clean) ||
      clean === ".." ||
      clean.startsWith("../")
    )
      throw Object.assign(
        new Error(`${JSON.stringify(file)} is not a path inside the repository`),
        {
          code: "EINVAL",
        },
      );
    return `${commit}:./${clean}`;
  });
  return (await catFileBatch(repoDir, names)).map((o) =>
    o?.type === "blob" ? o.body : o?.type === "tree" ? "tree" : "missing",
  );
}

export interface ChangedPath {
  /** Relative to `dir`. */
  path: string;
  change: "create" | "update" | "delete";
}

/** Files under `dir` that differ between two commits (renames as delete + create). */
export async function changedPaths(
  repoDir: string,
  from: string,
  to: string,
  dir: string,
): Promise<ChangedPath[]> {
  const r = await git(repoDir, [
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
    dir === "" ? "." : dir,
  ]);
  const fields = r.stdout.toString().split("\0");
  const prefix = dir === "" ? "" : `${dir}/`;
  const out: ChangedPath[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = fields[i]!;
    const file = fields[i + 1]!;
    if (!file.startsWith(prefix)) continue;
    const change = status === "A" ? "create" : status === "D" ? "delete" : "update";
    out.push({ path: file.slice(prefix.length), change });
  }
  return out;
}

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

/** Files under `dir` (relative to `repoDir`) that differ from HEAD in the work tree, untracked included. */
export async function workingTreeChanges(repoDir: string, dir: string): Promise<string[]> {
  const r = await git(repoDir, [
    "--literal-pathspecs",
    "status",
    "--porcelain=v1",
    "-z",
    "--untracked-files=all",
    "--",
    dir,
  ]);
  return r.stdout
    .toString()
    .split("\0")
    .filter((e) => e.length > 3)
    .map((e) => e.slice(3));
}
