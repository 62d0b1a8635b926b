import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  branchHead,
  moveBranch,
  readFileAt,
  writeCommit,
  writeTree
} from "./chunk-2MDY3BJO.js";
import "./chunk-5YSYQDP2.js";
import "./chunk-BOG7BZ5N.js";
export {
  branchHead,
  moveBranch,
  readFileAt,
  writeCommit,
  writeTree
};
