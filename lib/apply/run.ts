// Apply exactly what was reviewed: layer by layer (foundation → k8s-base → platform →
// applications → config), the units of one layer in parallel. Each unit: claimed on the
// status branch (skipped when this commit is already applied, refused while another run
// holds it); planned again; a plan with changes is applied only if its hash is the one
// reviewed in a merged PR's plan comment; the state is backed up where the matrix says so;
// the saved plan is applied and the result recorded. A unit whose dependencies did not
// apply is skipped, so nothing is applied on top of a change that did not land.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pool } from "../concurrency.ts";
import { type EngineContext, engineFor } from "../engines/index.ts";
import { Layers } from "../model/schema.ts";
import { REMOVED_MESSAGE } from "../plan/run.ts";
import type { AffectedUnit } from "../stacks/affected.ts";
import type { UnitRoute } from "../stacks/routing.ts";
import { digestDifference } from "../tfplan/hash.ts";
import { encryptBackup } from "./backup.ts";
import { AlreadyAppliedError, type ApplyRecords, ConcurrentApplyError } from "./records.ts";
import type { Review, Reviews } from "./reviews.ts";

export type ApplyStatus =
  | "applied"
  | "no-changes"
  | "already-applied"
  | "refused"
  | "failed"
  | "skipped"
  | "concurrent"
  | "removed";

export interface ApplyResult {
  id: string;
  layer: AffectedUnit["layer"];
  region: string;
  status: ApplyStatus;
  message: string;
  hash?: string;
  /** Where the (encrypted) state backup was written. */
  backup?: string;
  startedAt?: string;
  finishedAt?: string;
}

export interface ApplyOptions {
  commit: string;
  affected: AffectedUnit[];
  routes: Map<string, UnitRoute>;
  /** The reviewed plans; undefined applies without comparing (require-review: false). */
  reviews: Reviews | undefined;
  records: ApplyRecords;
  ctx: EngineContext;
  /** Where state backups go, and the key they are encrypted to (none: not kept). */
  backup?: { dir: string; publicKey?: string };
  run: string;
  now: () => Date;
  concurrency?: number;
}

/** Statuses after which nothing may be applied on top of the unit. */
const BLOCKING = new Set<ApplyStatus>(["refused", "failed", "skipped", "concurrent", "removed"]);
/**
 * Statuses that fail the run: something reviewed did not land. A removed unit is a
 * person's task (destroy, then delete) — said, not failed; units skipped because of it fail.
 */
const FAILED = new Set<ApplyStatus>(["refused", "failed", "concurrent", "skipped"]);

export const isFailure = (status: ApplyStatus) => FAILED.has(status);
export const applyFailed = (results: ApplyResult[]) => results.some((r) => isFailure(r.status));

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The refusal text for a plan that is not the reviewed one. */
function mismatch(
  id: string,
  review: Review,
  hash: string,
  entries?: Record<string, string>,
): string {
  const lines = [
    `${id}: the plan now (${hash.slice(0, 12)}) is not the plan reviewed in PR #${review.pull} at ${review.commit.slice(0, 12)} (${review.hash.slice(0, 12)}); not applied.`,
  ];
  if (review.entries && entries) {
    const d = digestDifference(review.entries, entries);
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
  lines.push("Open a PR (or push to one) so that plan-comment plans it again for review.");
  return lines.join("\n");
}

async function keepBackup(
  a: AffectedUnit,
  state: string,
  o: ApplyOptions,
): Promise<string | undefined> {
  if (!o.backup?.publicKey) {
    o.ctx.log.warning(
      `${a.id}: no backup-public-key, so the state backup is not kept beyond this job (state holds secrets; it leaves the job only encrypted)`,
    );
    return undefined;
  }
  const file = path.join(
    o.backup.dir,
    `${a.id.replaceAll("/", "__")}.${o.commit.slice(0, 12)}.tfstate.enc`,
  );
  await mkdir(o.backup.dir, { recursive: true, mode: 0o700 });
  await writeFile(file, `${JSON.stringify(encryptBackup(state, o.backup.publicKey))}\n`, {
    mode: 0o600,
  });
  return file;
}

export async function applyUnit(a: AffectedUnit, o: ApplyOptions): Promise<ApplyResult> {
  const startedAt = o.now().toISOString();
  const done = (
    status: ApplyStatus,
    msg: string,
    extra: Partial<ApplyResult> = {},
  ): ApplyResult => ({
    id: a.id,
    layer: a.layer,
    region: a.region,
    status,
    message: msg,
    startedAt,
    finishedAt: o.now().toISOString(),
    ...extra,
  });
  if (!a.unit) return done("removed", `${a.id}: ${REMOVED_MESSAGE}`);
  const unit = a.unit;
  const failed = async (status: ApplyStatus, text: string, extra: Partial<ApplyResult> = {}) => {
    try {
      await o.records.failed(a.id, { commit: o.commit, since: a.since, error: text, now: o.now() });
    } catch (err) {
      return done(
        status,
        `${text}\n(and it could not be recorded on the status branch: ${message(err)})`,
        extra,
      );
    }
    return done(status, text, extra);
  };

  try {
    await o.records.claim(a.id, o.commit, a.since, o.now());
  } catch (err) {
    if (err instanceof AlreadyAppliedError)
      return done("already-applied", `${a.id}: ${err.message}`, { hash: err.entry.hash });
    if (err instanceof ConcurrentApplyError) return done("concurrent", err.message);
    return done("failed", `${a.id}: could not claim it on the status branch: ${message(err)}`);
  }

  let plan: Awaited<ReturnType<Awaited<ReturnType<typeof engineFor>>["plan"]>>;
  const engine = await engineFor(unit.engine);
  try {
    plan = await engine.plan(unit, o.ctx);
  } catch (err) {
    return failed("failed", message(err));
  }
  const entry = { commit: o.commit, hash: plan.hash, run: o.run };
  if (!plan.changed) {
    // Nothing to do needs no review.
    try {
      await o.records.succeeded(a.id, {
        ...entry,
        at: o.now().toISOString(),
        result: "no-changes",
      });
    } catch (err) {
      return done("no-changes", `${a.id}: nothing to change (not recorded: ${message(err)})`, {
        hash: plan.hash,
      });
    }
    return done("no-changes", `${a.id}: nothing to change`, { hash: plan.hash });
  }
  if (o.reviews) {
    const review = o.reviews.byUnit.get(a.id);
    if (!review) {
      const why = o.reviews.problems.length > 0 ? ` (${o.reviews.problems.join("; ")})` : "";
      return failed(
        "refused",
        `${a.id}: no merged PR since ${a.since.slice(0, 12)} has a reviewed plan for it${why}; not applied without one.`,
        { hash: plan.hash },
      );
    }
    if (review.hash !== plan.hash)
      return failed("refused", mismatch(a.id, review, plan.hash, plan.entries), {
        hash: plan.hash,
      });
  }

  let backup: string | undefined;
  let output: string;
  try {
    const route = o.routes.get(a.id);
    const snapshot = route?.backup === "state-snapshot" || route?.backup === "pre-change-snapshot";
    if (snapshot && engine.backup && o.backup)
      backup = await keepBackup(a, await engine.backup(unit, o.ctx), o);
    output = (await engine.apply(unit, plan, o.ctx)).output;
  } catch (err) {
    return failed("failed", message(err), { hash: plan.hash });
  }
  const last = output.trim().split("\n").filter(Boolean).pop() ?? "applied";
  try {
    await o.records.succeeded(a.id, { ...entry, at: o.now().toISOString(), result: "applied" });
  } catch (err) {
    // Applied all the same: the next run plans no changes and records that.
    return done(
      "applied",
      `${a.id}: ${last}\n(applied, but not recorded on the status branch: ${message(err)})`,
      {
        hash: plan.hash,
        ...(backup ? { backup } : {}),
      },
    );
  }
  return done("applied", `${a.id}: ${last}`, { hash: plan.hash, ...(backup ? { backup } : {}) });
}

/**
 * What a unit needs applied first: its stack.json dependencies, and for a region's
 * manifests, gateway and playbook, that region's stacks.
 */
function dependencies(a: AffectedUnit, all: AffectedUnit[]): string[] {
  const explicit = a.unit?.dependsOn ?? [];
  if (a.layer !== "applications" && a.layer !== "config") return explicit;
  const rank = Layers.indexOf(a.layer);
  const below = all.filter((b) => b.region === a.region && Layers.indexOf(b.layer) < rank);
  return [...explicit, ...below.map((b) => b.id)];
}

/** Applies the affected units in layer order; a unit whose dependency did not apply is skipped. */
export async function applyUnits(o: ApplyOptions): Promise<ApplyResult[]> {
  const results: ApplyResult[] = [];
  const blocked = new Map<string, string>();
  for (const layer of Layers) {
    const units = o.affected.filter((a) => a.layer === layer);
    const ready: AffectedUnit[] = [];
    for (const a of units) {
      const cause = dependencies(a, o.affected).find((d) => blocked.has(d));
      if (!cause) {
        ready.push(a);
        continue;
      }
      const skipped: ApplyResult = {
        id: a.id,
        layer: a.layer,
        region: a.region,
        status: "skipped",
        message: `${a.id}: not applied because ${cause} did not apply (${blocked.get(cause)})`,
      };
      results.push(skipped);
      blocked.set(a.id, "skipped");
    }
    const done = await pool(ready, o.concurrency ?? 4, (a) => applyUnit(a, o));
    for (const r of done) if (BLOCKING.has(r.status)) blocked.set(r.id, r.status);
    results.push(...done);
  }
  return results;
}
