// Comments and labels on issues and pull requests (routes-issue-crud.ts has issues themselves).
import {
  bodyOf,
  type Ctx,
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
import { issue, issueComment, label } from "./shapes.ts";
import { simpleUser } from "./shapes-repo.ts";
import { type IssueState, nextId, now, type RepoState } from "./state.ts";

/** GitHub's limit on a comment body. */
export const MAX_BODY = 65536;

export function issueOf(ctx: Ctx): { repo: RepoState; issue: IssueState } {
  const repo = repoOf(ctx);
  const found = repo.issues.get(intParam(ctx, "issue_number")) ?? notFound();
  return { repo, issue: found };
}

function commentBody(ctx: Ctx): string {
  const body = str(bodyOf(ctx).body);
  if (body === undefined)
    validationFailed({ resource: "IssueComment", code: "missing_field", field: "body" });
  if (body.length > MAX_BODY)
    validationFailed({
      resource: "IssueComment",
      code: "custom",
      field: "body",
      message: `body is too long (maximum is ${MAX_BODY} characters)`,
    });
  return body;
}

export function labelNames(ctx: Ctx): string[] {
  const b = ctx.body;
  const list = Array.isArray(b) ? b : (bodyOf(ctx).labels ?? []);
  if (!Array.isArray(list)) return validationFailed({ resource: "Label", code: "invalid" });
  return list.map((l: unknown) =>
    typeof l === "string" ? l : (str((l as { name?: unknown } | null)?.name) ?? ""),
  );
}

/** The repository's label of that name (names are case-insensitive), created if missing. */
export function ensureLabel(ctx: Ctx, repo: RepoState, name: string): string {
  if (name === "") validationFailed({ resource: "Label", code: "invalid", field: "name" });
  for (const known of repo.labels.keys())
    if (known.toLowerCase() === name.toLowerCase()) return known;
  repo.labels.set(name, { id: nextId(ctx.state), name, color: "ededed", description: null });
  return name;
}

export const issueRoutes: Route[] = [
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/issues/{issue_number}",
    handler: (ctx) => {
      const { repo, issue: i } = issueOf(ctx);
      return json(200, issue(ctx.state, repo, i));
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
    handler: (ctx) => {
      const { repo, issue: i } = issueOf(ctx);
      const since = ctx.query.get("since");
      const list = [...repo.comments.values()]
        .filter((c) => c.issueNumber === i.number && (!since || c.updatedAt >= since))
        .sort((a, b) => a.id - b.id);
      return paged(ctx, list, (c) => issueComment(ctx.state, repo, c));
    },
  },
  {
    // Only the events apply reads: a pull request's force pushes (the pusher is not kept).
    method: "GET",
    template: "/repos/{owner}/{repo}/issues/{issue_number}/events",
    handler: (ctx) => {
      const { repo, issue: i } = issueOf(ctx);
      return paged(ctx, i.pull?.forcePushes ?? [], (e) => ({
        id: e.id,
        node_id: `HRFPE_${e.id}`,
        url: `${ctx.state.baseUrl}/repos/${repo.owner}/${repo.name}/issues/events/${e.id}`,
        actor: simpleUser(ctx.state, i.user),
        event: "head_ref_force_pushed",
        commit_id: e.sha,
        commit_url: `${ctx.state.baseUrl}/repos/${repo.owner}/${repo.name}/commits/${e.sha}`,
        created_at: e.at,
        performed_via_github_app: null,
      }));
    },
  },
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
    handler: (ctx) => {
      const { repo, issue: i } = issueOf(ctx);
      const at = now();
      const c = {
        id: nextId(ctx.state),
        issueNumber: i.number,
        body: commentBody(ctx),
        user: ctx.state.bot,
        createdAt: at,
        updatedAt: at,
      };
      repo.comments.set(c.id, c);
      i.updatedAt = at;
      const reply = json(201, issueComment(ctx.state, repo, c));
      return {
        ...reply,
        headers: {
          location: `${ctx.state.baseUrl}/repos/${repo.owner}/${repo.name}/issues/comments/${c.id}`,
        },
      };
    },
  },
  {
    method: "PATCH",
    template: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const c = repo.comments.get(intParam(ctx, "comment_id")) ?? notFound();
      c.body = commentBody(ctx);
      c.updatedAt = now();
      return json(200, issueComment(ctx.state, repo, c));
    },
  },
  {
    method: "DELETE",
    template: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    handler: (ctx) => {
      const repo = repoOf(ctx);
      if (!repo.comments.delete(intParam(ctx, "comment_id"))) notFound();
      return { status: 204 };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/issues/{issue_number}/labels",
    handler: (ctx) => {
      const { repo, issue: i } = issueOf(ctx);
      return paged(ctx, i.labels, (n) => label(ctx.state, repo, repo.labels.get(n)!));
    },
  },
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/issues/{issue_number}/labels",
    handler: (ctx) => {
      const { repo, issue: i } = issueOf(ctx);
      for (const name of labelNames(ctx).map((n) => ensureLabel(ctx, repo, n)))
        if (!i.labels.includes(name)) i.labels.push(name);
      i.updatedAt = now();
      return json(
        200,
        i.labels.map((n) => label(ctx.state, repo, repo.labels.get(n)!)),
      );
    },
  },
  {
    method: "DELETE",
    template: "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
    handler: (ctx) => {
      const { repo, issue: i } = issueOf(ctx);
      const name = (ctx.params.name ?? "").toLowerCase();
      const at = i.labels.findIndex((l) => l.toLowerCase() === name);
      if (at < 0) fail(404, "Label does not exist");
      i.labels.splice(at, 1);
      i.updatedAt = now();
      return json(
        200,
        i.labels.map((n) => label(ctx.state, repo, repo.labels.get(n)!)),
      );
    },
  },
];
