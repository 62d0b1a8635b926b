import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  classifyActions,
  emptyCounts,
  summarizePlan,
  summaryJson
} from "./chunk-2WQ4S5FL.js";
import "./chunk-HYEIGLEA.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  classifyActions,
  emptyCounts,
  summarizePlan,
  summaryJson
};
