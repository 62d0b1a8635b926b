// Plans the affected units, a few at a time: each with its engine, each result recorded —
// a failure in one stack is that stack's result, never the end of the others' plans.

import { pool } from "../concurrency.ts";
import { type EngineContext, engineFor, type UnitPlan } from "../engines/index.ts";
import { errorMessage } from "../errors.ts";
import type { Lifecycle } from "../model/schema.ts";
import type { AffectedUnit } from "../stacks/affected.ts";
import type { EngineName } from "../stacks/inventory.ts";
import type { PlanCounts, PlanSummary } from "../tfplan/summary.ts";

export type StackStatus = "changes" | "no-changes" | "failed" | "removed";

/** One unit's plan as the comment and the artifacts carry it (JSON-safe). */
export interface StackResult {
  id: string;
  layer: Lifecycle;
  region: string;
  engine?: EngineName;
  status: StackStatus;
  /** infra/-relative files that made it affected. */
  files: string[];
  counts?: PlanCounts;
  summary?: PlanSummary;
  /** The engine's human-readable plan. */
  text?: string;
  hash?: string;
  entries?: Record<string, string>;
  /**
   * Terraform: the normalised plan `hash` is of (sensitive values blanked), so that a reader
   * of an artifact can check that the summary shown and the hash recorded are of one plan.
   */
  normalised?: Record<string, unknown>[];
  /** Why it failed (or, for a removed unit, what to do). */
  error?: string;
  /** The commit planned (stamped by the adapter that checked the work tree is at it). */
  commit?: string;
}

export const REMOVED_MESSAGE =
  "its directory no longer exists: apply does not destroy a removed stack's resources. " +
  "Destroy them first (terraform destroy in the stack), then remove the directory.";

const errorText = (err: unknown) => errorMessage(err);

/** Plans one affected unit; the plan itself is returned too, for an apply that follows. */
export async function planUnit(
  a: AffectedUnit,
  ctx: EngineContext,
): Promise<{ result: StackResult; plan?: UnitPlan }> {
  const base = { id: a.id, layer: a.layer, region: a.region, files: a.files };
  if (!a.unit) return { result: { ...base, status: "removed", error: REMOVED_MESSAGE } };
  const engine = await engineFor(a.unit.engine);
  try {
    const plan = await engine.plan(a.unit, ctx);
    const result: StackResult = {
      ...base,
      engine: engine.name,
      status: plan.changed ? "changes" : "no-changes",
      text: plan.text,
      hash: plan.hash,
    };
    if (plan.summary) {
      result.summary = plan.summary;
      result.counts = plan.summary.counts;
    }
    if (plan.entries) result.entries = plan.entries;
    if (plan.normalised) result.normalised = plan.normalised;
    return { result, plan };
  } catch (err) {
    return { result: { ...base, engine: engine.name, status: "failed", error: errorText(err) } };
  }
}

export async function planUnits(
  affected: AffectedUnit[],
  ctx: EngineContext,
  concurrency = 4,
): Promise<StackResult[]> {
  return (await pool(affected, concurrency, (a) => planUnit(a, ctx))).map((r) => r.result);
}
