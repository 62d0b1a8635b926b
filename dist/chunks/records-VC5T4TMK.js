import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  ConcurrentApplyError,
  STALE_CLAIM_MS,
  applyRecords,
  recordPath
} from "./chunk-RYMIKQCK.js";
import "./chunk-BOG7BZ5N.js";
export {
  ConcurrentApplyError,
  STALE_CLAIM_MS,
  applyRecords,
  recordPath
};
