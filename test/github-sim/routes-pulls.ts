import { readCommits } from "./git-history.ts";
import {
  bodyOf,
  type Ctx,
  intParam,
  json,
  notFound,
  paged,
  type Route,
  repoOf,
  str,
  validationFailed,
} from "./http.ts";
import { mergePull, pullsForCommit } from "./merge.ts";
import {
  headBranch,
  openPull,
  pullCommits,
  pullFacts,
  pullFiles,
  pullFull,
  pullSimple,
  updatePull,
} from "./pulls.ts";
import { refreshPulls } from "./repo-ops.ts";
import { commitSummary, diffEntry, review } from "./shapes.ts";
import type { IssueState, MergeMethod, RepoState } from "./state.ts";

async function pullOf(ctx: Ctx): Promise<{ repo: RepoState; issue: IssueState }> {
  const repo = repoOf(ctx);
  const issue = repo.issues.get(intParam(ctx, "pull_number"));
  if (!issue?.pull) notFound();
  await refreshPulls(repo);
  return { repo, issue };
}

const STATES = ["open", "closed", "all"];
const METHODS: MergeMethod[] = ["merge", "squash", "rebase"];

export const pullRoutes: Route[] = [
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/pulls",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      await refreshPulls(repo);
      const state = ctx.query.get("state") ?? "open";
      if (!STATES.includes(state))
        validationFailed({ resource: "PullRequest", field: "state", code: "invalid" });
      const head = ctx.query.get("head");
      const headRef = head ? headBranch(repo, head) : undefined;
      const base = ctx.query.get("base");
      const sort = ctx.query.get("sort") ?? "created";
      const direction = ctx.query.get("direction") ?? (sort === "created" ? "desc" : "asc");
      const key = (i: IssueState) =>
        (sort === "updated" ? i.updatedAt : i.createdAt) + String(i.number).padStart(9, "0");
      const list = [...repo.issues.values()]
        .filter((i) => i.pull && (state === "all" || i.state === state))
        .filter((i) => !head || i.pull!.head === headRef)
        .filter((i) => !base || i.pull!.base === base)
        .sort((a, b) => (key(a) < key(b) ? -1 : 1) * (direction === "desc" ? -1 : 1));
      return paged(ctx, list, (i) => pullSimple(ctx.state, repo, i));
    },
  },
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/pulls",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const b = bodyOf(ctx);
      const input = {
        head: str(b.head) ?? "",
        base: str(b.base) ?? "",
        title: str(b.title) ?? "",
        body: str(b.body) ?? null,
        user: ctx.state.bot,
        draft: b.draft === true,
        maintainerCanModify: b.maintainer_can_modify !== false,
      };
      const facts = await pullFacts(repo, input.head, input.base);
      const issue = openPull(ctx.state, repo, input, facts);
      return json(201, await pullFull(ctx.state, repo, issue));
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/pulls/{pull_number}",
    handler: async (ctx) => {
      const { repo, issue } = await pullOf(ctx);
      return json(200, await pullFull(ctx.state, repo, issue));
    },
  },
  {
    method: "PATCH",
    template: "/repos/{owner}/{repo}/pulls/{pull_number}",
    handler: async (ctx) => {
      const { repo, issue } = await pullOf(ctx);
      const b = bodyOf(ctx);
      const state = str(b.state);
      if (state !== undefined && state !== "open" && state !== "closed")
        validationFailed({ resource: "PullRequest", field: "state", code: "invalid" });
      await updatePull(repo, issue, {
        title: str(b.title),
        body: b.body === null ? null : str(b.body),
        state,
        base: str(b.base),
      });
      return json(200, await pullFull(ctx.state, repo, issue));
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
    handler: async (ctx) => {
      const { repo, issue } = await pullOf(ctx);
      return paged(ctx, issue.pull!.reviews, (r) => review(ctx.state, repo, issue.number, r));
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/pulls/{pull_number}/commits",
    handler: async (ctx) => {
      const { repo, issue } = await pullOf(ctx);
      const commits = await readCommits(repo.gitDir, await pullCommits(repo, issue));
      return paged(ctx, commits, (c) => commitSummary(ctx.state, repo, c));
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/pulls/{pull_number}/files",
    handler: async (ctx) => {
      const { repo, issue } = await pullOf(ctx);
      const files = (await pullFiles(repo, issue)).slice(0, 3000);
      return paged(ctx, files, (f) => diffEntry(ctx.state, repo, f, issue.pull!.headSha));
    },
  },
  {
    method: "PUT",
    template: "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
    handler: async (ctx) => {
      const { repo, issue } = await pullOf(ctx);
      const b = bodyOf(ctx);
      const method = METHODS.find((m) => m === (str(b.merge_method) ?? "merge"));
      if (!method)
        validationFailed({ resource: "PullRequest", field: "merge_method", code: "invalid" });
      const sha = await mergePull(ctx.state, repo, issue, {
        method,
        title: str(b.commit_title),
        message: str(b.commit_message),
        sha: str(b.sha),
        by: ctx.state.bot,
      });
      return json(200, { sha, merged: true, message: "Pull Request successfully merged" });
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/commits/{commit_sha}/pulls",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const pulls = await pullsForCommit(repo, ctx.params.commit_sha ?? "");
      return paged(ctx, pulls, (i) => pullSimple(ctx.state, repo, i));
    },
  },
];
