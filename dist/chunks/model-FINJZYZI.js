import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  validateConfig
} from "./chunk-ESHY5GZE.js";
import "./chunk-K6WOVJVR.js";
import "./chunk-QIDO7VDN.js";
import {
  UsageError
} from "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  UsageError,
  validateConfig
};
