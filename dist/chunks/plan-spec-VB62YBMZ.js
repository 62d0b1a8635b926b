import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  layerOfStack,
  parsePlanSpecs
} from "./chunk-YTPLJKQM.js";
import "./chunk-3LKBZQVJ.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  layerOfStack,
  parsePlanSpecs
};
