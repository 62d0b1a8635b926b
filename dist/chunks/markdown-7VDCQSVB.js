import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  planHeadline,
  planMarkdown
} from "./chunk-AKU4YV6T.js";
import {
  inlineCode
} from "./chunk-GCILZPZ6.js";
import "./chunk-BOG7BZ5N.js";
export {
  inlineCode,
  planHeadline,
  planMarkdown
};
