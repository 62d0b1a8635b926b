import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  Layers
} from "./chunk-N5PQ57XD.js";

// lib/stacks/fan-out.ts
var MAX_MATRIX_JOBS = 256;
function matrixEntries(affected, routes) {
  return affected.map((a) => {
    let r = routes.get(a.id);
    return {
      unit: a.id,
      layer: a.layer,
      region: a.region,
      engine: a.unit?.engine ?? "removed",
      environment: r?.environment ?? `cloudneutral-${a.layer}`,
      backup: r?.backup ?? "none"
    };
  });
}
function chunk(entries, size = MAX_MATRIX_JOBS) {
  let out = [];
  for (let i = 0; i < entries.length; i += size) out.push({ include: entries.slice(i, i + size) });
  return out;
}
function matrixOutputs(entries, options = {}) {
  let chunks = chunk(entries), out = {
    matrix: JSON.stringify(chunks[0] ?? { include: [] }),
    matrices: JSON.stringify(chunks),
    count: String(entries.length),
    units: JSON.stringify(entries.map((e) => e.unit))
  };
  for (let layer of Layers) {
    let mine = entries.filter((e) => e.layer === layer);
    if ((options.perLayerLimit ?? !0) && mine.length > MAX_MATRIX_JOBS)
      throw new Error(
        `${mine.length} ${layer} units are affected; a GitHub matrix runs at most ${MAX_MATRIX_JOBS} jobs \u2014 apply them in one job (mode: all)`
      );
    out[`matrix-${layer}`] = JSON.stringify({ include: mine }), out[`has-${layer}`] = String(mine.length > 0);
  }
  return out;
}

export {
  MAX_MATRIX_JOBS,
  matrixEntries,
  chunk,
  matrixOutputs
};
