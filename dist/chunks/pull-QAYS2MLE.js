import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  checkedOutAt,
  fileDiffs,
  planScope,
  pullScope,
  readResults,
  unitById,
  writeResult
} from "./chunk-PAM2VJ43.js";
import "./chunk-FJ2K2IKM.js";
import "./chunk-BV24L5RP.js";
import "./chunk-VL6BSS2I.js";
import "./chunk-ZWE3U27X.js";
import "./chunk-EZ4IOWSM.js";
import "./chunk-GOEM2NLZ.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-PC3UXLJJ.js";
import "./chunk-5G2L36B5.js";
import "./chunk-N4SQIPCK.js";
import "./chunk-65PPA6I5.js";
import "./chunk-MVVZDAL2.js";
import "./chunk-67MDLEXD.js";
import "./chunk-ZIIYJ5YO.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-QIDO7VDN.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  checkedOutAt,
  fileDiffs,
  planScope,
  pullScope,
  readResults,
  unitById,
  writeResult
};
