import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  MAX_MATRIX_JOBS,
  chunk,
  matrixEntries,
  matrixOutputs
} from "./chunk-VD2ANNCJ.js";
import "./chunk-2P3LM5RM.js";
import "./chunk-BOG7BZ5N.js";
export {
  MAX_MATRIX_JOBS,
  chunk,
  matrixEntries,
  matrixOutputs
};
