// Drift: on a schedule, plan each unit whose matrix row reconciles on drift or periodically,
// whether or not it has changes waiting. A drifted unit with drift policy `alert`, or with
// changes still pending apply, gets one issue (opened once, then updated, closed when it is
// back in sync). One with `correct` is listed (`check` mode, the planning job) to be
// corrected by a job in its GitHub Environment, which checks it again and applies it
// (`correct` mode) — Git is the truth, and the Environment's reviewers still hold the apply.

import { pool } from "../concurrency.ts";
import { type Engine, type EngineContext, engineFor, type UnitPlan } from "../engines/index.ts";
import { errorMessage } from "../errors.ts";
import type { GitHub } from "../github/client.ts";
import type { RepoRef } from "../github/git-data.ts";
import { issueMarker, type MarkedIssue, openMarkedIssues } from "../github/marked-issues.ts";
import { fenced } from "../plan/comment.ts";
import { planMarkdown } from "../plan/markdown.ts";
import { inlineCode } from "../report/markdown-text.ts";
import type { Unit } from "../stacks/inventory.ts";
import type { UnitRoute } from "../stacks/routing.ts";
import { type ApplyRecords, ConcurrentApplyError, type UnitRecord } from "./records.ts";
import type { EngineLookup } from "./run.ts";

export const DRIFT_LABEL = "cloudneutral-drift";

export type DriftStatus = "in-sync" | "drifted" | "to-correct" | "corrected" | "failed";

export interface DriftResult {
  id: string;
  status: DriftStatus;
  policy: "alert" | "correct";
  message: string;
  issue?: number;
  /** The GitHub Environment a correction runs in (the unit's route). */
  environment?: string;
}

export interface DriftOptions {
  units: Unit[];
  routes: Map<string, UnitRoute>;
  ctx: EngineContext;
  records: ApplyRecords;
  commit: string;
  run: string;
  now: () => Date;
  /** Issues are opened, updated and closed through it; without it, drift is only reported. */
  github?: { gh: GitHub; repo: RepoRef; runUrl?: string };
  concurrency?: number;
  /**
   * Units with changes not yet applied (waiting for review, refused, failed): their plan is
   * not drift but an unreviewed change, so they are only ever alerted, never corrected.
   */
  pending?: Set<string>;
  /** The engine a unit is planned and applied with; the real ones unless a test passes its own. */
  engineFor?: EngineLookup;
  /**
   * `check` (the default, the planning job): a drifted unit to correct is only listed
   * (`to-correct`); `correct` (the job in the unit's Environment): it is applied here.
   */
  mode?: "check" | "correct";
}

/** Units a drift run looks at: reconciled on drift or periodically (GitOps reconciles its own). */
export function driftUnits(units: Unit[], routes: Map<string, UnitRoute>): Unit[] {
  return units.filter((u) => {
    const r = routes.get(u.id);
    return r !== undefined && (r.reconcile === "on_drift" || r.reconcile === "periodic");
  });
}

/** The run's open drift issues, listed once: most units are in sync and need no call. */
type OpenIssues = Map<string, MarkedIssue>;

const subjectOf = (unit: Unit) => ({ unit: unit.id });

async function alert(
  options: DriftOptions,
  open: OpenIssues,
  unit: Unit,
  body: string,
): Promise<number | undefined> {
  if (!options.github) return undefined;
  const { gh, repo } = options.github;
  const text = `${issueMarker("drift", subjectOf(unit))}\n${body}`.slice(0, 60_000);
  const found = open.get(JSON.stringify(subjectOf(unit)));
  if (found) {
    await gh.rest.issues.update({ ...repo, issue_number: found.number, body: text });
    return found.number;
  }
  const { data } = await gh.rest.issues.create({
    ...repo,
    title: `Drift in ${unit.id}`,
    body: text,
    labels: [DRIFT_LABEL],
  });
  return data.number;
}

async function resolveAlert(options: DriftOptions, open: OpenIssues, unit: Unit): Promise<void> {
  const found = open.get(JSON.stringify(subjectOf(unit)));
  if (!options.github || !found) return;
  const { gh, repo } = options.github;
  await gh.rest.issues.createComment({
    ...repo,
    issue_number: found.number,
    body: `${inlineCode(unit.id)} is back in sync at ${inlineCode(options.commit.slice(0, 12))}.`,
  });
  await gh.rest.issues.update({
    ...repo,
    issue_number: found.number,
    state: "closed",
    state_reason: "completed",
  });
}

/** The unit's drift: the engine's own check where it has one, else its plan at the head. */
async function driftPlan(
  unit: Unit,
  engine: Engine,
  options: DriftOptions,
  record: () => Promise<UnitRecord>,
): Promise<UnitPlan> {
  if (!engine.drift) return engine.plan(unit, options.ctx);
  return engine.drift(unit, options.ctx, { hash: (await record()).lastApplied?.hash });
}

/**
 * Why a drifted unit must not be corrected, if it must not: changes pending apply, or no
 * apply on record at all (what the head holds was never applied through a review).
 */
async function notCorrectable(
  unit: Unit,
  options: DriftOptions,
  record: () => Promise<UnitRecord>,
): Promise<{ why: string; note: string } | undefined> {
  if (options.pending?.has(unit.id) || (await record()).pendingSince !== undefined)
    return {
      why: "It also has changes that are not applied yet (waiting for review, refused or failed), so it is not corrected: apply it through a reviewed PR.",
      note: "changes pending apply",
    };
  if (!(await record()).lastApplied)
    return {
      why: "No apply of it is on record, so what the head holds was never applied through a review: it is not corrected. Apply it through a reviewed PR.",
      note: "never applied",
    };
  return undefined;
}

async function checkUnit(
  unit: Unit,
  options: DriftOptions,
  open: OpenIssues,
): Promise<DriftResult> {
  const route = options.routes.get(unit.id);
  const policy = route?.drift ?? "alert";
  const base = { id: unit.id, policy, ...(route ? { environment: route.environment } : {}) };
  const engine = await (options.engineFor ?? engineFor)(unit.engine);
  const where = options.github?.runUrl ? ` ([run](${options.github.runUrl}))` : "";
  const head = inlineCode(options.commit.slice(0, 12));
  let correcting = false;
  let read: Promise<UnitRecord> | undefined;
  const record = () => {
    read ??= options.records.read(unit.id);
    return read;
  };
  try {
    const plan = await driftPlan(unit, engine, options, record);
    if (!plan.changed) {
      await resolveAlert(options, open, unit);
      return { ...base, status: "in-sync", message: `${unit.id}: no drift` };
    }
    const what = plan.summary
      ? planMarkdown(plan.summary, { title: unit.id, open: true, maxChars: 50_000 })
      : fenced(plan.text);
    const refused = policy === "correct" ? await notCorrectable(unit, options, record) : undefined;
    if (policy === "alert" || refused) {
      const why =
        refused?.why ??
        "Drift policy: **alert** — change it back, or change the configuration to match.";
      const body = `### Drift in ${inlineCode(unit.id)}\n\nThe infrastructure no longer matches ${head}${where}. ${why}\n\n${what}`;
      const issue = await alert(options, open, unit, body);
      const note = refused ? `drifted; alerted (${refused.note})` : "drifted; alerted";
      return { ...base, status: "drifted", message: `${unit.id}: ${note}`, issue };
    }
    if ((options.mode ?? "check") === "check") {
      const env = route ? ` in ${route.environment}` : "";
      return {
        ...base,
        status: "to-correct",
        message: `${unit.id}: drifted; to be corrected${env}`,
      };
    }
    // Correct: put back the state that was reviewed and applied at this commit.
    correcting = true;
    await options.records.claim(unit.id, options.commit, options.commit, options.now(), "correct");
    try {
      await engine.apply(unit, plan, options.ctx);
    } catch (err) {
      await options.records.release(unit.id, errorMessage(err));
      throw err;
    }
    await options.records.corrected(unit.id, {
      commit: options.commit,
      hash: plan.hash,
      now: options.now(),
    });
    await resolveAlert(options, open, unit);
    return { ...base, status: "corrected", message: `${unit.id}: drifted; corrected by apply` };
  } catch (err) {
    const text = errorMessage(err);
    const message = err instanceof ConcurrentApplyError ? text : `${unit.id}: ${text}`;
    // A correction that failed keeps (or opens) the unit's issue: the drift is still there.
    const issue =
      correcting && !(err instanceof ConcurrentApplyError)
        ? await alert(
            options,
            open,
            unit,
            `### Drift in ${inlineCode(unit.id)}\n\nThe infrastructure no longer matches ${head}${where}, and correcting it failed:\n\n${fenced(text)}`,
          ).catch(() => undefined)
        : undefined;
    return { ...base, status: "failed", message, ...(issue !== undefined ? { issue } : {}) };
  }
}

export async function detectDrift(options: DriftOptions): Promise<DriftResult[]> {
  const open: OpenIssues = options.github
    ? await openMarkedIssues(options.github.gh, options.github.repo, DRIFT_LABEL, "drift")
    : new Map();
  return pool(driftUnits(options.units, options.routes), options.concurrency ?? 4, (u) =>
    checkUnit(u, options, open),
  );
}
