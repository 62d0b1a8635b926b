// `cloudneutral doctor --repo OWNER/NAME`: what the loop needs on GitHub, checked through the
// API from the repository's own configuration — the workflows (present, calling the release's
// reusable workflows, pinned to a version this CLI knows), the secrets they name, the
// Environments each gate routes to (with required reviewers), the required checks on the
// default branch, the status branch writable by the bot alone, and team membership the
// review must read. Every finding says how to fix it. Reads only; changes nothing.
import type { GitHub } from "../github/client.ts";
import type { LoadedConfig } from "../model/index.ts";
import { listUnits } from "../stacks/inventory.ts";
import { routeUnits } from "../stacks/routing.ts";
import { CALLER_SECRETS, REUSABLE_BY_CALLER } from "./callers.ts";
import { RELEASE_REPOSITORY, releaseTag, reusableWorkflow } from "./release.ts";

export type CheckName =
  | "repository"
  | "workflows"
  | "secrets"
  | "environments"
  | "required-checks"
  | "status-branch"
  | "teams";

export interface Finding {
  check: CheckName;
  /** `error`: the loop cannot work as is; `warning`: it works, with less. */
  severity: "error" | "warning";
  message: string;
  fix: string;
}

export interface DoctorOptions {
  gh: GitHub;
  owner: string;
  repo: string;
  config: LoadedConfig;
  infraDir: string;
  /** The CLI's version: the release whose workflows it knows. */
  version: string;
  /** The GitHub App whose token writes the status branch: `github-actions` for GITHUB_TOKEN. */
  botApp?: string;
}

export interface DoctorReport {
  findings: Finding[];
  /** What was checked and found in order, one line each, for the summary. */
  passed: string[];
  ready: boolean;
}

/** The checks branch protection must require: their names, whatever job calls them. */
export const REQUIRED_CHECKS = ["render (check)", "plan", "cloudneutral/policy"] as const;

/** Secrets a caller may name that the loop works without (with less). */
const OPTIONAL: Record<string, string> = {
  [CALLER_SECRETS.appClientId]:
    "without the autoscaler App, its pull requests start no workflows: a person must run their checks and merge them",
  [CALLER_SECRETS.appKey]:
    "without the autoscaler App, its pull requests start no workflows: a person must run their checks and merge them",
};

const status = (err: unknown) => (err as { status?: number }).status;

/** A 404 (or 403) is an answer here; anything else is not the doctor's to judge. */
async function maybe<T>(call: () => Promise<T>): Promise<T | 404 | 403> {
  try {
    return await call();
  } catch (err) {
    const s = status(err);
    if (s === 404 || s === 403) return s;
    throw err;
  }
}

/** `secrets.NAME` references in a workflow's text. */
export function secretNames(text: string): string[] {
  const names = [...text.matchAll(/\$\{\{\s*secrets\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)].map(
    (m) => m[1]!,
  );
  return [...new Set(names)].filter((n) => n !== "GITHUB_TOKEN").sort();
}

/** What a `uses: cloudneutral/cloudneutral/.github/workflows/<file>@<ref>` line pins. */
export function pinOf(text: string, reusable: string): string | undefined {
  const escaped = `${RELEASE_REPOSITORY}/.github/workflows/${reusable}`.replace(
    /[.*+?^${}()|[\]\\/]/g,
    "\\$&",
  );
  return new RegExp(`^\\s*uses:\\s*${escaped}@(\\S+)\\s*(?:#.*)?$`, "m").exec(text)?.[1];
}

function teamsOf(config: LoadedConfig): string[] {
  const owners = [
    ...config.byKind.Platform.flatMap((d) => d.value.spec.owners),
    ...config.byKind.Tenant.flatMap((d) => d.value.spec.owners),
    ...config.byKind.Project.flatMap((d) => d.value.spec.owners),
  ];
  return [...new Set(owners.filter((o) => o.startsWith("@")))].sort();
}

export async function runDoctor(o: DoctorOptions): Promise<DoctorReport> {
  const { gh } = o;
  const repo = { owner: o.owner, repo: o.repo };
  const full = `${o.owner}/${o.repo}`;
  const findings: Finding[] = [];
  const passed: string[] = [];
  const error = (check: CheckName, message: string, fix: string) =>
    findings.push({ check, severity: "error", message, fix });
  const warning = (check: CheckName, message: string, fix: string) =>
    findings.push({ check, severity: "warning", message, fix });
  const done = (): DoctorReport => ({
    findings,
    passed,
    ready: !findings.some((f) => f.severity === "error"),
  });

  const info = await maybe(() => gh.rest.repos.get(repo));
  if (typeof info === "number") {
    error(
      "repository",
      `${full} is not readable with this token (HTTP ${info})`,
      "check --repo, and give doctor a token (GITHUB_TOKEN, or --token-env) of an administrator of the repository",
    );
    return done();
  }
  const main = info.data.default_branch;
  passed.push(`repository ${full} (default branch ${main})`);

  // Workflows: each loop's caller, calling the release's reusable workflow at a known version.
  const known = releaseTag(o.version);
  const named = new Set<string>();
  for (const [caller, reusable] of Object.entries(REUSABLE_BY_CALLER)) {
    const file = `.github/workflows/${caller}`;
    const got = await maybe(() => gh.rest.repos.getContent({ ...repo, path: file, ref: main }));
    const data = typeof got === "number" ? undefined : got.data;
    if (!data || Array.isArray(data) || data.type !== "file" || !("content" in data)) {
      error(
        "workflows",
        `${file} is missing on ${main}`,
        `add it (cloudneutral init writes it): a job with \`uses: ${reusableWorkflow(reusable, o.version)}\``,
      );
      continue;
    }
    const text = Buffer.from(data.content, "base64").toString("utf8");
    for (const s of secretNames(text)) named.add(s);
    const pin = pinOf(text, reusable);
    if (pin === undefined)
      error(
        "workflows",
        `${file} does not call ${RELEASE_REPOSITORY}'s ${reusable}`,
        `make its job \`uses: ${reusableWorkflow(reusable, o.version)}\``,
      );
    else if (pin === known) passed.push(`${file} calls ${reusable}@${pin}`);
    else if (/^[0-9a-f]{40}$/.test(pin) && caller === "pr-review.yml")
      // The review's token names the reusable workflow at the ref the caller wrote, and
      // cloudneutral-apply-layer.yml trusts it at its release tag only.
      error(
        "workflows",
        `${file} pins ${reusable} to commit ${pin.slice(0, 12)}: apply trusts reviews attested through it at refs/tags/${known} only, so it would refuse every review`,
        `pin the release tag: @${known}`,
      );
    else if (/^[0-9a-f]{40}$/.test(pin))
      warning(
        "workflows",
        `${file} pins ${reusable} to commit ${pin.slice(0, 12)}; this doctor cannot tell which release that is`,
        `pin the release tag (@${known}) to let doctor check it, or check that commit is ${known}'s`,
      );
    else if (/^v\d+\.\d+\.\d+$/.test(pin))
      error(
        "workflows",
        `${file} calls ${reusable}@${pin}; this doctor knows ${known}`,
        `change @${pin} to @${known} in every workflow (or run the doctor of ${pin}: npx cloudneutral@${pin.slice(1)} doctor)`,
      );
    else
      error(
        "workflows",
        `${file} calls ${reusable}@${pin}, which is not pinned: a branch moves under you`,
        `pin the release: @${known}`,
      );
  }

  // Secrets the workflows name, by name only (their values never leave GitHub).
  const teams = teamsOf(o.config);
  const needed = [...named].sort();
  if (teams.length > 0 && !named.has(CALLER_SECRETS.members)) needed.push(CALLER_SECRETS.members);
  const secrets = await maybe(() =>
    gh.paginate(gh.rest.actions.listRepoSecrets, { ...repo, per_page: 100 }),
  );
  if (typeof secrets === "number")
    error(
      "secrets",
      `the token cannot list ${full}'s Actions secrets (HTTP ${secrets})`,
      "run doctor with a token of a repository administrator (secrets: read)",
    );
  else {
    const have = new Set(secrets.map((s) => s.name));
    for (const name of needed) {
      if (have.has(name)) {
        passed.push(`secret ${name}`);
        continue;
      }
      if (name === CALLER_SECRETS.members && teams.length === 0) continue;
      const why = OPTIONAL[name];
      const fix = `add it: Settings → Secrets and variables → Actions → New repository secret ${name} (gh secret set ${name} --repo ${full})`;
      if (why) warning("secrets", `secret ${name} is not set: ${why}`, fix);
      else
        error(
          "secrets",
          `secret ${name} is not set${name === CALLER_SECRETS.members ? ` (owners include teams: ${teams.join(", ")})` : ""}`,
          fix,
        );
    }
  }

  // Environments: every gate that asks for approval routes its units to one, with reviewers.
  const units = listUnits(o.infraDir);
  if (units.length === 0)
    error(
      "environments",
      `no rendered units under ${o.infraDir}, so no gate could be routed`,
      "run `cloudneutral render` and commit infra/",
    );
  const routes = [...routeUnits(o.config, units).values()];
  const gated = new Map<string, string[]>();
  for (const r of routes)
    if (r.approvals > 0) gated.set(r.environment, [...(gated.get(r.environment) ?? []), r.stack]);
  if (gated.size > 0) {
    // One page of 100: more Environments than that is not a setup this checks.
    const envs = await maybe(
      async () =>
        (await gh.rest.repos.getAllEnvironments({ ...repo, per_page: 100 })).data.environments ??
        [],
    );
    if (typeof envs === "number")
      error(
        "environments",
        `the token cannot list ${full}'s Environments (HTTP ${envs})`,
        "run doctor with a token of a repository administrator",
      );
    else
      for (const [name, stacks] of [...gated].sort(([a], [b]) => a.localeCompare(b))) {
        const env = envs.find((e) => e.name === name);
        const reviewers = (env?.protection_rules ?? []).flatMap((rule) =>
          "reviewers" in rule && Array.isArray(rule.reviewers) ? rule.reviewers : [],
        );
        const fix = `Settings → Environments → ${env ? name : `New environment "${name}"`} → Required reviewers: the owners of ${stacks.join(", ")}`;
        if (!env)
          error(
            "environments",
            `Environment ${name} does not exist (its units need approval: ${stacks.join(", ")}); GitHub would create it on first use with no reviewers`,
            `create it: ${fix}`,
          );
        else if (reviewers.length === 0)
          error(
            "environments",
            `Environment ${name} has no required reviewers: its units would apply unreviewed`,
            fix,
          );
        else passed.push(`Environment ${name} (${reviewers.length} required reviewer(s))`);
      }
  }

  // Required checks on the default branch: classic protection or a ruleset.
  const contexts = new Set<string>();
  const branch = await maybe(() => gh.rest.repos.getBranch({ ...repo, branch: main }));
  if (typeof branch !== "number")
    for (const c of branch.data.protection?.required_status_checks?.contexts ?? []) contexts.add(c);
  const rules = await maybe(() =>
    gh.paginate(gh.rest.repos.getBranchRules, { ...repo, branch: main, per_page: 100 }),
  );
  if (typeof rules !== "number")
    for (const rule of rules)
      if (rule.type === "required_status_checks")
        for (const c of rule.parameters?.required_status_checks ?? []) contexts.add(c.context);
  for (const check of REQUIRED_CHECKS) {
    const match = [...contexts].find((c) => c === check || c.endsWith(` / ${check}`));
    if (match) passed.push(`${main} requires ${match}`);
    else
      error(
        "required-checks",
        `${main} does not require the check "${check}"${check === "cloudneutral/policy" ? "" : ` (from the pr workflow: pr / ${check})`}`,
        `Settings → Branches (or Rules) → ${main} → Require status checks: ${check === "cloudneutral/policy" ? check : `pr / ${check}`}`,
      );
  }

  // The status branch: apply's records and claims; only the bot may push.
  const statusBranch =
    o.config.byKind.Platform[0]?.value.spec.statusBranch ?? "cloudneutral/status";
  const bot = o.botApp ?? "github-actions";
  const protectFix = `protect it with "Restrict who can push" limited to the app ${bot} (Settings → Branches → Add rule ${statusBranch}), or a ruleset that only ${bot} bypasses`;
  const sb = await maybe(() => gh.rest.repos.getBranch({ ...repo, branch: statusBranch }));
  if (typeof sb === "number")
    error(
      "status-branch",
      `the status branch ${statusBranch} does not exist yet, so nothing keeps others from writing it`,
      `create it (git push origin ${main}:refs/heads/${statusBranch}) and ${protectFix}`,
    );
  else {
    const protection = await maybe(() =>
      gh.rest.repos.getBranchProtection({ ...repo, branch: statusBranch }),
    );
    const r = typeof protection === "number" ? undefined : protection.data.restrictions;
    const others = r
      ? [
          ...r.users.map((u) => u.login ?? ""),
          ...r.teams.map((t) => `@${o.owner}/${t.slug ?? ""}`),
          ...r.apps.map((a) => a?.slug ?? "").filter((s) => s !== bot),
        ]
      : [];
    if (!r)
      error(
        "status-branch",
        `anyone with write access can push to ${statusBranch}, and so rewrite what apply recorded`,
        protectFix,
      );
    else if (others.length > 0 || !r.apps.some((a) => a?.slug === bot))
      error(
        "status-branch",
        `${statusBranch} may be pushed by ${others.join(", ") || "nobody"}${r.apps.some((a) => a?.slug === bot) ? "" : `, not by ${bot}`}`,
        `limit "Restrict who can push" on ${statusBranch} to the app ${bot} alone`,
      );
    else passed.push(`${statusBranch} writable by ${bot} alone`);
  }

  // Teams: the review counts an owner team's approval only when it can read its members.
  for (const team of teams) {
    const [org, slug] = team.slice(1).split("/") as [string, string];
    const got = await maybe(() =>
      gh.rest.teams.listMembersInOrg({ org, team_slug: slug, per_page: 1 }),
    );
    if (typeof got === "number")
      error(
        "teams",
        `this token cannot read the members of ${team} (HTTP ${got}), so neither can a review with it: approvals by its members would not count`,
        `give a token with organization members: read (a GitHub App installation token, or a fine-grained token) as the secret ${CALLER_SECRETS.members}, and run doctor with that token (--token-env) to check it`,
      );
    else passed.push(`members of ${team} readable`);
  }
  return done();
}
