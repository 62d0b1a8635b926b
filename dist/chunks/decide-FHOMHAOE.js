import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  decide
} from "./chunk-E3YNVKZY.js";
import "./chunk-SGJR32AY.js";
import "./chunk-BOG7BZ5N.js";
export {
  decide
};
