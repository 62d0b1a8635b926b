import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  ConfigurationError,
  UsageError,
  errorMessage,
  formatProblem,
  problemPath,
  sortProblems,
  underRoot
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  ConfigurationError,
  UsageError,
  errorMessage,
  formatProblem,
  problemPath,
  sortProblems,
  underRoot
};
