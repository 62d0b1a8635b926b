import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  DNS_POLICIES,
  RECORD_TYPES
} from "./chunk-HU4KB7YU.js";
import "./chunk-BOG7BZ5N.js";
export {
  DNS_POLICIES,
  RECORD_TYPES
};
