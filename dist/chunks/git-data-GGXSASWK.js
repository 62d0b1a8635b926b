import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  branchHead,
  moveBranch,
  readFileAt,
  writeCommit,
  writeTree
} from "./chunk-FM3IK77Q.js";
import "./chunk-XSFAT2KL.js";
import "./chunk-BOG7BZ5N.js";
export {
  branchHead,
  moveBranch,
  readFileAt,
  writeCommit,
  writeTree
};
