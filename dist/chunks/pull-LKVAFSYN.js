import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  checkedOutAt,
  fileDiffs,
  planScope,
  pullScope,
  readResults,
  unitById,
  writeResult
} from "./chunk-A4CYHFY7.js";
import "./chunk-XWNDAI5B.js";
import "./chunk-FGVFHGUS.js";
import "./chunk-VL6BSS2I.js";
import "./chunk-DMIZSY5Q.js";
import "./chunk-U3A2UDTG.js";
import "./chunk-GOEM2NLZ.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-PC3UXLJJ.js";
import "./chunk-6G5UDX3R.js";
import "./chunk-N4SQIPCK.js";
import "./chunk-YOEP22AH.js";
import "./chunk-AGNIDL25.js";
import "./chunk-67MDLEXD.js";
import "./chunk-MYGGWYMJ.js";
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
