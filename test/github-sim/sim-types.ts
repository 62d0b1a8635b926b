// What tests see of the simulator: the GitHubSim object and the plain records it hands back.
import type { FaultQueue } from "./faults.ts";
import type { OidcSim } from "./oidc.ts";
import type { RequestLog } from "./server.ts";
import type { MergeMethod, ReviewStateName, StateReason } from "./state.ts";

export interface SimRepo {
  owner: string;
  name: string;
  /** Path of the bare repository. */
  gitDir: string;
  defaultBranch: string;
}

export interface SimComment {
  id: number;
  body: string;
  user: { login: string };
}

export interface SimPull {
  number: number;
  state: "open" | "closed";
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  title: string;
  body: string | null;
  user: { login: string };
  labels: string[];
  merged: boolean;
  merge_commit_sha: string | null;
}

/** An issue that is not a pull request. */
export interface SimIssue {
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  state_reason: StateReason | null;
  labels: string[];
  user: { login: string };
}

export interface GitHubSim {
  /** API root: Octokit's `baseUrl`, `GITHUB_API_URL`. */
  url: string;
  /** Smart-HTTP clone URL served by `git http-backend`. */
  gitUrl(owner: string, repo: string): string;
  /** The valid token; anything else gets 401 Bad credentials. */
  token: string;
  /** The token's user, author of what the API creates. */
  botLogin: string;
  /** Actions' OIDC token service: its issuer is `url`; see harness.ts's `oidc` option. */
  oidc: OidcSim;
  createRepo(owner: string, name: string, files?: Record<string, string>): Promise<SimRepo>;
  addTeam(org: string, slug: string, members: string[]): void;
  addUser(login: string): void;
  comments(owner: string, repo: string, issueNumber: number): SimComment[];
  /** A comment by someone other than the token's user. */
  addComment(owner: string, repo: string, issueNumber: number, body: string, user: string): number;
  /** A plain issue (it shares numbers with pull requests); comments work on both. */
  createIssue(
    owner: string,
    repo: string,
    issue: { title: string; body?: string; user?: string },
  ): number;
  /** Plain issues (not pull requests), oldest first. */
  issues(owner: string, repo: string): SimIssue[];
  pulls(owner: string, repo: string): SimPull[];
  createPull(
    owner: string,
    repo: string,
    pull: { head: string; base: string; title: string; body?: string; user?: string },
  ): number;
  addReview(
    owner: string,
    repo: string,
    number: number,
    review: { user: string; state: ReviewStateName; commit_id: string; body?: string },
  ): void;
  /**
   * Merges an open pull request as a person would on the web (as octocat): a real merge commit
   * (two parents, the default), squash commit or rebased copies on the base branch. Returns
   * the pull's `merge_commit_sha`.
   */
  mergePull(owner: string, repo: string, number: number, method?: MergeMethod): Promise<string>;
  /** Commits onto a branch as a person would (created from the default branch if missing). */
  commit(
    owner: string,
    repo: string,
    branch: string,
    files: Record<string, string | null>,
    message: string,
    author?: string,
  ): Promise<string>;
  /**
   * A run of a workflow (`path`: `.github/workflows/pr.yml`), completed and successful unless
   * told otherwise, with the artifacts it left (by name; `expired` ones are listed as such).
   * Returns its id.
   */
  addWorkflowRun(
    owner: string,
    repo: string,
    run: {
      path: string;
      event: string;
      headSha: string;
      headBranch: string;
      status?: "queued" | "in_progress" | "completed";
      conclusion?: string | null;
      artifacts?: (string | { name: string; expired?: boolean })[];
    },
  ): number;
  /** The commit statuses of `sha`, oldest first. */
  statuses(
    owner: string,
    repo: string,
    sha: string,
  ): { context: string; state: string; description: string | null; target_url: string | null }[];
  faults: FaultQueue;
  requests: RequestLog[];
  openapiErrors: string[];
  close(): Promise<void>;
}
