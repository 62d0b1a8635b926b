import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  assertNoProblems,
  loadDocuments
} from "./chunk-NKEZGRMP.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-3763KEMA.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  MAX_FILE_BYTES,
  assertNoProblems,
  loadDocuments
};
