import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  affects,
  listUnits,
  localModules,
  parseUnitId,
  sortUnits
} from "./chunk-YDHX6COO.js";
import "./chunk-R6XTO7R2.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  affects,
  listUnits,
  localModules,
  parseUnitId,
  sortUnits
};
