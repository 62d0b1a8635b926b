import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  checkedOutAt,
  fileDiffs,
  planScope,
  pullScope,
  readResults,
  unitById,
  writeResult
} from "./chunk-CZTT3GFT.js";
import "./chunk-25EYJSIE.js";
import "./chunk-67MDLEXD.js";
import "./chunk-YDHX6COO.js";
import "./chunk-KNIVJF6P.js";
import "./chunk-TTYZOKXK.js";
import "./chunk-6UBVXZZE.js";
import "./chunk-UVLJIHVO.js";
import "./chunk-5SZOY3OE.js";
import "./chunk-4WYCSGYA.js";
import "./chunk-DBPEO2ZL.js";
import "./chunk-66JDLIDC.js";
import "./chunk-7Q6NB2VU.js";
import "./chunk-ZPMZPS3A.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-CS2LBCZH.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-STEYPZ26.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-N4SQIPCK.js";
import "./chunk-65PPA6I5.js";
import "./chunk-R6XTO7R2.js";
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
