// JSON as GitHub shapes it, with every field the OpenAPI description marks required.
import type { CommitObject, FileChange } from "./git-history.ts";
import { nodeId, repoApi, repoHtml, simpleUser } from "./shapes-repo.ts";
import {
  authorAssociation,
  type CheckRunState,
  type CommentState,
  type IssueState,
  type LabelState,
  loginFromEmail,
  type RepoState,
  type ReviewState,
  type SimState,
  type StatusState,
  user,
} from "./state.ts";

type Json = Record<string, unknown>;

export function label(s: SimState, repo: RepoState, l: LabelState): Json {
  return {
    id: l.id,
    node_id: nodeId("LA", l.id),
    url: `${repoApi(s, repo)}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    description: l.description,
    color: l.color,
    default: false,
  };
}

export function issueComment(s: SimState, repo: RepoState, c: CommentState): Json {
  return {
    id: c.id,
    node_id: nodeId("IC", c.id),
    url: `${repoApi(s, repo)}/issues/comments/${c.id}`,
    html_url: `${repoHtml(s, repo)}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${repoApi(s, repo)}/issues/${c.issueNumber}`,
    body: c.body,
    user: simpleUser(s, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: authorAssociation(s, repo, c.user),
  };
}

export function issue(s: SimState, repo: RepoState, i: IssueState): Json {
  const api = `${repoApi(s, repo)}/issues/${i.number}`;
  const kind = i.pull ? "pull" : "issues";
  return {
    id: i.id,
    node_id: nodeId(i.pull ? "PR" : "I", i.id),
    url: api,
    repository_url: repoApi(s, repo),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${repoHtml(s, repo)}/${kind}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason:
      i.stateReason === undefined ? (i.state === "closed" ? "completed" : null) : i.stateReason,
    title: i.title,
    body: i.body,
    user: simpleUser(s, i.user),
    labels: i.labels.map((n) => label(s, repo, repo.labels.get(n)!)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: [...repo.comments.values()].filter((c) => c.issueNumber === i.number).length,
    closed_at: i.closedAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    author_association: authorAssociation(s, repo, i.user),
    ...(i.pull
      ? {
          pull_request: {
            url: `${repoApi(s, repo)}/pulls/${i.number}`,
            html_url: `${repoHtml(s, repo)}/pull/${i.number}`,
            diff_url: `${repoHtml(s, repo)}/pull/${i.number}.diff`,
            patch_url: `${repoHtml(s, repo)}/pull/${i.number}.patch`,
            merged_at: i.pull.merge?.at ?? null,
          },
        }
      : {}),
  };
}

export function commitSummary(s: SimState, repo: RepoState, c: CommitObject): Json {
  const api = repoApi(s, repo);
  const person = (email: string) => {
    const login = loginFromEmail(s, email);
    return login ? simpleUser(s, login) : null;
  };
  return {
    sha: c.sha,
    node_id: nodeId("C", c.sha),
    commit: {
      author: c.author,
      committer: c.committer,
      message: c.message,
      tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
      url: `${api}/git/commits/${c.sha}`,
      comment_count: 0,
      verification: unsigned(),
    },
    url: `${api}/commits/${c.sha}`,
    html_url: `${repoHtml(s, repo)}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    author: person(c.author.email),
    committer: person(c.committer.email),
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/commits/${p}`,
      html_url: `${repoHtml(s, repo)}/commit/${p}`,
    })),
  };
}

export function unsigned(): Json {
  return { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null };
}

export function gitCommit(s: SimState, repo: RepoState, c: CommitObject): Json {
  const api = repoApi(s, repo);
  return {
    sha: c.sha,
    node_id: nodeId("C", c.sha),
    url: `${api}/git/commits/${c.sha}`,
    html_url: `${repoHtml(s, repo)}/commit/${c.sha}`,
    author: c.author,
    committer: c.committer,
    tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
    message: c.message,
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/git/commits/${p}`,
      html_url: `${repoHtml(s, repo)}/commit/${p}`,
    })),
    verification: unsigned(),
  };
}

export function diffEntry(s: SimState, repo: RepoState, f: FileChange, ref: string): Json {
  const path = f.filename.split("/").map(encodeURIComponent).join("/");
  return {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${repoHtml(s, repo)}/blob/${ref}/${path}`,
    raw_url: `${repoHtml(s, repo)}/raw/${ref}/${path}`,
    contents_url: `${repoApi(s, repo)}/contents/${path}?ref=${ref}`,
  };
}

export function review(s: SimState, repo: RepoState, number: number, r: ReviewState): Json {
  const html = `${repoHtml(s, repo)}/pull/${number}#pullrequestreview-${r.id}`;
  const pr = `${repoApi(s, repo)}/pulls/${number}`;
  return {
    id: r.id,
    node_id: nodeId("PRR", r.id),
    user: simpleUser(s, r.user),
    body: r.body,
    state: r.state,
    html_url: html,
    pull_request_url: pr,
    _links: { html: { href: html }, pull_request: { href: pr } },
    submitted_at: r.submittedAt,
    commit_id: r.commitId,
    author_association: authorAssociation(s, repo, r.user),
  };
}

export function status(s: SimState, repo: RepoState, st: StatusState): Json {
  return {
    url: `${repoApi(s, repo)}/statuses/${st.sha}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${user(s, st.creator).id}?v=4`,
    id: st.id,
    node_id: nodeId("SC", st.id),
    state: st.state,
    description: st.description,
    target_url: st.targetUrl,
    context: st.context,
    created_at: st.createdAt,
    updated_at: st.updatedAt,
    creator: simpleUser(s, st.creator),
  };
}

export function checkRun(s: SimState, repo: RepoState, c: CheckRunState): Json {
  const url = `${repoApi(s, repo)}/check-runs/${c.id}`;
  return {
    id: c.id,
    node_id: nodeId("CR", c.id),
    head_sha: c.headSha,
    external_id: c.externalId,
    url,
    html_url: `${repoHtml(s, repo)}/runs/${c.id}`,
    details_url: c.detailsUrl,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.startedAt,
    completed_at: c.completedAt,
    output: { ...c.output, annotations_count: 0, annotations_url: `${url}/annotations` },
    name: c.name,
    check_suite: { id: c.id },
    app: null,
    pull_requests: [],
  };
}
