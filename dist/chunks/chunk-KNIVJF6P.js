import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  snapshotAt
} from "./chunk-TTYZOKXK.js";
import {
  resolveMatrix,
  routeStacks
} from "./chunk-6UBVXZZE.js";
import {
  strictestEnvironment,
  unitEnvironmentName
} from "./chunk-CS2LBCZH.js";

// lib/stacks/routing.ts
function matrixOf(config) {
  return resolveMatrix(config.byKind.DecisionMatrix[0]);
}
function routeUnits(config, units, other) {
  let configs = other ? [config, other] : [config], stacks = units.map((u) => ({ unit: u.id, layer: u.layer, region: u.region, files: [] })), route = (c) => routeStacks(
    matrixOf(c),
    stacks,
    c.byKind.Composition.map((d) => d.value)
  ), routed = route(config), others = other ? route(other) : [];
  return new Map(
    routed.map((r, i) => {
      let o = others[i], stricter = o ? {
        ...r,
        approvals: Math.max(r.approvals, o.approvals),
        maintenanceWindow: r.maintenanceWindow || o.maintenanceWindow
      } : r, env = strictestEnvironment(configs, r.region)?.name, environment = unitEnvironmentName(r.layer, env);
      return [r.stack, { ...stricter, environment }];
    })
  );
}
async function routeSinceApplied(repoDir, configDir, head, units) {
  let routes = /* @__PURE__ */ new Map();
  for (let since of new Set(units.map((u) => u.since))) {
    let some = units.filter((u) => u.since === since), before = since ? (await snapshotAt(repoDir, since, configDir)).config : void 0;
    for (let [id, r] of routeUnits(head, some, before)) routes.set(id, r);
  }
  return routes;
}

export {
  matrixOf,
  routeUnits,
  routeSinceApplied
};
