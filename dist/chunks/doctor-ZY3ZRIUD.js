import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  CALLER_SECRETS,
  RELEASE_REPOSITORY,
  REUSABLE_BY_CALLER,
  releaseTag,
  reusableWorkflow
} from "./chunk-F5XKO2BN.js";
import {
  listUnits
} from "./chunk-YDHX6COO.js";
import {
  routeUnits
} from "./chunk-KNIVJF6P.js";
import "./chunk-TTYZOKXK.js";
import "./chunk-6UBVXZZE.js";
import "./chunk-UVLJIHVO.js";
import "./chunk-5SZOY3OE.js";
import "./chunk-4WYCSGYA.js";
import "./chunk-DBPEO2ZL.js";
import "./chunk-66JDLIDC.js";
import "./chunk-7Q6NB2VU.js";
import "./chunk-ZPMZPS3A.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-CS2LBCZH.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-STEYPZ26.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-N4SQIPCK.js";
import "./chunk-65PPA6I5.js";
import "./chunk-R6XTO7R2.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/adopt/doctor.ts
var REQUIRED_CHECKS = ["render (check)", "plan", "cloudneutral/policy"], OPTIONAL = {
  [CALLER_SECRETS.appClientId]: "without the autoscaler App, its pull requests start no workflows: a person must run their checks and merge them",
  [CALLER_SECRETS.appKey]: "without the autoscaler App, its pull requests start no workflows: a person must run their checks and merge them"
}, status = (err) => err.status;
async function maybe(call) {
  try {
    return await call();
  } catch (err) {
    let s = status(err);
    if (s === 404 || s === 403) return s;
    throw err;
  }
}
function secretNames(text) {
  let names = [...text.matchAll(/\$\{\{\s*secrets\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)].map(
    (m) => m[1]
  );
  return [...new Set(names)].filter((n) => n !== "GITHUB_TOKEN").sort();
}
function pinOf(text, reusable) {
  let escaped = `${RELEASE_REPOSITORY}/.github/workflows/${reusable}`.replace(
    /[.*+?^${}()|[\]\\/]/g,
    "\\$&"
  );
  return new RegExp(`^\\s*uses:\\s*${escaped}@(\\S+)\\s*(?:#.*)?$`, "m").exec(text)?.[1];
}
function teamsOf(config) {
  let owners = [
    ...config.byKind.Platform.flatMap((d) => d.value.spec.owners),
    ...config.byKind.Tenant.flatMap((d) => d.value.spec.owners),
    ...config.byKind.Project.flatMap((d) => d.value.spec.owners)
  ];
  return [...new Set(owners.filter((o) => o.startsWith("@")))].sort();
}
async function runDoctor(o) {
  let { gh } = o, repo = { owner: o.owner, repo: o.repo }, full = `${o.owner}/${o.repo}`, findings = [], passed = [], error = (check, message, fix) => findings.push({ check, severity: "error", message, fix }), warning = (check, message, fix) => findings.push({ check, severity: "warning", message, fix }), done = () => ({
    findings,
    passed,
    ready: !findings.some((f) => f.severity === "error")
  }), info = await maybe(() => gh.rest.repos.get(repo));
  if (typeof info == "number")
    return error(
      "repository",
      `${full} is not readable with this token (HTTP ${info})`,
      "check --repo, and give doctor a token (GITHUB_TOKEN, or --token-env) of an administrator of the repository"
    ), done();
  let main = info.data.default_branch;
  passed.push(`repository ${full} (default branch ${main})`);
  let known = releaseTag(o.version), named = /* @__PURE__ */ new Set();
  for (let [caller, reusable] of Object.entries(REUSABLE_BY_CALLER)) {
    let file = `.github/workflows/${caller}`, got = await maybe(() => gh.rest.repos.getContent({ ...repo, path: file, ref: main })), data = typeof got == "number" ? void 0 : got.data;
    if (!data || Array.isArray(data) || data.type !== "file" || !("content" in data)) {
      error(
        "workflows",
        `${file} is missing on ${main}`,
        `add it (cloudneutral init writes it): a job with \`uses: ${reusableWorkflow(reusable, o.version)}\``
      );
      continue;
    }
    let text = Buffer.from(data.content, "base64").toString("utf8");
    for (let s of secretNames(text)) named.add(s);
    let pin = pinOf(text, reusable);
    pin === void 0 ? error(
      "workflows",
      `${file} does not call ${RELEASE_REPOSITORY}'s ${reusable}`,
      `make its job \`uses: ${reusableWorkflow(reusable, o.version)}\``
    ) : pin === known ? passed.push(`${file} calls ${reusable}@${pin}`) : /^[0-9a-f]{40}$/.test(pin) && caller === "pr-review.yml" ? error(
      "workflows",
      `${file} pins ${reusable} to commit ${pin.slice(0, 12)}: apply trusts reviews attested through it at refs/tags/${known} only, so it would refuse every review`,
      `pin the release tag: @${known}`
    ) : /^[0-9a-f]{40}$/.test(pin) ? warning(
      "workflows",
      `${file} pins ${reusable} to commit ${pin.slice(0, 12)}; this doctor cannot tell which release that is`,
      `pin the release tag (@${known}) to let doctor check it, or check that commit is ${known}'s`
    ) : /^v\d+\.\d+\.\d+$/.test(pin) ? error(
      "workflows",
      `${file} calls ${reusable}@${pin}; this doctor knows ${known}`,
      `change @${pin} to @${known} in every workflow (or run the doctor of ${pin}: npx cloudneutral@${pin.slice(1)} doctor)`
    ) : error(
      "workflows",
      `${file} calls ${reusable}@${pin}, which is not pinned: a branch moves under you`,
      `pin the release: @${known}`
    );
  }
  let teams = teamsOf(o.config), needed = [...named].sort();
  teams.length > 0 && !named.has(CALLER_SECRETS.members) && needed.push(CALLER_SECRETS.members);
  let secrets = await maybe(
    () => gh.paginate(gh.rest.actions.listRepoSecrets, { ...repo, per_page: 100 })
  );
  if (typeof secrets == "number")
    error(
      "secrets",
      `the token cannot list ${full}'s Actions secrets (HTTP ${secrets})`,
      "run doctor with a token of a repository administrator (secrets: read)"
    );
  else {
    let have = new Set(secrets.map((s) => s.name));
    for (let name of needed) {
      if (have.has(name)) {
        passed.push(`secret ${name}`);
        continue;
      }
      if (name === CALLER_SECRETS.members && teams.length === 0) continue;
      let why = OPTIONAL[name], fix = `add it: Settings \u2192 Secrets and variables \u2192 Actions \u2192 New repository secret ${name} (gh secret set ${name} --repo ${full})`;
      why ? warning("secrets", `secret ${name} is not set: ${why}`, fix) : error(
        "secrets",
        `secret ${name} is not set${name === CALLER_SECRETS.members ? ` (owners include teams: ${teams.join(", ")})` : ""}`,
        fix
      );
    }
  }
  let units = listUnits(o.infraDir);
  units.length === 0 && error(
    "environments",
    `no rendered units under ${o.infraDir}, so no gate could be routed`,
    "run `cloudneutral render` and commit infra/"
  );
  let routes = [...routeUnits(o.config, units).values()], gated = /* @__PURE__ */ new Map();
  for (let r of routes)
    r.approvals > 0 && gated.set(r.environment, [...gated.get(r.environment) ?? [], r.stack]);
  if (gated.size > 0) {
    let envs = await maybe(
      async () => (await gh.rest.repos.getAllEnvironments({ ...repo, per_page: 100 })).data.environments ?? []
    );
    if (typeof envs == "number")
      error(
        "environments",
        `the token cannot list ${full}'s Environments (HTTP ${envs})`,
        "run doctor with a token of a repository administrator"
      );
    else
      for (let [name, stacks] of [...gated].sort(([a], [b]) => a.localeCompare(b))) {
        let env = envs.find((e) => e.name === name), reviewers = (env?.protection_rules ?? []).flatMap(
          (rule) => "reviewers" in rule && Array.isArray(rule.reviewers) ? rule.reviewers : []
        ), fix = `Settings \u2192 Environments \u2192 ${env ? name : `New environment "${name}"`} \u2192 Required reviewers: the owners of ${stacks.join(", ")}`;
        env ? reviewers.length === 0 ? error(
          "environments",
          `Environment ${name} has no required reviewers: its units would apply unreviewed`,
          fix
        ) : passed.push(`Environment ${name} (${reviewers.length} required reviewer(s))`) : error(
          "environments",
          `Environment ${name} does not exist (its units need approval: ${stacks.join(", ")}); GitHub would create it on first use with no reviewers`,
          `create it: ${fix}`
        );
      }
  }
  let contexts = /* @__PURE__ */ new Set(), branch = await maybe(() => gh.rest.repos.getBranch({ ...repo, branch: main }));
  if (typeof branch != "number")
    for (let c of branch.data.protection?.required_status_checks?.contexts ?? []) contexts.add(c);
  let rules = await maybe(
    () => gh.paginate(gh.rest.repos.getBranchRules, { ...repo, branch: main, per_page: 100 })
  );
  if (typeof rules != "number") {
    for (let rule of rules)
      if (rule.type === "required_status_checks")
        for (let c of rule.parameters?.required_status_checks ?? []) contexts.add(c.context);
  }
  for (let check of REQUIRED_CHECKS) {
    let match = [...contexts].find((c) => c === check || c.endsWith(` / ${check}`));
    match ? passed.push(`${main} requires ${match}`) : error(
      "required-checks",
      `${main} does not require the check "${check}"${check === "cloudneutral/policy" ? "" : ` (from the pr workflow: pr / ${check})`}`,
      `Settings \u2192 Branches (or Rules) \u2192 ${main} \u2192 Require status checks: ${check === "cloudneutral/policy" ? check : `pr / ${check}`}`
    );
  }
  let statusBranch = o.config.byKind.Platform[0]?.value.spec.statusBranch ?? "cloudneutral/status", bot = o.botApp ?? "github-actions", protectFix = `protect it with "Restrict who can push" limited to the app ${bot} (Settings \u2192 Branches \u2192 Add rule ${statusBranch}), or a ruleset that only ${bot} bypasses`;
  if (typeof await maybe(() => gh.rest.repos.getBranch({ ...repo, branch: statusBranch })) == "number")
    error(
      "status-branch",
      `the status branch ${statusBranch} does not exist yet, so nothing keeps others from writing it`,
      `create it (git push origin ${main}:refs/heads/${statusBranch}) and ${protectFix}`
    );
  else {
    let protection = await maybe(
      () => gh.rest.repos.getBranchProtection({ ...repo, branch: statusBranch })
    ), r = typeof protection == "number" ? void 0 : protection.data.restrictions, others = r ? [
      ...r.users.map((u) => u.login ?? ""),
      ...r.teams.map((t) => `@${o.owner}/${t.slug ?? ""}`),
      ...r.apps.map((a) => a?.slug ?? "").filter((s) => s !== bot)
    ] : [];
    r ? others.length > 0 || !r.apps.some((a) => a?.slug === bot) ? error(
      "status-branch",
      `${statusBranch} may be pushed by ${others.join(", ") || "nobody"}${r.apps.some((a) => a?.slug === bot) ? "" : `, not by ${bot}`}`,
      `limit "Restrict who can push" on ${statusBranch} to the app ${bot} alone`
    ) : passed.push(`${statusBranch} writable by ${bot} alone`) : error(
      "status-branch",
      `anyone with write access can push to ${statusBranch}, and so rewrite what apply recorded`,
      protectFix
    );
  }
  for (let team of teams) {
    let [org, slug] = team.slice(1).split("/"), got = await maybe(
      () => gh.rest.teams.listMembersInOrg({ org, team_slug: slug, per_page: 1 })
    );
    typeof got == "number" ? error(
      "teams",
      `this token cannot read the members of ${team} (HTTP ${got}), so neither can a review with it: approvals by its members would not count`,
      `give a token with organization members: read (a GitHub App installation token, or a fine-grained token) as the secret ${CALLER_SECRETS.members}, and run doctor with that token (--token-env) to check it`
    ) : passed.push(`members of ${team} readable`);
  }
  return done();
}
export {
  REQUIRED_CHECKS,
  pinOf,
  runDoctor,
  secretNames
};
