import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  checkedOutAt,
  fileDiffs,
  planScope,
  pullScope,
  readResults,
  unitById,
  writeResult
} from "./chunk-YLEAJS2F.js";
import "./chunk-ORHHGEKG.js";
import "./chunk-QHC7K5JN.js";
import "./chunk-HTODDY2L.js";
import "./chunk-7MLV7P24.js";
import "./chunk-PO5MOTX2.js";
import "./chunk-KPO4HJV5.js";
import "./chunk-4WYCSGYA.js";
import "./chunk-DBPEO2ZL.js";
import "./chunk-66JDLIDC.js";
import "./chunk-ZPMZPS3A.js";
import "./chunk-7Q6NB2VU.js";
import "./chunk-EHRNIBYU.js";
import "./chunk-67MDLEXD.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-BSU35BBO.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-YR7YMXZY.js";
import "./chunk-N4SQIPCK.js";
import "./chunk-65PPA6I5.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-2P3LM5RM.js";
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
