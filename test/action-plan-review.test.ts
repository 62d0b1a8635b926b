// The PR workflow split by trust, with the bundled plan-comment action against the local
// GitHub: the untrusted half (pull_request, read-only) plans and writes artifacts without
// commenting; the trusted half (workflow_run) reads them as hostile input, checks with GitHub
// which PR they are for, and comments. Issue 12, test 12: poisoned artifacts (traversal,
// oversized, malformed JSON) end in a clear error and no comment.
import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseMarker } from "../lib/github/sticky-comment.ts";
import { readAttestation } from "../lib/review/record.ts";
import { issuerKeys, verifyAttestation } from "../lib/review/verify.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import { gitCheckout, gitCommit, openPullRequest, pullRequestEvent, runAction } from "./harness.ts";
import { ROOT, sampleRepo, scratch } from "./helpers.ts";

const run = promisify(execFile);
const OWNER = "cloudneutral";
const REPO = "platform";
/** pr-review.yml on the default branch: the workflow apply trusts to attest. */
const TRUSTED_REF = `${OWNER}/${REPO}/.github/workflows/pr-review.yml@refs/heads/main`;
const STANDIN = path.join(ROOT, "test/fixtures/bin/terraform");
const STACK = "stacks/platform/jp1";
const RESULT_FILE = `${STACK.replaceAll("/", "__")}.json`;

let sim: GitHubSim;
let workspace: string;
let base: string;
let head: string;
let number: number;
/** Where the trusted job downloads the artifacts: one folder per artifact. */
let artifacts: string;

beforeEach(async () => {
  sim = await startGitHubSim();
  await sim.createRepo(OWNER, REPO);
  workspace = await sampleRepo({ infra: true });
  base = await gitCheckout(workspace);
  await run("git", ["checkout", "-q", "-b", "bigger-db"], { cwd: workspace });
  const file = path.join(workspace, "platform-config/compositions/orders-db.yaml");
  const text = await readFile(file, "utf8");
  await writeFile(file, text.replace("allocated_storage: 100", "allocated_storage: 200"));
  await run("node", [path.join(ROOT, "dist/cli.js"), "render"], { cwd: workspace });
  await writeFile(
    path.join(workspace, "infra", STACK, ".standin.json"),
    JSON.stringify({ fixture: "tpc-0-create", planExit: 2 }),
  );
  head = await gitCommit(workspace, "orders-db: 200 GB");
  number = await openPullRequest(sim, workspace, {
    owner: OWNER,
    repo: REPO,
    head: "bigger-db",
    title: "orders-db: 200 GB",
    user: "alice",
  });
  artifacts = await scratch("cn-artifacts-");
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
});

/** pr.yml's plan job: the PR's code, a read-only token, results to a directory. */
const untrusted = () =>
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
    inputs: {
      binary: STANDIN,
      token: sim.token,
      comment: "false",
      "output-dir": path.join(artifacts, "cloudneutral-plan"),
    },
  });

/** pr.yml's render job: which PR the run was for. */
async function pullArtifact(facts: object = { number, head, base }): Promise<void> {
  await mkdir(path.join(artifacts, "cloudneutral-pull"), { recursive: true });
  await writeFile(path.join(artifacts, "cloudneutral-pull/pull.json"), JSON.stringify(facts));
}

/** pr-review.yml's job: workflow_run, on the default branch; the PR head is data. */
const trusted = (mode: "pull" | "review", inputs: Record<string, string> = {}) =>
  runAction("plan-comment", {
    ...common(),
    eventName: "workflow_run",
    event: {
      action: "completed",
      workflow_run: { id: 7, event: "pull_request", head_sha: head, head_branch: "bigger-db" },
      repository: { full_name: `${OWNER}/${REPO}`, default_branch: "main" },
    },
    sha: base,
    inputs: {
      mode,
      token: sim.token,
      "artifacts-dir": artifacts,
      head,
      policy: "allow",
      ...inputs,
    },
  });

const planComments = () =>
  sim.comments(OWNER, REPO, number).filter((c) => c.body.includes('"key":"plan"'));

const resultFile = () => path.join(artifacts, "cloudneutral-plan", RESULT_FILE);

/** The untrusted run's result for STACK: planned once, then reused at each test's head. */
let planned: Record<string, unknown> | undefined;

async function plannedArtifacts(): Promise<Record<string, unknown>> {
  if (!planned) {
    const r = await untrusted();
    expect(r.code, r.stdout).toBe(0);
    planned = JSON.parse(await readFile(resultFile(), "utf8"));
  }
  const result = { ...planned, commit: head };
  await mkdir(path.join(artifacts, "cloudneutral-plan"), { recursive: true });
  await writeFile(resultFile(), JSON.stringify(result));
  await pullArtifact();
  return result;
}

/** A refused run: failed, saying why, with nothing written to the PR. */
async function expectRefused(...messages: string[]) {
  const r = await trusted("review");
  expect(r.code, r.stdout).toBe(1);
  expect(r.stdout).toContain("::error::the plan artifacts are refused");
  for (const m of messages) expect(r.stdout).toContain(m);
  expect(sim.comments(OWNER, REPO, number)).toEqual([]);
}

describe("the untrusted half (pull_request)", () => {
  it("plans and writes one result per unit, and comments nothing", async () => {
    const r = await untrusted();
    expect(r.code, r.stdout).toBe(0);
    expect(await readdir(path.join(artifacts, "cloudneutral-plan"))).toEqual([RESULT_FILE]);
    const result = JSON.parse(await readFile(resultFile(), "utf8"));
    expect(result).toMatchObject({ id: STACK, status: "changes", commit: head });
    expect(JSON.parse(r.outputs.hashes ?? "{}")).toEqual({ [STACK]: result.hash });
    expect(sim.comments(OWNER, REPO, number)).toEqual([]);
  });
});

describe("the trusted half (workflow_run)", () => {
  it("confirms the PR with GitHub and comments from the artifacts, hashes unchanged", async () => {
    const result = await plannedArtifacts();
    const pull = await trusted("pull");
    expect(pull.code, pull.stdout).toBe(0);
    expect(pull.outputs).toMatchObject({ "pull-number": String(number), base });
    expect(sim.comments(OWNER, REPO, number)).toEqual([]);

    const r = await trusted("review");
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.outputs.hashes ?? "{}")).toEqual({ [STACK]: result.hash });
    const [comment] = planComments();
    expect(comment?.body).toContain("**1 stack(s)** · **+3** create");
    expect(comment?.body).toContain("policy: **allow**");
    expect(comment?.body).toContain(String(result.hash));
    expect(planComments()).toHaveLength(1);
  });

  it("runs as pr-review.yml does: default-branch workspace, PR head as data under pr/", async () => {
    await plannedArtifacts();
    // The job's workspace: the default branch's checkout, with the PR's head cloned into pr/.
    const job = await scratch("cn-trusted-job-");
    await run("git", ["clone", "-q", "--branch", "main", workspace, job]);
    await run("git", ["clone", "-q", workspace, path.join(job, "pr")]);
    await run("git", ["checkout", "-q", "--detach", head], { cwd: path.join(job, "pr") });
    const event = {
      action: "completed",
      workflow_run: { id: 7, event: "pull_request", head_sha: head, head_branch: "bigger-db" },
      repository: { full_name: `${OWNER}/${REPO}`, default_branch: "main" },
    };
    const step = (name: string, inputs: Record<string, string>) =>
      runAction(name, {
        ...common(),
        workspace: job,
        eventName: "workflow_run",
        event,
        sha: base,
        inputs: { token: sim.token, "repository-dir": "pr", ...inputs },
      });
    const pull = await step("plan-comment", { mode: "pull", "artifacts-dir": artifacts, head });
    expect(pull.code, pull.stdout).toBe(0);
    const policy = await step("policy-check", {
      "config-dir": "platform-config",
      "pull-number": pull.outputs["pull-number"]!,
      base: pull.outputs.base!,
      head,
    });
    expect(policy.outputs.decision, policy.stdout).toBeDefined();
    expect(
      sim.comments(OWNER, REPO, number).filter((c) => c.body.includes('"key":"policy"')),
    ).toHaveLength(1);
    // The review step as pr-review.yml runs it: attested with this workflow's OIDC token.
    const review = await runAction("plan-comment", {
      ...common(),
      workspace: job,
      eventName: "workflow_run",
      event,
      sha: base,
      oidc: { sim: sim.oidc, workflowRef: TRUSTED_REF },
      inputs: {
        token: sim.token,
        "repository-dir": "pr",
        mode: "review",
        "artifacts-dir": artifacts,
        head,
        policy: policy.outputs.decision!,
        attest: "true",
      },
    });
    expect(review.code, review.stdout).toBe(0);
    const body = planComments()[0]?.body ?? "";
    expect(body).toContain(`policy: **${policy.outputs.decision}**`);
    // What apply will check: the record names this PR, head and verdict, and its token verifies.
    const verified = await verifyAttestation(
      readAttestation(parseMarker(body)),
      {
        repository: `${OWNER}/${REPO}`,
        defaultBranch: "main",
        workflow: "pr-review.yml",
        issuer: sim.oidc.issuer,
        keys: issuerKeys(sim.oidc.issuer),
      },
      { number, head },
    );
    // Every check passes up to the verdict; apply refuses a review whose verdict is deny.
    expect(verified, JSON.stringify(verified)).toMatchObject(
      policy.outputs.decision === "deny"
        ? { ok: false, check: "verdict" }
        : { ok: true, record: { pull: number, head, verdict: policy.outputs.decision } },
    );
  });

  // A fork's PR is not simulated (the local GitHub has no forks): its comment's reason is
  // checked in test/plan-then-policy.test.ts. A branch of this repository is always planned.
  it("a PR of this repository whose plans are missing: the comment says so, and the step fails", async () => {
    await pullArtifact();
    const r = await trusted("review");
    expect(r.code, r.stdout).toBe(1);
    expect(JSON.parse(r.outputs.hashes ?? "{}")).toEqual({});
    expect(JSON.parse(r.outputs.failed ?? "[]")).toContain(STACK);
    expect(planComments()[0]?.body).toContain("no plan of this head was found");
  });

  it("believes no artifact about which PR or commit it is for", async () => {
    await pullArtifact({ number: 999, head, base });
    const missing = await trusted("review");
    expect(missing.code).toBe(1);
    await pullArtifact({ number, head: base, base });
    const otherHead = await trusted("review");
    expect(otherHead.code).toBe(1);
    expect(otherHead.stdout).toContain(`the artifacts are for ${base.slice(0, 12)}`);
    expect(planComments()).toEqual([]);
  });
});

describe("poisoned artifacts (issue 12, test 12): a clear error and no comment", () => {
  it("a symbolic link out of the artifact (traversal)", async () => {
    await plannedArtifacts();
    const outside = path.join(await scratch("cn-outside-"), "secret.json");
    await writeFile(outside, "{}");
    await symlink(outside, path.join(artifacts, "cloudneutral-plan", "evil.json"));
    await expectRefused("cloudneutral-plan/evil.json: a symbolic link, not a regular file");
  });

  it("a linked artifact folder, and entries outside the expected layout", async () => {
    await plannedArtifacts();
    await symlink("/etc", path.join(artifacts, "cloudneutral-extra"));
    await mkdir(path.join(artifacts, "cloudneutral-plan", "nested"));
    await expectRefused(
      "cloudneutral-extra: a symbolic link not expected here",
      "cloudneutral-plan/nested: a directory, not a regular file",
    );
  });

  it("a unit id that climbs out (../) or carries markup", async () => {
    const result = await plannedArtifacts();
    await writeFile(resultFile(), JSON.stringify({ ...result, id: "../../etc/passwd" }));
    await writeFile(
      path.join(artifacts, "cloudneutral-plan", "b.json"),
      JSON.stringify({ ...result, id: "stacks/platform/<img src=x>" }),
    );
    await expectRefused(`cloudneutral-plan/${RESULT_FILE}: /id:`, "cloudneutral-plan/b.json: /id:");
  });

  it("an oversized file", async () => {
    const result = await plannedArtifacts();
    await writeFile(resultFile(), JSON.stringify({ ...result, text: "x".repeat(5 * 1024 * 1024) }));
    await expectRefused(
      `cloudneutral-plan/${RESULT_FILE}:`,
      "more than the 4194304 allowed per file",
    );
  });

  it("a plan shown that is not the plan hashed (the +3 create comment over a delete hash)", async () => {
    const result = await plannedArtifacts();
    await writeFile(resultFile(), JSON.stringify({ ...result, hash: "0".repeat(64) }));
    await expectRefused(
      `cloudneutral-plan/${RESULT_FILE}: its hash is not the hash of the plan it carries`,
    );
  });

  it("malformed JSON", async () => {
    await plannedArtifacts();
    await writeFile(resultFile(), '{"id": "stacks/platform/jp1", "status": ');
    await expectRefused(`cloudneutral-plan/${RESULT_FILE}: not valid JSON`);
  });

  it("JSON of the wrong shape: an unknown field, a wrong type, a hash that is not one", async () => {
    const result = await plannedArtifacts();
    await writeFile(
      resultFile(),
      JSON.stringify({
        ...result,
        extra: 1,
        counts: { ...(result.counts as object), create: "3" },
      }),
    );
    await writeFile(
      path.join(artifacts, "cloudneutral-plan", "c.json"),
      JSON.stringify({ ...result, id: "stacks/platform/jp2", hash: "--> <img src=x>" }),
    );
    await pullArtifact({ number: String(number), head, base });
    await expectRefused(
      "cloudneutral-pull/pull.json: /number:",
      `cloudneutral-plan/${RESULT_FILE}: /extra: Unexpected property`,
      `cloudneutral-plan/${RESULT_FILE}: /counts/create:`,
      "cloudneutral-plan/c.json: /hash:",
    );
  });
});
