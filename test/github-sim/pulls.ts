// Pull requests: opening one with GitHub's checks, and its JSON (simple and full).
import { diffFiles, type FileChange } from "./git-history.ts";
import { mergeBase, readRef, revList, tryGit } from "./git-store.ts";
import { fail, validationFailed } from "./http.ts";
import { refreshPulls } from "./repo-ops.ts";
import { label } from "./shapes.ts";
import { nodeId, repoApi, repository, simpleUser } from "./shapes-repo.ts";
import {
  authorAssociation,
  type IssueState,
  nextId,
  now,
  type RepoState,
  type SimState,
  type StateReason,
} from "./state.ts";

export interface NewPull {
  head: string;
  base: string;
  title: string;
  body?: string | null;
  user: string;
  draft?: boolean;
  maintainerCanModify?: boolean;
}

/** `owner:branch` or `branch` → branch; another owner's fork is not simulated. */
export function headBranch(repo: RepoState, head: string): string | undefined {
  const colon = head.indexOf(":");
  if (colon < 0) return head;
  return head.slice(0, colon).toLowerCase() === repo.owner.toLowerCase()
    ? head.slice(colon + 1)
    : undefined;
}

export function openPullFor(repo: RepoState, head: string, base: string): IssueState | undefined {
  return [...repo.issues.values()].find(
    (i) => i.pull && i.state === "open" && i.pull.head === head && i.pull.base === base,
  );
}

export function alreadyExists(repo: RepoState, head: string): never {
  return validationFailed({
    resource: "PullRequest",
    code: "custom",
    message: `A pull request already exists for ${repo.owner}:${head}.`,
  });
}

/** What opening a pull request needs to know from git, read beforehand. */
export interface PullFacts {
  headSha?: string;
  baseSha?: string;
  /** Commits on head that base lacks. */
  ahead: number;
}

export async function pullFacts(repo: RepoState, head: string, base: string): Promise<PullFacts> {
  const branch = headBranch(repo, head);
  const headSha = branch ? await readRef(repo.gitDir, `refs/heads/${branch}`) : undefined;
  const baseSha = await readRef(repo.gitDir, `refs/heads/${base}`);
  const ahead =
    headSha && baseSha
      ? Number((await revList(repo.gitDir, ["--count", headSha, `^${baseSha}`]))[0])
      : 0;
  return { headSha, baseSha, ahead };
}

/** Opens a pull request with GitHub's checks (synchronous, so seeding can use it too). */
export function openPull(
  s: SimState,
  repo: RepoState,
  input: NewPull,
  facts: PullFacts,
): IssueState {
  if (!input.title)
    validationFailed({ resource: "PullRequest", code: "missing_field", field: "title" });
  const head = headBranch(repo, input.head);
  const { headSha, baseSha } = facts;
  if (!baseSha) validationFailed({ resource: "PullRequest", field: "base", code: "invalid" });
  if (!head || !headSha)
    validationFailed({ resource: "PullRequest", field: "head", code: "invalid" });
  if (openPullFor(repo, head, input.base)) alreadyExists(repo, head);
  if (facts.ahead === 0)
    validationFailed({
      resource: "PullRequest",
      code: "custom",
      message: `No commits between ${input.base} and ${head}`,
    });
  const at = now();
  const issue: IssueState = {
    number: repo.nextNumber++,
    id: nextId(s),
    title: input.title,
    body: input.body ?? null,
    state: "open",
    user: input.user,
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    labels: [],
    pull: {
      head,
      base: input.base,
      headSha,
      baseSha,
      draft: input.draft ?? false,
      maintainerCanModify: input.maintainerCanModify ?? false,
      reviews: [],
    },
  };
  repo.issues.set(issue.number, issue);
  return issue;
}

export async function updatePull(
  repo: RepoState,
  issue: IssueState,
  change: {
    title?: string;
    body?: string | null;
    state?: string;
    stateReason?: StateReason;
    base?: string;
  },
): Promise<void> {
  const pull = issue.pull!;
  if (change.base !== undefined && change.base !== pull.base) {
    const sha = await readRef(repo.gitDir, `refs/heads/${change.base}`);
    if (!sha) validationFailed({ resource: "PullRequest", field: "base", code: "invalid" });
    pull.base = change.base;
    pull.baseSha = sha;
  }
  if (change.state === "open" && issue.state === "closed") {
    if (pull.merge) fail(422, "state cannot be changed. The pull request has already been merged.");
    if (openPullFor(repo, pull.head, pull.base)) alreadyExists(repo, pull.head);
    if (!(await readRef(repo.gitDir, `refs/heads/${pull.head}`)))
      fail(422, "state cannot be changed. The head branch was deleted.");
    issue.state = "open";
    issue.stateReason = "reopened";
    issue.closedAt = null;
  } else if (change.state === "closed" && issue.state === "open") {
    await refreshPulls(repo);
    issue.state = "closed";
    issue.stateReason = change.stateReason ?? "completed";
    issue.closedAt = now();
  }
  if (change.title !== undefined) issue.title = change.title;
  if (change.body !== undefined) issue.body = change.body;
  issue.updatedAt = now();
}

function side(s: SimState, repo: RepoState, ref: string, sha: string) {
  return {
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: simpleUser(s, repo.owner),
    repo: repository(s, repo),
  };
}

export function pullSimple(s: SimState, repo: RepoState, i: IssueState): Record<string, unknown> {
  const pull = i.pull!;
  const api = `${repoApi(s, repo)}/pulls/${i.number}`;
  const html = `${s.baseUrl}/${repo.owner}/${repo.name}/pull/${i.number}`;
  const issueApi = `${repoApi(s, repo)}/issues/${i.number}`;
  const statuses = `${repoApi(s, repo)}/statuses/${pull.headSha}`;
  return {
    url: api,
    id: i.id,
    node_id: nodeId("PR", i.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueApi,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi(s, repo)}/pulls/comments{/number}`,
    comments_url: `${issueApi}/comments`,
    statuses_url: statuses,
    number: i.number,
    state: i.state,
    locked: false,
    title: i.title,
    user: simpleUser(s, i.user),
    body: i.body,
    labels: i.labels.map((n) => label(s, repo, repo.labels.get(n)!)),
    milestone: null,
    active_lock_reason: null,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
    merged_at: pull.merge?.at ?? null,
    merge_commit_sha: pull.merge?.sha ?? null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(s, repo, pull.head, pull.headSha),
    base: side(s, repo, pull.base, pull.baseSha),
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: issueApi },
      comments: { href: `${issueApi}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApi(s, repo)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: statuses },
    },
    author_association: authorAssociation(s, repo, i.user),
    auto_merge: null,
    draft: pull.draft,
  };
}

/** Commits on the head that the base does not have, oldest first (GitHub stops at 250). */
export async function pullCommits(repo: RepoState, i: IssueState): Promise<string[]> {
  const { headSha, baseSha } = i.pull!;
  return revList(repo.gitDir, ["--reverse", "--max-count=250", headSha, `^${baseSha}`]);
}

export async function pullFiles(repo: RepoState, i: IssueState): Promise<FileChange[]> {
  const { headSha, baseSha } = i.pull!;
  const from = (await mergeBase(repo.gitDir, baseSha, headSha)) ?? baseSha;
  return diffFiles(repo.gitDir, from, headSha);
}

export async function pullFull(
  s: SimState,
  repo: RepoState,
  i: IssueState,
): Promise<Record<string, unknown>> {
  const pull = i.pull!;
  const files = await pullFiles(repo, i);
  const commits = await pullCommits(repo, i);
  const merge = await tryGit(repo.gitDir, [
    "merge-tree",
    "--write-tree",
    pull.baseSha,
    pull.headSha,
  ]);
  const clean = merge.code === 0;
  return {
    ...pullSimple(s, repo, i),
    merged: pull.merge !== undefined,
    mergeable: i.state === "open" ? clean : null,
    rebaseable: i.state === "open" ? clean : null,
    mergeable_state: i.state === "open" ? (clean ? "clean" : "dirty") : "unknown",
    merged_by: pull.merge ? simpleUser(s, pull.merge.by) : null,
    comments: [...repo.comments.values()].filter((c) => c.issueNumber === i.number).length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: commits.length,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changed_files: files.length,
  };
}
