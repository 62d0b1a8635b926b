// What the simulator keeps in memory: everything but git objects and refs.

export interface SimUser {
  login: string;
  id: number;
  type: "User" | "Bot";
}

export interface CommentState {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export type ReviewStateName = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED";

export interface ReviewState {
  id: number;
  user: string;
  state: ReviewStateName;
  commitId: string;
  body: string;
  submittedAt: string;
}

export interface PullState {
  head: string;
  base: string;
  /** The head branch's commit: live while open, the last one seen once closed. */
  headSha: string;
  baseSha: string;
  draft: boolean;
  maintainerCanModify: boolean;
  reviews: ReviewState[];
  merge?: MergeState;
  /** Force pushes to the head branch while open: GitHub's `head_ref_force_pushed` events. */
  forcePushes?: { id: number; at: string; sha: string }[];
}

export type MergeMethod = "merge" | "squash" | "rebase";

export interface MergeState {
  method: MergeMethod;
  at: string;
  by: string;
  /** GitHub's `merge_commit_sha`: the merge commit, the squash commit or the last rebased one. */
  sha: string;
  /** Every commit the merge wrote onto the base branch. */
  commits: string[];
}

export type StateReason = "completed" | "not_planned" | "duplicate" | "reopened";

export interface IssueState {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  user: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Unset: GitHub's default for the state (closed → completed, open → none). */
  stateReason?: StateReason | null;
  labels: string[];
  pull?: PullState;
}

export interface LabelState {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface StatusState {
  id: number;
  sha: string;
  state: "error" | "failure" | "pending" | "success";
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

export interface CheckRunState {
  id: number;
  name: string;
  headSha: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
}

export interface ArtifactState {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  createdAt: string;
}

/** A finished run of a workflow: what a trusted workflow_run job may ask GitHub about. */
export interface WorkflowRunState {
  id: number;
  runNumber: number;
  /** e.g. `.github/workflows/pr.yml`. */
  path: string;
  event: string;
  headSha: string;
  headBranch: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  createdAt: string;
  artifacts: ArtifactState[];
}

export interface RepoState {
  id: number;
  owner: string;
  name: string;
  gitDir: string;
  defaultBranch: string;
  createdAt: string;
  nextNumber: number;
  issues: Map<number, IssueState>;
  comments: Map<number, CommentState>;
  labels: Map<string, LabelState>;
  statuses: StatusState[];
  checkRuns: Map<number, CheckRunState>;
  workflowRuns: Map<number, WorkflowRunState>;
}

export interface TeamState {
  id: number;
  org: string;
  slug: string;
  members: Set<string>;
}

export interface SimState {
  /** API root, also used for html links (there is no web UI). */
  baseUrl: string;
  /** Directory holding `<owner>/<repo>.git`. */
  root: string;
  token: string;
  /** The token's user, author of everything created through the API. */
  bot: string;
  users: Map<string, SimUser>;
  teams: Map<string, TeamState>;
  repos: Map<string, RepoState>;
  lastId: number;
  lastSecond: number;
}

export const BOT_LOGIN = "github-actions[bot]";
const BOT_ID = 41898282;

export function createState(root: string, token: string): SimState {
  const state: SimState = {
    baseUrl: "",
    root,
    token,
    bot: BOT_LOGIN,
    users: new Map([[BOT_LOGIN, { login: BOT_LOGIN, id: BOT_ID, type: "Bot" }]]),
    teams: new Map(),
    repos: new Map(),
    lastId: 1000,
    lastSecond: 0,
  };
  return state;
}

export function nextId(s: SimState): number {
  s.lastId += 1;
  return s.lastId;
}

export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function now(): string {
  return isoSeconds(Date.now());
}

/** A commit date strictly after the previous one, so history order never ties. */
export function commitDate(s: SimState): string {
  s.lastSecond = Math.max(Math.floor(Date.now() / 1000), s.lastSecond + 1);
  return isoSeconds(s.lastSecond * 1000);
}

export function user(s: SimState, login: string): SimUser {
  let u = s.users.get(login);
  if (!u) {
    u = { login, id: nextId(s), type: login.endsWith("[bot]") ? "Bot" : "User" };
    s.users.set(login, u);
  }
  return u;
}

export function repoKey(owner: string, name: string): string {
  return `${owner}/${name}`.toLowerCase();
}

export function findRepo(s: SimState, owner: string, name: string): RepoState | undefined {
  return s.repos.get(repoKey(owner, name));
}

/** The git identity GitHub gives a login (its no-reply address). */
export function identity(s: SimState, login: string): { name: string; email: string } {
  const u = user(s, login);
  const email =
    u.type === "Bot"
      ? `${u.id}+${login}@users.noreply.github.com`
      : `${login}@users.noreply.github.com`;
  return { name: login, email };
}

/** The login a commit email belongs to, as GitHub links commits to accounts. */
export function loginFromEmail(s: SimState, email: string): string | undefined {
  const m = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i.exec(email);
  if (!m) return undefined;
  user(s, m[1]!);
  return m[1]!;
}

export function authorAssociation(
  s: SimState,
  repo: RepoState,
  login: string,
): "OWNER" | "MEMBER" | "NONE" {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return "OWNER";
  for (const t of s.teams.values())
    if (t.org.toLowerCase() === repo.owner.toLowerCase() && t.members.has(login)) return "MEMBER";
  return "NONE";
}
