import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  PARTIAL,
  assertNoProblems,
  loadDocuments
} from "./chunk-STEYPZ26.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-R6XTO7R2.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  MAX_FILE_BYTES,
  PARTIAL,
  assertNoProblems,
  loadDocuments
};
