import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  DEFAULT_STATUS_BRANCH,
  statusStore
} from "./chunk-3R42FRST.js";
import "./chunk-2MDY3BJO.js";
import "./chunk-5YSYQDP2.js";
import "./chunk-BOG7BZ5N.js";
export {
  DEFAULT_STATUS_BRANCH,
  statusStore
};
