import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  proposeAutoscale,
  runFailed
} from "./chunk-7UJXKZMN.js";
import "./chunk-ISBRDQ36.js";
import "./chunk-E3YNVKZY.js";
import "./chunk-UMPZY4QX.js";
import "./chunk-XBWW3AL2.js";
import "./chunk-SGJR32AY.js";
import "./chunk-LABUN7PV.js";
import "./chunk-CFJX3WRP.js";
import "./chunk-3LKBZQVJ.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  proposeAutoscale,
  runFailed
};
