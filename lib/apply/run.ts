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
import { type Engine, type EngineContext, engineFor, type UnitPlan } from "../engines/index.ts";
import { errorMessage } from "../errors.ts";
import { Layers } from "../model/schema.ts";
import { REMOVED_MESSAGE } from "../plan/run.ts";
import { utcTime } from "../policy/gates.ts";
import type { AffectedUnit } from "../stacks/affected.ts";
import type { EngineName } from "../stacks/inventory.ts";
import type { UnitRoute } from "../stacks/routing.ts";
import { encryptBackup } from "./backup.ts";
import { AlreadyAppliedError, type ApplyRecords, ConcurrentApplyError } from "./records.ts";
import { reviewGate } from "./review-gate.ts";
import type { Reviews } from "./reviews.ts";
import type { Hold, WindowDecision, WindowGate } from "./window-gate.ts";

export type ApplyStatus =
  | "applied"
  | "no-changes"
  | "already-applied"
  | "refused"
  | "failed"
  | "skipped"
  | "concurrent"
  | "removed"
  | "held";

export interface ApplyResult {
  id: string;
  layer: AffectedUnit["layer"];
  region: string;
  status: ApplyStatus;
  message: string;
  hash?: string;
  /** Where the (encrypted) state backup was written. */
  backup?: string;
  /** A held unit: when its maintenance window opens (ISO 8601). */
  heldUntil?: string;
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
  /** The engine a unit is planned and applied with; the real ones unless a test passes its own. */
  engineFor?: EngineLookup;
  /** Holds a unit outside its region's maintenance window (window-gate.ts); none: never held. */
  windowGate?: WindowGate;
}

export type EngineLookup = (name: EngineName) => Promise<Engine>;

/** Statuses after which nothing may be applied on top of the unit. */
const BLOCKING = new Set<ApplyStatus>([
  "refused",
  "failed",
  "skipped",
  "concurrent",
  "removed",
  "held",
]);
/**
 * Statuses that fail the run: something reviewed did not land. A removed unit is a
 * person's task (destroy, then delete) — said, not failed; units skipped because of it fail.
 */
const FAILED = new Set<ApplyStatus>(["refused", "failed", "concurrent", "skipped"]);

export const isFailure = (status: ApplyStatus) => FAILED.has(status);
export const applyFailed = (results: ApplyResult[]) => results.some((r) => isFailure(r.status));

const message = (err: unknown) => errorMessage(err);

async function keepBackup(
  affected: AffectedUnit,
  state: string,
  options: ApplyOptions,
): Promise<string | undefined> {
  if (!options.backup?.publicKey) {
    options.ctx.log.warning(
      `${affected.id}: no backup-public-key, so the state backup is not kept beyond this job (state holds secrets; it leaves the job only encrypted)`,
    );
    return undefined;
  }
  const file = path.join(
    options.backup.dir,
    `${affected.id.replaceAll("/", "__")}.${options.commit.slice(0, 12)}.tfstate.enc`,
  );
  await mkdir(options.backup.dir, { recursive: true, mode: 0o700 });
  await writeFile(file, `${JSON.stringify(encryptBackup(state, options.backup.publicKey))}\n`, {
    mode: 0o600,
  });
  return file;
}

/**
 * One unit: claim → plan → review gate → backup → apply → record. Every outcome is a
 * result, never a throw; a refusal or failure is recorded so the next push retries it.
 */
export async function applyUnit(
  affected: AffectedUnit,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const { records, commit, now } = options;
  const id = affected.id;
  const startedAt = now().toISOString();
  const done = (
    status: ApplyStatus,
    text: string,
    extra: Partial<ApplyResult> = {},
  ): ApplyResult => ({
    id,
    layer: affected.layer,
    region: affected.region,
    status,
    message: text,
    startedAt,
    finishedAt: now().toISOString(),
    ...extra,
  });
  if (!affected.unit) return done("removed", `${id}: ${REMOVED_MESSAGE}`);
  const unit = affected.unit;
  const failed = async (status: ApplyStatus, text: string, extra: Partial<ApplyResult> = {}) => {
    try {
      await records.failed(id, { commit, since: affected.since, error: text, now: now() });
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
    await records.claim(id, commit, affected.since, now());
  } catch (err) {
    if (err instanceof AlreadyAppliedError)
      return done("already-applied", `${id}: ${err.message}`, { hash: err.entry.hash });
    if (err instanceof ConcurrentApplyError) return done("concurrent", err.message);
    return done("failed", `${id}: could not claim it on the status branch: ${message(err)}`);
  }

  let plan: UnitPlan;
  const engine = await (options.engineFor ?? engineFor)(unit.engine);
  try {
    plan = await engine.plan(unit, options.ctx);
  } catch (err) {
    return failed("failed", message(err));
  }
  const entry = { commit, hash: plan.hash, run: options.run };
  const gate = reviewGate(affected, plan, options.reviews);
  if (gate.kind === "no-changes") {
    try {
      await records.succeeded(id, { ...entry, at: now().toISOString(), result: "no-changes" });
    } catch (err) {
      return done("no-changes", `${id}: nothing to change (not recorded: ${message(err)})`, {
        hash: plan.hash,
      });
    }
    return done("no-changes", `${id}: nothing to change`, { hash: plan.hash });
  }
  if (gate.kind === "refuse") return failed("refused", gate.why, { hash: plan.hash });
  let window: WindowDecision | undefined;
  try {
    window = await options.windowGate?.(affected, options.routes.get(id), now());
  } catch (err) {
    return failed("failed", `${id}: could not decide its maintenance window: ${message(err)}`);
  }
  if (window?.kind === "hold")
    return holdUnit(affected, options, window.hold, { hash: plan.hash, startedAt });
  // Said in the result: why a unit behind a window was applied outside it.
  const because = window?.kind === "preauthorised" ? `\n${window.note}` : "";

  let backup: string | undefined;
  let output: string;
  try {
    const route = options.routes.get(id);
    const snapshot = route?.backup === "state-snapshot" || route?.backup === "pre-change-snapshot";
    if (snapshot && engine.backup && options.backup)
      backup = await keepBackup(affected, await engine.backup(unit, options.ctx), options);
    output = (await engine.apply(unit, plan, options.ctx)).output;
  } catch (err) {
    return failed("failed", message(err), { hash: plan.hash });
  }
  const reviewed = gate.review ? ` (reviewed in PR #${gate.review.pull})` : "";
  const last = `${output.trim().split("\n").filter(Boolean).pop() ?? "applied"}${reviewed}`;
  const kept = { hash: plan.hash, ...(backup ? { backup } : {}) };
  try {
    await records.succeeded(id, { ...entry, at: now().toISOString(), result: "applied" });
  } catch (err) {
    // Applied all the same: the next run plans no changes and records that.
    return done(
      "applied",
      `${id}: ${last}${because}\n(applied, but not recorded on the status branch: ${message(err)})`,
      kept,
    );
  }
  return done("applied", `${id}: ${last}${because}`, kept);
}

/**
 * A unit that waits for its maintenance window: its claim released, its changes pending on
 * the status branch, reported as held (not a failure) so the next run inside the window
 * applies it.
 */
export async function holdUnit(
  affected: AffectedUnit,
  options: ApplyOptions,
  hold: Hold,
  extra: Partial<ApplyResult> = {},
): Promise<ApplyResult> {
  const { now } = options;
  let text = `${affected.id}: held until ${utcTime(hold.until)}: ${hold.why}; its changes stay pending for the next run`;
  try {
    await options.records.held(affected.id, {
      commit: options.commit,
      since: affected.since,
      until: hold.until,
      now: now(),
    });
  } catch (err) {
    text += `\n(and it could not be recorded on the status branch: ${message(err)})`;
  }
  return {
    id: affected.id,
    layer: affected.layer,
    region: affected.region,
    status: "held",
    message: text,
    heldUntil: hold.until.toISOString(),
    finishedAt: now().toISOString(),
    ...extra,
  };
}

/**
 * What a unit needs applied first: its stack.json dependencies, and for a region's
 * manifests, gateway and playbook, that region's stacks.
 */
function dependencies(
  affected: AffectedUnit,
  all: Pick<AffectedUnit, "id" | "layer" | "region">[],
): string[] {
  const explicit = affected.unit?.dependsOn ?? [];
  if (affected.layer !== "applications" && affected.layer !== "config") return explicit;
  const rank = Layers.indexOf(affected.layer);
  const below = all.filter(
    (other) => other.region === affected.region && Layers.indexOf(other.layer) < rank,
  );
  return [...explicit, ...below.map((other) => other.id)];
}

/**
 * For a job that applies one unit (a fan-out): a dependency the status branch says is held
 * for its window, if any — the unit then waits with it, as applyUnits would have it wait.
 */
export async function heldDependency(
  affected: AffectedUnit,
  all: Pick<AffectedUnit, "id" | "layer" | "region">[],
  records: ApplyRecords,
): Promise<Hold | undefined> {
  for (const cause of dependencies(affected, all)) {
    const held = (await records.read(cause)).held;
    if (held) return waitFor(cause, new Date(held.until));
  }
  return undefined;
}

/** The hold of a unit that stands on a held one. */
const waitFor = (cause: string, until: Date): Hold => ({
  until,
  why: `it waits for ${cause}, which is held until ${utcTime(until)}`,
});

/** Applies the affected units in layer order; a unit whose dependency did not apply is skipped. */
export async function applyUnits(options: ApplyOptions): Promise<ApplyResult[]> {
  const results: ApplyResult[] = [];
  const blocked = new Map<string, string>();
  /** Held units, and until when: a unit on top of one waits with it. */
  const holds = new Map<string, Date>();
  for (const layer of Layers) {
    const units = options.affected.filter((affected) => affected.layer === layer);
    const ready: AffectedUnit[] = [];
    for (const affected of units) {
      const cause = dependencies(affected, options.affected).find((d) => blocked.has(d));
      if (!cause) {
        ready.push(affected);
        continue;
      }
      const until = holds.get(cause);
      if (until) {
        results.push(await holdUnit(affected, options, waitFor(cause, until)));
        blocked.set(affected.id, "held");
        holds.set(affected.id, until);
        continue;
      }
      const skipped: ApplyResult = {
        id: affected.id,
        layer: affected.layer,
        region: affected.region,
        status: "skipped",
        message: `${affected.id}: not applied because ${cause} did not apply (${blocked.get(cause)})`,
      };
      results.push(skipped);
      blocked.set(affected.id, "skipped");
    }
    const done = await pool(ready, options.concurrency ?? 4, (affected) =>
      applyUnit(affected, options),
    );
    for (const r of done) if (BLOCKING.has(r.status)) blocked.set(r.id, r.status);
    for (const r of done) if (r.heldUntil) holds.set(r.id, new Date(r.heldUntil));
    results.push(...done);
  }
  return results;
}
