import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  affects,
  listUnits,
  localModules,
  parseUnitId,
  sortUnits,
  unitExists
} from "./chunk-PT4KNHSP.js";
import "./chunk-3LKBZQVJ.js";
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
