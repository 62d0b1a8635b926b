import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  AlreadyAppliedError,
  ConcurrentApplyError,
  STALE_CLAIM_MS,
  applyRecords,
  recordPath
} from "./chunk-CHD3VOHP.js";
import "./chunk-BOG7BZ5N.js";
export {
  AlreadyAppliedError,
  ConcurrentApplyError,
  STALE_CLAIM_MS,
  applyRecords,
  recordPath
};
