import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  DESCRIPTION_LIMIT,
  POLICY_STATUS_CONTEXT,
  setCommitStatus,
  shorten
} from "./chunk-AFRXJFVW.js";
import "./chunk-BOG7BZ5N.js";
export {
  DESCRIPTION_LIMIT,
  POLICY_STATUS_CONTEXT,
  setCommitStatus,
  shorten
};
