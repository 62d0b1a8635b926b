import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  validateConfig
} from "./chunk-BSU35BBO.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-YR7YMXZY.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-2P3LM5RM.js";
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  UsageError,
  validateConfig
};
