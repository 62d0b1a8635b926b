import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  validateConfig
} from "./chunk-LABUN7PV.js";
import "./chunk-CFJX3WRP.js";
import "./chunk-3LKBZQVJ.js";
import {
  UsageError
} from "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  UsageError,
  validateConfig
};
