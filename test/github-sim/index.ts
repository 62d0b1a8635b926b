// A local GitHub for tests: the REST endpoints our actions use, backed by real bare git
// repositories, with every exchange checked against GitHub's OpenAPI description.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createFaultQueue, type FaultQueue } from "./faults.ts";
import { gitEnv } from "./git-store.ts";
import { ReplyError } from "./http.ts";
import { operation } from "./openapi.ts";
import { openPull, type PullFacts } from "./pulls.ts";
import { commitAsPerson, createRepo } from "./repo-ops.ts";
import { checkRoutes } from "./routes-checks.ts";
import { gitRoutes } from "./routes-git.ts";
import { issueRoutes } from "./routes-issues.ts";
import { pullRoutes } from "./routes-pulls.ts";
import { repoRoutes } from "./routes-repo.ts";
import { createSimServer, type RequestLog } from "./server.ts";
import {
  createState,
  findRepo,
  nextId,
  now,
  type RepoState,
  type ReviewStateName,
  type SimState,
  user,
} from "./state.ts";

export type { Fault, FaultQueue } from "./faults.ts";
export type { RequestLog } from "./server.ts";

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
  /** Commits onto a branch as a person would (created from the default branch if missing). */
  commit(
    owner: string,
    repo: string,
    branch: string,
    files: Record<string, string | null>,
    message: string,
    author?: string,
  ): Promise<string>;
  faults: FaultQueue;
  requests: RequestLog[];
  openapiErrors: string[];
  close(): Promise<void>;
}

function must(s: SimState, owner: string, name: string): RepoState {
  const repo = findRepo(s, owner, name);
  if (!repo) throw new Error(`no repository ${owner}/${name} in the simulator`);
  return repo;
}

function refSync(repo: RepoState, ref: string): string | undefined {
  try {
    const out = execFileSync(
      "git",
      ["--git-dir", repo.gitDir, "rev-parse", "--verify", "-q", ref],
      {
        env: gitEnv(),
        stdio: ["ignore", "pipe", "ignore"],
      },
    );
    return out.toString().trim();
  } catch {
    return undefined;
  }
}

function factsSync(repo: RepoState, head: string, base: string): PullFacts {
  const headSha = refSync(repo, `refs/heads/${head.replace(/^[^:]*:/, "")}`);
  const baseSha = refSync(repo, `refs/heads/${base}`);
  if (!headSha || !baseSha) return { headSha, baseSha, ahead: 0 };
  const count = execFileSync(
    "git",
    ["--git-dir", repo.gitDir, "rev-list", "--count", headSha, `^${baseSha}`],
    { env: gitEnv() },
  );
  return { headSha, baseSha, ahead: Number(count.toString().trim()) };
}

function rethrow(err: unknown): never {
  if (err instanceof ReplyError)
    throw new Error(
      `GitHub would refuse this: ${JSON.stringify(err.reply.body)} (a pull request needs a head ` +
        "branch with commits its base lacks; createIssue gives a plain issue to comment on)",
    );
  throw err;
}

export async function startGitHubSim(
  options: { validateOpenApi?: boolean } = {},
): Promise<GitHubSim> {
  const validate = options.validateOpenApi ?? true;
  const routes = [...repoRoutes, ...issueRoutes, ...pullRoutes, ...gitRoutes, ...checkRoutes];
  // Loads the description up front (about a second) and keeps the routes honest.
  if (validate)
    for (const r of routes)
      if (!operation(r.method, r.template))
        throw new Error(`simulator route ${r.method} ${r.template} is not GitHub's`);
  const root = await mkdtemp(path.join(tmpdir(), "github-sim-"));
  const state = createState(root, `ghs_${randomBytes(18).toString("base64url")}`);
  const faults = createFaultQueue();
  const requests: RequestLog[] = [];
  const openapiErrors: string[] = [];
  const server = createSimServer({
    state,
    routes,
    faults,
    validate,
    requests,
    openapiErrors,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  state.baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: state.baseUrl,
    gitUrl: (owner, repo) => `${state.baseUrl}/git/${owner}/${repo}.git`,
    token: state.token,
    botLogin: state.bot,
    async createRepo(owner, name, files = { "README.md": `# ${name}\n` }) {
      const repo = await createRepo(state, owner, name, files);
      return { owner, name, gitDir: repo.gitDir, defaultBranch: repo.defaultBranch };
    },
    addTeam(org, slug, members) {
      for (const m of members) user(state, m);
      state.teams.set(`${org}/${slug}`.toLowerCase(), {
        id: nextId(state),
        org,
        slug,
        members: new Set(members),
      });
    },
    addUser(login) {
      user(state, login);
    },
    comments(owner, repo, issueNumber) {
      return [...must(state, owner, repo).comments.values()]
        .filter((c) => c.issueNumber === issueNumber)
        .sort((a, b) => a.id - b.id)
        .map((c) => ({ id: c.id, body: c.body, user: { login: c.user } }));
    },
    addComment(owner, repo, issueNumber, body, login) {
      const r = must(state, owner, repo);
      if (!r.issues.has(issueNumber))
        throw new Error(`no issue #${issueNumber} in ${owner}/${repo}`);
      const at = now();
      const id = nextId(state);
      r.comments.set(id, {
        id,
        issueNumber,
        body,
        user: user(state, login).login,
        createdAt: at,
        updatedAt: at,
      });
      return id;
    },
    createIssue(owner, repo, issue) {
      const r = must(state, owner, repo);
      const at = now();
      const number = r.nextNumber++;
      r.issues.set(number, {
        number,
        id: nextId(state),
        title: issue.title,
        body: issue.body ?? null,
        state: "open",
        user: user(state, issue.user ?? "octocat").login,
        createdAt: at,
        updatedAt: at,
        closedAt: null,
        labels: [],
      });
      return number;
    },
    pulls(owner, repo) {
      return [...must(state, owner, repo).issues.values()]
        .filter((i) => i.pull)
        .map((i) => ({
          number: i.number,
          state: i.state,
          head: { ref: i.pull!.head, sha: i.pull!.headSha },
          base: { ref: i.pull!.base, sha: i.pull!.baseSha },
          title: i.title,
          body: i.body,
          user: { login: i.user },
          labels: [...i.labels],
        }));
    },
    createPull(owner, repo, pull) {
      const r = must(state, owner, repo);
      const input = { ...pull, user: user(state, pull.user ?? "octocat").login };
      try {
        return openPull(state, r, input, factsSync(r, pull.head, pull.base)).number;
      } catch (err) {
        return rethrow(err);
      }
    },
    addReview(owner, repo, number, review) {
      const issue = must(state, owner, repo).issues.get(number);
      if (!issue?.pull) throw new Error(`no pull request #${number} in ${owner}/${repo}`);
      issue.pull.reviews.push({
        id: nextId(state),
        user: user(state, review.user).login,
        state: review.state,
        commitId: review.commit_id,
        body: review.body ?? "",
        submittedAt: now(),
      });
    },
    commit(owner, repo, branch, files, message, author = "octocat") {
      const r = must(state, owner, repo);
      return commitAsPerson(state, r, branch, files, message, author).catch(rethrow);
    },
    faults,
    requests,
    openapiErrors,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await rm(root, { recursive: true, force: true });
    },
  };
}
