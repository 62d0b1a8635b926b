// What `plan-comment` does, as functions an adapter (the action, the CLI) calls: find the
// units a pull request affects, plan them (all here, or one per job), read the per-job
// results back, and build the comment with routes and the diff of rendered files.
import type { EngineContext } from "../engines/index.ts";
import { UsageError } from "../errors.ts";
import { readBlobs, resolveCommit } from "../git/index.ts";
import { snapshotAt } from "../policy/changes.ts";
import { hasIdAndStatus, readUnitResults, writeUnitResult } from "../report/results.ts";
import { type AffectedUnit, affectedByPull } from "../stacks/affected.ts";
import { listUnits } from "../stacks/inventory.ts";
import { routeUnits, type UnitRoute } from "../stacks/routing.ts";
import type { FileDiff } from "./comment.ts";
import { planUnits, type StackResult } from "./run.ts";

/** At most this many files are diffed for the comment; the rest are counted. */
const MAX_DIFF_FILES = 200;

export interface PullOptions {
  repoDir: string;
  base: string;
  head?: string;
  infraDir?: string;
  configDir?: string;
  templatesDir?: string;
}

export interface PullScope {
  affected: AffectedUnit[];
  routes: Map<string, UnitRoute>;
  mergeBase: string;
  head: string;
}

/** The affected units, routed by the base branch's configuration (the trusted side). */
export async function pullScope(o: PullOptions): Promise<PullScope> {
  const found = await affectedByPull(o);
  const configDir = o.configDir ?? "platform-config";
  // Gates are fixed by both sides: the head may make a unit's gate stricter, never weaker.
  const [trusted, head] = await Promise.all([
    snapshotAt(o.repoDir, o.base, configDir),
    snapshotAt(o.repoDir, found.head, configDir),
  ]);
  const routes = routeUnits(trusted.config, found.affected, head.config);
  return { ...found, routes };
}

/** The rendered files a PR changes, before and after (text; binary files are skipped). */
export async function fileDiffs(o: PullOptions, scope: PullScope): Promise<FileDiff[]> {
  const infra = o.infraDir ?? "infra";
  const files = [...new Set(scope.affected.flatMap((a) => a.files))]
    .sort()
    .slice(0, MAX_DIFF_FILES);
  // Both sides of every file in one git process, not two per file.
  const blobs = await readBlobs(
    o.repoDir,
    files.flatMap((file) => [
      { commit: scope.mergeBase, file: `${infra}/${file}` },
      { commit: scope.head, file: `${infra}/${file}` },
    ]),
  );
  const text = (b: Uint8Array | "missing" | "tree" | undefined) => {
    if (!(b instanceof Uint8Array)) return undefined;
    const t = Buffer.from(b).toString("utf8");
    return t.includes("\u0000") ? undefined : t;
  };
  const out: FileDiff[] = [];
  files.forEach((file, i) => {
    const before = text(blobs[2 * i]);
    const after = text(blobs[2 * i + 1]);
    if (before !== after) out.push({ path: file, before, after });
  });
  return out;
}

/** Plans every affected unit (or those named in `only`). */
export function planScope(
  scope: PullScope,
  ctx: EngineContext,
  only?: string[],
  concurrency = 4,
): Promise<StackResult[]> {
  const chosen = only ? scope.affected.filter((a) => only.includes(a.id)) : scope.affected;
  return planUnits(chosen, ctx, concurrency);
}

/**
 * The commit the work tree is at, which must be `head`: plans are of the checked-out files,
 * and the comment's hashes name the commit they were made at.
 */
export async function checkedOutAt(repoDir: string, head: string): Promise<string> {
  const [wanted, actual] = await Promise.all([
    resolveCommit(repoDir, head, "head"),
    resolveCommit(repoDir, "HEAD", "the checkout"),
  ]);
  if (wanted !== actual)
    throw new UsageError(
      `the checkout is at ${actual.slice(0, 12)}, not the head ${wanted.slice(0, 12)}: check out the PR's head commit (actions/checkout with ref: the head sha)`,
    );
  return actual;
}

/** A unit of the tree by id, for a job that plans or applies one unit. */
export function unitById(infraDir: string, id: string): AffectedUnit {
  const unit = listUnits(infraDir).find((u) => u.id === id);
  if (!unit) throw new UsageError(`no unit ${JSON.stringify(id)} under ${infraDir}`);
  return { id, layer: unit.layer, region: unit.region, unit, files: [], since: "" };
}

/** Writes one unit's result for the aggregating job. */
export function writeResult(dir: string, result: StackResult): Promise<string> {
  return writeUnitResult(dir, result.id, result);
}

/**
 * The per-unit results of a fan-out, from the artifacts downloaded into `dir`. A unit the
 * scope expects but no job reported, or one planned at another commit, is a failure — the
 * comment must not look complete, or name a commit, when it is not.
 */
export async function readResults(dir: string, scope: PullScope): Promise<StackResult[]> {
  const found = await readUnitResults(dir, (v): v is StackResult => hasIdAndStatus(v));
  return scope.affected.map((a) => {
    const base = {
      id: a.id,
      layer: a.layer,
      region: a.region,
      files: a.files,
      status: "failed" as const,
    };
    const r = found.get(a.id);
    if (!r)
      return {
        ...base,
        error: "no job reported a plan for this unit (its job failed or was cancelled)",
      };
    if (r.commit !== scope.head)
      return {
        ...base,
        error: `its job planned ${String(r.commit).slice(0, 12)}, not the head ${scope.head.slice(0, 12)}`,
      };
    return r;
  });
}
