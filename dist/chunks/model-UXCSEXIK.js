import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  UsageError,
  validateConfig
} from "./chunk-7P3UOG4L.js";
import "./chunk-TXRGOUFA.js";
import "./chunk-BOG7BZ5N.js";
export {
  UsageError,
  validateConfig
};
