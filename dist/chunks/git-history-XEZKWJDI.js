import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  checkoutRoot,
  readStatusFromGit,
  scaleEvents
} from "./chunk-TRJHGE6R.js";
import "./chunk-WRVK7YPS.js";
import "./chunk-ZPMZPS3A.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  checkoutRoot,
  readStatusFromGit,
  scaleEvents
};
