import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  gtmSetup,
  loadGtmSetup
} from "./chunk-CD3ZPFJK.js";
import "./chunk-3R42FRST.js";
import "./chunk-2MDY3BJO.js";
import "./chunk-5YSYQDP2.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  gtmSetup,
  loadGtmSetup
};
