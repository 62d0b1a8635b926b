// Each unit's row of the decision matrix, and the GitHub Environment that gates it: one per
// layer and environment (e.g. cloudneutral-foundation-prod), so that required reviewers set
// on that Environment hold exactly the jobs that need them. A regional unit serves every
// environment placed in its region; it is gated by the strictest of them.
import { strictestEnvironment, unitEnvironmentName } from "../model/environments.ts";
import type { LoadedConfig } from "../model/index.ts";
import type { Lifecycle } from "../model/schema.ts";
import { snapshotAt } from "../policy/changes.ts";
import { type Matrix, type RoutedStack, resolveMatrix, routeStacks } from "../policy/matrix.ts";
import type { AffectedUnit } from "./affected.ts";

export interface UnitRoute extends RoutedStack {
  /** The GitHub Environment of the apply job. */
  environment: string;
}

export function matrixOf(config: LoadedConfig): Matrix {
  return resolveMatrix(config.byKind.DecisionMatrix[0]);
}

/**
 * Routes for units, by the (trusted) configuration's matrix, compositions and environments.
 * With `other` (the configuration on the other side of the change: the base branch for a
 * pull request's head, the previous tip for a merge), each unit takes the stricter of the
 * two: its gate is fixed by both sides, so a change cannot weaken the gate of its own apply.
 */
export function routeUnits(
  config: LoadedConfig,
  units: { id: string; layer: Lifecycle; region: string }[],
  other?: LoadedConfig,
): Map<string, UnitRoute> {
  const configs = other ? [config, other] : [config];
  const stacks = units.map((u) => ({ unit: u.id, layer: u.layer, region: u.region, files: [] }));
  const route = (c: LoadedConfig) =>
    routeStacks(
      matrixOf(c),
      stacks,
      c.byKind.Composition.map((d) => d.value),
    );
  const routed = route(config);
  const others = other ? route(other) : [];
  return new Map(
    routed.map((r, i) => {
      const o = others[i];
      const stricter = o
        ? {
            ...r,
            approvals: Math.max(r.approvals, o.approvals),
            maintenanceWindow: r.maintenanceWindow || o.maintenanceWindow,
          }
        : r;
      const env = strictestEnvironment(configs, r.region)?.name;
      const environment = unitEnvironmentName(r.layer, env);
      return [r.stack, { ...stricter, environment }];
    }),
  );
}

/**
 * Routes for units on a branch that applies: each unit by the applied head's configuration
 * and by the configuration it was last applied from (its `since`), the stricter of the two.
 */
export async function routeSinceApplied(
  repoDir: string,
  configDir: string,
  head: LoadedConfig,
  units: AffectedUnit[],
): Promise<Map<string, UnitRoute>> {
  const routes = new Map<string, UnitRoute>();
  for (const since of new Set(units.map((u) => u.since))) {
    const some = units.filter((u) => u.since === since);
    const before = since ? (await snapshotAt(repoDir, since, configDir)).config : undefined;
    for (const [id, r] of routeUnits(head, some, before)) routes.set(id, r);
  }
  return routes;
}
