// Objects out of the object database: files at commits and blobs by id through one
// `git cat-file --batch`, tree ids, and a tree copied out to a directory.
import { mkdirSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { git, hasControlCharacters } from "./run.ts";

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
