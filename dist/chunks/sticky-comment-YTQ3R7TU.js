import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  COMMENT_BUDGET,
  parseMarker,
  stickyMarker,
  upsertStickyComment
} from "./chunk-5DRW3FRM.js";
import "./chunk-BOG7BZ5N.js";
export {
  COMMENT_BUDGET,
  parseMarker,
  stickyMarker,
  upsertStickyComment
};
