import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  SUMMARY_LIMIT_BYTES,
  fitSummary,
  reportProblems,
  tableCell
} from "./chunk-IIGFA757.js";
import "./chunk-ZUSPSRZ2.js";
import "./chunk-BOG7BZ5N.js";
export {
  SUMMARY_LIMIT_BYTES,
  fitSummary,
  reportProblems,
  tableCell
};
