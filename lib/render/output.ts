import { hash } from "node:crypto";
import {
  type Dirent,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { ConfigurationError, type Problem } from "../errors.ts";
import type { OutputFile, RenderedOutput } from "./render-files.ts";

// Synchronous file I/O on purpose: render touches tens of thousands of small files, one
// after the other, and the promise API's open/stat/read/close round trips cost more than
// the reads themselves (and many at once exhaust file descriptors).

/** Where render records what it owns, relative to the output directory. */
export const MANIFEST_PATH = ".cloudneutral/render-manifest.json";

export type ChangeKind = "create" | "update" | "delete";

export interface FileChange {
  path: string;
  change: ChangeKind;
}

export interface OutputPlan {
  changes: FileChange[];
  /** Paths the previous manifest lists: with the planned writes, what render owns mid-write. */
  previouslyOwned: string[];
  /** Planned writes that are seeds (created once, then owned by others): never in the manifest. */
  seeds: string[];
  /** Contents to write, by path (creates and updates, the manifest included). */
  writes: Map<string, string>;
  deletes: string[];
  unchanged: number;
}

interface Manifest {
  version: 1;
  files: Record<string, string>;
}

const sha256 = (s: string) => hash("sha256", s, "hex");

interface Listing {
  files: Set<string>;
  /** Symbolic links (files or directories): render never writes through one. */
  links: Set<string>;
}

/** Everything under `dir`, relative with forward slashes: one walk instead of a failed open per missing file. */
function listFiles(dir: string): Listing {
  const listing: Listing = { files: new Set(), links: new Set() };
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return listing;
    throw err;
  }
  for (const e of entries) {
    const rel = path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/");
    if (e.isSymbolicLink()) listing.links.add(rel);
    else if (e.isFile()) listing.files.add(rel);
  }
  return listing;
}

/** The manifest as committed; a broken one is the user's to fix, not a crash. */
function parseManifest(text: string, label: string): Record<string, string> {
  try {
    const files = (JSON.parse(text) as Partial<Manifest>).files;
    if (files && typeof files === "object" && !Array.isArray(files)) return files;
  } catch {
    // reported below
  }
  throw new ConfigurationError([
    {
      root: ".",
      file: label,
      line: 1,
      column: 1,
      message:
        "render's manifest is not valid; restore it from git or delete it (render then refuses files it did not write)",
    },
  ]);
}

export function manifestOf(files: OutputFile[]): OutputFile {
  const manifest: Manifest = {
    version: 1,
    files: Object.fromEntries(files.map((f) => [f.path, sha256(f.content)])),
  };
  return { path: MANIFEST_PATH, content: `${JSON.stringify(manifest, null, 2)}\n` };
}

/**
 * Compares a fresh render with the output directory. Reads only; the plan says what a
 * write would do. A file render did not generate (absent from the manifest) that sits
 * where render wants to write, with other content, is the user's: that is an error.
 */
export function planOutput(outDir: string, output: RenderedOutput, labelPrefix = ""): OutputPlan {
  const { files: existing, links } = listFiles(outDir);
  const readIfExists = (rel: string) =>
    existing.has(rel) ? readFileSync(path.join(outDir, rel), "utf8") : undefined;
  const previousText = readIfExists(MANIFEST_PATH);
  const previous = previousText
    ? parseManifest(previousText, `${labelPrefix}${MANIFEST_PATH}`)
    : {};
  const owned = [...output.files, manifestOf(output.files)];
  const wanted = new Set(owned.map((f) => f.path));
  const plan: OutputPlan = {
    changes: [],
    previouslyOwned: Object.keys(previous),
    seeds: [],
    writes: new Map(),
    deletes: [],
    unchanged: 0,
  };
  const conflicts: Problem[] = [];
  const change = (file: OutputFile, kind: ChangeKind) => {
    plan.changes.push({ path: file.path, change: kind });
    plan.writes.set(file.path, file.content);
  };

  // A link at (or above) a path render writes would let a commit redirect the write anywhere.
  const linked = (rel: string) =>
    rel.split("/").some((_, i, parts) => links.has(parts.slice(0, i + 1).join("/")));
  for (const file of [...owned, ...output.seeds]) {
    if (linked(file.path)) {
      conflicts.push({
        root: ".",
        file: `${labelPrefix}${file.path}`,
        line: 1,
        column: 1,
        message: "is (or is inside) a symbolic link; render never writes through links",
      });
    }
  }
  for (const file of owned) {
    if (linked(file.path)) continue;
    const current = readIfExists(file.path);
    if (current === file.content) plan.unchanged++;
    else if (current === undefined) change(file, "create");
    else if (file.path in previous || file.path === MANIFEST_PATH) change(file, "update");
    else {
      conflicts.push({
        root: ".",
        file: `${labelPrefix}${file.path}`,
        line: 1,
        column: 1,
        message:
          "exists but was not generated by render; move it away or delete it so render can own this path",
      });
    }
  }
  for (const seed of output.seeds) {
    if (!existing.has(seed.path) && !linked(seed.path)) {
      change(seed, "create");
      plan.seeds.push(seed.path);
    }
  }
  for (const old of Object.keys(previous).sort()) {
    if (wanted.has(old) || !existing.has(old)) continue;
    plan.changes.push({ path: old, change: "delete" });
    plan.deletes.push(old);
  }
  if (conflicts.length > 0) throw new ConfigurationError(conflicts);
  plan.changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return plan;
}

/**
 * Carries out a plan. First the manifest is widened to every path about to be touched, so
 * whatever an interrupted run leaves behind is owned by render and the next run converges
 * (rewrites or removes it) instead of refusing it as someone else's file. Then files are
 * written in place, removed files deleted, and the final manifest written last.
 */
export function applyOutput(outDir: string, plan: OutputPlan): void {
  const manifest = plan.writes.get(MANIFEST_PATH);
  const made = new Set<string>();
  const put = (rel: string, content: string) => {
    const target = path.join(outDir, rel);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(target, content);
  };
  // An unchanged manifest means only owned files (or seeds) are rewritten: already covered.
  if (manifest !== undefined) {
    const touched = new Set([...plan.previouslyOwned, ...plan.writes.keys()]);
    touched.delete(MANIFEST_PATH);
    for (const seed of plan.seeds) touched.delete(seed);
    const files = Object.fromEntries([...touched].sort().map((p) => [p, "pending"]));
    put(MANIFEST_PATH, `${JSON.stringify({ version: 1, files } satisfies Manifest, null, 2)}\n`);
  }
  for (const [rel, content] of plan.writes) if (rel !== MANIFEST_PATH) put(rel, content);
  for (const rel of plan.deletes) {
    rmSync(path.join(outDir, rel), { force: true });
    removeEmptyParents(outDir, path.dirname(rel));
  }
  if (manifest !== undefined) put(MANIFEST_PATH, manifest);
}

function removeEmptyParents(outDir: string, rel: string): void {
  for (let dir = rel; dir !== "." && dir !== ""; dir = path.dirname(dir)) {
    const full = path.join(outDir, dir);
    let left: string[];
    try {
      left = readdirSync(full);
    } catch {
      return;
    }
    if (left.length > 0) return;
    rmdirSync(full);
  }
}
