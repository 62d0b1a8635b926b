// Apply exactly what was reviewed: layer by layer (foundation → k8s-base → platform →
// applications → config), the units of one layer in parallel. Each unit: skip when this
// commit is already applied; claim it on the status branch; plan again; refuse unless the
// plan's hash is the one reviewed in the merged PR's comment; back up the state where the
// matrix says so; apply the saved plan; record the result. A failure stops the later layers,
// so nothing is applied on top of a layer that did not apply.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { type EngineContext, engineFor } from "../engines/index.ts";
import { Layers } from "../model/schema.ts";
import type { ReviewedPlans } from "../plan/comment.ts";
import { digestDifference } from "../plan/hash.ts";
import { pool, REMOVED_MESSAGE } from "../plan/run.ts";
import type { AffectedUnit } from "../stacks/affected.ts";
import type { UnitRoute } from "../stacks/routing.ts";
import { type ApplyRecords, ConcurrentApplyError } from "./records.ts";

export type ApplyStatus =
  | "applied"
  | "no-changes"
  | "already-applied"
  | "refused"
  | "failed"
  | "skipped"
  | "concurrent";

export interface ApplyResult {
  id: string;
  layer: AffectedUnit["layer"];
  region: string;
  status: ApplyStatus;
  message: string;
  hash?: string;
  /** Where the state backup was written. */
  backup?: string;
  startedAt?: string;
  finishedAt?: string;
}

export interface ApplyOptions {
  commit: string;
  affected: AffectedUnit[];
  routes: Map<string, UnitRoute>;
  /** Undefined when no reviewed plan was found (a push without a PR): every unit is refused. */
  reviewed: ReviewedPlans | undefined;
  /** Why there is no reviewed plan, for the refusal. */
  reviewedMissing?: string;
  /** `false` applies without comparing to a review (drift correction). */
  requireReview?: boolean;
  records: ApplyRecords;
  ctx: EngineContext;
  /** Where state backups go (uploaded as an artifact by the workflow). */
  backupDir?: string;
  run: string;
  now: () => Date;
  concurrency?: number;
}

const FAILED = new Set<ApplyStatus>(["refused", "failed", "concurrent"]);

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The refusal text for a plan that is not the reviewed one. */
function mismatch(
  id: string,
  reviewed: ReviewedPlans,
  hash: string,
  entries: Record<string, string> | undefined,
): string {
  const lines = [
    `${id}: the plan now (${hash.slice(0, 12)}) is not the plan reviewed at ${reviewed.commit.slice(0, 12)} (${reviewed.hashes[id]?.slice(0, 12)}); not applied.`,
  ];
  const before = reviewed.entries[id];
  if (before && entries) {
    const d = digestDifference(before, entries);
    const list = (what: string, xs: string[]) =>
      xs.length > 0
        ? [`  ${what}: ${xs.slice(0, 20).join(", ")}${xs.length > 20 ? ", …" : ""}`]
        : [];
    lines.push(
      "What differs:",
      ...list("new since review", d.added),
      ...list("no longer planned", d.removed),
      ...list("planned differently", d.changed),
    );
  }
  lines.push("Re-run the plan on a new PR (or push to this one before merging) to review it.");
  return lines.join("\n");
}

export async function applyUnit(a: AffectedUnit, o: ApplyOptions): Promise<ApplyResult> {
  const base = { id: a.id, layer: a.layer, region: a.region };
  const startedAt = o.now().toISOString();
  const done = (status: ApplyStatus, msg: string, extra: Partial<ApplyResult> = {}) => ({
    ...base,
    status,
    message: msg,
    startedAt,
    finishedAt: o.now().toISOString(),
    ...extra,
  });
  if (!a.unit) return done("refused", `${a.id}: ${REMOVED_MESSAGE}`);
  const record = await o.records.read(a.id);
  const already = record.applied.find((e) => e.commit === o.commit);
  if (already)
    return done(
      "already-applied",
      `${a.id}: already applied at ${o.commit.slice(0, 12)} (plan ${already.hash.slice(0, 12)}, run ${already.run})`,
      { hash: already.hash },
    );
  const requireReview = o.requireReview ?? true;
  if (requireReview && !o.reviewed?.hashes[a.id]) {
    const why = o.reviewed
      ? `the plan comment of the merged PR (at ${o.reviewed.commit.slice(0, 12)}) has no plan hash for ${a.id}`
      : (o.reviewedMissing ?? "no reviewed plan was found");
    return done("refused", `${a.id}: ${why}; not applied without a reviewed plan.`);
  }
  try {
    await o.records.claim(a.id, o.commit, o.now());
  } catch (err) {
    if (err instanceof ConcurrentApplyError) return done("concurrent", err.message);
    throw err;
  }
  try {
    const engine = await engineFor(a.unit.engine);
    const plan = await engine.plan(a.unit, o.ctx);
    if (requireReview && o.reviewed && plan.hash !== o.reviewed.hashes[a.id]) {
      const text = mismatch(a.id, o.reviewed, plan.hash, plan.entries);
      await o.records.failed(a.id, o.commit, text, o.now());
      return done("refused", text, { hash: plan.hash });
    }
    const entry = { commit: o.commit, hash: plan.hash, run: o.run };
    if (!plan.changed) {
      await o.records.succeeded(a.id, {
        ...entry,
        at: o.now().toISOString(),
        result: "no-changes",
      });
      return done("no-changes", `${a.id}: nothing to change`, { hash: plan.hash });
    }
    let backup: string | undefined;
    const route = o.routes.get(a.id);
    const wantsBackup =
      route?.backup === "state-snapshot" || route?.backup === "pre-change-snapshot";
    if (wantsBackup && engine.backup && o.backupDir) {
      const state = await engine.backup(a.unit, o.ctx);
      backup = path.join(
        o.backupDir,
        `${a.id.replaceAll("/", "__")}.${o.commit.slice(0, 12)}.tfstate`,
      );
      await mkdir(o.backupDir, { recursive: true, mode: 0o700 });
      // State holds secrets: readable by the runner's user only, never printed.
      await writeFile(backup, state, { mode: 0o600 });
    }
    const { output } = await engine.apply(a.unit, plan, o.ctx);
    await o.records.succeeded(a.id, { ...entry, at: o.now().toISOString(), result: "applied" });
    const last = output.trim().split("\n").filter(Boolean).pop() ?? "applied";
    return done("applied", `${a.id}: ${last}`, { hash: plan.hash, backup });
  } catch (err) {
    const text = message(err);
    await o.records.failed(a.id, o.commit, text, o.now());
    return done("failed", text);
  }
}

/** Applies the affected units in layer order; after a layer with a failure, the rest are skipped. */
export async function applyUnits(o: ApplyOptions): Promise<ApplyResult[]> {
  const results: ApplyResult[] = [];
  let stoppedBy: string | undefined;
  for (const layer of Layers) {
    const units = o.affected.filter((a) => a.layer === layer);
    if (units.length === 0) continue;
    if (stoppedBy) {
      for (const a of units)
        results.push({
          id: a.id,
          layer: a.layer,
          region: a.region,
          status: "skipped",
          message: `${a.id}: not applied because ${stoppedBy} did not apply`,
        });
      continue;
    }
    const done = await pool(units, o.concurrency ?? 4, (a) => applyUnit(a, o));
    results.push(...done);
    const bad = done.find((r) => FAILED.has(r.status));
    if (bad) stoppedBy = bad.id;
  }
  return results;
}

export const applyFailed = (results: ApplyResult[]) => results.some((r) => FAILED.has(r.status));
