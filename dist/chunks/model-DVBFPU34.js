import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  validateConfig
} from "./chunk-CS2LBCZH.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-STEYPZ26.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-R6XTO7R2.js";
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  UsageError,
  validateConfig
};
