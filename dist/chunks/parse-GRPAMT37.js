import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  isRecord,
  parsePlanJson,
  planError,
  planObject,
  planResourceEntries
} from "./chunk-65PPA6I5.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  isRecord,
  parsePlanJson,
  planError,
  planObject,
  planResourceEntries
};
