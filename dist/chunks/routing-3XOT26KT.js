import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  matrixOf,
  routeUnits
} from "./chunk-TACJXU6S.js";
import "./chunk-AMMRA53U.js";
import "./chunk-3LKBZQVJ.js";
import "./chunk-BOG7BZ5N.js";
export {
  matrixOf,
  routeUnits
};
