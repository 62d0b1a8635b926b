import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  PLAN_COMMENT_KEY,
  PLAN_TEMPLATE,
  diffSection,
  fenced,
  planComment,
  readReviewed,
  reviewedMeta
} from "./chunk-P3VVBASZ.js";
import "./chunk-AKU4YV6T.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-BOG7BZ5N.js";
export {
  PLAN_COMMENT_KEY,
  PLAN_TEMPLATE,
  diffSection,
  fenced,
  planComment,
  readReviewed,
  reviewedMeta
};
