// Branches and their protection's required status checks (issue 13, the autoscaler's merge):
// `GET /repos/{owner}/{repo}/branches/{branch}` as GitHub answers it to a token with read
// access — the head commit, whether the branch is protected and which checks it requires.
// Tests set the protection with the simulator's `protectBranch`; GitHub's own protection
// endpoints (admin only) are not served.
import { readCommits } from "./git-history.ts";
import { resolve } from "./git-store.ts";
import { json, notFound, type Route, repoOf } from "./http.ts";
import { commitSummary } from "./shapes.ts";
import { repoApi, repoHtml } from "./shapes-repo.ts";
import type { RepoState } from "./state.ts";

export interface RequiredChecks {
  /** Status contexts or check run names that must be green before a merge. */
  contexts: string[];
  /** Up to date with the base before merging. */
  strict?: boolean;
}

const protections = new WeakMap<RepoState, Map<string, RequiredChecks>>();

export function protectBranch(repo: RepoState, branch: string, checks: RequiredChecks): void {
  let map = protections.get(repo);
  if (!map) {
    map = new Map();
    protections.set(repo, map);
  }
  map.set(branch, { contexts: [...checks.contexts], strict: checks.strict ?? false });
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
      const rules = protections.get(repo)?.get(name);
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
];
