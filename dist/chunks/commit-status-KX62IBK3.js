import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  POLICY_STATUS_CONTEXT,
  setCommitStatus
} from "./chunk-GHAVFC4T.js";
import "./chunk-BOG7BZ5N.js";
export {
  POLICY_STATUS_CONTEXT,
  setCommitStatus
};
