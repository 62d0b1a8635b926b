// Which units a change touches, from git. On a pull request: what differs between the
// merge-base and the head — files under a unit, local modules it calls, variable files it
// reads, and platform-config changes that re-render it. On main: per unit, what changed
// since the unit's last successful apply (recorded on the status branch), so that a failed
// apply is retried by the next push; a unit with no record (new, first adoption, a reset
// status branch) counts from when it appeared and is always affected, so nothing is lost.
import path from "node:path";
import { pool } from "../concurrency.ts";
import {
  type ChangedPath,
  changedPaths,
  git,
  mergeBase,
  resolveCommit,
  treeIds,
} from "../git/index.ts";
import type { Lifecycle } from "../model/schema.ts";
import { changeSet } from "../policy/changes.ts";
import { affects, listUnits, parseUnitId, sortUnits, type Unit } from "./inventory.ts";

export interface AffectedUnit {
  id: string;
  layer: Lifecycle;
  region: string;
  /** Undefined when the unit's directory no longer exists at head. */
  unit: Unit | undefined;
  /** infra/-relative paths that made it affected, sorted. */
  files: string[];
  /** The commit its changes are counted from. */
  since: string;
  /**
   * Set when the unit has no apply record: the first commit of the head's first-parent
   * history from which its directory exists (its changes count from that commit's parent).
   */
  appeared?: string;
}

export interface AffectedOptions {
  /** A git work tree checked out at `head`. */
  repoDir: string;
  /** Repository-relative; default "infra". */
  infraDir?: string;
  configDir?: string;
  templatesDir?: string;
  head?: string;
}

/** Units a pull request affects: everything between the merge-base of base and head, and head. */
export async function affectedByPull(
  o: AffectedOptions & { base: string },
): Promise<{ affected: AffectedUnit[]; mergeBase: string; head: string }> {
  const infraDir = o.infraDir ?? "infra";
  const { changes } = await changeSet({
    repoDir: o.repoDir,
    base: o.base,
    head: o.head ?? "HEAD",
    configDir: o.configDir,
    templatesDir: o.templatesDir,
    infraDir,
  });
  const edited = await changedPaths(o.repoDir, changes.mergeBase, changes.head, infraDir);
  // Files that platform-config or template changes would re-render, even if not committed.
  const rendered = changes.stacks.flatMap((s) => s.files);
  const units = listUnits(path.join(o.repoDir, infraDir));
  const affected = match(units, [...edited, ...rendered], changes.mergeBase);
  return { affected, mergeBase: changes.mergeBase, head: changes.head };
}

/**
 * Units affected on a branch that applies: for each unit, the changes between its last
 * applied commit (`lastApplied`) and head. A unit with no record (or a record git cannot
 * resolve, e.g. after a force-push) has never been applied here: it counts from just before
 * it appeared and is affected whatever the diff says, as is a unit `pending` says holds
 * unapplied changes. Units removed since `fallback` (the push's `before`) are affected too.
 */
export async function affectedSinceApplied(
  o: AffectedOptions & {
    lastApplied: (unit: string) => string | undefined;
    /** Units whose changes are recorded as pending (a failed or refused apply). */
    pending?: (unit: string) => boolean;
    fallback: string;
    /** Only these units (a job that applies one). */
    only?: string[];
  },
): Promise<{ affected: AffectedUnit[]; head: string; warnings: string[] }> {
  const infraDir = o.infraDir ?? "infra";
  const head = await resolveCommit(o.repoDir, o.head ?? "HEAD", "head");
  const fallback = await resolveCommit(o.repoDir, o.fallback, "before");
  const units = listUnits(path.join(o.repoDir, infraDir)).filter(
    (u) => !o.only || o.only.includes(u.id),
  );
  const warnings: string[] = [];
  const sinceOf = new Map<string, string>();
  const unrecorded: Unit[] = [];
  // Most units were last applied at the same few commits: ask git once per commit.
  const bases = new Map<string, Promise<string>>();
  const baseOf = (recorded: string) => {
    let found = bases.get(recorded);
    if (!found) {
      found = resolveCommit(o.repoDir, recorded, "applied").then((c) =>
        mergeBase(o.repoDir, c, head),
      );
      bases.set(recorded, found);
    }
    return found;
  };
  for (const u of units) {
    const recorded = o.lastApplied(u.id);
    if (recorded === undefined) {
      unrecorded.push(u);
      continue;
    }
    try {
      sinceOf.set(u.id, await baseOf(recorded));
    } catch {
      warnings.push(
        `${u.id}: the last applied commit ${recorded.slice(0, 12)} is not in this history; counting from when the unit appeared, as for a unit never applied`,
      );
      unrecorded.push(u);
    }
  }
  const appeared = await appearances(
    o.repoDir,
    head,
    unrecorded.map((u) => path.posix.join(infraDir, u.id)),
  );
  const appearedOf = new Map<string, string>();
  for (const [i, u] of unrecorded.entries()) {
    const a = appeared[i];
    if (a) appearedOf.set(u.id, a.commit);
    // A root commit has no parent to count from: the unit is affected all the same.
    sinceOf.set(u.id, a?.before ?? a?.commit ?? fallback);
  }
  // One diff per distinct starting point (usually one or two), not one per unit.
  const byDiff = new Map<string, ChangedPath[]>();
  for (const since of new Set([...sinceOf.values(), fallback])) {
    byDiff.set(since, await changedPaths(o.repoDir, since, head, infraDir));
  }
  const affected: AffectedUnit[] = [];
  for (const u of units) {
    const since = sinceOf.get(u.id)!;
    // Removed units are found once, below: here only `u` itself.
    const hit = match([u], byDiff.get(since)!, since).find((a) => a.id === u.id);
    const always = unrecorded.includes(u) || o.pending?.(u.id) === true;
    const found = hit ?? (always ? { ...unitFields(u), files: [], since } : undefined);
    if (!found) continue;
    const first = appearedOf.get(u.id);
    affected.push(first ? { ...found, appeared: first } : found);
  }
  // Units removed since the push's start: their directories are gone, so no record says more.
  const removed = match([], byDiff.get(fallback)!, fallback).filter(
    (a) => !o.only || o.only.includes(a.id),
  );
  return { affected: sortUnits([...affected, ...removed]), head, warnings };
}

const unitFields = (u: Unit) => ({ id: u.id, layer: u.layer, region: u.region, unit: u });

/**
 * For each directory (repository-relative) that exists at `head`: the first commit of head's
 * first-parent history from which it exists without a gap, and that commit's first parent
 * (undefined for a root commit). Undefined where git has no commit that added it.
 */
async function appearances(
  repoDir: string,
  head: string,
  dirs: string[],
): Promise<({ commit: string; before: string | undefined } | undefined)[]> {
  if (dirs.length === 0) return [];
  // The first-parent commits that changed each directory, newest first.
  const touching = await pool(dirs, 4, async (dir) =>
    (
      await git(repoDir, ["--literal-pathspecs", "rev-list", "--first-parent", head, "--", dir])
    ).stdout
      .toString()
      .split("\n")
      .filter(Boolean),
  );
  // The newest of them whose first parent lacks the directory is where it appeared.
  const specs = dirs.flatMap((dir, i) =>
    touching[i]!.map((commit) => ({ commit: `${commit}^`, dir })),
  );
  const trees = await treeIds(repoDir, specs);
  let at = 0;
  const firsts = touching.map((commits) => {
    const start = at;
    at += commits.length;
    const i = commits.findIndex((_, j) => trees[start + j] === undefined);
    return i < 0 ? commits.at(-1) : commits[i];
  });
  const found = firsts.filter((c): c is string => c !== undefined);
  const parents = new Map<string, string | undefined>();
  if (found.length > 0) {
    const listed = await git(repoDir, [
      "log",
      "--no-walk=unsorted",
      "--format=%H %P",
      ...new Set(found),
    ]);
    for (const line of listed.stdout.toString().split("\n").filter(Boolean)) {
      const [commit, parent] = line.split(" ");
      parents.set(commit!, parent || undefined);
    }
  }
  return firsts.map((commit) => (commit ? { commit, before: parents.get(commit) } : undefined));
}

/** The units `changed` touches, plus units whose every file was deleted (removed). */
function match(units: Unit[], changed: ChangedPath[], since: string): AffectedUnit[] {
  const out = new Map<string, AffectedUnit>();
  const known = new Set(units.map((u) => u.id));
  for (const c of changed) {
    let hit = false;
    for (const u of units) {
      if (!affects(u, c.path)) continue;
      hit = true;
      const a = out.get(u.id) ?? {
        id: u.id,
        layer: u.layer,
        region: u.region,
        unit: u,
        files: [],
        since,
      };
      out.set(u.id, a);
      if (!a.files.includes(c.path)) a.files.push(c.path);
    }
    if (hit || c.change !== "delete") continue;
    const id = removedUnitOf(c.path);
    const where = id === undefined || known.has(id) ? undefined : parseUnitId(id);
    if (id === undefined || !where) continue;
    const a = out.get(id) ?? { id, ...where, unit: undefined, files: [], since };
    out.set(id, a);
    a.files.push(c.path);
  }
  for (const a of out.values()) a.files.sort();
  return sortUnits([...out.values()]);
}

/** The unit id a deleted path belonged to, by its place in the tree. */
function removedUnitOf(file: string): string | undefined {
  const parts = file.split("/");
  if (parts[0] === "stacks" && parts.length >= 4) return parts.slice(0, 3).join("/");
  if (["k8s", "gateway", "ansible"].includes(parts[0]!) && parts.length >= 3)
    return parts.slice(0, 2).join("/");
  return undefined;
}
