import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  Layers
} from "./chunk-N5PQ57XD.js";

// lib/policy/matrix.ts
var BUILTIN_MATRIX = {
  foundation: {
    engine: "terraform",
    reconcile: "on_drift",
    drift: "alert",
    approvals: 2,
    maintenanceWindow: !1,
    backup: "state-snapshot",
    gate: "strong approval"
  },
  "k8s-base": {
    engine: "terraform",
    reconcile: "periodic",
    drift: "alert",
    approvals: 1,
    maintenanceWindow: !0,
    backup: "state-snapshot",
    gate: "approval + maintenance window"
  },
  platform: {
    engine: "terraform",
    reconcile: "periodic",
    drift: "correct",
    approvals: 0,
    maintenanceWindow: !1,
    backup: "pre-change-snapshot",
    gate: "per environment"
  },
  applications: {
    engine: "gitops",
    reconcile: "continuous",
    drift: "correct",
    approvals: 0,
    maintenanceWindow: !1,
    backup: "rollback",
    gate: "automatic (policy)"
  },
  config: {
    engine: "ansible",
    reconcile: "on_change",
    drift: "correct",
    approvals: 0,
    maintenanceWindow: !1,
    backup: "none",
    gate: "automatic"
  }
};
function resolveMatrix(doc) {
  let rows = doc?.value.spec.rows ?? {};
  return Object.fromEntries(
    Layers.map((layer) => {
      let over = rows[layer] ?? {}, route = { ...BUILTIN_MATRIX[layer] };
      return over.engine && (route.engine = over.engine), over.reconcile && (route.reconcile = over.reconcile), over.drift && (route.drift = over.drift), over.approvals !== void 0 && (route.approvals = over.approvals), over.maintenanceWindow !== void 0 && (route.maintenanceWindow = over.maintenanceWindow), over.backup && (route.backup = over.backup), doc && rows[layer] && (route.gate = `${route.gate} (overridden by ${doc.name})`), [layer, route];
    })
  );
}
function routeComposition(matrix, composition) {
  let route = { ...matrix[composition.spec.lifecycle] }, over = composition.spec.overrides ?? {};
  return composition.spec.engine && (route.engine = composition.spec.engine), over.reconcile && (route.reconcile = over.reconcile), over.approvals !== void 0 && (route.approvals = Math.max(route.approvals, over.approvals)), over.backup && (route.backup = over.backup), route;
}
function routeStacks(matrix, stacks, compositions) {
  return stacks.map((s) => {
    let route = matrix[s.layer];
    for (let c of compositions) {
      if (c.spec.lifecycle !== s.layer || !c.spec.regions.includes(s.region)) continue;
      let r = routeComposition(matrix, c);
      r.approvals > route.approvals && (route = { ...route, approvals: r.approvals, backup: r.backup });
    }
    return { ...route, stack: s.unit, layer: s.layer, region: s.region };
  });
}

export {
  resolveMatrix,
  routeComposition,
  routeStacks
};
