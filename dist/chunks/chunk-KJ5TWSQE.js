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

// lib/git/objects.ts
import { mkdirSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
async function treeIds(repoDir, specs) {
  let input = specs.map((s) => `${s.commit}:./${s.dir}
`).join(""), lines = (await git(repoDir, ["cat-file", "--batch-check"], { input })).stdout.toString().split(`
`);
  return specs.map((_, i) => {
    let [id, type] = (lines[i] ?? "").split(" ");
    return type === "tree" ? id : void 0;
  });
}
async function materialise(repoDir, tree, dest, wanted, maxBytes) {
  let listing = await git(repoDir, ["ls-tree", "-r", "-z", "-l", "--full-tree", tree]), fetch = [], oversized = [];
  for (let entry of listing.stdout.toString().split("\0")) {
    let tab = entry.indexOf("	");
    if (tab < 0) continue;
    let [mode, type, oid, size] = entry.slice(0, tab).split(/ +/), file = entry.slice(tab + 1);
    if (type !== "blob" || mode !== "100644" && mode !== "100755" || !oid || !wanted(file)) continue;
    let bytes = Number(size);
    bytes > maxBytes ? oversized.push({ file, size: bytes }) : fetch.push({ file, oid });
  }
  let contents = await readBlobsById(
    repoDir,
    fetch.map((f) => f.oid)
  ), made = /* @__PURE__ */ new Set(), target = (file) => {
    let parts = file.split("/");
    if (parts.some((p) => p === "" || p === "." || p === ".."))
      throw new Error(`tree ${tree} holds an unsafe path ${JSON.stringify(file)}`);
    let full = path.join(dest, ...parts), dir = path.dirname(full);
    return made.has(dir) || (mkdirSync(dir, { recursive: !0 }), made.add(dir)), full;
  };
  for (let [i, f] of fetch.entries()) writeFileSync(target(f.file), contents[i]);
  for (let o of oversized) {
    let full = target(o.file);
    writeFileSync(full, ""), truncateSync(full, o.size);
  }
  return oversized.map((o) => o.file);
}
async function catFileBatch(repoDir, names) {
  if (names.length === 0) return [];
  let out = (await git(repoDir, ["cat-file", "--batch"], { input: `${names.join(`
`)}
` })).stdout, objects = [], pos = 0;
  for (let name of names) {
    let eol = out.indexOf(10, pos), header = out.subarray(pos, eol < 0 ? out.length : eol).toString();
    if (eol < 0) throw new Error(`git cat-file: no answer for ${JSON.stringify(name)}`);
    pos = eol + 1;
    let m = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(header);
    if (!m) {
      objects.push(void 0);
      continue;
    }
    let size = Number(m[2]);
    objects.push({ type: m[1], body: out.subarray(pos, pos + size) }), pos += size + 1;
  }
  return objects;
}
async function readBlobsById(repoDir, oids) {
  return (await catFileBatch(repoDir, oids)).map((o, i) => {
    if (o?.type !== "blob") throw new Error(`git cat-file: ${oids[i]} is not a blob here`);
    return o.body;
  });
}
async function readBlob(repoDir, commit, file) {
  let [blob] = await readBlobs(repoDir, [{ commit, file }]);
  if (blob instanceof Uint8Array) return blob;
  let what = blob === "tree" ? "is a directory" : "does not exist";
  throw Object.assign(new Error(`${file} ${what} at ${commit.slice(0, 12)}`), {
    code: blob === "tree" ? "EISDIR" : "ENOENT"
  });
}
async function readBlobs(repoDir, items) {
  if (items.length === 0) return [];
  let names = items.map(({ commit, file }) => {
    let clean = path.posix.normalize(file);
    if (hasControlCharacters(clean) || path.posix.isAbsolute(clean) || clean === ".." || clean.startsWith("../"))
      throw Object.assign(
        new Error(`${JSON.stringify(file)} is not a path inside the repository`),
        {
          code: "EINVAL"
        }
      );
    return `${commit}:./${clean}`;
  });
  return (await catFileBatch(repoDir, names)).map(
    (o) => o?.type === "blob" ? o.body : o?.type === "tree" ? "tree" : "missing"
  );
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
import path2 from "node:path";
async function workTreeCommit(repoDir, dirs) {
  let head = (await gitText(repoDir, ["rev-parse", "--verify", "HEAD^{commit}"])).trim(), work = await mkdtemp(path2.join(tmpdir(), "cn-work-tree-")), env = { GIT_INDEX_FILE: path2.join(work, "index") };
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
  treeIds,
  materialise,
  readBlob,
  readBlobs,
  resolveCommit,
  mergeBase,
  firstParentCommits,
  workTreeCommit
};
