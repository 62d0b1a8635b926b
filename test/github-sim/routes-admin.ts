// What a repository's administrator sets up for the loop, and what `cloudneutral doctor` reads:
// deployment Environments with required reviewers, Actions secrets (names only: a value is
// accepted sealed and never kept), and a team's members. Branch protection is in
// routes-branches.ts, beside the required checks it shares.
import { randomBytes } from "node:crypto";
import { fail, json, notFound, paged, type Route, repoOf, validationFailed } from "./http.ts";
import { nodeId, repoHtml, simpleUser } from "./shapes-repo.ts";
import { nextId, now, type RepoState, type SimState, type TeamState } from "./state.ts";

type Json = Record<string, unknown>;

interface Reviewer {
  type: "User" | "Team";
  /** A login or `org/slug`. */
  name: string;
}

interface EnvironmentState {
  id: number;
  name: string;
  reviewers: Reviewer[];
  ruleId: number;
  createdAt: string;
  updatedAt: string;
}

interface SecretState {
  name: string;
  createdAt: string;
  updatedAt: string;
}

interface AdminState {
  environments: Map<string, EnvironmentState>;
  secrets: Map<string, SecretState>;
  keyId: string;
  key: string;
}

const admin = new WeakMap<RepoState, AdminState>();

function adminOf(repo: RepoState): AdminState {
  let a = admin.get(repo);
  if (!a) {
    a = {
      environments: new Map(),
      secrets: new Map(),
      keyId: String(Date.now()),
      // A Curve25519 public key is 32 bytes; nothing here decrypts, so any 32 bytes do.
      key: randomBytes(32).toString("base64"),
    };
    admin.set(repo, a);
  }
  return a;
}

export function teamJson(s: SimState, team: TeamState): Json {
  const api = `${s.baseUrl}/organizations/${team.org}/team/${team.id}`;
  return {
    id: team.id,
    node_id: nodeId("T", team.id),
    url: api,
    members_url: `${api}/members{/member}`,
    name: team.slug,
    description: null,
    permission: "pull",
    privacy: "closed",
    notification_setting: "notifications_enabled",
    html_url: `${s.baseUrl}/orgs/${team.org}/teams/${team.slug}`,
    repositories_url: `${api}/repos`,
    slug: team.slug,
    type: "organization",
    parent: null,
  };
}

function teamById(s: SimState, id: number): TeamState | undefined {
  return [...s.teams.values()].find((t) => t.id === id);
}

function environmentJson(s: SimState, repo: RepoState, env: EnvironmentState): Json {
  const reviewers = env.reviewers.map((r) => {
    const team = r.type === "Team" ? s.teams.get(r.name.toLowerCase()) : undefined;
    return {
      type: r.type,
      reviewer: team ? teamJson(s, team) : simpleUser(s, r.name),
    };
  });
  return {
    id: env.id,
    node_id: nodeId("EN", env.id),
    name: env.name,
    url: `${s.baseUrl}/repos/${repo.owner}/${repo.name}/environments/${encodeURIComponent(env.name)}`,
    html_url: `${repoHtml(s, repo)}/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`,
    created_at: env.createdAt,
    updated_at: env.updatedAt,
    protection_rules:
      reviewers.length > 0
        ? [
            {
              id: env.ruleId,
              node_id: nodeId("GA", env.ruleId),
              type: "required_reviewers",
              prevent_self_review: false,
              reviewers,
            },
          ]
        : [],
    deployment_branch_policy: null,
  };
}

export const adminRoutes: Route[] = [
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/environments",
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const all = [...adminOf(repo).environments.values()].sort((a, b) =>
        a.name.localeCompare(b.name),
      );
      return json(200, {
        total_count: all.length,
        environments: all.map((e) => environmentJson(ctx.state, repo, e)),
      });
    },
  },
  {
    method: "PUT",
    template: "/repos/{owner}/{repo}/environments/{environment_name}",
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const name = ctx.params.environment_name ?? "";
      const body = (ctx.body ?? {}) as { reviewers?: { type?: string; id?: number }[] | null };
      const reviewers: Reviewer[] = [];
      for (const r of body.reviewers ?? []) {
        if (r.type === "Team") {
          const team = teamById(ctx.state, r.id ?? -1);
          if (!team)
            validationFailed({ resource: "Environment", field: "reviewers", code: "invalid" });
          reviewers.push({ type: "Team", name: `${team.org}/${team.slug}` });
        } else {
          const u = [...ctx.state.users.values()].find((x) => x.id === r.id);
          if (!u)
            validationFailed({ resource: "Environment", field: "reviewers", code: "invalid" });
          reviewers.push({ type: "User", name: u.login });
        }
      }
      if (reviewers.length > 6) fail(422, "Only 6 reviewers may be required");
      const envs = adminOf(repo).environments;
      const at = now();
      const had = envs.get(name);
      const env: EnvironmentState = {
        id: had?.id ?? nextId(ctx.state),
        ruleId: had?.ruleId ?? nextId(ctx.state),
        name,
        reviewers,
        createdAt: had?.createdAt ?? at,
        updatedAt: at,
      };
      envs.set(name, env);
      return json(200, environmentJson(ctx.state, repo, env));
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/actions/secrets",
    handler: (ctx) => {
      const all = [...adminOf(repoOf(ctx)).secrets.values()].sort((a, b) =>
        a.name.localeCompare(b.name),
      );
      const page = paged(ctx, all, (s) => ({
        name: s.name,
        created_at: s.createdAt,
        updated_at: s.updatedAt,
      }));
      return { ...page, body: { total_count: all.length, secrets: page.body } };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/actions/secrets/public-key",
    handler: (ctx) => {
      const a = adminOf(repoOf(ctx));
      return json(200, { key_id: a.keyId, key: a.key });
    },
  },
  {
    method: "PUT",
    template: "/repos/{owner}/{repo}/actions/secrets/{secret_name}",
    handler: (ctx) => {
      const a = adminOf(repoOf(ctx));
      const body = (ctx.body ?? {}) as { key_id?: string; encrypted_value?: string };
      if (body.key_id !== a.keyId) fail(422, "Bad key_id: the repository's public key is another");
      // GitHub stores names upper-cased and refuses the reserved prefix.
      const name = (ctx.params.secret_name ?? "").toUpperCase();
      if (!/^[A-Z_][A-Z0-9_]*$/.test(name) || name.startsWith("GITHUB_"))
        validationFailed({ resource: "Secret", field: "name", code: "invalid" });
      const at = now();
      const had = a.secrets.get(name);
      a.secrets.set(name, { name, createdAt: had?.createdAt ?? at, updatedAt: at });
      return had ? { status: 204 } : json(201, {});
    },
  },
  {
    method: "GET",
    template: "/orgs/{org}/teams/{team_slug}/members",
    handler: (ctx) => {
      const { org = "", team_slug = "" } = ctx.params;
      const team = ctx.state.teams.get(`${org}/${team_slug}`.toLowerCase()) ?? notFound();
      return paged(ctx, [...team.members].sort(), (login) => simpleUser(ctx.state, login));
    },
  },
];
