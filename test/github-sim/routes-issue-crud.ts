// Issues themselves: opening, listing and editing them. Pull requests are issues too, so the
// list holds them (with `pull_request`) and editing one edits the pull request.
import {
  bodyOf,
  type Ctx,
  json,
  paged,
  type Route,
  repoOf,
  str,
  validationFailed,
} from "./http.ts";
import { updatePull } from "./pulls.ts";
import { refreshPulls } from "./repo-ops.ts";
import { ensureLabel, issueOf, labelNames, MAX_BODY } from "./routes-issues.ts";
import { issue } from "./shapes.ts";
import { repoApi } from "./shapes-repo.ts";
import { type IssueState, nextId, now, type RepoState, type StateReason } from "./state.ts";

const STATES = ["open", "closed", "all"];
const REASONS: StateReason[] = ["completed", "not_planned", "duplicate", "reopened"];

/** A title as the description allows it (string or number); undefined when absent. */
function titleOf(v: unknown): string | undefined {
  const title = typeof v === "number" ? String(v) : str(v);
  if (title !== undefined && title.trim() === "")
    validationFailed({ resource: "Issue", code: "missing_field", field: "title" });
  return title;
}

function issueBody(v: unknown): string | null | undefined {
  if (v === null) return null;
  const body = str(v);
  if (body !== undefined && body.length > MAX_BODY)
    validationFailed({
      resource: "Issue",
      code: "custom",
      field: "body",
      message: `body is too long (maximum is ${MAX_BODY} characters)`,
    });
  return body;
}

/** Labels named in the request, created when missing (the token's user has push access). */
function applyLabels(ctx: Ctx, repo: RepoState): string[] {
  const names = labelNames(ctx).map((n) => ensureLabel(ctx, repo, n));
  return [...new Set(names)];
}

function listKey(sort: string, i: IssueState, comments: Map<number, number>): string {
  const n = String(i.number).padStart(9, "0");
  if (sort === "updated") return i.updatedAt + n;
  if (sort === "comments") return String(comments.get(i.number) ?? 0).padStart(9, "0") + n;
  return i.createdAt + n;
}

function filterList(ctx: Ctx, repo: RepoState): IssueState[] {
  const q = ctx.query;
  const state = q.get("state") ?? "open";
  if (!STATES.includes(state))
    validationFailed({ resource: "Issue", field: "state", code: "invalid" });
  const wanted = (q.get("labels") ?? "")
    .split(",")
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const creator = q.get("creator")?.toLowerCase();
  const since = q.get("since") ? Date.parse(q.get("since")!) : undefined;
  // Nothing here is ever assigned or given a milestone, so only "none" (or no filter) matches.
  const unset = (v: string | null) => v === null || v === "none";
  const everyIssue = unset(q.get("assignee")) && unset(q.get("milestone"));
  return [...repo.issues.values()].filter((i) => {
    const labels = i.labels.map((l) => l.toLowerCase());
    return (
      everyIssue &&
      (state === "all" || i.state === state) &&
      wanted.every((l) => labels.includes(l)) &&
      (!creator || i.user.toLowerCase() === creator) &&
      (since === undefined || Date.parse(i.updatedAt) >= since)
    );
  });
}

export const issueCrudRoutes: Route[] = [
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/issues",
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const b = bodyOf(ctx);
      const title =
        titleOf(b.title) ??
        validationFailed({ resource: "Issue", code: "missing_field", field: "title" });
      const body = issueBody(b.body) ?? null;
      const at = now();
      const created: IssueState = {
        number: repo.nextNumber++,
        id: nextId(ctx.state),
        title,
        body,
        state: "open",
        user: ctx.state.bot,
        createdAt: at,
        updatedAt: at,
        closedAt: null,
        labels: applyLabels(ctx, repo),
      };
      repo.issues.set(created.number, created);
      return {
        status: 201,
        body: issue(ctx.state, repo, created),
        headers: { location: `${repoApi(ctx.state, repo)}/issues/${created.number}` },
      };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/issues",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      await refreshPulls(repo);
      const sort = ctx.query.get("sort") ?? "created";
      const desc = (ctx.query.get("direction") ?? "desc") === "desc";
      const comments = new Map<number, number>();
      for (const c of repo.comments.values())
        comments.set(c.issueNumber, (comments.get(c.issueNumber) ?? 0) + 1);
      const list = filterList(ctx, repo).sort(
        (a, b) =>
          (listKey(sort, a, comments) < listKey(sort, b, comments) ? -1 : 1) * (desc ? -1 : 1),
      );
      return paged(ctx, list, (i) => issue(ctx.state, repo, i));
    },
  },
  {
    method: "PATCH",
    template: "/repos/{owner}/{repo}/issues/{issue_number}",
    handler: async (ctx) => {
      const { repo, issue: i } = issueOf(ctx);
      const b = bodyOf(ctx);
      const title = b.title === null ? undefined : titleOf(b.title);
      const body = issueBody(b.body);
      const state = str(b.state);
      if (state !== undefined && state !== "open" && state !== "closed")
        validationFailed({ resource: "Issue", field: "state", code: "invalid" });
      const reason = REASONS.find((r) => r === b.state_reason);
      if (b.state_reason != null && !reason)
        validationFailed({ resource: "Issue", field: "state_reason", code: "invalid" });
      const labels = Array.isArray(b.labels) ? applyLabels(ctx, repo) : undefined;
      if (i.pull) await updatePull(repo, i, { title, body, state });
      else {
        if (state === "closed" && i.state === "open") {
          i.state = "closed";
          i.stateReason = reason ?? "completed";
          i.closedAt = now();
        } else if (state === "open" && i.state === "closed") {
          i.state = "open";
          i.stateReason = "reopened";
          i.closedAt = null;
        }
        if (title !== undefined) i.title = title;
        if (body !== undefined) i.body = body;
      }
      if (labels) i.labels = labels;
      i.updatedAt = now();
      return json(200, issue(ctx.state, repo, i));
    },
  },
];
