import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  Layers
} from "./chunk-N5PQ57XD.js";
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";

// lib/policy/plan-spec.ts
var STACK = new RegExp(`^stacks/(${Layers.join("|")})/[a-z0-9]([a-z0-9-]*[a-z0-9])?$`);
function parsePlanSpecs(lines) {
  return lines.map((l) => l.trim()).filter(Boolean).map((line) => {
    let at = line.indexOf("="), stack = line.slice(0, Math.max(at, 0)), file = line.slice(at + 1), m = STACK.exec(stack);
    if (at < 0 || !m || !file)
      throw new UsageError(
        `a plan is given as stacks/<layer>/<region>=<file>; got ${JSON.stringify(line)}`
      );
    return { stack, layer: m[1], file };
  });
}
function layerOfStack(stack) {
  return STACK.exec(stack)?.[1];
}

export {
  parsePlanSpecs,
  layerOfStack
};
