import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  classifyActions,
  emptyCounts,
  parsePlanJson,
  summarizePlan,
  summaryJson
} from "./chunk-VMQDLYXC.js";
import "./chunk-7P3UOG4L.js";
import "./chunk-TXRGOUFA.js";
import "./chunk-BOG7BZ5N.js";
export {
  classifyActions,
  emptyCounts,
  parsePlanJson,
  summarizePlan,
  summaryJson
};
