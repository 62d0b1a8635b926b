import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  affects,
  listUnits,
  localModules,
  parseUnitId,
  sortUnits,
  unitExists
} from "./chunk-IZ5YMRVO.js";
import "./chunk-UQ4QY5PW.js";
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
