import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  validateConfig
} from "./chunk-5G2L36B5.js";
import "./chunk-ZIIYJ5YO.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-QIDO7VDN.js";
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  UsageError,
  validateConfig
};
