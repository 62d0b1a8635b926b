import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  REMOVED_MESSAGE,
  planUnit,
  planUnits
} from "./chunk-VDNVF5UN.js";
import "./chunk-67MDLEXD.js";
import "./chunk-56DD6G4R.js";
import "./chunk-QDYLGIE3.js";
import "./chunk-KMNX7OSY.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  REMOVED_MESSAGE,
  planUnit,
  planUnits
};
