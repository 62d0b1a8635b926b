import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  checkoutRoot,
  readStatusFromGit,
  scaleEvents
} from "./chunk-5KTBXRGL.js";
import "./chunk-XBWW3AL2.js";
import "./chunk-PC3UXLJJ.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  checkoutRoot,
  readStatusFromGit,
  scaleEvents
};
