import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  validateConfig
} from "./chunk-BN3QFUFR.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-UADEXN7C.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-FSVYXGTI.js";
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  UsageError,
  validateConfig
};
