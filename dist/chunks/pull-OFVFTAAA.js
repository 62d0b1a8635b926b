import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  checkedOutAt,
  fileDiffs,
  planScope,
  pullScope,
  readResults,
  unitById,
  writeResult
} from "./chunk-ZDT7SGQU.js";
import "./chunk-ETV6CMTV.js";
import "./chunk-43N5XZYE.js";
import "./chunk-RO5QZOGO.js";
import "./chunk-7QEZCPUL.js";
import "./chunk-KJ5TWSQE.js";
import "./chunk-ZPMZPS3A.js";
import "./chunk-EHRNIBYU.js";
import "./chunk-67MDLEXD.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-OYLBPJBO.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-MZEM6IKP.js";
import "./chunk-N4SQIPCK.js";
import "./chunk-65PPA6I5.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-FSVYXGTI.js";
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
