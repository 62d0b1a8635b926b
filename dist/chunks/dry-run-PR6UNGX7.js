import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  gtmDryRunMarkdown
} from "./chunk-YFQ6MTBF.js";
import "./chunk-C37YV2F7.js";
import "./chunk-HREW6I4M.js";
import "./chunk-P2CPBJ4S.js";
import "./chunk-OSRA3DMD.js";
import "./chunk-3F7O5NK5.js";
import "./chunk-3ESNMHG6.js";
import "./chunk-YHLQV6AD.js";
import "./chunk-WBWQXZS3.js";
import "./chunk-HU4KB7YU.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-IIGFA757.js";
import "./chunk-J6YPK43K.js";
import "./chunk-ZUSPSRZ2.js";
import "./chunk-BOG7BZ5N.js";
export {
  gtmDryRunMarkdown
};
