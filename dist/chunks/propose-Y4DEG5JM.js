import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  proposeAutoscale,
  runFailed
} from "./chunk-XEC3PI2M.js";
import "./chunk-Y6AZDA4C.js";
import "./chunk-5TVWZLSY.js";
import "./chunk-X5TJOQ53.js";
import "./chunk-4O7L4F3E.js";
import "./chunk-IMM24FY4.js";
import "./chunk-TRJHGE6R.js";
import "./chunk-P65MNMF3.js";
import "./chunk-4XNVKP4A.js";
import "./chunk-NYTFFUUD.js";
import "./chunk-WRVK7YPS.js";
import "./chunk-67MDLEXD.js";
import "./chunk-7Q6NB2VU.js";
import "./chunk-ZPMZPS3A.js";
import "./chunk-CS2LBCZH.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-STEYPZ26.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-KY6UT24Y.js";
import "./chunk-FM3IK77Q.js";
import "./chunk-XSFAT2KL.js";
import "./chunk-R6XTO7R2.js";
import "./chunk-JE64DLF2.js";
import "./chunk-LRUJNPW5.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  proposeAutoscale,
  runFailed
};
