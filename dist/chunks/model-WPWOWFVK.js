import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  validateConfig
} from "./chunk-B77A3H5G.js";
import "./chunk-YPYFBPQG.js";
import "./chunk-LFUVOBH6.js";
import {
  UsageError
} from "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  UsageError,
  validateConfig
};
