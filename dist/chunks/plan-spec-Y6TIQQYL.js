import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  layerOfStack,
  parsePlanSpecs
} from "./chunk-KEGCEYFC.js";
import "./chunk-7P3UOG4L.js";
import "./chunk-TXRGOUFA.js";
import "./chunk-BOG7BZ5N.js";
export {
  layerOfStack,
  parsePlanSpecs
};
