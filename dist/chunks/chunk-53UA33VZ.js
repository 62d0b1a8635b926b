import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  problemPath
} from "./chunk-Q3YCBL2Q.js";

// lib/report/workflow-commands.ts
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"), escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function errorCommand(p) {
  return `::error file=${escapeProperty(problemPath(p))},line=${p.line},col=${p.column}::${escapeData(p.message)}`;
}
var ANNOTATION_LIMIT = 10;

export {
  escapeData,
  escapeProperty,
  errorCommand,
  ANNOTATION_LIMIT
};
