import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  ConfigurationError,
  formatProblem,
  sortProblems
} from "./chunk-TXRGOUFA.js";
import "./chunk-BOG7BZ5N.js";
export {
  ConfigurationError,
  formatProblem,
  sortProblems
};
