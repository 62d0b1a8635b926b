import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  checkoutRoot,
  readStatusFromGit,
  scaleEvents
} from "./chunk-LF3CYF4J.js";
import "./chunk-WRVK7YPS.js";
import "./chunk-PC3UXLJJ.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  checkoutRoot,
  readStatusFromGit,
  scaleEvents
};
