import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  checkedOutAt,
  fileDiffs,
  planScope,
  pullScope,
  readResults,
  unitById,
  writeResult
} from "./chunk-XRSRD3JH.js";
import "./chunk-5NZ55P3W.js";
import "./chunk-2MWW2LCX.js";
import "./chunk-2TUJ4FK5.js";
import "./chunk-EZ4IOWSM.js";
import "./chunk-GOEM2NLZ.js";
import "./chunk-EHRNIBYU.js";
import "./chunk-67MDLEXD.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-PC3UXLJJ.js";
import "./chunk-FSG2CP4I.js";
import "./chunk-UADEXN7C.js";
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
