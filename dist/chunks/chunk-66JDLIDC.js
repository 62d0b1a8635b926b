import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  git,
  hasControlCharacters
} from "./chunk-ZPMZPS3A.js";

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

export {
  treeIds,
  materialise,
  readBlob,
  readBlobs
};
