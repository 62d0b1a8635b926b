import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  autoscaleMarkdown
} from "./chunk-7DSXHRUY.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-BOG7BZ5N.js";
export {
  autoscaleMarkdown
};
