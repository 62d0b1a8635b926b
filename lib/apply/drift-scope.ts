// What a drift run looks at: every unit of the rendered tree at the head, routed by the
// head's (trusted: it is the applying branch) configuration — not only the units with
// pending changes, which is what apply's scope holds. Those are named as pending: their
// plan is not drift but an unreviewed change.
import type { LoadedConfig } from "../model/index.ts";
import type { AffectedUnit } from "../stacks/affected.ts";
import type { Unit } from "../stacks/inventory.ts";
import { routeUnits, type UnitRoute } from "../stacks/routing.ts";

export interface DriftScope {
  units: Unit[];
  routes: Map<string, UnitRoute>;
  pending: Set<string>;
}

export function driftScope(options: {
  /** The head's configuration (apply's scope loaded it). */
  config: LoadedConfig;
  /** Every unit in the head's infra/. */
  units: Unit[];
  /** The units with changes not yet applied (apply's scope). */
  affected: AffectedUnit[];
}): DriftScope {
  return {
    units: options.units,
    routes: routeUnits(options.config, options.units),
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
