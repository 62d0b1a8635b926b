// Branches and the status checks they require (issue 13, the autoscaler's merge), both ways
// GitHub has of requiring them, as it answers a token with read access: classic branch
// protection in `GET /repos/{owner}/{repo}/branches/{branch}` (the head commit, whether the
// branch is protected and which checks it requires), and a repository ruleset's
// `required_status_checks` rule in `GET /repos/{owner}/{repo}/rules/branches/{branch}`.
// Tests set them with the simulator's `protectBranch`, or as an administrator does, with
// `PUT /repos/{owner}/{repo}/branches/{branch}/protection` (required checks, and who may push:
// the status branch is writable by the bot alone), which `cloudneutral doctor` reads back.
import { readCommits } from "./git-history.ts";
import { resolve } from "./git-store.ts";
import { type Ctx, fail, json, notFound, paged, type Route, repoOf } from "./http.ts";
import { teamJson } from "./routes-admin.ts";
import { commitSummary } from "./shapes.ts";
import { nodeId, repoApi, repoHtml, simpleUser } from "./shapes-repo.ts";
import { type RepoState, type SimState, user } from "./state.ts";

export interface RequiredChecks {
  /** Status contexts or check run names that must be green before a merge. */
  contexts: string[];
  /** Up to date with the base before merging. */
  strict?: boolean;
  /** Required by a repository ruleset instead of classic branch protection. */
  ruleset?: boolean;
  /** Who alone may push (classic protection's restrictions): logins, org/slug, app slugs. */
  restrictions?: { users: string[]; teams: string[]; apps: string[] };
  enforceAdmins?: boolean;
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
    ...(checks.restrictions ? { restrictions: checks.restrictions } : {}),
    enforceAdmins: checks.enforceAdmins ?? false,
  });
}

/** A GitHub App as branch restrictions list it (`github-actions` for GITHUB_TOKEN). */
function appJson(s: SimState, slug: string) {
  const id = user(s, `${slug}[bot]`).id;
  const at = "2016-09-01T00:00:00Z";
  return {
    id,
    slug,
    node_id: nodeId("A", id),
    client_id: `Iv1.${id}`,
    owner: simpleUser(s, "github"),
    name: slug,
    description: `The ${slug} app`,
    external_url: `https://github.com/apps/${slug}`,
    html_url: `https://github.com/apps/${slug}`,
    created_at: at,
    updated_at: at,
    permissions: { contents: "write", metadata: "read" },
    events: [],
  };
}

function protectionJson(ctx: Ctx, repo: RepoState, branch: string, p: RequiredChecks) {
  const s = ctx.state;
  const url = `${repoApi(s, repo)}/branches/${encodeURIComponent(branch)}/protection`;
  const off = { enabled: false };
  return {
    url,
    ...(p.contexts.length > 0
      ? {
          required_status_checks: {
            url: `${url}/required_status_checks`,
            contexts_url: `${url}/required_status_checks/contexts`,
            strict: p.strict ?? false,
            contexts: p.contexts,
            checks: p.contexts.map((context) => ({ context, app_id: null })),
          },
        }
      : {}),
    enforce_admins: { url: `${url}/enforce_admins`, enabled: p.enforceAdmins ?? false },
    required_signatures: { url: `${url}/required_signatures`, enabled: false },
    required_linear_history: off,
    allow_force_pushes: off,
    allow_deletions: off,
    block_creations: off,
    required_conversation_resolution: off,
    lock_branch: off,
    allow_fork_syncing: off,
    ...(p.restrictions
      ? {
          restrictions: {
            url: `${url}/restrictions`,
            users_url: `${url}/restrictions/users`,
            teams_url: `${url}/restrictions/teams`,
            apps_url: `${url}/restrictions/apps`,
            users: p.restrictions.users.map((u) => simpleUser(s, u)),
            teams: p.restrictions.teams
              .map((t) => s.teams.get(t.toLowerCase()))
              .filter((t) => t !== undefined)
              .map((t) => teamJson(s, t)),
            apps: p.restrictions.apps.map((a) => appJson(s, a)),
          },
        }
      : {}),
  };
}

interface ProtectionBody {
  required_status_checks: {
    strict?: boolean;
    contexts?: string[];
    checks?: { context: string }[];
  } | null;
  enforce_admins: boolean | null;
  restrictions: { users: string[]; teams: string[]; apps?: string[] } | null;
}

export const branchRoutes: Route[] = [
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/branches/{branch}/protection",
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const branch = ctx.params.branch ?? "";
      const found = protections.get(repo)?.get(branch);
      if (!found || found.ruleset) fail(404, "Branch not protected");
      return json(200, protectionJson(ctx, repo, branch, found));
    },
  },
  {
    method: "PUT",
    template: "/repos/{owner}/{repo}/branches/{branch}/protection",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const branch = ctx.params.branch ?? "";
      if (!(await resolve(repo.gitDir, `refs/heads/${branch}`))) fail(404, "Branch not found");
      const body = ctx.body as ProtectionBody;
      const checks = body.required_status_checks;
      const contexts = checks
        ? [...new Set([...(checks.contexts ?? []), ...(checks.checks ?? []).map((c) => c.context)])]
        : [];
      protectBranch(repo, branch, {
        contexts,
        strict: checks?.strict ?? false,
        enforceAdmins: body.enforce_admins === true,
        ...(body.restrictions
          ? {
              restrictions: {
                users: body.restrictions.users,
                teams: body.restrictions.teams.map((t) =>
                  t.includes("/") ? t : `${repo.owner}/${t}`,
                ),
                apps: body.restrictions.apps ?? [],
              },
            }
          : {}),
      });
      return json(200, protectionJson(ctx, repo, branch, protections.get(repo)!.get(branch)!));
    },
  },
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
