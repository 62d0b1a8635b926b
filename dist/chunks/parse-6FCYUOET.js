import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  ownerProblem,
  parseRecordSets
} from "./chunk-VZB5ED4X.js";
import "./chunk-J47NM74G.js";
import "./chunk-BOG7BZ5N.js";
export {
  ownerProblem,
  parseRecordSets
};
