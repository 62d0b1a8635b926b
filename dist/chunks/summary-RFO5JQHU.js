import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  classifyActions,
  emptyCounts,
  parsePlanJson,
  summarizePlan,
  summaryJson
} from "./chunk-4KKPKEXW.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  classifyActions,
  emptyCounts,
  parsePlanJson,
  summarizePlan,
  summaryJson
};
