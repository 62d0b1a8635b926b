import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  layerOfStack,
  parsePlanSpecs
} from "./chunk-KYCYSDYS.js";
import "./chunk-2P3LM5RM.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  layerOfStack,
  parsePlanSpecs
};
