// Workflow runs and their artifacts, as a workflow_run job reads them: which runs of a
// workflow exist at a head commit, and what each left. Tests add the runs (addWorkflowRun);
// artifact contents stay with the test, as download-artifact would fetch them.
import {
  type Ctx,
  intParam,
  linkHeader,
  notFound,
  pageOf,
  type Reply,
  type Route,
  repoOf,
} from "./http.ts";
import { nodeId, repoApi, repoHtml, repository, simpleUser } from "./shapes-repo.ts";
import type { ArtifactState, RepoState, SimState, WorkflowRunState } from "./state.ts";

type Json = Record<string, unknown>;

/** Workflow ids as GitHub derives them here: stable per file path. */
function workflowId(path: string): number {
  let h = 7;
  for (const c of path) h = (h * 31 + c.charCodeAt(0)) % 1_000_000;
  return 1_000_000 + h;
}

function workflowRun(s: SimState, repo: RepoState, r: WorkflowRunState): Json {
  const api = `${repoApi(s, repo)}/actions/runs/${r.id}`;
  const id = workflowId(r.path);
  return {
    id: r.id,
    name: r.path.replace(/^.*\//, "").replace(/\.ya?ml$/, ""),
    node_id: nodeId("WFR", r.id),
    check_suite_id: r.id + 1,
    check_suite_node_id: nodeId("CS", r.id + 1),
    head_branch: r.headBranch,
    head_sha: r.headSha,
    path: r.path,
    run_number: r.runNumber,
    run_attempt: 1,
    display_title: r.headBranch,
    event: r.event,
    status: r.status,
    conclusion: r.conclusion,
    workflow_id: id,
    url: api,
    html_url: `${repoHtml(s, repo)}/actions/runs/${r.id}`,
    pull_requests: [],
    created_at: r.createdAt,
    updated_at: r.createdAt,
    run_started_at: r.createdAt,
    actor: simpleUser(s, repo.owner),
    triggering_actor: simpleUser(s, repo.owner),
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${repoApi(s, repo)}/check-suites/${r.id + 1}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${repoApi(s, repo)}/actions/workflows/${id}`,
    head_commit: {
      id: r.headSha,
      tree_id: r.headSha,
      message: r.headBranch,
      timestamp: r.createdAt,
      author: { name: repo.owner, email: `${repo.owner}@users.noreply.github.com` },
      committer: { name: repo.owner, email: `${repo.owner}@users.noreply.github.com` },
    },
    repository: repository(s, repo),
    head_repository: repository(s, repo),
  };
}

function artifact(s: SimState, repo: RepoState, run: WorkflowRunState, a: ArtifactState): Json {
  const api = `${repoApi(s, repo)}/actions/artifacts/${a.id}`;
  return {
    id: a.id,
    node_id: nodeId("A", a.id),
    name: a.name,
    size_in_bytes: a.sizeInBytes,
    url: api,
    archive_download_url: `${api}/zip`,
    expired: a.expired,
    created_at: a.createdAt,
    expires_at: a.createdAt,
    updated_at: a.createdAt,
    workflow_run: {
      id: run.id,
      repository_id: repo.id,
      head_repository_id: repo.id,
      head_branch: run.headBranch,
      head_sha: run.headSha,
    },
  };
}

/** Newest first, as GitHub lists runs. */
function runsOf(repo: RepoState): WorkflowRunState[] {
  return [...repo.workflowRuns.values()].sort((a, b) => b.id - a.id);
}

/** One page of a `{total_count, <key>: [...]}` list, with its Link header. */
function pagedList<T>(ctx: Ctx, key: string, items: T[], map: (item: T) => Json): Reply {
  const page = pageOf(ctx);
  const slice = items.slice(page.start, page.start + page.perPage).map(map);
  return {
    status: 200,
    body: { total_count: items.length, [key]: slice },
    headers: linkHeader(ctx, page, items.length),
  };
}

export const actionRoutes: Route[] = [
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const wanted = ctx.params.workflow_id ?? "";
      const q = ctx.query;
      const runs = runsOf(repo).filter(
        (r) =>
          (r.path === `.github/workflows/${wanted}` || String(workflowId(r.path)) === wanted) &&
          (!q.get("head_sha") || r.headSha === q.get("head_sha")) &&
          (!q.get("event") || r.event === q.get("event")) &&
          (!q.get("branch") || r.headBranch === q.get("branch")) &&
          (!q.get("status") || r.status === q.get("status") || r.conclusion === q.get("status")),
      );
      return pagedList(ctx, "workflow_runs", runs, (r) => workflowRun(ctx.state, repo, r));
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const run = repo.workflowRuns.get(intParam(ctx, "run_id")) ?? notFound();
      const name = ctx.query.get("name");
      const list = run.artifacts.filter((a) => !name || a.name === name);
      return pagedList(ctx, "artifacts", list, (a) => artifact(ctx.state, repo, run, a));
    },
  },
];
