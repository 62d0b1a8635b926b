// The zone-file provider writes `infra/dns/<zone>.zone` in the job's checkout; the file is
// served from the repository ("committed"), so a reconcile that changed it commits it to the
// branch it ran on. Without this the change would vanish with the runner.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { workingTreeChanges } from "../git/index.ts";
import type { GitHub } from "../github/client.ts";
import { commitFiles } from "../github/commit-files.ts";
import type { RepoRef } from "../github/git-data.ts";
import type { Logger } from "../logger.ts";

export const ZONE_DIR = "infra/dns";

/** Commits the zone files the run changed; the new commit, or undefined when none changed. */
export async function commitZoneFiles(
  gh: GitHub,
  repo: RepoRef,
  o: { repoDir: string; branch: string; message: string; log: Logger },
): Promise<string | undefined> {
  const changed = (await workingTreeChanges(o.repoDir, ZONE_DIR)).filter((f) =>
    f.endsWith(".zone"),
  );
  if (changed.length === 0) return undefined;
  const files: Record<string, string> = {};
  for (const f of changed) files[f] = await readFile(path.join(o.repoDir, f), "utf8");
  return commitFiles(gh, repo, { branch: o.branch, files, message: o.message, log: o.log });
}
