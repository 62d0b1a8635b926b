import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  changeSet,
  deepEqual,
  snapshotAt
} from "./chunk-GSBB5FMK.js";
import "./chunk-33PEBUHQ.js";
import "./chunk-6O3EO5Y7.js";
import "./chunk-LABUN7PV.js";
import "./chunk-CFJX3WRP.js";
import "./chunk-N4SQIPCK.js";
import {
  resourceChanges
} from "./chunk-GN6SVRLO.js";
import "./chunk-5SD6RE45.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-3LKBZQVJ.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  changeSet,
  deepEqual,
  resourceChanges,
  snapshotAt
};
