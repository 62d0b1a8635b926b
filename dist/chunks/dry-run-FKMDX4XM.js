import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  gtmDryRunMarkdown
} from "./chunk-QBY742OG.js";
import "./chunk-CDZX4FQ5.js";
import "./chunk-VOZ56BNN.js";
import "./chunk-F4ZNFUQ3.js";
import "./chunk-564VSPFL.js";
import "./chunk-QBRJVGJW.js";
import "./chunk-2SWB73RB.js";
import "./chunk-CBTUWG5K.js";
import "./chunk-XQWHKO4R.js";
import "./chunk-VZB5ED4X.js";
import "./chunk-J47NM74G.js";
import "./chunk-C37YV2F7.js";
import "./chunk-YYUTBJUR.js";
import "./chunk-IMM24FY4.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-KY6UT24Y.js";
import "./chunk-FM3IK77Q.js";
import "./chunk-XSFAT2KL.js";
import "./chunk-GPRVIFN3.js";
import "./chunk-53UA33VZ.js";
import "./chunk-7EAAW733.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  gtmDryRunMarkdown
};
