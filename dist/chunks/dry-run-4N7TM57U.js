import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  gtmDryRunMarkdown
} from "./chunk-Y5GDFOVE.js";
import "./chunk-C37YV2F7.js";
import "./chunk-UUDXPX67.js";
import "./chunk-ABQOVWO3.js";
import "./chunk-NE27RMKN.js";
import "./chunk-XQWHKO4R.js";
import "./chunk-J47NM74G.js";
import "./chunk-564VSPFL.js";
import "./chunk-CD3ZPFJK.js";
import "./chunk-HU4KB7YU.js";
import "./chunk-YYUTBJUR.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-3R42FRST.js";
import "./chunk-2MDY3BJO.js";
import "./chunk-5YSYQDP2.js";
import "./chunk-7EAAW733.js";
import "./chunk-GPRVIFN3.js";
import "./chunk-53UA33VZ.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  gtmDryRunMarkdown
};
