// Apply as its adapters call it (the apply action): one entry point per mode. Each loads
// what a push must apply from the status branch and the merged head, runs its mode and
// says what happened — results, the job summary's markdown, outputs, and the failure to
// report, if any; the adapter only writes them out.
//   applyAll     every affected unit, layer by layer, then the audit (status, PR comment)
//   applyMatrix  the route job of a fan-out: the matrix of units, one job each
//   applyStack   one job of the fan-out: one unit, its result left for the report job
//   applyReport  the report job of the fan-out: the units' results, then the audit
//   applyDrift   the scheduled drift check: plans, alerts, outputs the units to correct
//   applyCorrect one job of the drift fan-out: corrects one unit in its Environment
import path from "node:path";
import type { EngineContext } from "../engines/index.ts";
import { errorMessage, UsageError } from "../errors.ts";
import { resolveCommit } from "../git/index.ts";
import type { GitHub } from "../github/client.ts";
import type { RepoRef } from "../github/git-data.ts";
import { statusStore } from "../github/status-store.ts";
import type { Logger } from "../logger.ts";
import { unitById } from "../plan/pull.ts";
import { hasIdAndStatus, readUnitResults, writeUnitResult } from "../report/results.ts";
import type { AffectedUnit } from "../stacks/affected.ts";
import { matrixEntries, matrixOutputs } from "../stacks/fan-out.ts";
import { listUnits, parseUnitId } from "../stacks/inventory.ts";
import { applyMarkdown, expectedResults, publishAudit } from "./audit.ts";
import { type DriftResult, detectDrift, driftUnits } from "./drift.ts";
import { driftMarkdown } from "./drift-report.ts";
import { correctionUnits, driftScope } from "./drift-scope.ts";
import { applyRecords } from "./records.ts";
import { findReviews, type TrustOptions } from "./reviews.ts";
import {
  type ApplyOptions,
  type ApplyResult,
  applyFailed,
  applyUnit,
  applyUnits,
  type EngineLookup,
  heldDependency,
  holdUnit,
} from "./run.ts";
import { applyScope } from "./scope.ts";
import { windowGate } from "./window-gate.ts";

export interface ApplyRunOptions {
  /** The repository checkout. */
  repoDir: string;
  /** The rendered tree and the configuration, relative to repoDir. */
  infraDir: string;
  configDir: string;
  /** The pushed commit (a ref or a SHA): what is applied. */
  head: string;
  /** The push's previous tip; missing or all zeros means the head's parent. */
  before?: string;
  /** The status branch, the reviews, the audit and the drift issues go through it. */
  github: { gh: GitHub; repo: RepoRef; runUrl?: string };
  statusBranch: string;
  /** The workflow run, as the records name it. */
  run: string;
  log: Logger;
  /** The engine settings; asked for only by the modes that plan (it may fetch OIDC tokens). */
  engineContext: () => Promise<Omit<EngineContext, "infraDir">>;
  /** The engine a unit is planned and applied with; the real ones unless a test passes its own. */
  engineFor?: EngineLookup;
  /** Apply only the plan reviewed in a merged PR's plan comment written by `planAuthor`. */
  requireReview: boolean;
  planAuthor: string;
  /** What an attested review must satisfy (issuer, trusted workflow); GitHub's by default. */
  trust?: TrustOptions;
  /** Where state backups go, and the key they are encrypted to. */
  backup?: { dir: string; publicKey?: string };
  now?: () => Date;
  /**
   * The autoscaler's login: a node count it carried that its AutoscalePolicy allows is applied
   * outside the maintenance window (window-gate.ts); default none, "" for none.
   */
  autoscaleAuthor?: string;
  /**
   * A scheduled run: only units held for their maintenance window are taken (a failed or
   * refused unit waits for the next push, as before), and with none, nothing is reported.
   */
  heldOnly?: boolean;
}

/** What every mode says, for the adapter to write out. */
export interface ModeOutcome {
  /** The action's outputs, by name. */
  outputs: Record<string, string>;
  /** The job summary. */
  markdown?: string;
  /** Why the step fails, if it does. */
  failure?: string;
}

export interface ApplyOutcome extends ModeOutcome {
  results: ApplyResult[];
  markdown: string;
}

export interface DriftOutcome extends ModeOutcome {
  results: DriftResult[];
  markdown: string;
  /** Units not in sync (drifted, corrected, failed): the `drifted` output. */
  drifted: string[];
}

/** What every mode starts from: the commit, the records, the scope, the reviews. */
async function session(options: ApplyRunOptions) {
  const { gh, repo, runUrl } = options.github;
  const log = options.log;
  const records = applyRecords(
    statusStore(gh, { repo, branch: options.statusBranch, log }),
    options.run,
  );
  const commit = await resolveCommit(options.repoDir, options.head, "head");
  const infraDir = path.resolve(options.repoDir, options.infraDir);
  const now = options.now ?? (() => new Date());
  const engineContext = async (): Promise<EngineContext> => ({
    ...(await options.engineContext()),
    infraDir,
  });

  const scope = async (only?: string[]) =>
    applyScope({
      repoDir: options.repoDir,
      infraDir: options.infraDir,
      configDir: options.configDir,
      head: commit,
      ...(options.before !== undefined ? { before: options.before } : {}),
      records,
      ...(only ? { only } : {}),
    });
  /** The scope of the modes that apply; its warnings go to the log. */
  const applyingScope = async (only?: string[]) => {
    const found = await scope(only);
    for (const warning of found.warnings) log.warning(warning);
    if (!options.heldOnly) return found;
    const held = await Promise.all(
      found.affected.map(async (u) => (await records.read(u.id)).held !== undefined),
    );
    return { ...found, affected: found.affected.filter((_, i) => held[i]) };
  };

  const reviews = (affected: AffectedUnit[]) =>
    findReviews(gh, repo, {
      repoDir: options.repoDir,
      head: commit,
      sinceOf: new Map(affected.map((unit) => [unit.id, unit.since])),
      author: options.planAuthor,
      ...(options.trust ? { trust: options.trust } : {}),
    });
  /** The PR merged as this commit, for the audit comment; none is not an error (a push). */
  const headPull = async () => {
    try {
      return (await reviews([])).headPull;
    } catch (err) {
      log.warning(`could not find the PR merged as ${commit.slice(0, 12)}: ${errorMessage(err)}`);
      return undefined;
    }
  };

  // Units behind a maintenance window wait for it; a pre-authorised node count does not.
  const holdOutsideWindow = windowGate({
    repoDir: options.repoDir,
    infraDir: options.infraDir,
    configDir: options.configDir,
    head: commit,
    github: { gh, repo },
    autoscaleAuthor: options.autoscaleAuthor ?? "",
  });

  const unitOptions = async (
    found: Awaited<ReturnType<typeof scope>>,
    affected: AffectedUnit[],
  ): Promise<ApplyOptions> => ({
    commit,
    affected,
    routes: found.routes,
    reviews: options.requireReview ? await reviews(affected) : undefined,
    records,
    ctx: await engineContext(),
    ...(options.backup ? { backup: options.backup } : {}),
    run: options.run,
    now,
    ...(options.engineFor ? { engineFor: options.engineFor } : {}),
    windowGate: holdOutsideWindow,
  });

  /** The audit: a commit status and the merged PR's comment; a failure to publish is a warning. */
  const publish = async (
    results: ApplyResult[],
    pull: number | undefined,
  ): Promise<ApplyOutcome> => {
    const markdown = applyMarkdown(results, commit);
    // A scheduled run with nothing held has nothing to say: the push's audit stands.
    if (options.heldOnly && results.length === 0) return { results, markdown, outputs: {} };
    try {
      await publishAudit(gh, repo, {
        commit,
        pull,
        results,
        markdown,
        ...(runUrl !== undefined ? { targetUrl: runUrl } : {}),
      });
    } catch (err) {
      log.warning(`could not publish the audit (status, PR comment): ${errorMessage(err)}`);
    }
    return {
      results,
      markdown,
      outputs: {},
      ...(applyFailed(results)
        ? { failure: "apply: not every unit was applied; see the job summary" }
        : {}),
    };
  };

  return {
    commit,
    records,
    infraDir,
    now,
    engineContext,
    scope,
    applyingScope,
    headPull,
    unitOptions,
    publish,
  };
}

/** Applies every affected unit in layer order, then publishes the audit. */
export async function applyAll(options: ApplyRunOptions): Promise<ApplyOutcome> {
  const run = await session(options);
  const scope = await run.applyingScope();
  const unitOptions = await run.unitOptions(scope, scope.affected);
  const results = await applyUnits(unitOptions);
  const pull = unitOptions.reviews ? unitOptions.reviews.headPull : await run.headPull();
  const outcome = await run.publish(results, pull);
  const statuses = results.map((r) => ({ unit: r.id, status: r.status }));
  return { ...outcome, outputs: { results: JSON.stringify(statuses) } };
}

/** The route job of a fan-out: the affected units as the matrix outputs, nothing applied. */
export async function applyMatrix(options: ApplyRunOptions): Promise<ModeOutcome> {
  const run = await session(options);
  const scope = await run.applyingScope();
  return { outputs: matrixOutputs(matrixEntries(scope.affected, scope.routes)) };
}

/** One job of a fan-out: applies one unit and leaves its result in `resultsDir`. */
export async function applyStack(
  options: ApplyRunOptions & { stack: string; resultsDir: string },
): Promise<ModeOutcome & { result: ApplyResult; file: string }> {
  const run = await session(options);
  const scope = await run.applyingScope([options.stack]);
  // A re-run of a job whose unit was applied meanwhile finds it no longer affected: it
  // still goes through applyUnit, which reports it as already applied.
  const unit = scope.affected.find((affected) => affected.id === options.stack) ?? {
    ...unitById(run.infraDir, options.stack),
    since: run.commit,
  };
  const unitOptions = await run.unitOptions(scope, [unit]);
  // Held units of earlier layers' jobs hold what stands on them, as applyAll would.
  const hold = await heldDependency(unit, listUnits(run.infraDir), run.records);
  const result = hold
    ? await holdUnit(unit, unitOptions, hold)
    : await applyUnit(unit, unitOptions);
  const file = await writeUnitResult(options.resultsDir, result.id, result);
  options.log.info(result.message);
  return {
    result,
    file,
    outputs: { result: file },
    ...(applyFailed([result]) ? { failure: result.message } : {}),
  };
}

/** The report job of a fan-out: every expected unit's result (missing ones failed), the audit. */
export async function applyReport(
  options: ApplyRunOptions & { resultsDir: string; expectedUnits: string[] },
): Promise<ApplyOutcome> {
  const run = await session(options);
  const found = await readUnitResults(options.resultsDir, (value): value is ApplyResult =>
    hasIdAndStatus(value),
  );
  const expected = options.expectedUnits.flatMap((id) => {
    const where = parseUnitId(id);
    return where ? [{ id, ...where }] : [];
  });
  return run.publish(expectedResults(expected, found), await run.headPull());
}

/** What both drift modes start from: every unit, routed by the head; pending ones named. */
async function driftRun(options: ApplyRunOptions, only?: string[]) {
  const run = await session(options);
  // Apply's scope only says which units have changes pending; it reads their records.
  const scope = await run.scope(only);
  const units = listUnits(run.infraDir).filter((u) => !only || only.includes(u.id));
  const found = driftScope({ config: scope.config, units, affected: scope.affected });
  const check = async (mode: "check" | "correct") =>
    detectDrift({
      ...found,
      mode,
      ctx: await run.engineContext(),
      records: run.records,
      commit: run.commit,
      run: options.run,
      now: run.now,
      github: options.github,
      ...(options.engineFor ? { engineFor: options.engineFor } : {}),
    });
  const outcome = (results: DriftResult[]): DriftOutcome => {
    const failed = results.filter((r) => r.status === "failed");
    const drifted = results.filter((r) => r.status !== "in-sync").map((r) => r.id);
    return {
      results,
      markdown: driftMarkdown(results, run.commit),
      drifted,
      outputs: { drifted: JSON.stringify(drifted) },
      ...(failed.length > 0
        ? { failure: `drift: ${failed.map((r) => r.message.split("\n")[0]).join("; ")}` }
        : {}),
    };
  };
  return { run, found, check, outcome };
}

/**
 * The drift check (the planning job): plans every unit the head's matrix reconciles on drift
 * or periodically, alerts, and outputs the units to correct as a job matrix (`matrix`,
 * `count`), each entry naming the GitHub Environment its correction runs in.
 */
export async function applyDrift(options: ApplyRunOptions): Promise<DriftOutcome> {
  const { run, found, check, outcome } = await driftRun(options);
  const results = await check("check");
  const ids = results.filter((r) => r.status === "to-correct").map((r) => r.id);
  const entries = matrixEntries(correctionUnits(found.units, ids, run.commit), found.routes);
  const done = outcome(results);
  return {
    ...done,
    outputs: { ...done.outputs, ...matrixOutputs(entries, { perLayerLimit: false }) },
  };
}

/**
 * One job of the drift fan-out, in the unit's GitHub Environment: checks the unit again (the
 * matrix is only data) — still reconciled on drift, still drifted, nothing pending — and
 * applies the reviewed state at the head.
 */
export async function applyCorrect(
  options: ApplyRunOptions & { stack: string },
): Promise<DriftOutcome> {
  const { found, check, outcome } = await driftRun(options, [options.stack]);
  if (!found.units.some((u) => u.id === options.stack))
    throw new UsageError(`correct: no unit ${options.stack} in ${options.infraDir}`);
  if (driftUnits(found.units, found.routes).length === 0)
    throw new UsageError(
      `correct: ${options.stack} is not reconciled on drift or periodically (its matrix row says ${found.routes.get(options.stack)?.reconcile}); nothing is corrected`,
    );
  return outcome(await check("correct"));
}

export { type GateDecision, reviewGate } from "./review-gate.ts";
export { type ApplyResult, type ApplyStatus, applyFailed, isFailure } from "./run.ts";
