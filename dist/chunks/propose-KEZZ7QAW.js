import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  proposeAutoscale,
  runFailed
} from "./chunk-YX5TGHM5.js";
import "./chunk-UMPZY4QX.js";
import "./chunk-DT24GUBB.js";
import "./chunk-ISBRDQ36.js";
import "./chunk-XBWW3AL2.js";
import "./chunk-E3YNVKZY.js";
import "./chunk-SGJR32AY.js";
import "./chunk-AJ4MJDGZ.js";
import "./chunk-3V6RLKHJ.js";
import "./chunk-3LKBZQVJ.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  proposeAutoscale,
  runFailed
};
