// Merging a pull request as GitHub does: real commits on the base branch (a merge commit, a
// squash commit or rebased copies) written with git plumbing and moved in with a
// compare-and-swap, so a push that lands meanwhile is never lost. Also the reverse question:
// which pull requests brought a commit in.
import { type CommitObject, readCommits } from "./git-history.ts";
import { commitTree, isAncestor, resolve, revList, tryGit, updateRef } from "./git-store.ts";
import { fail } from "./http.ts";
import { refreshPulls } from "./repo-ops.ts";
import {
  commitDate,
  type IssueState,
  identity,
  type MergeMethod,
  now,
  type RepoState,
  type SimState,
} from "./state.ts";

export interface MergeRequest {
  method: MergeMethod;
  /** The whole first line; GitHub's default when absent. */
  title?: string;
  message?: string;
  /** The head the caller reviewed: 409 when the branch has moved since. */
  sha?: string;
  /** Who merges: the merge commit's author. */
  by: string;
}

/** What GitHub's web-flow commits carry as committer. */
const WEB_FLOW = { name: "GitHub", email: "noreply@github.com" };

async function mergedTree(gitDir: string, ours: string, theirs: string): Promise<string> {
  const r = await tryGit(gitDir, ["merge-tree", "--write-tree", ours, theirs]);
  // 1 is "conflicts"; anything else is the simulator's problem, not the caller's.
  if (r.code === 1) fail(405, "Pull Request is not mergeable");
  if (r.code !== 0) throw new Error(`git merge-tree ${ours} ${theirs}: ${r.stderr}`);
  return r.stdout.toString("utf8").split("\n")[0]!.trim();
}

function subject(c: CommitObject): string {
  return c.message.split("\n")[0]!;
}

function details(c: CommitObject): string {
  return c.message.split("\n").slice(1).join("\n").trim();
}

function joinMessage(title: string, message: string): string {
  return message ? `${title}\n\n${message}` : title;
}

/** GitHub's defaults: "Merge pull request #n from owner/branch" / "Title (#n)" with the commits. */
function messageFor(
  repo: RepoState,
  issue: IssueState,
  commits: CommitObject[],
  req: MergeRequest,
): string {
  if (req.method === "merge") {
    const title =
      req.title ?? `Merge pull request #${issue.number} from ${repo.owner}/${issue.pull!.head}`;
    return joinMessage(title, req.message ?? issue.title);
  }
  const only = commits.length === 1 ? commits[0] : undefined;
  const title = req.title ?? `${only ? subject(only) : issue.title} (#${issue.number})`;
  const listed = commits.map((c) => `* ${c.message}`).join("\n\n");
  return joinMessage(title, req.message ?? (only ? details(only) : listed));
}

async function writeCommits(
  s: SimState,
  repo: RepoState,
  issue: IssueState,
  commits: CommitObject[],
  req: MergeRequest,
): Promise<string[]> {
  const { baseSha, headSha } = issue.pull!;
  const committer = () => ({ ...WEB_FLOW, date: commitDate(s) });
  if (req.method !== "rebase") {
    const tree = await mergedTree(repo.gitDir, baseSha, headSha);
    // A squash commit is credited to the pull request's author, a merge commit to the merger.
    const author = identity(s, req.method === "squash" ? issue.user : req.by);
    const date = commitDate(s);
    const sha = await commitTree(repo.gitDir, {
      tree,
      parents: req.method === "merge" ? [baseSha, headSha] : [baseSha],
      message: messageFor(repo, issue, commits, req),
      author: { ...author, date },
      committer: { ...WEB_FLOW, date },
    });
    return [sha];
  }
  if (commits.some((c) => c.parents.length > 1)) fail(405, "This branch can't be rebased");
  // merge-tree takes the fork point as merge base, so each step lays the branch's changes up
  // to `c` onto the rebased line: what replaying `c` alone gives, conflicts included.
  const written: string[] = [];
  let onto = baseSha;
  for (const c of commits) {
    const tree = await mergedTree(repo.gitDir, onto, c.sha);
    onto = await commitTree(repo.gitDir, {
      tree,
      parents: [onto],
      message: c.message,
      author: c.author,
      committer: committer(),
    });
    written.push(onto);
  }
  return written;
}

/** Merges an open pull request into its base branch; the new base tip. */
export async function mergePull(
  s: SimState,
  repo: RepoState,
  issue: IssueState,
  req: MergeRequest,
): Promise<string> {
  await refreshPulls(repo);
  const pull = issue.pull!;
  if (issue.state !== "open") fail(405, "Pull Request is not mergeable");
  if (pull.draft) fail(405, "Pull Request is still a draft");
  if (req.sha !== undefined && req.sha !== pull.headSha)
    fail(409, "Head branch was modified. Review and try the merge again.");
  const { baseSha, headSha } = pull;
  const shas = await revList(repo.gitDir, ["--reverse", headSha, `^${baseSha}`]);
  if (shas.length === 0) fail(405, "Pull Request is not mergeable");
  const commits = await readCommits(repo.gitDir, shas);
  const written = await writeCommits(s, repo, issue, commits, req);
  const tip = written[written.length - 1]!;
  if (!(await updateRef(repo.gitDir, `refs/heads/${pull.base}`, tip, baseSha)))
    fail(405, "Base branch was modified. Review and try the merge again.");
  const at = now();
  pull.merge = { method: req.method, at, by: req.by, sha: tip, commits: written };
  issue.state = "closed";
  issue.stateReason = "completed";
  issue.closedAt = at;
  issue.updatedAt = at;
  await refreshPulls(repo);
  return tip;
}

/**
 * listPullRequestsAssociatedWithCommit: pull requests that wrote the commit when merged or
 * carry it in their head's history. A commit on the default branch names only merged ones;
 * elsewhere open ones count too. Newest first.
 */
export async function pullsForCommit(repo: RepoState, rev: string): Promise<IssueState[]> {
  const sha = (await resolve(repo.gitDir, rev)) ?? fail(422, `No commit found for SHA: ${rev}`);
  await refreshPulls(repo);
  const onDefault = await isAncestor(repo.gitDir, sha, `refs/heads/${repo.defaultBranch}`);
  const found: IssueState[] = [];
  for (const issue of repo.issues.values()) {
    const pull = issue.pull;
    if (!pull || (pull.merge === undefined && (onDefault || issue.state !== "open"))) continue;
    const wrote = pull.merge?.commits.includes(sha) ?? false;
    if (wrote || pull.headSha === sha) found.push(issue);
    else if ((await revList(repo.gitDir, [pull.headSha, `^${pull.baseSha}`])).includes(sha))
      found.push(issue);
  }
  return found.sort((a, b) => b.number - a.number);
}
