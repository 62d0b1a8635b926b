import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  isRecord,
  parsePlanJson,
  planError,
  planObject,
  planResourceEntries
} from "./chunk-HYEIGLEA.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  isRecord,
  parsePlanJson,
  planError,
  planObject,
  planResourceEntries
};
