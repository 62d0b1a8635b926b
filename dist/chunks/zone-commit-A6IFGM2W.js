import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  workingTreeChanges
} from "./chunk-DBPEO2ZL.js";
import "./chunk-66JDLIDC.js";
import "./chunk-ZPMZPS3A.js";
import {
  branchHead,
  moveBranch,
  writeCommit,
  writeTree
} from "./chunk-FM3IK77Q.js";
import "./chunk-XSFAT2KL.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/gtm/zone-commit.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// lib/github/commit-files.ts
async function commitFiles(gh, repo, o) {
  let attempts = o.attempts ?? 5;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let head = await branchHead(gh, repo, o.branch);
    if (!head) throw new Error(`branch ${o.branch} does not exist`);
    let tree = await writeTree(gh, repo, head.tree, o.files);
    if (tree === head.tree) return;
    let sha = await writeCommit(gh, repo, { tree, parents: [head.sha], message: o.message });
    if (await moveBranch(gh, repo, o.branch, sha, { create: !1 })) return sha;
    o.log.debug(`${o.branch} moved while committing; retrying (${attempt}/${attempts})`), await new Promise((r) => setTimeout(r, Math.random() * 250 * 2 ** (attempt - 1)));
  }
  throw new Error(`${o.branch} kept moving: the files were not committed; the next run retries`);
}

// lib/gtm/zone-commit.ts
var ZONE_DIR = "infra/dns";
async function commitZoneFiles(gh, repo, o) {
  let changed = (await workingTreeChanges(o.repoDir, ZONE_DIR)).filter(
    (f) => f.endsWith(".zone")
  );
  if (changed.length === 0) return;
  let files = {};
  for (let f of changed) files[f] = await readFile(path.join(o.repoDir, f), "utf8");
  return commitFiles(gh, repo, { branch: o.branch, files, message: o.message, log: o.log });
}
export {
  ZONE_DIR,
  commitZoneFiles
};
