import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  CONSOLE_COMMANDS,
  consoleBuild
} from "./chunk-SADILYTK.js";
import "./chunk-GISXQ2J5.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  CONSOLE_COMMANDS,
  consoleBuild
};
