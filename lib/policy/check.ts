import path from "node:path";
import { changeSet } from "./changes.ts";
import { readBlob } from "./git.ts";
import type { PullRequestInfo } from "./types.ts";
import { checkPolicy, type Verdict } from "./verdict.ts";

export interface JudgeOptions {
  repoDir: string;
  base: string;
  head: string;
  configDir: string;
  planFiles: { stack: string; file: string }[];
  /** The pull request; its `headSha` defaults to the resolved head commit. */
  pr: PullRequestInfo | null;
  isTeamMember: (team: string, user: string) => Promise<boolean>;
  now: Date;
}

/** Change set from git, then the verdict — what the CLI and the action both run. */
export async function judgeRepository(o: JudgeOptions): Promise<Verdict> {
  const { changes, base, head } = await changeSet({
    repoDir: o.repoDir,
    base: o.base,
    head: o.head,
    configDir: o.configDir,
    planFiles: o.planFiles,
  });
  // The base branch as it is now decides (it may have moved on since the PR branched).
  const trusted =
    changes.base === changes.mergeBase
      ? base
      : (
          await changeSet({
            repoDir: o.repoDir,
            base: changes.base,
            head: changes.base,
            configDir: o.configDir,
          })
        ).head;
  const pr = o.pr && { ...o.pr, headSha: o.pr.headSha || changes.head };
  return checkPolicy({
    changes,
    trusted,
    base,
    head,
    pr,
    now: o.now,
    isTeamMember: o.isTeamMember,
    // Bundles are read from the base branch: the PR cannot swap the policy it is judged by.
    readBaseFile: (file) => readBlob(o.repoDir, changes.base, path.posix.join(o.configDir, file)),
  });
}
