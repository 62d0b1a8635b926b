import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  classifyActions,
  emptyCounts,
  summarizePlan,
  summaryJson
} from "./chunk-W4HRGQMA.js";
import {
  parsePlanJson
} from "./chunk-KMNX7OSY.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  classifyActions,
  emptyCounts,
  parsePlanJson,
  summarizePlan,
  summaryJson
};
