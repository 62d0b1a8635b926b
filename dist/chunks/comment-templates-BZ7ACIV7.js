import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  loadTemplates
} from "./chunk-5SZOY3OE.js";
import "./chunk-4WYCSGYA.js";
import {
  resolveCommit
} from "./chunk-DBPEO2ZL.js";
import {
  materialise,
  treeIds
} from "./chunk-66JDLIDC.js";
import "./chunk-ZPMZPS3A.js";
import "./chunk-GCILZPZ6.js";
import {
  MAX_FILE_BYTES
} from "./chunk-STEYPZ26.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-R6XTO7R2.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/plan/comment-templates.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
async function commentTemplates(repoDir, base, templatesDir = "templates") {
  let commit = await resolveCommit(repoDir, base, "base"), [tree] = await treeIds(repoDir, [{ commit, dir: `${templatesDir}/comments` }]);
  if (!tree) return loadTemplates(void 0, templatesDir);
  let work = await mkdtemp(path.join(tmpdir(), "cn-comment-templates-"));
  try {
    return await materialise(
      repoDir,
      tree,
      path.join(work, "comments"),
      (f) => f.endsWith(".hbs"),
      MAX_FILE_BYTES
    ), await loadTemplates(work, templatesDir);
  } finally {
    await rm(work, { recursive: !0, force: !0 });
  }
}
export {
  commentTemplates
};
