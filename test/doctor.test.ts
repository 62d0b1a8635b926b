// `cloudneutral doctor`, the findings the end-to-end test (adopt-e2e.test.ts) does not meet:
// workflows that are missing, not pinned, at another release or pinned to a commit; a status
// branch others may push; owner teams the token cannot read; a token that cannot read the
// repository; and its usage errors. Against the local GitHub, through the CLI in-process.
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { VERSION } from "../cli/version.ts";
import { callerWorkflows } from "../lib/adopt/callers.ts";
import { runDoctor } from "../lib/adopt/doctor.ts";
import { createGitHubClient } from "../lib/github/client.ts";
import { silentLogger } from "../lib/logger.ts";
import { validateConfig } from "../lib/model/index.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import { cli, scratch } from "./helpers.ts";

const OWNER = "acme";
const REPO = "platform";
const TAG = `v${VERSION}`;

let sim: GitHubSim;
let dir: string;

/** init's workflows, each as `edit` leaves it (null: left out). */
const workflows = (
  edit: (file: string, text: string) => string | null = (_, t) => t,
): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [f, t] of Object.entries(callerWorkflows(VERSION))) {
    const text = edit(f, t);
    if (text !== null) out[`.github/workflows/${f}`] = text;
  }
  return out;
};

async function doctor(owners: string[] = ["alice"]) {
  const { config, problems } = await validateConfig(path.join(dir, "platform-config"));
  expect(problems).toEqual([]);
  // Teams as owners: rewrite the Platform's owners (the scaffold's Tenant keeps its users).
  if (owners.some((o) => o.startsWith("@")))
    for (const p of config.byKind.Platform) p.value.spec.owners = owners;
  return runDoctor({
    gh: createGitHubClient({ token: sim.token, baseUrl: sim.url, log: silentLogger, backoffMs: 1 }),
    owner: OWNER,
    repo: REPO,
    config,
    infraDir: path.join(dir, "infra"),
    version: VERSION,
  });
}

const messages = (r: Awaited<ReturnType<typeof doctor>>, check: string) =>
  r.findings.filter((f) => f.check === check).map((f) => `${f.severity}: ${f.message}`);

describe("doctor", () => {
  beforeEach(async () => {
    sim = await startGitHubSim();
    dir = await scratch("cn-doctor-");
    expect(
      (await cli("init", dir, "--repository", `${OWNER}/${REPO}`, "--owner", "alice")).code,
    ).toBe(0);
    const config = path.join(dir, "platform-config");
    expect((await cli("render", "--config", config, "--out", path.join(dir, "infra"))).code).toBe(
      0,
    );
  });

  afterEach(async () => {
    expect(sim.openapiErrors).toEqual([]);
    await sim.close();
  });

  it("names workflows missing, unpinned, at another release or at a commit", async () => {
    await sim.createRepo(
      OWNER,
      REPO,
      workflows((file, text) => {
        if (file === "drift.yml") return null;
        if (file === "gtm.yml") return text.replace(`@${TAG}`, "@main");
        if (file === "autoscale.yml") return text.replace(`@${TAG}`, "@v0.0.9");
        if (file === "pr.yml" || file === "pr-review.yml")
          return text.replace(`@${TAG}`, `@${"a".repeat(40)}`);
        if (file === "pr-judge.yml")
          return text.replace(/uses: .*/, "uses: ./.github/workflows/my-judge.yml");
        return text;
      }),
    );
    const r = await doctor();
    expect(messages(r, "workflows")).toEqual([
      `warning: .github/workflows/pr.yml pins cloudneutral-pr.yml to commit aaaaaaaaaaaa; this doctor cannot tell which release that is`,
      "error: .github/workflows/pr-judge.yml does not call cloudneutral/cloudneutral's cloudneutral-pr-judge.yml",
      `error: .github/workflows/pr-review.yml pins cloudneutral-pr-review.yml to commit aaaaaaaaaaaa: apply trusts reviews attested through it at refs/tags/${TAG} only, so it would refuse every review`,
      "error: .github/workflows/drift.yml is missing on main",
      "error: .github/workflows/gtm.yml calls cloudneutral-gtm.yml@main, which is not pinned: a branch moves under you",
      `error: .github/workflows/autoscale.yml calls cloudneutral-autoscale.yml@v0.0.9; this doctor knows ${TAG}`,
    ]);
    expect(r.findings.find((f) => f.message.includes("drift.yml is missing"))?.fix).toBe(
      `add it (cloudneutral init writes it): a job with \`uses: cloudneutral/cloudneutral/.github/workflows/cloudneutral-drift.yml@${TAG}\``,
    );
    expect(r.ready).toBe(false);
  });

  it("refuses a status branch that others may push, or the bot may not", async () => {
    await sim.createRepo(OWNER, REPO, workflows());
    sim.addTeam(OWNER, "ops", ["dave"]);
    await sim.commit(OWNER, REPO, "cloudneutral/status", { "x.json": "{}" }, "status");
    const gh = createGitHubClient({
      token: sim.token,
      baseUrl: sim.url,
      log: silentLogger,
      backoffMs: 1,
    });
    const protect = (restrictions: { users: string[]; teams: string[]; apps: string[] } | null) =>
      gh.rest.repos.updateBranchProtection({
        owner: OWNER,
        repo: REPO,
        branch: "cloudneutral/status",
        required_status_checks: null,
        enforce_admins: true,
        required_pull_request_reviews: null,
        restrictions,
      });
    expect(messages(await doctor(), "status-branch")).toEqual([
      "error: anyone with write access can push to cloudneutral/status, and so rewrite what apply recorded",
    ]);
    await protect({ users: ["mallory"], teams: ["ops"], apps: ["github-actions"] });
    expect(messages(await doctor(), "status-branch")).toEqual([
      "error: cloudneutral/status may be pushed by mallory, @acme/ops",
    ]);
    await protect({ users: [], teams: [], apps: [] });
    expect(messages(await doctor(), "status-branch")).toEqual([
      "error: cloudneutral/status may be pushed by nobody, not by github-actions",
    ]);
    await protect({ users: [], teams: [], apps: ["github-actions"] });
    const r = await doctor();
    expect(messages(r, "status-branch")).toEqual([]);
    expect(r.passed).toContain("cloudneutral/status writable by github-actions alone");
  });

  it("with owner teams: needs the members token secret and a token that reads the teams", async () => {
    await sim.createRepo(OWNER, REPO, workflows());
    sim.addTeam(OWNER, "platform", ["alice"]);
    const r = await doctor(["@acme/platform", "@acme/ghosts"]);
    expect(messages(r, "teams")).toEqual([
      "error: this token cannot read the members of @acme/ghosts (HTTP 404), so neither can a review with it: approvals by its members would not count",
    ]);
    expect(r.passed).toContain("members of @acme/platform readable");
    expect(messages(r, "secrets")).toContain(
      "error: secret CLOUDNEUTRAL_MEMBERS_TOKEN is not set (owners include teams: @acme/ghosts, @acme/platform)",
    );
    // The App's secrets are optional: the loop works without them, with a person merging.
    expect(messages(r, "secrets")).toContain(
      "warning: secret CLOUDNEUTRAL_AUTOSCALE_APP_KEY is not set: without the autoscaler App, its pull requests start no workflows: a person must run their checks and merge them",
    );
  });

  it("a repository the token cannot read: one finding, exit 1 through the CLI", async () => {
    vi.stubEnv("GITHUB_TOKEN", sim.token);
    vi.stubEnv("GITHUB_API_URL", sim.url);
    try {
      const config = path.join(dir, "platform-config");
      const r = await cli("doctor", "--repo", "acme/nowhere", "--config", config);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(
        "FAIL  repository: acme/nowhere is not readable with this token (HTTP 404)\n      fix: check --repo, and give doctor a token (GITHUB_TOKEN, or --token-env) of an administrator of the repository\n\nacme/nowhere: not ready: 1 problem(s) to fix\n",
      );
      const json = await cli(
        "doctor",
        "--repo",
        "acme/nowhere",
        "--config",
        config,
        "--format",
        "json",
      );
      expect(JSON.parse(json.stdout)).toMatchObject({
        ready: false,
        findings: [{ check: "repository" }],
      });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("doctor's usage", () => {
  it.each([
    [["--repo", "acme"], "--repo must be OWNER/NAME"],
    [["--repo", "acme/plat/form"], "--repo must be OWNER/NAME"],
    [["--repo", "acme/$(id)"], '--repo must be OWNER/NAME, not "acme/$(id)"'],
    [
      ["--repo", "acme/p", "--token-env", "PATH; id"],
      "--token-env must name an environment variable",
    ],
    [
      ["--repo", "acme/p", "--token-env", "CLOUDNEUTRAL_NO_SUCH_TOKEN"],
      "doctor needs a token in CLOUDNEUTRAL_NO_SUCH_TOKEN",
    ],
  ])("usage error for %j", async (flags, message) => {
    const r = await cli("doctor", ...flags);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain("usage: cloudneutral doctor");
  });
});
