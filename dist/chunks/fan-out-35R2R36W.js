import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  MAX_MATRIX_JOBS,
  chunk,
  matrixEntries,
  matrixOutputs
} from "./chunk-GKFZASPB.js";
import "./chunk-N5PQ57XD.js";
import "./chunk-BOG7BZ5N.js";
export {
  MAX_MATRIX_JOBS,
  chunk,
  matrixEntries,
  matrixOutputs
};
