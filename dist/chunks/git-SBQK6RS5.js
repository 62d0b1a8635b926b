import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  changedPaths,
  hasControlCharacters,
  materialise,
  mergeBase,
  readBlob,
  resolveCommit,
  treeIds
} from "./chunk-5SD6RE45.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  changedPaths,
  hasControlCharacters,
  materialise,
  mergeBase,
  readBlob,
  resolveCommit,
  treeIds
};
