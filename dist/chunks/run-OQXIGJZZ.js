import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  applyFailed,
  applyUnit,
  applyUnits,
  isFailure
} from "./chunk-4L4HHU7J.js";
import "./chunk-LQV7SQED.js";
import "./chunk-VDNVF5UN.js";
import "./chunk-67MDLEXD.js";
import "./chunk-56DD6G4R.js";
import "./chunk-QDYLGIE3.js";
import "./chunk-KMNX7OSY.js";
import "./chunk-CHD3VOHP.js";
import "./chunk-QIDO7VDN.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  applyFailed,
  applyUnit,
  applyUnits,
  isFailure
};
