import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  proposeAutoscale,
  runFailed
} from "./chunk-RH2N5MFH.js";
import "./chunk-Y6AZDA4C.js";
import "./chunk-TRJHGE6R.js";
import "./chunk-P65MNMF3.js";
import "./chunk-4XNVKP4A.js";
import "./chunk-DT24GUBB.js";
import "./chunk-WRVK7YPS.js";
import "./chunk-NYTFFUUD.js";
import "./chunk-ZPMZPS3A.js";
import "./chunk-67MDLEXD.js";
import "./chunk-S6O3OEAC.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-KSBIVUWP.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-KY6UT24Y.js";
import "./chunk-FM3IK77Q.js";
import "./chunk-XSFAT2KL.js";
import "./chunk-N5PQ57XD.js";
import "./chunk-LRUJNPW5.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  proposeAutoscale,
  runFailed
};
