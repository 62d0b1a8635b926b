// What a pull request changes, computed with git from the merge-base of base and head (not
// from GitHub's PR-files API, which stops at 3,000 files): the platform-config documents
// added, changed and removed, the rendered units that differ, and — from plan JSON — each
// resource change. The merge-base's configuration is returned too: policies, owners and
// budgets are judged by it, never by what the pull request brings.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigurationError, type Problem, sortProblems } from "../errors.ts";
import {
  type ChangedPath,
  changedPaths,
  hasControlCharacters,
  materialise,
  mergeBase,
  resolveCommit,
  treeIds,
} from "../git/index.ts";
import { type LoadedConfig, type SourceDoc, UsageError, validateConfig } from "../model/index.ts";
import { MAX_FILE_BYTES } from "../model/load.ts";
import { Layers, type Lifecycle } from "../model/schema.ts";
import { buildModel } from "../render/context.ts";
import { type RenderedOutput, renderFiles } from "../render/render-files.ts";
import { unitOf } from "../render/summary.ts";
import { loadTemplates } from "../render/templates.ts";
import { readPlans } from "./plan-resources.ts";
import type { ChangeSet, DocumentChange, StackChange } from "./types.ts";
import { guardedFiles } from "./unrendered.ts";

export { resourceChanges } from "./plan-resources.ts";

export interface ChangeSetOptions {
  /** A git work tree. */
  repoDir: string;
  /** A ref or sha, e.g. origin/main. */
  base: string;
  /** Default HEAD. */
  head?: string;
  /** Relative to repoDir; default "platform-config". */
  configDir?: string;
  /** Relative to repoDir; default "templates". */
  templatesDir?: string;
  /** Relative to repoDir; default "infra". */
  infraDir?: string;
  /** `terraform show -json` outputs to read resource changes from (relative to repoDir or absolute). */
  planFiles?: { stack: string; file: string }[];
}

/** A revision's platform-config, loaded and validated. */
export interface Snapshot {
  config: LoadedConfig;
  problems: Problem[];
}

interface Revision {
  snapshot: Snapshot;
  /** The revision's templates/ copy, while the work directory exists. */
  templates: string;
}

export async function changeSet(
  options: ChangeSetOptions,
): Promise<{ changes: ChangeSet; base: Snapshot; head: Snapshot }> {
  const repoDir = path.resolve(options.repoDir);
  const configDir = repoRelative(options.configDir ?? "platform-config", "configDir");
  const templatesDir = repoRelative(options.templatesDir ?? "templates", "templatesDir");
  const infraDir = repoRelative(options.infraDir ?? "infra", "infraDir");
  const base = await resolveCommit(repoDir, options.base, "base");
  const head = await resolveCommit(repoDir, options.head ?? "HEAD", "head");
  const since = await mergeBase(repoDir, base, head);
  const [baseConfig, baseTemplates, headConfig, headTemplates] = await treeIds(repoDir, [
    { commit: since, dir: configDir },
    { commit: since, dir: templatesDir },
    { commit: head, dir: configDir },
    { commit: head, dir: templatesDir },
  ]);
  const unchanged = baseConfig === headConfig && baseTemplates === headTemplates;

  const work = await mkdtemp(path.join(tmpdir(), "cn-changes-"));
  try {
    const labels = { configLabel: configDir, templatesLabel: templatesDir };
    const load = (name: string, config?: string, templates?: string) =>
      loadRevision(repoDir, path.join(work, name), labels, config, templates);
    const [before, after] = unchanged
      ? await load("base", baseConfig, baseTemplates).then((r) => [r, r] as const)
      : await Promise.all([
          load("base", baseConfig, baseTemplates),
          load("head", headConfig, headTemplates),
        ]);
    const edited = await changedPaths(repoDir, since, head, infraDir);
    const outputs = await renderBoth(before, after, labels, { unchanged, edited });
    const rendered =
      outputs.before && outputs.after ? diffOutputs(outputs.before, outputs.after) : [];
    const changes: ChangeSet = {
      base,
      head,
      mergeBase: since,
      documents: unchanged ? [] : documentChanges(before.snapshot, after.snapshot),
      stacks: stackChanges([...rendered, ...edited]),
      resources: await readPlans(repoDir, options.planFiles ?? []),
      guarded: await guardedFiles({
        repoDir,
        since,
        head,
        dirs: { configDir, templatesDir, infraDir },
        edited,
        rendered: outputs.after,
      }),
    };
    return { changes, base: before.snapshot, head: after.snapshot };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A revision's platform-config alone (the base branch's tip, say), loaded and validated. */
export async function snapshotAt(
  repoDir: string,
  ref: string,
  configDir = "platform-config",
): Promise<Snapshot> {
  const dir = repoRelative(configDir, "configDir");
  const commit = await resolveCommit(path.resolve(repoDir), ref, "base");
  const [tree] = await treeIds(path.resolve(repoDir), [{ commit, dir }]);
  const work = await mkdtemp(path.join(tmpdir(), "cn-snapshot-"));
  try {
    const labels = { configLabel: dir, templatesLabel: "templates" };
    return (await loadRevision(path.resolve(repoDir), work, labels, tree, undefined)).snapshot;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A directory inside the repository, as a clean relative POSIX path ("" for the root). */
function repoRelative(dir: string, option: string): string {
  const clean = path.posix.normalize(dir.split(path.sep).join("/")).replace(/\/+$/, "");
  if (
    path.posix.isAbsolute(clean) ||
    clean === ".." ||
    clean.startsWith("../") ||
    hasControlCharacters(clean)
  )
    throw new UsageError(
      `${option} ${JSON.stringify(dir)} must be a directory inside the repository`,
    );
  return clean === "." ? "" : clean;
}

async function loadRevision(
  repoDir: string,
  work: string,
  labels: Labels,
  configTree: string | undefined,
  templatesTree: string | undefined,
): Promise<Revision> {
  const configCopy = path.join(work, "config");
  const templatesCopy = path.join(work, "templates");
  // Where the revision has no config directory, an empty one: the loader says what is missing.
  await mkdir(configCopy, { recursive: true });
  const [, bigTemplates] = await Promise.all([
    configTree
      ? materialise(repoDir, configTree, configCopy, (f) => /\.ya?ml$/.test(f), MAX_FILE_BYTES)
      : [],
    templatesTree
      ? materialise(
          repoDir,
          templatesTree,
          templatesCopy,
          (f) => f.endsWith(".hbs"),
          MAX_FILE_BYTES,
        )
      : [],
  ]);
  const { config, problems } = await validateConfig(configCopy, labels.configLabel);
  const tooBig = bigTemplates.map((file) => ({
    root: ".",
    file: `${labels.templatesLabel}/${file}`,
    line: 1,
    column: 1,
    message: `template is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; split it`,
  }));
  return {
    // The copy is temporary: name the directory as the repository does.
    snapshot: {
      config: { ...config, dir: labels.configLabel },
      problems: sortProblems([...problems, ...tooBig]),
    },
    templates: templatesCopy,
  };
}

interface Labels {
  configLabel: string;
  templatesLabel: string;
}

/**
 * Renders the revisions in memory: both when the configuration or templates differ (to
 * compare), the head alone when only out-dir files changed (to explain them). Needs a valid
 * configuration (a model is built only from one); a template that fails becomes a problem
 * of its revision.
 */
async function renderBoth(
  before: Revision,
  after: Revision,
  labels: Labels,
  o: { unchanged: boolean; edited: ChangedPath[] },
): Promise<{ before?: RenderedOutput; after?: RenderedOutput }> {
  const valid = (r: Revision) => r.snapshot.problems.length === 0;
  if (!o.unchanged && valid(before) && valid(after)) {
    const [a, b] = await Promise.all([
      renderRevision(before, labels),
      renderRevision(after, labels),
    ]);
    return { before: a, after: b };
  }
  if (o.edited.length > 0 && valid(after)) return { after: await renderRevision(after, labels) };
  return {};
}

/** Files that differ between two renders, by path. Seeds count only when created: render never rewrites them. */
function diffOutputs(a: RenderedOutput, b: RenderedOutput): ChangedPath[] {
  const old = new Map(a.files.map((f) => [f.path, f.content]));
  const out: ChangedPath[] = [];
  for (const f of b.files) {
    const previous = old.get(f.path);
    if (previous === undefined) out.push({ path: f.path, change: "create" });
    else if (previous !== f.content) out.push({ path: f.path, change: "update" });
    old.delete(f.path);
  }
  for (const gone of old.keys()) out.push({ path: gone, change: "delete" });
  const seeded = new Set(a.seeds.map((s) => s.path));
  for (const s of b.seeds) if (!seeded.has(s.path)) out.push({ path: s.path, change: "create" });
  return out;
}

async function renderRevision(
  revision: Revision,
  labels: Labels,
): Promise<RenderedOutput | undefined> {
  try {
    const templates = await loadTemplates(revision.templates, labels.templatesLabel);
    return renderFiles(buildModel(revision.snapshot.config), templates, labels);
  } catch (err) {
    if (!(err instanceof ConfigurationError)) throw err;
    const snapshot = revision.snapshot;
    snapshot.problems = sortProblems([...snapshot.problems, ...err.problems]);
    return undefined;
  }
}

const LAYERS: readonly string[] = Layers;
const isLayer = (s: string | undefined): s is Lifecycle => s !== undefined && LAYERS.includes(s);

/** The unit an output path (relative to infra/) belongs to; undefined for files of no unit. */
function unitFor(file: string): Omit<StackChange, "files"> | undefined {
  const parts = file.split("/");
  const [top, second, third] = parts;
  if (top === "node-pool") {
    // The desired node count is a variable file of the region's k8s-base stack.
    const region = parts.length === 2 ? /^(.+)\.tfvars$/.exec(second ?? "")?.[1] : undefined;
    return region ? { unit: `stacks/k8s-base/${region}`, layer: "k8s-base", region } : undefined;
  }
  if (top === "stacks")
    return parts.length >= 4 && isLayer(second) && third
      ? { unit: unitOf(file), layer: second, region: third }
      : undefined;
  const layer =
    top === "k8s" || top === "gateway" ? "applications" : top === "ansible" ? "config" : undefined;
  return layer && second && parts.length >= 3
    ? { unit: unitOf(file), layer, region: second }
    : undefined;
}

/** Changed files grouped by unit; the first change named for a path wins. Sorted. */
function stackChanges(changed: ChangedPath[]): StackChange[] {
  const units = new Map<string, StackChange>();
  const seen = new Set<string>();
  for (const c of changed) {
    const where = unitFor(c.path);
    if (!where || seen.has(c.path)) continue;
    seen.add(c.path);
    const unit = units.get(where.unit) ?? { ...where, files: [] };
    units.set(where.unit, unit);
    unit.files.push({ path: c.path, change: c.change });
  }
  const byPath = <T extends { path: string }>(a: T, b: T) => (a.path < b.path ? -1 : 1);
  return [...units.values()]
    .map((u) => ({ ...u, files: u.files.sort(byPath) }))
    .sort((a, b) => (a.unit < b.unit ? -1 : 1));
}

/**
 * Documents by (kind, name): added, changed (by value, so reformatting is no change) or
 * removed. A document that is invalid at head is not "removed": head's problems name it.
 */
function documentChanges(base: Snapshot, head: Snapshot): DocumentChange[] {
  const before = byKey(base.config.docs);
  const after = byKey(head.config.docs);
  const out: DocumentChange[] = [];
  const where = (d: SourceDoc, side: Snapshot) => ({
    root: side.config.dir,
    file: d.file,
    ...d.at(["metadata", "name"]),
  });
  // Positions cost a second parse of the file: only for documents that changed.
  for (const [key, doc] of after) {
    const old = before.get(key);
    if (old && deepEqual(old.value, doc.value)) continue;
    const common = { kind: doc.kind, name: doc.name, at: where(doc, head) };
    if (old) out.push({ ...common, change: "changed", old: old.value, new: doc.value });
    else out.push({ ...common, change: "added", new: doc.value });
  }
  for (const [key, doc] of before) {
    if (after.has(key) || head.config.invalid.has(key)) continue;
    out.push({
      kind: doc.kind,
      name: doc.name,
      change: "removed",
      old: doc.value,
      at: where(doc, base),
    });
  }
  const order = (d: DocumentChange) => `${d.kind}/${d.name}`;
  return out.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/** The first document of each `Kind/name` (a duplicate is already a problem of its revision). */
function byKey(docs: SourceDoc[]): Map<string, SourceDoc> {
  const map = new Map<string, SourceDoc>();
  for (const d of docs) {
    const key = `${d.kind}/${d.name}`;
    if (!map.has(key)) map.set(key, d);
  }
  return map;
}

/** Equality of YAML values (plain objects, arrays, scalars); key order does not matter. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
    return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => deepEqual(v, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((k) => Object.hasOwn(y, k) && deepEqual(x[k], y[k]));
}
