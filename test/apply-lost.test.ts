// Issue 13, "nothing is lost", with the bundled actions, real git, the local GitHub and the
// Terraform stand-in. A PR adds a unit (a new region for orders-db); it is merged, but its
// apply never runs (superseded in the concurrency group, or the route job failed), and an
// unrelated push follows. Apply for that push, with `before` = the merge, must still apply
// the new unit with the PR's attested review — or, with no review, report it pending and
// fail — never go green having applied nothing. Units that have records plan nothing extra.
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createGitHubClient } from "../lib/github/client.ts";
import { silentLogger } from "../lib/logger.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import { pullRequestEvent, pushEvent, runAction } from "./harness.ts";
import { ROOT, scratch } from "./helpers.ts";
import { type PreparedPull, preparePull } from "./prepared-pull.ts";
import { adoptedStatus, statusRecord } from "./status-records.ts";

const run = promisify(execFile);
const OWNER = "cloudneutral";
const REPO = "platform";
const STANDIN = path.join(ROOT, "test/fixtures/bin/terraform");
const NEW = "stacks/platform/sg1";
const TRUSTED = `${OWNER}/${REPO}/.github/workflows/pr-review.yml@refs/heads/main`;

let sim: GitHubSim;
let workspace: string;
let base: string;
let head: string;
let number: number;
let standinLog: string;

async function calls(what: string): Promise<string[]> {
  const text = await readFile(standinLog, "utf8").catch(() => "");
  return text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { argv: string[]; cwd: string })
    .filter((c) => c.argv[0] === what)
    .map((c) => path.relative(workspace, c.cwd));
}

// The PR's repository, built once: orders-db in a new region, rendered, its stand-in a create.
let prepared: PreparedPull;
beforeAll(async () => {
  prepared = await preparePull({
    branch: "orders-sg1",
    title: "orders-db: also in sg1",
    change: async (dir) => {
      const file = path.join(dir, "platform-config/compositions/orders-db.yaml");
      const text = await readFile(file, "utf8");
      await writeFile(file, text.replace("regions: [jp1]", "regions: [jp1, sg1]"));
    },
    rendered: (dir) =>
      writeFile(
        path.join(dir, "infra", NEW, ".standin.json"),
        JSON.stringify({ fixture: "tpc-0-create", planExit: 2 }),
      ),
  });
});
afterAll(() => prepared.remove());

beforeEach(async () => {
  sim = await startGitHubSim();
  await sim.createRepo(OWNER, REPO);
  workspace = await prepared.checkout();
  standinLog = path.join(await scratch("cn-standin-log-"), "calls.jsonl");
  ({ base, head } = prepared);
  number = await prepared.open(sim, workspace, { owner: OWNER, repo: REPO, user: "alice" });
  // The repository has adopted CloudNeutral: every unit of main was applied at base.
  await run("git", ["checkout", "-q", "main"], { cwd: workspace });
  await adoptedStatus(sim, { owner: OWNER, repo: REPO, workspace, commit: base });
  await run("git", ["checkout", "-q", "orders-sg1"], { cwd: workspace });
});

afterEach(async () => {
  expect(sim.openapiErrors).toEqual([]);
  await sim.close();
});

const common = () => ({
  workspace,
  apiUrl: sim.url,
  token: sim.token,
  repository: `${OWNER}/${REPO}`,
  env: { STANDIN_LOG: standinLog },
});

const plan = () =>
  runAction("plan-comment", {
    ...common(),
    eventName: "pull_request_target",
    event: pullRequestEvent({
      number,
      head: { ref: "orders-sg1", sha: head },
      base: { sha: base },
      user: "alice",
      repository: `${OWNER}/${REPO}`,
    }),
    sha: head,
    ref: "refs/heads/main",
    oidc: { sim: sim.oidc, workflowRef: TRUSTED },
    inputs: { binary: STANDIN, token: sim.token, policy: "allow", attest: "true" },
  });

/** Commits a change to NOTES.md alone (whatever planning left in the work tree). */
async function unrelatedCommit(text: string): Promise<string> {
  await writeFile(path.join(workspace, "NOTES.md"), `${text}\n`);
  await run("git", ["add", "NOTES.md"], { cwd: workspace });
  await run("git", ["commit", "-q", "--no-verify", "-m", text], { cwd: workspace });
  await run("git", ["push", "-q", sim.gitUrl(OWNER, REPO), "HEAD:main"], { cwd: workspace });
  return (await run("git", ["rev-parse", "HEAD"], { cwd: workspace })).stdout.trim();
}

/**
 * Merges the PR — its apply never runs — then pushes an unrelated commit on top; returns
 * both, with the checkout at the second.
 */
async function mergeThenUnrelatedPush(): Promise<{ merged: string; next: string }> {
  const merged = await sim.mergePull(OWNER, REPO, number, "merge");
  await run("git", ["fetch", "-q", sim.gitUrl(OWNER, REPO), "main"], { cwd: workspace });
  await run("git", ["checkout", "-q", "--detach", merged], { cwd: workspace });
  const next = await unrelatedCommit("An unrelated change.");
  return { merged, next };
}

const apply = (sha: string, before: string) =>
  runAction("apply", {
    ...common(),
    eventName: "push",
    event: pushEvent({ after: sha, before, repository: `${OWNER}/${REPO}` }),
    sha,
    inputs: {
      binary: STANDIN,
      token: sim.token,
      "plan-author": sim.botLogin,
      "oidc-issuer": sim.oidc.issuer,
    },
  });

const statusFile = (unit: string) => statusRecord(sim, { owner: OWNER, repo: REPO }, unit);

async function auditStatus(sha: string): Promise<[string, string][]> {
  const gh = createGitHubClient({ token: sim.token, baseUrl: sim.url, log: silentLogger });
  const { data } = await gh.rest.repos.getCombinedStatusForRef({
    owner: OWNER,
    repo: REPO,
    ref: sha,
  });
  return data.statuses.map((s) => [s.context, s.state]);
}

describe("a new unit whose apply never ran", () => {
  it("is applied by the next push, with the review of the PR that brought it", async () => {
    const planned = await plan();
    expect(planned.code, planned.stdout).toBe(0);
    expect(Object.keys(JSON.parse(planned.outputs.hashes ?? "{}"))).toEqual([NEW]);
    const { merged, next } = await mergeThenUnrelatedPush();
    const before = (await calls("plan")).length;

    const r = await apply(next, merged);
    expect(r.stderr).toBe("");
    expect(r.code, r.summary).toBe(0);
    expect(await calls("apply")).toEqual([`infra/${NEW}`]);
    // Only the unit without a record was planned: the others count from their records.
    expect((await calls("plan")).slice(before)).toEqual([`infra/${NEW}`]);
    expect(r.summary).toContain(`\`${NEW}\` | platform | ✅ applied`);
    expect(r.summary).toContain(`(reviewed in PR &#35;${number})`);
    const record = await statusFile(NEW);
    expect(record?.lastApplied).toMatchObject({ commit: next, result: "applied" });
    expect(record?.pendingSince).toBeUndefined();
    expect(await auditStatus(next)).toEqual([["cloudneutral/apply", "success"]]);

    // The next push finds a record: nothing is planned again.
    const again = await apply(next, next);
    expect(again.code, again.summary).toBe(0);
    expect(again.summary).toContain("No unit was affected.");
    expect(await calls("apply")).toHaveLength(1);
  });

  it("with no reviewed plan is reported pending and fails, and stays pending", async () => {
    // No plan comment: the PR was merged unreviewed (or its review cannot be verified).
    const { merged, next } = await mergeThenUnrelatedPush();
    const r = await apply(next, merged);
    expect(r.code).toBe(1);
    expect(r.summary).toContain(`\`${NEW}\` | platform | ⛔ refused`);
    expect(r.summary).toContain(`${NEW}: pending — it has no apply record`);
    expect(r.summary).toContain(`no PR merged since it appeared (${merged.slice(0, 12)})`);
    expect(r.stdout).toContain("::error::");
    expect(await calls("apply")).toEqual([]);
    expect(await auditStatus(next)).toEqual([["cloudneutral/apply", "failure"]]);
    const record = await statusFile(NEW);
    expect(record?.lastApplied).toBeUndefined();
    expect(String((record?.lastFailure as { error?: string })?.error)).toContain("pending");

    // Another unrelated push: still pending, still failing — not forgotten.
    const later = await unrelatedCommit("Another unrelated change.");
    const again = await apply(later, next);
    expect(again.code, again.stdout).toBe(1);
    expect(again.summary).toContain(`\`${NEW}\` | platform | ⛔ refused`);
    expect(await calls("apply")).toEqual([]);
  });
});
