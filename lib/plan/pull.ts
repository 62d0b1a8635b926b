// What `plan-comment` does, as functions an adapter (the action, the CLI) calls: find the
// units a pull request affects, plan them (all here, or one per job), read the per-job
// results back, and build the comment with routes and the diff of rendered files.
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { EngineContext } from "../engines/index.ts";
import { UsageError } from "../errors.ts";
import { snapshotAt } from "../policy/changes.ts";
import { readBlob } from "../policy/git.ts";
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
  const trusted = await snapshotAt(o.repoDir, o.base, o.configDir ?? "platform-config");
  const routes = routeUnits(trusted.config, found.affected);
  return { ...found, routes };
}

/** The rendered files a PR changes, before and after (text; binary files are skipped). */
export async function fileDiffs(o: PullOptions, scope: PullScope): Promise<FileDiff[]> {
  const infra = o.infraDir ?? "infra";
  const files = [...new Set(scope.affected.flatMap((a) => a.files))]
    .sort()
    .slice(0, MAX_DIFF_FILES);
  const read = async (commit: string, file: string) => {
    try {
      const bytes = await readBlob(o.repoDir, commit, `${infra}/${file}`);
      const text = Buffer.from(bytes).toString("utf8");
      return text.includes("\u0000") ? undefined : text;
    } catch {
      return undefined;
    }
  };
  const out: FileDiff[] = [];
  for (const file of files) {
    const [before, after] = await Promise.all([
      read(scope.mergeBase, file),
      read(scope.head, file),
    ]);
    if (before === after) continue;
    out.push({ path: file, before, after });
  }
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

/** A unit of the tree by id, for a job that plans or applies one unit. */
export function unitById(infraDir: string, id: string): AffectedUnit {
  const unit = listUnits(infraDir).find((u) => u.id === id);
  if (!unit) throw new UsageError(`no unit ${JSON.stringify(id)} under ${infraDir}`);
  return { id, layer: unit.layer, region: unit.region, unit, files: [], since: "" };
}

const resultFile = (dir: string, id: string) => path.join(dir, `${id.replaceAll("/", "__")}.json`);

/** Writes one unit's result for the aggregating job (atomically: no half-written file). */
export async function writeResult(dir: string, result: StackResult): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = resultFile(dir, result.id);
  await writeFile(`${file}.tmp`, `${JSON.stringify(result)}\n`);
  await rename(`${file}.tmp`, file);
  return file;
}

/**
 * The per-unit results of a fan-out, from the artifacts downloaded into `dir` (searched
 * recursively: one artifact per job lands in its own folder). A unit the scope expects
 * but no job reported is a failure — the comment must not look complete when it is not.
 */
export async function readResults(dir: string, scope: PullScope): Promise<StackResult[]> {
  const found = new Map<string, StackResult>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile() || !e.name.endsWith(".json")) continue;
    const file = path.join(e.parentPath, e.name);
    let r: StackResult;
    try {
      r = JSON.parse(await readFile(file, "utf8")) as StackResult;
    } catch (err) {
      throw new UsageError(`result file ${file} is not JSON: ${(err as Error).message}`);
    }
    if (typeof r?.id !== "string" || typeof r.status !== "string")
      throw new UsageError(`result file ${file} is not a plan result`);
    found.set(r.id, r);
  }
  return scope.affected.map(
    (a) =>
      found.get(a.id) ?? {
        id: a.id,
        layer: a.layer,
        region: a.region,
        files: a.files,
        status: "failed",
        error: "no job reported a plan for this unit (its job failed or was cancelled)",
      },
  );
}
