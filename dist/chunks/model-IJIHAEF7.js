import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  validateConfig
} from "./chunk-AJ4MJDGZ.js";
import "./chunk-3V6RLKHJ.js";
import "./chunk-3LKBZQVJ.js";
import {
  UsageError
} from "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  UsageError,
  validateConfig
};
