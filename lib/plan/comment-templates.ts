// The comment templates a repository overrides (templates/comments/), read from the base
// branch: a pull request must not be able to change how its own plan is presented.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { materialise, resolveCommit, treeIds } from "../git/index.ts";
import { MAX_FILE_BYTES } from "../model/load.ts";
import { loadTemplates, type TemplateSet } from "../render/templates.ts";

export async function commentTemplates(
  repoDir: string,
  base: string,
  templatesDir = "templates",
): Promise<TemplateSet> {
  const commit = await resolveCommit(repoDir, base, "base");
  const [tree] = await treeIds(repoDir, [{ commit, dir: `${templatesDir}/comments` }]);
  if (!tree) return loadTemplates(undefined, templatesDir);
  const work = await mkdtemp(path.join(tmpdir(), "cn-comment-templates-"));
  try {
    await materialise(
      repoDir,
      tree,
      path.join(work, "comments"),
      (f) => f.endsWith(".hbs"),
      MAX_FILE_BYTES,
    );
    return await loadTemplates(work, templatesDir);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
