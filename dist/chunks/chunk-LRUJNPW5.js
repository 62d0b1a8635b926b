import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/autoscale/types.ts
var AUTO_MERGE_MODES = ["none", "scale-up", "all"], DEFAULT_AUTO_MERGE = "scale-up";
function parseAutoMerge(value) {
  return AUTO_MERGE_MODES.find((m) => m === value);
}

export {
  AUTO_MERGE_MODES,
  DEFAULT_AUTO_MERGE,
  parseAutoMerge
};
