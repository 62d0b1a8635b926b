// A local GitHub for tests: the REST endpoints our actions use, backed by real bare git
// repositories, with every exchange checked against GitHub's OpenAPI description.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createFaultQueue } from "./faults.ts";
import { gitEnv } from "./git-store.ts";
import { ReplyError } from "./http.ts";
import { mergePull } from "./merge.ts";
import { createOidcIssuer } from "./oidc.ts";
import { operation } from "./openapi.ts";
import { openPull, type PullFacts } from "./pulls.ts";
import { commitAsPerson, createRepo } from "./repo-ops.ts";
import { actionRoutes } from "./routes-actions.ts";
import { adminRoutes } from "./routes-admin.ts";
import { branchRoutes, protectBranch } from "./routes-branches.ts";
import { checkRoutes } from "./routes-checks.ts";
import { gitRoutes } from "./routes-git.ts";
import { issueCrudRoutes } from "./routes-issue-crud.ts";
import { issueRoutes } from "./routes-issues.ts";
import { pullRoutes } from "./routes-pulls.ts";
import { repoRoutes } from "./routes-repo.ts";
import { createSimServer, type RequestLog } from "./server.ts";
import type { GitHubSim } from "./sim-types.ts";
import {
  createState,
  findRepo,
  nextId,
  now,
  type RepoState,
  type SimState,
  user,
} from "./state.ts";

export type { Fault, FaultQueue } from "./faults.ts";
export type { RequestLog } from "./server.ts";
export type { GitHubSim, SimComment, SimIssue, SimPull, SimRepo } from "./sim-types.ts";

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

const PULL_HINT =
  " (a pull request needs a head branch with commits its base lacks; createIssue gives a plain" +
  " issue to comment on)";

function rethrow(err: unknown, hint = PULL_HINT): never {
  if (err instanceof ReplyError)
    throw new Error(`GitHub would refuse this: ${JSON.stringify(err.reply.body)}${hint}`);
  throw err;
}

export async function startGitHubSim(
  options: { validateOpenApi?: boolean } = {},
): Promise<GitHubSim> {
  const validate = options.validateOpenApi ?? true;
  const routes = [
    ...repoRoutes,
    ...issueRoutes,
    ...issueCrudRoutes,
    ...pullRoutes,
    ...gitRoutes,
    ...checkRoutes,
    // Branch protection's required checks (the autoscaler's merge).
    ...branchRoutes,
    ...actionRoutes,
    // Environments, secrets and team members: what doctor checks.
    ...adminRoutes,
  ];
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
  const oidc = await createOidcIssuer(() => state.baseUrl);
  const server = createSimServer({
    oidc,
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
    oidc,
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
    issues(owner, repo) {
      return [...must(state, owner, repo).issues.values()]
        .filter((i) => !i.pull)
        .map((i) => ({
          number: i.number,
          title: i.title,
          body: i.body,
          state: i.state,
          state_reason: i.stateReason ?? (i.state === "closed" ? "completed" : null),
          labels: [...i.labels],
          user: { login: i.user },
        }));
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
          merged: i.pull!.merge !== undefined,
          merge_commit_sha: i.pull!.merge?.sha ?? null,
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
    async mergePull(owner, repo, number, method = "merge") {
      const r = must(state, owner, repo);
      const issue = r.issues.get(number);
      if (!issue?.pull) throw new Error(`no pull request #${number} in ${owner}/${repo}`);
      const by = user(state, "octocat").login;
      return mergePull(state, r, issue, { method, by }).catch((err) => rethrow(err, ""));
    },
    commit(owner, repo, branch, files, message, author = "octocat") {
      const r = must(state, owner, repo);
      return commitAsPerson(state, r, branch, files, message, author).catch(rethrow);
    },
    // Branch protection (the autoscaler's merge).
    protectBranch(owner, repo, branch, checks) {
      protectBranch(must(state, owner, repo), branch, checks);
    },
    addWorkflowRun(owner, repo, run) {
      const r = must(state, owner, repo);
      const id = nextId(state);
      const at = now();
      r.workflowRuns.set(id, {
        id,
        runNumber: r.workflowRuns.size + 1,
        path: run.path,
        event: run.event,
        headSha: run.headSha,
        headBranch: run.headBranch,
        status: run.status ?? "completed",
        conclusion: run.conclusion === undefined ? "success" : run.conclusion,
        createdAt: at,
        artifacts: (run.artifacts ?? []).map((a) => ({
          id: nextId(state),
          name: typeof a === "string" ? a : a.name,
          sizeInBytes: 1024,
          expired: typeof a === "string" ? false : (a.expired ?? false),
          createdAt: at,
        })),
      });
      return id;
    },
    statuses(owner, repo, sha) {
      return must(state, owner, repo)
        .statuses.filter((st) => st.sha === sha)
        .map((st) => ({
          context: st.context,
          state: st.state,
          description: st.description,
          target_url: st.targetUrl,
        }));
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
