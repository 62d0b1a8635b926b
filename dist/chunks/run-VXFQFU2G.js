import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  applyFailed,
  applyUnit,
  applyUnits
} from "./chunk-DFAX2BIJ.js";
import "./chunk-3WEU2VQU.js";
import "./chunk-DUWZGTRN.js";
import "./chunk-GJKJQNJ4.js";
import "./chunk-GN6SVRLO.js";
import "./chunk-RYMIKQCK.js";
import "./chunk-3LKBZQVJ.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  applyFailed,
  applyUnit,
  applyUnits
};
