import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  ConfigurationError,
  UsageError,
  formatProblem,
  sortProblems
} from "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  ConfigurationError,
  UsageError,
  formatProblem,
  sortProblems
};
