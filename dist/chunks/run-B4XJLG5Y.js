import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  REMOVED_MESSAGE,
  planUnit,
  planUnits,
  pool
} from "./chunk-3WEU2VQU.js";
import "./chunk-DUWZGTRN.js";
import "./chunk-GJKJQNJ4.js";
import "./chunk-GN6SVRLO.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  REMOVED_MESSAGE,
  planUnit,
  planUnits,
  pool
};
