import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  validateConfig
} from "./chunk-DQ7PU7NH.js";
import "./chunk-NKEZGRMP.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-3763KEMA.js";
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  UsageError,
  validateConfig
};
