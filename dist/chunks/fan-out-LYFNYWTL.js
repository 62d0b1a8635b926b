import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  MAX_MATRIX_JOBS,
  chunk,
  matrixEntries,
  matrixOutputs
} from "./chunk-EAHMTDDF.js";
import "./chunk-R6XTO7R2.js";
import "./chunk-BOG7BZ5N.js";
export {
  MAX_MATRIX_JOBS,
  chunk,
  matrixEntries,
  matrixOutputs
};
