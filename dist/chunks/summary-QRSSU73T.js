import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  changesByUnit,
  regionsMarkdown,
  renderSummaryMarkdown,
  unitOf
} from "./chunk-N4SQIPCK.js";
import "./chunk-BOG7BZ5N.js";
export {
  changesByUnit,
  regionsMarkdown,
  renderSummaryMarkdown,
  unitOf
};
