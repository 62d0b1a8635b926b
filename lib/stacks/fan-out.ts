// Fan-out on GitHub's own runners: the affected units as job matrices. GitHub allows at
// most 256 jobs per matrix, so the list comes in chunks; apply needs one matrix per layer
// (layers run in order), each entry naming the GitHub Environment that gates it.
import { Layers, type Lifecycle } from "../model/schema.ts";
import type { AffectedUnit } from "./affected.ts";
import type { UnitRoute } from "./routing.ts";

export const MAX_MATRIX_JOBS = 256;

export interface MatrixEntry {
  unit: string;
  layer: Lifecycle;
  region: string;
  engine: string;
  environment: string;
  backup: string;
}

export interface Matrix {
  include: MatrixEntry[];
}

export function matrixEntries(
  affected: AffectedUnit[],
  routes: Map<string, UnitRoute>,
): MatrixEntry[] {
  return affected.map((a) => {
    const r = routes.get(a.id);
    return {
      unit: a.id,
      layer: a.layer,
      region: a.region,
      engine: a.unit?.engine ?? "removed",
      environment: r?.environment ?? `cloudneutral-${a.layer}`,
      backup: r?.backup ?? "none",
    };
  });
}

export function chunk(entries: MatrixEntry[], size = MAX_MATRIX_JOBS): Matrix[] {
  const out: Matrix[] = [];
  for (let i = 0; i < entries.length; i += size) out.push({ include: entries.slice(i, i + size) });
  return out;
}

/**
 * Step outputs: `matrix` (the first chunk), `matrices` (every chunk), `count`, and per
 * layer `matrix-<layer>` / `has-<layer>` for apply's one-job-per-layer workflow. For apply,
 * a layer with more than 256 units is an error: its jobs could not all run in order.
 */
export function matrixOutputs(
  entries: MatrixEntry[],
  options: { perLayerLimit?: boolean } = {},
): Record<string, string> {
  const chunks = chunk(entries);
  const out: Record<string, string> = {
    matrix: JSON.stringify(chunks[0] ?? { include: [] }),
    matrices: JSON.stringify(chunks),
    count: String(entries.length),
    units: JSON.stringify(entries.map((e) => e.unit)),
  };
  for (const layer of Layers) {
    const mine = entries.filter((e) => e.layer === layer);
    if ((options.perLayerLimit ?? true) && mine.length > MAX_MATRIX_JOBS)
      throw new Error(
        `${mine.length} ${layer} units are affected; a GitHub matrix runs at most ${MAX_MATRIX_JOBS} jobs — apply them in one job (mode: all)`,
      );
    out[`matrix-${layer}`] = JSON.stringify({ include: mine });
    out[`has-${layer}`] = String(mine.length > 0);
  }
  return out;
}
