import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  decisionOutput,
  gtmRunMarkdown,
  policyMarkdown,
  roundMarkdown,
  roundProblems
} from "./chunk-YHLQV6AD.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-IIGFA757.js";
import "./chunk-ZUSPSRZ2.js";
import "./chunk-BOG7BZ5N.js";
export {
  decisionOutput,
  gtmRunMarkdown,
  policyMarkdown,
  roundMarkdown,
  roundProblems
};
