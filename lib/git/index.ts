// The git layer: one runner (run.ts) and what the rest of lib asks of a repository.
export { type ChangedPath, changedPaths, workingTreeChanges } from "./changes.ts";
export { materialise, readBlob, readBlobs, treeIds } from "./objects.ts";
export { firstParentCommits, mergeBase, resolveCommit } from "./refs.ts";
export { type GitResult, git, gitText, hasControlCharacters } from "./run.ts";
export { workTreeCommit } from "./work-tree.ts";
