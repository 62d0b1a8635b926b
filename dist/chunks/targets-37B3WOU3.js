import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  gtmSetup,
  loadGtmSetup
} from "./chunk-QBRJVGJW.js";
import "./chunk-IMM24FY4.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-KY6UT24Y.js";
import "./chunk-FM3IK77Q.js";
import "./chunk-XSFAT2KL.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  gtmSetup,
  loadGtmSetup
};
