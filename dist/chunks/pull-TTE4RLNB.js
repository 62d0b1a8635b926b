import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  checkedOutAt,
  fileDiffs,
  planScope,
  pullScope,
  readResults,
  unitById,
  writeResult
} from "./chunk-S6LACH75.js";
import "./chunk-25EYJSIE.js";
import "./chunk-67MDLEXD.js";
import "./chunk-YDHX6COO.js";
import "./chunk-RPL54Y6O.js";
import "./chunk-RZUAD3BR.js";
import "./chunk-6UBVXZZE.js";
import "./chunk-GYUQZ33A.js";
import "./chunk-5SZOY3OE.js";
import "./chunk-4WYCSGYA.js";
import "./chunk-DBPEO2ZL.js";
import "./chunk-66JDLIDC.js";
import "./chunk-7Q6NB2VU.js";
import "./chunk-ZPMZPS3A.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-OP3DMHVI.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-L4R5MLDH.js";
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
