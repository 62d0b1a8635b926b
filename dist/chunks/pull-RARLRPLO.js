import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  checkedOutAt,
  fileDiffs,
  planScope,
  pullScope,
  readResults,
  unitById,
  writeResult
} from "./chunk-VYO4UVZB.js";
import "./chunk-SIFHUJ64.js";
import "./chunk-LJ2T3B47.js";
import "./chunk-WB3WZ336.js";
import "./chunk-TDLX4IQ7.js";
import "./chunk-URASD3QO.js";
import "./chunk-KPO4HJV5.js";
import "./chunk-4WYCSGYA.js";
import "./chunk-DBPEO2ZL.js";
import "./chunk-66JDLIDC.js";
import "./chunk-ZPMZPS3A.js";
import "./chunk-EHRNIBYU.js";
import "./chunk-67MDLEXD.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-S6O3OEAC.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-KSBIVUWP.js";
import "./chunk-N4SQIPCK.js";
import "./chunk-65PPA6I5.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-N5PQ57XD.js";
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
