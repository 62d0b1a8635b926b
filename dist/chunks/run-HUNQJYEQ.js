import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  applyFailed,
  applyUnit,
  applyUnits,
  isFailure
} from "./chunk-QHGKFZLL.js";
import "./chunk-VPTIX2NF.js";
import "./chunk-QMSWR5PO.js";
import "./chunk-67MDLEXD.js";
import "./chunk-LQV7SQED.js";
import "./chunk-HCZOYBPB.js";
import "./chunk-HYEIGLEA.js";
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
