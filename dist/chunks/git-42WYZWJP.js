import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  changedPaths,
  firstParentCommits,
  hasControlCharacters,
  materialise,
  mergeBase,
  readBlob,
  readBlobs,
  resolveCommit,
  treeIds,
  workingTreeChanges
} from "./chunk-FVYT42BM.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  changedPaths,
  firstParentCommits,
  hasControlCharacters,
  materialise,
  mergeBase,
  readBlob,
  readBlobs,
  resolveCommit,
  treeIds,
  workingTreeChanges
};
