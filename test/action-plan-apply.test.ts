// The bundled plan-comment and apply actions end to end: a real git repository, the local
// GitHub (real merges), the recorded Terraform stand-in. A PR is planned and commented; the
// merge applies exactly the reviewed plan, records it on the status branch, reports back;
// and every way this can go wrong ends in a clear message with nothing applied.
import { execFile } from "node:child_process";
import { readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import { gitCommit, pullRequestEvent, pushEvent, runAction } from "./harness.ts";
import { ROOT, scratch } from "./helpers.ts";
import { type PreparedPull, preparePull } from "./prepared-pull.ts";
import { adoptedStatus, statusRecord } from "./status-records.ts";

const run = promisify(execFile);
const OWNER = "cloudneutral";
const REPO = "platform";
const STANDIN = path.join(ROOT, "test/fixtures/bin/terraform");
const STACK = "stacks/platform/jp1";
/** The attesting workflow as apply trusts it: pr-review.yml on the default branch. */
const TRUSTED = `${OWNER}/${REPO}/.github/workflows/pr-review.yml@refs/heads/main`;

let sim: GitHubSim;
let workspace: string;
let base: string;
let head: string;
let number: number;
let standinLog: string;

async function standin(stack: string, config: object): Promise<void> {
  await writeFile(path.join(workspace, "infra", stack, ".standin.json"), JSON.stringify(config));
}

async function calls(): Promise<{ argv: string[]; cwd: string }[]> {
  const text = await readFile(standinLog, "utf8").catch(() => "");
  return text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

const applies = async () =>
  (await calls()).filter((c) => c.argv[0] === "apply").map((c) => path.relative(workspace, c.cwd));

// The PR's repository, built once: orders-db grows, rendered, the stand-in replays a create.
let prepared: PreparedPull;
beforeAll(async () => {
  prepared = await preparePull({
    branch: "bigger-db",
    title: "orders-db: 200 GB",
    change: async (dir) => {
      const file = path.join(dir, "platform-config/compositions/orders-db.yaml");
      const text = await readFile(file, "utf8");
      await writeFile(file, text.replace("allocated_storage: 100", "allocated_storage: 200"));
    },
    rendered: (dir) =>
      writeFile(
        path.join(dir, "infra", STACK, ".standin.json"),
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
  // An adopted repository: every unit was applied at base; apply plans what changed since.
  await adoptedStatus(sim, { owner: OWNER, repo: REPO, workspace, commit: base });
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

const plan = (inputs: Record<string, string> = {}) =>
  runAction("plan-comment", {
    ...common(),
    eventName: "pull_request",
    event: pullRequestEvent({
      number,
      head: { ref: "bigger-db", sha: head },
      base: { sha: base },
      user: "alice",
      repository: `${OWNER}/${REPO}`,
    }),
    sha: head,
    oidc: { sim: sim.oidc, workflowRef: TRUSTED },
    inputs: { binary: STANDIN, token: sim.token, policy: "allow", attest: "true", ...inputs },
  });

/** Merges the PR on the local GitHub and checks the merge commit out, as apply's checkout would. */
async function merge(): Promise<string> {
  const sha = await sim.mergePull(OWNER, REPO, number, "merge");
  await run("git", ["fetch", "-q", sim.gitUrl(OWNER, REPO), "main"], { cwd: workspace });
  await run("git", ["checkout", "-q", "--detach", sha], { cwd: workspace });
  return sha;
}

const apply = (sha: string, inputs: Record<string, string> = {}) =>
  runAction("apply", {
    ...common(),
    eventName: "push",
    event: pushEvent({ after: sha, before: base, repository: `${OWNER}/${REPO}` }),
    sha,
    inputs: {
      binary: STANDIN,
      token: sim.token,
      "plan-author": sim.botLogin,
      "oidc-issuer": sim.oidc.issuer,
      ...inputs,
    },
  });

const planComments = () =>
  sim.comments(OWNER, REPO, number).filter((c) => c.body.includes('"key":"plan"'));

const statusFile = (unit: string) => statusRecord(sim, { owner: OWNER, repo: REPO }, unit);

describe("plan-comment on a pull request", () => {
  it("plans the affected stack and keeps one comment with totals, table, fold, diff and hash", async () => {
    const first = await plan();
    expect(first.stderr).toBe("");
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs.changed).toBe("true");
    const hashes = JSON.parse(first.outputs.hashes ?? "{}");
    expect(Object.keys(hashes)).toEqual([STACK]);
    const [comment] = planComments();
    expect(comment?.body).toContain("**1 stack(s)** · **+3** create");
    expect(comment?.body).toContain("policy: **allow**");
    expect(comment?.body).toContain(
      "| `stacks/platform/jp1` | platform | jp1 | 3 | 0 | 0 | 0 | changes |",
    );
    expect(comment?.body).toContain("cloudneutral-platform-prod");
    expect(comment?.body).toContain("`local_file.test`");
    expect(comment?.body).toContain("Terraform will perform the following actions");
    expect(comment?.body).toContain("-  allocated_storage");
    expect(comment?.body).toContain(hashes[STACK]);
    // Terraform ran in the stack with a saved plan, never anywhere else.
    const planned = (await calls()).filter((c) => c.argv[0] === "plan");
    expect(planned.map((c) => path.relative(workspace, c.cwd))).toEqual([`infra/${STACK}`]);
    // A second push updates the same comment.
    const again = await plan();
    expect(again.code).toBe(0);
    expect(planComments()).toHaveLength(1);
  });

  it("a plan that fails in one stack names it and quotes the error; the others are planned", async () => {
    await standin("stacks/foundation/jp1", { fixture: "tpc-0-create", fail: "plan" });
    await standin("stacks/k8s-base/jp1", { fixture: "tpc-2-delete", planExit: 2 });
    head = await gitCommit(workspace, "touch two more stacks");
    const r = await plan();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "::error::plan: 1 unit(s) could not be planned: stacks/foundation/jp1",
    );
    const body = planComments()[0]?.body ?? "";
    expect(body).toContain("❌ **1 failed**");
    expect(body).toContain("`stacks/foundation/jp1` could not be planned");
    expect(body).toContain("replayed failure of tpc-0-create");
    expect(body).toContain("| `stacks/k8s-base/jp1` | k8s-base | jp1 | 0 | 0 | 2 | 0 | changes |");
    // The failed stack has no hash: apply can never apply it unreviewed.
    expect(Object.keys(JSON.parse(r.outputs.hashes ?? "{}")).sort()).toEqual([
      "stacks/k8s-base/jp1",
      STACK,
    ]);
  });

  it("a corrupt plan JSON is that stack's failure, with where it broke and no plan text leaked", async () => {
    await standin(STACK, { fixture: "tpc-0-create", planExit: 2, truncate: 120 });
    head = await gitCommit(workspace, "corrupt");
    const r = await plan();
    expect(r.code).toBe(1);
    const body = planComments()[0]?.body ?? "";
    expect(body).toContain("could not be planned");
    expect(body).toMatch(/not valid JSON|truncated|line 1/);
  });

  it("a 502 while commenting is retried; an outage leaves a warning, not a failed plan", async () => {
    sim.faults.add({ kind: "server-error", method: "POST", path: /\/comments$/, times: 1 });
    const retried = await plan();
    expect(retried.code).toBe(0);
    expect(planComments()).toHaveLength(1);
    // Every attempt (the first and three retries) fails.
    sim.faults.add({ kind: "server-error", method: "PATCH", path: /\/comments\//, times: 4 });
    const r = await plan({ policy: "deny" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("::warning::could not update the PR comment (plan)");
  });

  it("hands the engines cloud credentials from the workflow's OIDC token, masked", async () => {
    const { createServer } = await import("node:http");
    const server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ value: "eyJ.oidc-token.sig" }));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    try {
      const r = await runAction("plan-comment", {
        ...common(),
        env: {
          STANDIN_LOG: standinLog,
          ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: "runner-request-token",
        },
        eventName: "pull_request",
        event: pullRequestEvent({
          number,
          head: { ref: "bigger-db", sha: head },
          base: { sha: base },
        }),
        sha: head,
        inputs: { binary: STANDIN, token: sim.token, "aws-role-arn": "arn:aws:iam::1:role/plan" },
      });
      expect(r.code, r.stdout).toBe(0);
      // Masked before use (again at each refresh), and printed nowhere else.
      const lines = r.stdout.split("\n").filter((l) => l.includes("eyJ.oidc-token.sig"));
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.every((l) => l === "::add-mask::eyJ.oidc-token.sig")).toBe(true);
      const planned = (await calls()).find((c) => c.argv[0] === "plan") as {
        env?: Record<string, string>;
      };
      expect(planned.env?.AWS_ROLE_ARN).toBe("arn:aws:iam::1:role/plan");
      expect(await readFile(planned.env?.AWS_WEB_IDENTITY_TOKEN_FILE ?? "", "utf8")).toBe(
        "eyJ.oidc-token.sig",
      );
      // Without the input, the unit's own plan identity (its stack.json): nothing to wire.
      const own = await runAction("plan-comment", {
        ...common(),
        env: {
          STANDIN_LOG: standinLog,
          ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: "runner-request-token",
        },
        eventName: "pull_request",
        event: pullRequestEvent({
          number,
          head: { ref: "bigger-db", sha: head },
          base: { sha: base },
        }),
        sha: head,
        inputs: { binary: STANDIN, token: sim.token },
      });
      expect(own.code, own.stdout).toBe(0);
      const plans = (await calls()).filter((c) => c.argv[0] === "plan") as {
        env?: Record<string, string>;
      }[];
      expect(plans.at(-1)?.env?.AWS_ROLE_ARN).toBe(
        "arn:aws:iam::111122223333:role/cloudneutral/cloudneutral-platform-jp1-plan",
      );
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it("fans out: a matrix, one job per stack writing its result, and one aggregating comment", async () => {
    const m = await plan({ mode: "matrix" });
    expect(m.code, m.stdout).toBe(0);
    const matrix = JSON.parse(m.outputs.matrix ?? "{}");
    expect(matrix.include).toEqual([
      {
        unit: STACK,
        layer: "platform",
        region: "jp1",
        engine: "terraform",
        environment: "cloudneutral-platform-prod",
        backup: "pre-change-snapshot",
      },
    ]);
    expect(planComments()).toHaveLength(0);
    const results = await scratch("cn-results-");
    const one = await plan({
      mode: "stack",
      stack: STACK,
      "results-dir": path.join(results, "job-1"),
    });
    expect(one.code, one.stdout).toBe(0);
    expect(planComments()).toHaveLength(0);
    const agg = await plan({ mode: "aggregate", "results-dir": results });
    expect(agg.code, agg.stdout).toBe(0);
    expect(planComments()[0]?.body).toContain("**+3** create");
  });
});

describe("apply on push to main", () => {
  it("applies exactly the reviewed plan once, records it, and reports on the PR and the commit", async () => {
    expect((await plan()).code).toBe(0);
    const sha = await merge();
    const backups = path.join(await scratch("cn-backups-"), "backup");
    const { generateKeyPairSync } = await import("node:crypto");
    const keys = generateKeyPairSync("rsa", {
      modulusLength: 2048,
      publicKeyEncoding: { type: "spki", format: "pem" },
      privateKeyEncoding: { type: "pkcs8", format: "pem" },
    });
    const r = await apply(sha, { "backup-dir": backups, "backup-public-key": keys.publicKey });
    expect(r.stderr).toBe("");
    expect(r.code, r.stdout).toBe(0);
    expect(await applies()).toEqual([`infra/${STACK}`]);
    // The matrix asks platform for a pre-change snapshot: the state, pulled before apply,
    // kept only encrypted; `cloudneutral backup decrypt` gives it back.
    const backup = path.join(backups, `stacks__platform__jp1.${sha.slice(0, 12)}.tfstate.enc`);
    expect(await readFile(backup, "utf8")).not.toContain("lineage");
    expect((await stat(backup)).mode & 0o777).toBe(0o600);
    const keyFile = path.join(await scratch("cn-key-"), "key.pem");
    await writeFile(keyFile, keys.privateKey);
    const { cli } = await import("./helpers.ts");
    const decrypted = await cli("backup", "decrypt", "--key", keyFile, backup);
    expect(JSON.parse(decrypted.stdout)).toMatchObject({ version: 4 });
    const order = (await calls()).map((c) => c.argv[0]);
    expect(order.lastIndexOf("state")).toBeLessThan(order.lastIndexOf("apply"));
    expect(r.summary).toContain("```mermaid");
    expect(r.summary).toContain("✅ done");
    const record = await statusFile(STACK);
    expect(record?.lastApplied).toMatchObject({ commit: sha, result: "applied" });
    expect(record?.inProgress).toBeUndefined();
    const applyComment = sim
      .comments(OWNER, REPO, number)
      .find((c) => c.body.includes('"key":"apply"'));
    expect(applyComment?.body).toContain("applied");
    const { data } = await (await import("../lib/github/client.ts"))
      .createGitHubClient({
        token: sim.token,
        baseUrl: sim.url,
        log: (await import("../lib/logger.ts")).silentLogger,
      })
      .rest.repos.getCombinedStatusForRef({ owner: OWNER, repo: REPO, ref: sha });
    expect(data.statuses.map((s) => [s.context, s.state])).toEqual([
      ["cloudneutral/apply", "success"],
    ]);
    // The next push counts from the applied commit: nothing is affected any more.
    const rerun = await apply(sha);
    expect(rerun.code).toBe(0);
    expect(rerun.summary).toContain("No unit was affected.");
    // A re-run of the stack's own job finds the (stack, commit) record and skips it.
    const job = await apply(sha, { mode: "stack", stack: STACK });
    expect(job.code, job.stdout).toBe(0);
    expect(job.stdout).toContain(`${STACK}: already applied at ${sha.slice(0, 12)}`);
    expect(await applies()).toHaveLength(1);
  });

  it("refuses a plan that is not the reviewed one and says what differs", async () => {
    expect((await plan()).code).toBe(0);
    const sha = await merge();
    // The world moved between review and merge: the same commit now plans something else.
    await writeFile(
      path.join(workspace, "infra", STACK, ".standin.json"),
      JSON.stringify({ fixture: "tpc-2-delete", planExit: 2 }),
    );
    const r = await apply(sha);
    expect(r.code).toBe(1);
    expect(r.summary).toContain("is not the plan reviewed");
    expect(r.summary).toContain("planned differently");
    expect(await applies()).toEqual([]);
    const record = await statusFile(STACK);
    // Still the adoption's apply at base: the merge's change is not applied.
    expect(record?.lastApplied).toMatchObject({ commit: base });
    expect(String((record?.lastFailure as { error?: string })?.error)).toContain(
      "not the plan reviewed",
    );
  });

  it("refuses when the merged PR has no plan comment (the hash is missing)", async () => {
    const sha = await merge();
    const r = await apply(sha);
    expect(r.code).toBe(1);
    expect(r.summary).toContain("has a reviewed plan for it");
    expect(r.summary).toContain(
      `PR &#35;${number} has no plan comment by ${sim.botLogin.replace("[", "&#91;").replace("]", "&#93;")}`,
    );
    expect(await applies()).toEqual([]);
  });

  it("does not apply a stack another run is applying (the status-branch claim)", async () => {
    expect((await plan()).code).toBe(0);
    const sha = await merge();
    const { statusStore } = await import("../lib/github/status-store.ts");
    const { applyRecords } = await import("../lib/apply/records.ts");
    const { createGitHubClient } = await import("../lib/github/client.ts");
    const { silentLogger } = await import("../lib/logger.ts");
    const gh = createGitHubClient({ token: sim.token, baseUrl: sim.url, log: silentLogger });
    const other = applyRecords(
      statusStore(gh, { repo: { owner: OWNER, repo: REPO }, log: silentLogger }),
      "999",
    );
    await other.claim(STACK, sha, base, new Date());
    const r = await apply(sha);
    expect(r.code).toBe(1);
    expect(r.summary).toContain("is being applied by run 999");
    expect(await applies()).toEqual([]);
  });

  it("a removed stack is reported with what to do, and what depends on it is not applied", async () => {
    await run("git", ["checkout", "-q", "main"], { cwd: workspace });
    await rm(path.join(workspace, "infra/stacks/foundation/eu1"), { recursive: true });
    await standin("stacks/k8s-base/eu1", { fixture: "tpc-0-create", planExit: 2 });
    const sha = await gitCommit(workspace, "drop eu1 foundation");
    await run("git", ["push", "-q", sim.gitUrl(OWNER, REPO), "main"], { cwd: workspace });
    const r = await apply(sha, { "require-review": "false" });
    expect(r.code, r.summary).toBe(1);
    expect(r.summary).toContain("directory no longer exists");
    expect(r.summary).toContain(
      "not applied because stacks/foundation/eu1 did not apply (removed)",
    );
    // Reported once, not once per unit the push's diff was matched against.
    expect(r.summary.split("`stacks/foundation/eu1` | foundation").length).toBe(2);
    expect(await applies()).toEqual([]);
  });

  it("a failed apply is retried by the next push, with the review of the PR that brought it", async () => {
    await standin(STACK, { fixture: "tpc-0-create", planExit: 2, fail: "apply" });
    head = await gitCommit(workspace, "orders-db: 200 GB (apply will fail)");
    await run("git", ["push", "-q", "--force", sim.gitUrl(OWNER, REPO), "bigger-db"], {
      cwd: workspace,
    });
    expect((await plan()).code).toBe(0);
    const merged = await merge();
    const first = await apply(merged);
    expect(first.code).toBe(1);
    expect(first.summary).toContain("replayed apply failure");
    expect((await statusFile(STACK))?.pendingSince).toBe(base);
    // The next push changes something else; the stack is still pending since base, and the
    // review of the PR merged before it still covers it.
    await standin(STACK, { fixture: "tpc-0-create", planExit: 2 });
    const next = await gitCommit(workspace, "the apply failure is fixed");
    await run("git", ["push", "-q", sim.gitUrl(OWNER, REPO), "HEAD:main"], { cwd: workspace });
    const second = runAction("apply", {
      ...common(),
      eventName: "push",
      event: pushEvent({ after: next, before: merged, repository: `${OWNER}/${REPO}` }),
      sha: next,
      inputs: {
        binary: STANDIN,
        token: sim.token,
        "plan-author": sim.botLogin,
        "oidc-issuer": sim.oidc.issuer,
      },
    });
    const r = await second;
    expect(r.code, r.summary).toBe(0);
    expect(await applies()).toEqual([`infra/${STACK}`, `infra/${STACK}`]);
    const record = await statusFile(STACK);
    expect(record?.lastApplied).toMatchObject({ commit: next, result: "applied" });
    expect(record?.pendingSince).toBeUndefined();
  });

  it("the report of a fan-out names units whose job left no result", async () => {
    expect((await plan()).code).toBe(0);
    const sha = await merge();
    const results = await scratch("cn-apply-results-");
    const job = await apply(sha, {
      mode: "stack",
      stack: STACK,
      "results-dir": path.join(results, "apply-0"),
    });
    expect(job.code, job.stdout).toBe(0);
    const report = await apply(sha, {
      mode: "report",
      "results-dir": results,
      "expected-units": JSON.stringify([STACK, "stacks/foundation/jp1"]),
    });
    expect(report.code).toBe(1);
    expect(report.summary).toContain("`stacks/platform/jp1` | platform | ✅ applied");
    expect(report.summary).toContain("stacks/foundation/jp1: no result");
    const { data } = await (await import("../lib/github/client.ts"))
      .createGitHubClient({
        token: sim.token,
        baseUrl: sim.url,
        log: (await import("../lib/logger.ts")).silentLogger,
      })
      .rest.repos.getCombinedStatusForRef({ owner: OWNER, repo: REPO, ref: sha });
    expect(data.state).toBe("failure");
  });

  it("outputs one matrix per layer with the GitHub Environment of each stack", async () => {
    expect((await plan()).code).toBe(0);
    const sha = await merge();
    const r = await apply(sha, { mode: "matrix" });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs["has-platform"]).toBe("true");
    expect(r.outputs["has-foundation"]).toBe("false");
    expect(JSON.parse(r.outputs["matrix-platform"] ?? "{}").include[0]).toMatchObject({
      unit: STACK,
      environment: "cloudneutral-platform-prod",
    });
  });
});
