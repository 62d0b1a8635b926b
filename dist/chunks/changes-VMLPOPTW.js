import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  changeSet,
  deepEqual,
  snapshotAt
} from "./chunk-Y4ALEIY6.js";
import "./chunk-GAN4Z4MY.js";
import "./chunk-6O3EO5Y7.js";
import "./chunk-B77A3H5G.js";
import "./chunk-YPYFBPQG.js";
import "./chunk-N4SQIPCK.js";
import {
  resourceChanges
} from "./chunk-GN6SVRLO.js";
import "./chunk-5SD6RE45.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-LFUVOBH6.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  changeSet,
  deepEqual,
  resourceChanges,
  snapshotAt
};
