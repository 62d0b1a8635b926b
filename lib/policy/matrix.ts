// The decision matrix (DESIGN.md): the closer to the foundation, the more detection and
// approval; the closer to applications, the more automation and quick rollback.
import type { SourceDoc } from "../model/index.ts";
import { type Composition, Layers, type Lifecycle, type MatrixRow } from "../model/schema.ts";
import type { StackChange } from "./types.ts";

export interface Route {
  engine: "terraform" | "gitops" | "ansible";
  reconcile: "on_drift" | "periodic" | "continuous" | "on_change";
  drift: "alert" | "correct";
  /** Approvals the layer itself asks for; the environment's count may ask for more. */
  approvals: number;
  /** Changes wait for the region's maintenance window. */
  maintenanceWindow: boolean;
  backup: "state-snapshot" | "pre-change-snapshot" | "rollback" | "none";
  /** The gate in words, as the matrix names it. */
  gate: string;
}

export type Matrix = Record<Lifecycle, Route>;

export const BUILTIN_MATRIX: Matrix = {
  foundation: {
    engine: "terraform",
    reconcile: "on_drift",
    drift: "alert",
    approvals: 2,
    maintenanceWindow: false,
    backup: "state-snapshot",
    gate: "strong approval",
  },
  "k8s-base": {
    engine: "terraform",
    reconcile: "periodic",
    drift: "alert",
    approvals: 1,
    maintenanceWindow: true,
    backup: "state-snapshot",
    gate: "approval + maintenance window",
  },
  platform: {
    engine: "terraform",
    reconcile: "periodic",
    drift: "correct",
    approvals: 0,
    maintenanceWindow: false,
    backup: "pre-change-snapshot",
    gate: "per environment",
  },
  applications: {
    engine: "gitops",
    reconcile: "continuous",
    drift: "correct",
    approvals: 0,
    maintenanceWindow: false,
    backup: "rollback",
    gate: "automatic (policy)",
  },
  config: {
    engine: "ansible",
    reconcile: "on_change",
    drift: "correct",
    approvals: 0,
    maintenanceWindow: false,
    backup: "none",
    gate: "automatic",
  },
};

/** The built-in matrix with a DecisionMatrix document's rows laid over it. */
export function resolveMatrix(doc: SourceDoc<"DecisionMatrix"> | undefined): Matrix {
  const rows = (doc?.value.spec.rows ?? {}) as Partial<Record<Lifecycle, MatrixRow>>;
  return Object.fromEntries(
    Layers.map((layer) => {
      const over = rows[layer] ?? {};
      const route: Route = { ...BUILTIN_MATRIX[layer] };
      if (over.engine) route.engine = over.engine;
      if (over.reconcile) route.reconcile = over.reconcile;
      if (over.drift) route.drift = over.drift;
      if (over.approvals !== undefined) route.approvals = over.approvals;
      if (over.maintenanceWindow !== undefined) route.maintenanceWindow = over.maintenanceWindow;
      if (over.backup) route.backup = over.backup;
      if (doc && rows[layer]) route.gate = `${route.gate} (overridden by ${doc.name})`;
      return [layer, route];
    }),
  ) as Matrix;
}

/** A composition's row: its layer's, with the composition's own overrides. */
export function routeComposition(matrix: Matrix, composition: Composition): Route {
  const route = { ...matrix[composition.spec.lifecycle] };
  const over = composition.spec.overrides ?? {};
  if (composition.spec.engine) route.engine = composition.spec.engine;
  if (over.reconcile) route.reconcile = over.reconcile;
  if (over.approvals !== undefined) route.approvals = Math.max(route.approvals, over.approvals);
  if (over.backup) route.backup = over.backup;
  return route;
}

export interface RoutedStack extends Route {
  stack: string;
  layer: Lifecycle;
  region: string;
}

/**
 * Every affected stack with its row; a stack holding compositions takes the strictest of
 * their overrides (most approvals), since one apply carries them all.
 */
export function routeStacks(
  matrix: Matrix,
  stacks: StackChange[],
  compositions: Composition[],
): RoutedStack[] {
  return stacks.map((s) => {
    let route = matrix[s.layer];
    for (const c of compositions) {
      if (c.spec.lifecycle !== s.layer || !c.spec.regions.includes(s.region)) continue;
      const r = routeComposition(matrix, c);
      if (r.approvals > route.approvals)
        route = { ...route, approvals: r.approvals, backup: r.backup };
    }
    return { ...route, stack: s.unit, layer: s.layer, region: s.region };
  });
}
