import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  DEFAULT_MAX_CHANGE_RATIO,
  DEFAULT_MIN_OWNED_FOR_SAFETY,
  applyDnsPlan,
  assessSafety,
  byNameThenType,
  diffDns,
  percent,
  planChangeCount,
  planDns,
  recordKey,
  resolveSafetyLimits
} from "./chunk-XQWHKO4R.js";
import "./chunk-J47NM74G.js";
import "./chunk-BOG7BZ5N.js";
export {
  DEFAULT_MAX_CHANGE_RATIO,
  DEFAULT_MIN_OWNED_FOR_SAFETY,
  applyDnsPlan,
  assessSafety,
  byNameThenType,
  diffDns,
  percent,
  planChangeCount,
  planDns,
  recordKey,
  resolveSafetyLimits
};
