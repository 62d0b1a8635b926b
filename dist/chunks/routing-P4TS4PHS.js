import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  matrixOf,
  routeUnits
} from "./chunk-LDLUO4WL.js";
import "./chunk-5ABT76TR.js";
import "./chunk-LFUVOBH6.js";
import "./chunk-BOG7BZ5N.js";
export {
  matrixOf,
  routeUnits
};
