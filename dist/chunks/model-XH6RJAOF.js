import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  validateConfig
} from "./chunk-INIRUFBI.js";
import "./chunk-O3K2DLHC.js";
import "./chunk-BOGFXTPS.js";
import {
  UsageError
} from "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  UsageError,
  validateConfig
};
