import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  SUMMARY_LIMIT_BYTES,
  fitSummary,
  reportProblems,
  tableCell
} from "./chunk-GPRVIFN3.js";
import "./chunk-53UA33VZ.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  SUMMARY_LIMIT_BYTES,
  fitSummary,
  reportProblems,
  tableCell
};
