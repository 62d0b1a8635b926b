// Commit statuses and check runs.
import { resolve } from "./git-store.ts";
import {
  bodyOf,
  fail,
  intParam,
  json,
  notFound,
  paged,
  type Route,
  repoOf,
  str,
  validationFailed,
} from "./http.ts";
import { checkRun, status } from "./shapes.ts";
import { repoApi, repository } from "./shapes-repo.ts";
import { type CheckRunState, nextId, now, type RepoState, type StatusState } from "./state.ts";

const STATUS_STATES = ["error", "failure", "pending", "success"];
const RUN_STATES = ["queued", "in_progress", "completed"];
const CONCLUSIONS = [
  "action_required",
  "cancelled",
  "failure",
  "neutral",
  "success",
  "skipped",
  "stale",
  "timed_out",
];

/** The newest status per context, newest first. */
function latestStatuses(repo: RepoState, sha: string): StatusState[] {
  const seen = new Set<string>();
  const out: StatusState[] = [];
  for (const st of [...repo.statuses].reverse()) {
    if (st.sha !== sha || seen.has(st.context)) continue;
    seen.add(st.context);
    out.push(st);
  }
  return out;
}

function combinedState(list: StatusState[]): string {
  if (list.some((s) => s.state === "error" || s.state === "failure")) return "failure";
  if (list.length === 0 || list.some((s) => s.state === "pending")) return "pending";
  return "success";
}

function applyRun(run: CheckRunState, b: Record<string, unknown>): void {
  const st = str(b.status);
  const conclusion = str(b.conclusion);
  if (st !== undefined && !RUN_STATES.includes(st))
    validationFailed({ resource: "CheckRun", field: "status", code: "invalid" });
  if (conclusion !== undefined && !CONCLUSIONS.includes(conclusion))
    validationFailed({ resource: "CheckRun", field: "conclusion", code: "invalid" });
  if (str(b.name) !== undefined) run.name = str(b.name)!;
  if (st) run.status = st as CheckRunState["status"];
  if (str(b.details_url) !== undefined) run.detailsUrl = str(b.details_url)!;
  if (str(b.external_id) !== undefined) run.externalId = str(b.external_id)!;
  if (str(b.started_at) !== undefined) run.startedAt = str(b.started_at)!;
  if (conclusion) {
    run.conclusion = conclusion;
    run.status = "completed";
  }
  if (run.status === "completed") run.completedAt = str(b.completed_at) ?? run.completedAt ?? now();
  const output = b.output as Record<string, unknown> | undefined;
  if (output)
    run.output = {
      title: str(output.title) ?? run.output.title,
      summary: str(output.summary) ?? run.output.summary,
      text: str(output.text) ?? run.output.text,
    };
}

async function shaOf(repo: RepoState, ref: string, status = 422): Promise<string> {
  return (await resolve(repo.gitDir, ref)) ?? fail(status, `No commit found for SHA: ${ref}`);
}

export const checkRoutes: Route[] = [
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/statuses/{sha}",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const b = bodyOf(ctx);
      const state = str(b.state) ?? "";
      if (!STATUS_STATES.includes(state))
        validationFailed({ resource: "Status", field: "state", code: "custom" });
      const at = now();
      const st: StatusState = {
        id: nextId(ctx.state),
        sha: await shaOf(repo, ctx.params.sha ?? ""),
        state: state as StatusState["state"],
        context: str(b.context) ?? "default",
        description: str(b.description) ?? null,
        targetUrl: str(b.target_url) ?? null,
        creator: ctx.state.bot,
        createdAt: at,
        updatedAt: at,
      };
      repo.statuses.push(st);
      return json(201, status(ctx.state, repo, st));
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/commits/{ref}/status",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const sha = await shaOf(repo, ctx.params.ref ?? "", 404);
      const list = latestStatuses(repo, sha);
      return json(200, {
        state: combinedState(list),
        statuses: list.map((st) => {
          const { creator: _creator, ...rest } = status(ctx.state, repo, st);
          return rest;
        }),
        sha,
        total_count: list.length,
        repository: repository(ctx.state, repo),
        commit_url: `${repoApi(ctx.state, repo)}/commits/${sha}`,
        url: `${repoApi(ctx.state, repo)}/commits/${sha}/status`,
      });
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/commits/{ref}/statuses",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const sha = await shaOf(repo, ctx.params.ref ?? "", 404);
      const list = repo.statuses.filter((st) => st.sha === sha).reverse();
      return paged(ctx, list, (st) => status(ctx.state, repo, st));
    },
  },
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/check-runs",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const b = bodyOf(ctx);
      const name = str(b.name);
      if (!name) validationFailed({ resource: "CheckRun", field: "name", code: "missing_field" });
      const run: CheckRunState = {
        id: nextId(ctx.state),
        name,
        headSha: await shaOf(repo, str(b.head_sha) ?? ""),
        status: "queued",
        conclusion: null,
        startedAt: now(),
        completedAt: null,
        externalId: null,
        detailsUrl: null,
        output: { title: null, summary: null, text: null },
      };
      applyRun(run, b);
      repo.checkRuns.set(run.id, run);
      return json(201, checkRun(ctx.state, repo, run));
    },
  },
  {
    method: "PATCH",
    template: "/repos/{owner}/{repo}/check-runs/{check_run_id}",
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const run = repo.checkRuns.get(intParam(ctx, "check_run_id")) ?? notFound();
      applyRun(run, bodyOf(ctx));
      return json(200, checkRun(ctx.state, repo, run));
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/check-runs/{check_run_id}",
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const run = repo.checkRuns.get(intParam(ctx, "check_run_id")) ?? notFound();
      return json(200, checkRun(ctx.state, repo, run));
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/commits/{ref}/check-runs",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const sha = await shaOf(repo, ctx.params.ref ?? "", 404);
      const name = ctx.query.get("check_name");
      const runs = [...repo.checkRuns.values()]
        .filter((r) => r.headSha === sha && (!name || r.name === name))
        .reverse();
      const page = paged(ctx, runs, (r) => checkRun(ctx.state, repo, r));
      return { ...page, body: { total_count: runs.length, check_runs: page.body } };
    },
  },
];
