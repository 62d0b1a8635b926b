import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  REMOVED_MESSAGE,
  planUnit,
  planUnits
} from "./chunk-25EYJSIE.js";
import "./chunk-67MDLEXD.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  REMOVED_MESSAGE,
  planUnit,
  planUnits
};
