import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  ANNOTATION_LIMIT,
  errorCommand,
  escapeData,
  escapeProperty
} from "./chunk-53UA33VZ.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  ANNOTATION_LIMIT,
  errorCommand,
  escapeData,
  escapeProperty
};
