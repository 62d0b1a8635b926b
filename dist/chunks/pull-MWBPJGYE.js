import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  checkedOutAt,
  fileDiffs,
  planScope,
  pullScope,
  readResults,
  unitById,
  writeResult
} from "./chunk-JGNMLCGV.js";
import "./chunk-C2G3KJRP.js";
import "./chunk-2VNZUL4L.js";
import "./chunk-DUPYH4Q3.js";
import "./chunk-EZ4IOWSM.js";
import "./chunk-GOEM2NLZ.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-PC3UXLJJ.js";
import "./chunk-DQ7PU7NH.js";
import "./chunk-N4SQIPCK.js";
import "./chunk-65PPA6I5.js";
import "./chunk-MVVZDAL2.js";
import "./chunk-67MDLEXD.js";
import "./chunk-NKEZGRMP.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-3763KEMA.js";
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
