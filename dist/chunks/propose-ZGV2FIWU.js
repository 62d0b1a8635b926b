import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  proposeAutoscale,
  runFailed
} from "./chunk-RF5HGZJ6.js";
import "./chunk-PWWEDTBW.js";
import "./chunk-4XNVKP4A.js";
import "./chunk-NYTFFUUD.js";
import "./chunk-DT24GUBB.js";
import "./chunk-5KTBXRGL.js";
import "./chunk-XBWW3AL2.js";
import "./chunk-67MDLEXD.js";
import "./chunk-ESHY5GZE.js";
import "./chunk-K6WOVJVR.js";
import "./chunk-4A54ULV7.js";
import "./chunk-WXA26J57.js";
import "./chunk-XPURT6RJ.js";
import "./chunk-PC3UXLJJ.js";
import "./chunk-QIDO7VDN.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  proposeAutoscale,
  runFailed
};
