import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  proposeAutoscale,
  runFailed
} from "./chunk-E2CZHZFT.js";
import "./chunk-4XNVKP4A.js";
import "./chunk-DT24GUBB.js";
import "./chunk-LF3CYF4J.js";
import "./chunk-WRVK7YPS.js";
import "./chunk-PC3UXLJJ.js";
import "./chunk-P65MNMF3.js";
import "./chunk-NYTFFUUD.js";
import "./chunk-DQ7PU7NH.js";
import "./chunk-67MDLEXD.js";
import "./chunk-4A54ULV7.js";
import "./chunk-WXA26J57.js";
import "./chunk-XPURT6RJ.js";
import "./chunk-NKEZGRMP.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-3763KEMA.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  proposeAutoscale,
  runFailed
};
