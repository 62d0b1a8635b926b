import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  affects,
  listUnits,
  localModules,
  parseUnitId,
  sortUnits,
  unitExists
} from "./chunk-GA4PO7KL.js";
import "./chunk-QIDO7VDN.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  affects,
  listUnits,
  localModules,
  parseUnitId,
  sortUnits,
  unitExists
};
