import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  applyFailed,
  applyUnit,
  applyUnits,
  isFailure
} from "./chunk-O7UA2JK2.js";
import "./chunk-LQV7SQED.js";
import "./chunk-JDCG22ZY.js";
import "./chunk-56DD6G4R.js";
import "./chunk-QDYLGIE3.js";
import "./chunk-KMNX7OSY.js";
import "./chunk-CHD3VOHP.js";
import "./chunk-3LKBZQVJ.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  applyFailed,
  applyUnit,
  applyUnits,
  isFailure
};
