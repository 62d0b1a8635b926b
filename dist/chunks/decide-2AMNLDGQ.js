import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  decide
} from "./chunk-P65MNMF3.js";
import "./chunk-NYTFFUUD.js";
import "./chunk-BOG7BZ5N.js";
export {
  decide
};
