import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  layerOfStack,
  parsePlanSpecs
} from "./chunk-F67Z7O7J.js";
import "./chunk-FSVYXGTI.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  layerOfStack,
  parsePlanSpecs
};
