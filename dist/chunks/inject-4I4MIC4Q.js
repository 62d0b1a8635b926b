import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  injectMatchers,
  promqlSyntaxError
} from "./chunk-GUKYUECZ.js";
import "./chunk-7Q6NB2VU.js";
import "./chunk-JE64DLF2.js";
import "./chunk-BOG7BZ5N.js";
export {
  injectMatchers,
  promqlSyntaxError
};
