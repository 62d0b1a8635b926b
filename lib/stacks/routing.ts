// Each unit's row of the decision matrix, and the GitHub Environment that gates it: one per
// layer and environment (e.g. cloudneutral-foundation-prod), so that required reviewers set
// on that Environment hold exactly the jobs that need them. A regional unit serves every
// environment placed in its region; it is gated by the strictest of them.
import type { LoadedConfig } from "../model/index.ts";
import type { Lifecycle } from "../model/schema.ts";
import { type Matrix, type RoutedStack, resolveMatrix, routeStacks } from "../policy/matrix.ts";

export interface UnitRoute extends RoutedStack {
  /** The GitHub Environment of the apply job. */
  environment: string;
}

/** The environment whose rules are strictest: protected first, then most approvals. */
function strictestEnvironment(config: LoadedConfig, region: string): string | undefined {
  const names = new Set(
    config.byKind.Service.filter((s) => s.value.spec.regions.includes(region)).map(
      (s) => s.value.spec.env,
    ),
  );
  const envs = config.byKind.Environment.filter((e) => names.has(e.name)).map((e) => ({
    name: e.name,
    protected: e.value.spec.protected === true,
    approvals: e.value.spec.approvals ?? 0,
  }));
  envs.sort(
    (a, b) =>
      Number(b.protected) - Number(a.protected) ||
      b.approvals - a.approvals ||
      (a.name < b.name ? -1 : 1),
  );
  return envs[0]?.name;
}

export function matrixOf(config: LoadedConfig): Matrix {
  return resolveMatrix(config.byKind.DecisionMatrix[0]);
}

/** Routes for units, by the (trusted) configuration's matrix, compositions and environments. */
export function routeUnits(
  config: LoadedConfig,
  units: { id: string; layer: Lifecycle; region: string }[],
): Map<string, UnitRoute> {
  const routed = routeStacks(
    matrixOf(config),
    units.map((u) => ({ unit: u.id, layer: u.layer, region: u.region, files: [] })),
    config.byKind.Composition.map((c) => c.value),
  );
  return new Map(
    routed.map((r) => {
      const env = strictestEnvironment(config, r.region);
      const environment = `cloudneutral-${r.layer}${env ? `-${env}` : ""}`;
      return [r.stack, { ...r, environment }];
    }),
  );
}
