import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  resolveMatrix,
  routeStacks
} from "./chunk-VL6BSS2I.js";

// lib/stacks/routing.ts
function strictestEnvironment(config, region) {
  let names = new Set(
    config.byKind.Service.filter((s) => s.value.spec.regions.includes(region)).map(
      (s) => s.value.spec.env
    )
  ), envs = config.byKind.Environment.filter((e) => names.has(e.name)).map((e) => ({
    name: e.name,
    protected: e.value.spec.protected === !0,
    approvals: e.value.spec.approvals ?? 0
  }));
  return envs.sort(
    (a, b) => Number(b.protected) - Number(a.protected) || b.approvals - a.approvals || (a.name < b.name ? -1 : 1)
  ), envs[0]?.name;
}
function matrixOf(config) {
  return resolveMatrix(config.byKind.DecisionMatrix[0]);
}
function routeUnits(config, units) {
  let routed = routeStacks(
    matrixOf(config),
    units.map((u) => ({ unit: u.id, layer: u.layer, region: u.region, files: [] })),
    config.byKind.Composition.map((c) => c.value)
  );
  return new Map(
    routed.map((r) => {
      let env = strictestEnvironment(config, r.region), environment = `cloudneutral-${r.layer}${env ? `-${env}` : ""}`;
      return [r.stack, { ...r, environment }];
    })
  );
}

export {
  routeUnits
};
