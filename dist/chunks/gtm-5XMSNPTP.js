import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  GTM_COMMANDS,
  gtmCommand,
  gtmDryRun
} from "./chunk-ALFTIZNO.js";
import "./chunk-GISXQ2J5.js";
import "./chunk-7EAAW733.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  GTM_COMMANDS,
  gtmCommand,
  gtmDryRun
};
