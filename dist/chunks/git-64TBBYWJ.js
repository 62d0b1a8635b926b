import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  changedPaths,
  firstParentCommits,
  materialise,
  mergeBase,
  readBlob,
  readBlobs,
  resolveCommit,
  treeIds,
  workingTreeChanges
} from "./chunk-DUJ6IMNW.js";
import {
  git,
  gitText,
  hasControlCharacters
} from "./chunk-PC3UXLJJ.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  changedPaths,
  firstParentCommits,
  git,
  gitText,
  hasControlCharacters,
  materialise,
  mergeBase,
  readBlob,
  readBlobs,
  resolveCommit,
  treeIds,
  workingTreeChanges
};
