import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  DEFAULT_STATUS_BRANCH,
  statusStore
} from "./chunk-KY6UT24Y.js";
import "./chunk-FM3IK77Q.js";
import "./chunk-XSFAT2KL.js";
import "./chunk-BOG7BZ5N.js";
export {
  DEFAULT_STATUS_BRANCH,
  statusStore
};
