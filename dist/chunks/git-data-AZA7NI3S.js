import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  branchHead,
  moveBranch,
  readFileAt,
  writeCommit,
  writeTree
} from "./chunk-WXA26J57.js";
import "./chunk-XPURT6RJ.js";
import "./chunk-BOG7BZ5N.js";
export {
  branchHead,
  moveBranch,
  readFileAt,
  writeCommit,
  writeTree
};
