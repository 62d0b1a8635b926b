import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  DEFAULT_GTM_STATUS_BRANCH,
  gtmSetup,
  loadGtmSetup
} from "./chunk-WBWQXZS3.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  DEFAULT_GTM_STATUS_BRANCH,
  gtmSetup,
  loadGtmSetup
};
