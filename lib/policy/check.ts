import { readFile } from "node:fs/promises";
import path from "node:path";
import { validateConfig } from "../model/index.ts";
import { buildModel } from "../render/context.ts";
import { changeSet, snapshotAt } from "./changes.ts";
import { readBlob } from "./git.ts";
import type { ChangeSet, DocumentChange, PullRequestInfo, StackChange } from "./types.ts";
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
      : await snapshotAt(o.repoDir, changes.base, o.configDir);
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
    readHeadFile: (file) => readBlob(o.repoDir, changes.head, path.posix.join(o.configDir, file)),
  });
}

/**
 * The verdict on a whole configuration, as if every document were new: what `npm start`
 * shows for the sample, and a way to see every rule at work on a platform.
 */
export async function judgeWholeConfig(configDir: string, now: Date): Promise<Verdict> {
  const snapshot = await validateConfig(configDir);
  const { config } = snapshot;
  const documents: DocumentChange[] = config.docs.map((d) => ({
    kind: d.kind,
    name: d.name,
    change: "added",
    new: d.value,
    at: { file: d.file, ...d.at(["metadata", "name"]) },
  }));
  const stacks: StackChange[] =
    snapshot.problems.length > 0
      ? []
      : buildModel(config).stacks.map((s) => ({
          unit: `stacks/${s.layer}/${s.region.name}`,
          layer: s.layer,
          region: s.region.name,
          files: [],
        }));
  const changes: ChangeSet = {
    base: "",
    head: "",
    mergeBase: "",
    documents,
    stacks,
    resources: [],
  };
  return checkPolicy({
    changes,
    trusted: snapshot,
    base: snapshot,
    head: snapshot,
    pr: null,
    now,
    isTeamMember: async () => false,
    readBaseFile: (file) => readFile(path.join(configDir, file)),
    readHeadFile: (file) => readFile(path.join(configDir, file)),
  });
}
