import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  DEFAULT_STATUS_BRANCH,
  statusStore
} from "./chunk-4A54ULV7.js";
import "./chunk-WXA26J57.js";
import "./chunk-XPURT6RJ.js";
import "./chunk-BOG7BZ5N.js";
export {
  DEFAULT_STATUS_BRANCH,
  statusStore
};
