import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  decisionOutput,
  gtmRunMarkdown,
  policyMarkdown,
  roundMarkdown,
  roundProblems
} from "./chunk-564VSPFL.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-GPRVIFN3.js";
import "./chunk-53UA33VZ.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  decisionOutput,
  gtmRunMarkdown,
  policyMarkdown,
  roundMarkdown,
  roundProblems
};
