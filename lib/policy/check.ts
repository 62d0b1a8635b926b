import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { underRoot } from "../errors.ts";
import { gitText, readBlob, readBlobs, workTreeCommit } from "../git/index.ts";
import { type LoadedConfig, type SourceDoc, validateConfig } from "../model/index.ts";
import { buildModel } from "../render/context.ts";
import { compileCelPolicies } from "./cel.ts";
import { changeSet, snapshotAt } from "./changes.ts";
import type { NodePoolFile } from "./gate-context.ts";
import { loadOpaPolicy, type OpaPolicy } from "./opa.ts";
import { DEFAULT_AUTOSCALE_AUTHOR } from "./preauthorised.ts";
import type {
  ChangeSet,
  DocumentChange,
  PullRequestInfo,
  ResourceChange,
  StackChange,
} from "./types.ts";
import {
  checkPolicy,
  editedPolicies,
  type PlanCoverage,
  type PreparedPolicies,
  type Verdict,
} from "./verdict.ts";

export interface JudgeOptions {
  repoDir: string;
  base: string;
  head: string;
  configDir: string;
  planFiles: { stack: string; file: string }[];
  /**
   * The PR's plans, already read (a trusted review takes them from the untrusted run's
   * artifacts): their resource changes are judged, and units without one deny.
   */
  plans?: { resources: ResourceChange[]; coverage: PlanCoverage };
  /** The pull request; its `headSha` defaults to the resolved head commit. */
  pr: PullRequestInfo | null;
  isTeamMember: (team: string, user: string) => Promise<boolean>;
  now: Date;
  /** The autoscaler's login, whose node-count PRs may be pre-authorised; "" for none. */
  autoscaleAuthor?: string;
}

/** The out-dir changeSet reads (its default). */
const INFRA_DIR = "infra";

/** Change set from git, then the verdict — what the CLI and the action both run. */
export async function judgeRepository(o: JudgeOptions): Promise<Verdict> {
  const found = await changeSet({
    repoDir: o.repoDir,
    base: o.base,
    head: o.head,
    configDir: o.configDir,
    planFiles: o.planFiles,
  });
  const { base, head } = found;
  const changes = o.plans
    ? { ...found.changes, resources: [...found.changes.resources, ...o.plans.resources] }
    : found.changes;
  // The base branch as it is now decides (it may have moved on since the PR branched).
  const trusted =
    changes.base === changes.mergeBase
      ? base
      : await snapshotAt(o.repoDir, changes.base, o.configDir);
  const pr = o.pr && { ...o.pr, headSha: o.pr.headSha || changes.head };
  const blobAt = (commit: string) => (file: string) =>
    readBlob(o.repoDir, commit, path.posix.join(o.configDir, file));
  const edited = new Set(editedPolicies(changes));
  return checkPolicy({
    changes,
    trusted,
    base,
    head,
    pr,
    now: o.now,
    teams: await resolveTeams(trusted.config, pr, o.isTeamMember),
    autoscaleAuthor: o.autoscaleAuthor ?? DEFAULT_AUTOSCALE_AUTHOR,
    nodePools: await nodePoolFiles(o.repoDir, changes),
    // Bundles are read from the base branch: the PR cannot swap the policy it is judged by.
    judged: await preparePolicies(
      trusted.config.byKind.Policy,
      blobAt(changes.base),
      trusted.config.dir,
    ),
    // Previews run the PR's CEL rules only: its OPA bundles are code from the PR, and run
    // once merged, never before.
    previewed: await preparePolicies(
      head.config.byKind.Policy.filter((p) => edited.has(p.name) && p.value.spec.validations),
      blobAt(changes.head),
      head.config.dir,
    ),
    ...(o.plans ? { plans: o.plans.coverage } : {}),
  });
}

/** The node-pool files of changed k8s-base units, as git has them at the merge-base and head. */
async function nodePoolFiles(repoDir: string, changes: ChangeSet): Promise<NodePoolFile[]> {
  const paths = changes.stacks
    .filter((s) => s.layer === "k8s-base")
    .flatMap((s) => s.files.map((f) => f.path))
    .filter((f) => f.startsWith("node-pool/"));
  const file = (p: string) => `${INFRA_DIR}/${p}`;
  const blobs = await readBlobs(
    repoDir,
    paths.flatMap((p) => [
      { commit: changes.mergeBase, file: file(p) },
      { commit: changes.head, file: file(p) },
    ]),
  );
  return paths.map((p, i) => ({
    path: p,
    file: file(p),
    before: blobs[2 * i]!,
    after: blobs[2 * i + 1]!,
  }));
}

/**
 * Compiles CEL rules and loads OPA bundles (reading files, building Rego): the verdict's I/O.
 * `root` is the config dir the documents are in, for the problems found.
 */
export async function preparePolicies(
  docs: SourceDoc<"Policy">[],
  readFile: (path: string) => Promise<Uint8Array>,
  root: string,
): Promise<PreparedPolicies> {
  const { policies: cel, problems } = compileCelPolicies(
    docs.filter((p) => p.value.spec.validations),
  );
  const opa: OpaPolicy[] = [];
  for (const doc of docs.filter((p) => p.value.spec.opa)) {
    const loaded = await loadOpaPolicy(doc, readFile);
    problems.push(...loaded.problems);
    if (loaded.policy) opa.push(loaded.policy);
  }
  return { cel, opa, problems: underRoot(root, problems) };
}

/** Members of the owner teams, asked only about the PR's approving reviewers. */
async function resolveTeams(
  trusted: LoadedConfig,
  pr: PullRequestInfo | null,
  isTeamMember: (team: string, user: string) => Promise<boolean>,
): Promise<Map<string, Set<string>>> {
  const approvers = [
    ...new Set((pr?.reviews ?? []).filter((r) => r.state === "APPROVED").map((r) => r.user)),
  ];
  const owners = [
    ...(trusted.byKind.Platform[0]?.value.spec.owners ?? []),
    ...trusted.byKind.Tenant.flatMap((t) => t.value.spec.owners),
    ...trusted.byKind.Project.flatMap((p) => p.value.spec.owners),
  ];
  const teams = new Map<string, Set<string>>();
  for (const team of new Set(owners.filter((w) => w.startsWith("@")))) {
    const members = new Set<string>();
    for (const user of approvers) if (await isTeamMember(team, user)) members.add(user);
    teams.set(team, members);
  }
  return teams;
}

/**
 * The verdict `npm start` shows, where there is no pull request and no base: the work tree's
 * edits (platform-config/, templates/, infra/) judged against HEAD, as a PR of them would be.
 * Nothing edited is nothing to judge: no phantom changes. Outside a git repository there is
 * nothing committed to compare with, and every document is judged as new; `scope` says which.
 */
export async function judgeWholeConfig(configDir: string, now: Date): Promise<Verdict> {
  const repoDir = await gitText(path.resolve(configDir), ["rev-parse", "--show-toplevel"])
    .then((t) => t.trim())
    .catch(() => undefined);
  const head =
    repoDir === undefined
      ? undefined
      : await gitText(repoDir, ["rev-parse", "--verify", "HEAD^{commit}"])
          .then((t) => t.trim())
          .catch(() => undefined);
  if (repoDir === undefined || head === undefined)
    return judgeAsNew(configDir, now, "Not a git repository (or no commit yet)");
  const configRel = path
    .relative(repoDir, await realpath(configDir))
    .split(path.sep)
    .join("/");
  if (configRel === ".." || configRel.startsWith("../"))
    return judgeAsNew(configDir, now, `\`${configDir}\` is outside the git repository`);
  const dirs = [configRel, "templates", "infra"];
  const work = await workTreeCommit(repoDir, dirs);
  const verdict = await judgeRepository({
    repoDir,
    base: head,
    head: work,
    configDir: configRel,
    planFiles: [],
    pr: null,
    isTeamMember: async () => false,
    now,
  });
  const short = head.slice(0, 7);
  const scope =
    work === head
      ? `No pull request: the work tree judged against HEAD (\`${short}\`). Nothing in ${dirs.map((d) => `\`${d}/\``).join(", ")} differs from it: no change, nothing to judge.`
      : `No pull request: the work tree's uncommitted edits judged against HEAD (\`${short}\`), as a pull request of them would be.`;
  return { ...verdict, scope };
}

/** Every document judged as if new: a configuration with no history to compare with. */
async function judgeAsNew(configDir: string, now: Date, why: string): Promise<Verdict> {
  const snapshot = await validateConfig(configDir);
  const { config } = snapshot;
  const documents: DocumentChange[] = config.docs.map((d) => ({
    kind: d.kind,
    name: d.name,
    change: "added",
    new: d.value,
    at: { root: configDir, file: d.file, ...d.at(["metadata", "name"]) },
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
    guarded: [],
  };
  const readConfigFile = (file: string) => readFile(path.join(configDir, file));
  const verdict = checkPolicy({
    changes,
    trusted: snapshot,
    base: snapshot,
    head: snapshot,
    pr: null,
    now,
    teams: new Map(),
    judged: await preparePolicies(config.byKind.Policy, readConfigFile, configDir),
    // Nothing is edited: every document counts as new, so there is nothing to preview.
    previewed: await preparePolicies([], readConfigFile, configDir),
  });
  return {
    ...verdict,
    // Every policy counts as new too, yet none is a PR's edit: there is no preview.
    editedPolicies: [],
    preview: [],
    scope: `${why}: nothing committed to compare with, so every document of \`${configDir}\` is judged as new.`,
  };
}
