// Branches and the status checks they require (issue 13, the autoscaler's merge), both ways
// GitHub has of requiring them, as it answers a token with read access: classic branch
// protection in `GET /repos/{owner}/{repo}/branches/{branch}` (the head commit, whether the
// branch is protected and which checks it requires), and a repository ruleset's
// `required_status_checks` rule in `GET /repos/{owner}/{repo}/rules/branches/{branch}`.
// Tests set them with the simulator's `protectBranch`; the admin endpoints are not served.
import { readCommits } from "./git-history.ts";
import { resolve } from "./git-store.ts";
import { json, notFound, paged, type Route, repoOf } from "./http.ts";
import { commitSummary } from "./shapes.ts";
import { repoApi, repoHtml } from "./shapes-repo.ts";
import type { RepoState } from "./state.ts";

export interface RequiredChecks {
  /** Status contexts or check run names that must be green before a merge. */
  contexts: string[];
  /** Up to date with the base before merging. */
  strict?: boolean;
  /** Required by a repository ruleset instead of classic branch protection. */
  ruleset?: boolean;
}

const protections = new WeakMap<RepoState, Map<string, RequiredChecks>>();

export function protectBranch(repo: RepoState, branch: string, checks: RequiredChecks): void {
  let map = protections.get(repo);
  if (!map) {
    map = new Map();
    protections.set(repo, map);
  }
  map.set(branch, {
    contexts: [...checks.contexts],
    strict: checks.strict ?? false,
    ruleset: checks.ruleset ?? false,
  });
}

export const branchRoutes: Route[] = [
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/branches/{branch}",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const name = ctx.params.branch ?? "";
      const sha = (await resolve(repo.gitDir, `refs/heads/${name}`)) ?? notFound();
      const [commit] = await readCommits(repo.gitDir, [sha]);
      const api = `${repoApi(ctx.state, repo)}/branches/${encodeURIComponent(name)}`;
      const found = protections.get(repo)?.get(name);
      const rules = found?.ruleset ? undefined : found;
      const checks = rules?.contexts ?? [];
      return json(200, {
        name,
        commit: commitSummary(ctx.state, repo, commit!),
        _links: { self: api, html: `${repoHtml(ctx.state, repo)}/tree/${name}` },
        protected: rules !== undefined,
        protection: {
          enabled: rules !== undefined,
          required_status_checks: {
            enforcement_level: rules ? "non_admins" : "off",
            contexts: checks,
            checks: checks.map((context) => ({ context, app_id: null })),
            ...(rules ? { strict: rules.strict ?? false } : {}),
          },
        },
        protection_url: `${api}/protection`,
      });
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/rules/branches/{branch}",
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const found = protections.get(repo)?.get(ctx.params.branch ?? "");
      if (!found?.ruleset) return paged(ctx, [], (r) => r);
      const rule = {
        type: "required_status_checks",
        parameters: {
          required_status_checks: found.contexts.map((context) => ({ context })),
          strict_required_status_checks_policy: found.strict ?? false,
        },
        ruleset_source_type: "Repository",
        ruleset_source: `${repo.owner}/${repo.name}`,
        ruleset_id: 1,
      };
      return paged(ctx, [rule], (r) => r);
    },
  },
];
