import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  gtmDryRunMarkdown
} from "./chunk-VFRETT3J.js";
import "./chunk-C37YV2F7.js";
import "./chunk-D7AKV542.js";
import "./chunk-SAIRI7LF.js";
import "./chunk-GM5BYKNW.js";
import "./chunk-HU4KB7YU.js";
import "./chunk-LDJSOZBE.js";
import "./chunk-J47NM74G.js";
import "./chunk-YHLQV6AD.js";
import "./chunk-UPHYV5VW.js";
import "./chunk-YYUTBJUR.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-4A54ULV7.js";
import "./chunk-WXA26J57.js";
import "./chunk-XPURT6RJ.js";
import "./chunk-IIGFA757.js";
import "./chunk-J6YPK43K.js";
import "./chunk-ZUSPSRZ2.js";
import "./chunk-BOG7BZ5N.js";
export {
  gtmDryRunMarkdown
};
