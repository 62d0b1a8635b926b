import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  layerOfStack,
  parsePlanSpecs
} from "./chunk-NTPR2N64.js";
import "./chunk-BKJDJAHK.js";
import "./chunk-TXRGOUFA.js";
import "./chunk-BOG7BZ5N.js";
export {
  layerOfStack,
  parsePlanSpecs
};
