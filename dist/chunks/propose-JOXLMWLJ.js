import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  proposeAutoscale,
  runFailed
} from "./chunk-WSDKGJYI.js";
import "./chunk-4XNVKP4A.js";
import "./chunk-DT24GUBB.js";
import "./chunk-67MDLEXD.js";
import "./chunk-TRJHGE6R.js";
import "./chunk-WRVK7YPS.js";
import "./chunk-ZPMZPS3A.js";
import "./chunk-P65MNMF3.js";
import "./chunk-NYTFFUUD.js";
import "./chunk-BN3QFUFR.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-UADEXN7C.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-3R42FRST.js";
import "./chunk-2MDY3BJO.js";
import "./chunk-5YSYQDP2.js";
import "./chunk-FSVYXGTI.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  proposeAutoscale,
  runFailed
};
