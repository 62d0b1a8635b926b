import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  validateConfig
} from "./chunk-OYLBPJBO.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-MZEM6IKP.js";
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
