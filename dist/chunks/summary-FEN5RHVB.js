import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  classifyActions,
  emptyCounts,
  summarizePlan,
  summaryJson
} from "./chunk-BDSSD7T4.js";
import {
  parsePlanJson
} from "./chunk-GN6SVRLO.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  classifyActions,
  emptyCounts,
  parsePlanJson,
  summarizePlan,
  summaryJson
};
