import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  silentLogger
} from "./chunk-C37YV2F7.js";
import "./chunk-BOG7BZ5N.js";
export {
  silentLogger
};
