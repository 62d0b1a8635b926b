import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  classifyActions,
  emptyCounts,
  summarizePlan,
  summaryJson
} from "./chunk-7L672MCS.js";
import "./chunk-65PPA6I5.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  classifyActions,
  emptyCounts,
  summarizePlan,
  summaryJson
};
