import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  DEFAULT_MAX_CHANGE_RATIO,
  DEFAULT_MIN_OWNED_FOR_SAFETY,
  applyDnsPlan,
  byNameThenType,
  planChangeCount,
  planDns,
  recordKey
} from "./chunk-LDJSOZBE.js";
import "./chunk-J47NM74G.js";
import "./chunk-BOG7BZ5N.js";
export {
  DEFAULT_MAX_CHANGE_RATIO,
  DEFAULT_MIN_OWNED_FOR_SAFETY,
  applyDnsPlan,
  byNameThenType,
  planChangeCount,
  planDns,
  recordKey
};
