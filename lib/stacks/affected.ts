// Which units a change touches, from git. On a pull request: what differs between the
// merge-base and the head — files under a unit, local modules it calls, variable files it
// reads, and platform-config changes that re-render it. On main: per unit, what changed
// since the unit's last successful apply (recorded on the status branch), so that a failed
// apply is retried by the next push.
import path from "node:path";
import { type ChangedPath, changedPaths, mergeBase, resolveCommit } from "../git/index.ts";
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
 * applied commit (`lastApplied`) and head; a unit with no record (or a record git cannot
 * resolve, e.g. after a force-push) counts from `fallback` (the push's `before`).
 */
export async function affectedSinceApplied(
  o: AffectedOptions & {
    lastApplied: (unit: string) => string | undefined;
    fallback: string;
  },
): Promise<{ affected: AffectedUnit[]; head: string; warnings: string[] }> {
  const infraDir = o.infraDir ?? "infra";
  const head = await resolveCommit(o.repoDir, o.head ?? "HEAD", "head");
  const fallback = await resolveCommit(o.repoDir, o.fallback, "before");
  const units = listUnits(path.join(o.repoDir, infraDir));
  const warnings: string[] = [];
  const sinceOf = new Map<string, string>();
  for (const u of units) {
    const recorded = o.lastApplied(u.id);
    let since = fallback;
    if (recorded !== undefined) {
      try {
        since = await mergeBase(
          o.repoDir,
          await resolveCommit(o.repoDir, recorded, "applied"),
          head,
        );
      } catch {
        warnings.push(
          `${u.id}: the last applied commit ${recorded.slice(0, 12)} is not in this history; counting from ${fallback.slice(0, 12)}`,
        );
      }
    }
    sinceOf.set(u.id, since);
  }
  // One diff per distinct starting point (usually one or two), not one per unit.
  const byDiff = new Map<string, ChangedPath[]>();
  for (const since of new Set([...sinceOf.values(), fallback])) {
    byDiff.set(since, await changedPaths(o.repoDir, since, head, infraDir));
  }
  const affected: AffectedUnit[] = [];
  for (const u of units) {
    const since = sinceOf.get(u.id)!;
    affected.push(...match([u], byDiff.get(since)!, since));
  }
  // Units removed since the push's start: their directories are gone, so no record says more.
  const removed = match([], byDiff.get(fallback)!, fallback);
  return { affected: sortUnits([...affected, ...removed]), head, warnings };
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
