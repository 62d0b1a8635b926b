import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  changedPaths,
  firstParentCommits,
  hasControlCharacters,
  materialise,
  mergeBase,
  readBlob,
  resolveCommit,
  treeIds,
  workingTreeChanges
} from "./chunk-M46QRHDY.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  changedPaths,
  firstParentCommits,
  hasControlCharacters,
  materialise,
  mergeBase,
  readBlob,
  resolveCommit,
  treeIds,
  workingTreeChanges
};
