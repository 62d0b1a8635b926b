// What a drift run looks at: every unit of the rendered tree at the head, routed by the
// head's (trusted: it is the applying branch) configuration — not only the units with
// pending changes, which is what apply's scope holds. Those are named as pending: their
// plan is not drift but an unreviewed change.
import { snapshotAt } from "../policy/changes.ts";
import type { AffectedUnit } from "../stacks/affected.ts";
import type { Unit } from "../stacks/inventory.ts";
import { routeUnits, type UnitRoute } from "../stacks/routing.ts";

export interface DriftScope {
  units: Unit[];
  routes: Map<string, UnitRoute>;
  pending: Set<string>;
}

export async function driftScope(options: {
  repoDir: string;
  configDir: string;
  /** The head commit, checked out in repoDir. */
  commit: string;
  /** Every unit in the head's infra/. */
  units: Unit[];
  /** The units with changes not yet applied (apply's scope). */
  affected: AffectedUnit[];
}): Promise<DriftScope> {
  const { config } = await snapshotAt(options.repoDir, options.commit, options.configDir);
  return {
    units: options.units,
    routes: routeUnits(config, options.units),
    pending: new Set(options.affected.map((a) => a.id)),
  };
}

/** The units to correct as fan-out entries (each naming the Environment of its route). */
export function correctionUnits(units: Unit[], ids: string[], commit: string): AffectedUnit[] {
  return units
    .filter((u) => ids.includes(u.id))
    .map((u) => ({
      id: u.id,
      layer: u.layer,
      region: u.region,
      unit: u,
      files: [],
      since: commit,
    }));
}
