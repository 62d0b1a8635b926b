// Issue 12, "reviews that can be verified", end to end with the bundled actions and the
// local GitHub (its OIDC token service included): apply applies a plan only when the trusted
// workflow on the default branch attested the review record of the merged PR, and refuses,
// naming the check, every way a PR could forge or replay one.
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createGitHubClient } from "../lib/github/client.ts";
import { parseMarker, stickyMarker } from "../lib/github/sticky-comment.ts";
import { silentLogger } from "../lib/logger.ts";
import { parseRecord, readAttestation } from "../lib/review/record.ts";
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
const TRUSTED = `${OWNER}/${REPO}/.github/workflows/pr-review.yml@refs/heads/main`;
const CREATE = { fixture: "tpc-0-create", planExit: 2 };
const DELETE = { fixture: "tpc-2-delete", planExit: 2 };

let sim: GitHubSim;
let workspace: string;
let base: string;
let head: string;
let number: number;
let standinLog: string;

const standin = (config: object) =>
  writeFile(path.join(workspace, "infra", STACK, ".standin.json"), JSON.stringify(config));
const push = (...args: string[]) =>
  run("git", ["push", "-q", ...args, sim.gitUrl(OWNER, REPO), "bigger-db"], { cwd: workspace });
const gh = () =>
  createGitHubClient({ token: sim.token, baseUrl: sim.url, log: silentLogger, backoffMs: 1 });

async function applies(): Promise<number> {
  const text = await readFile(standinLog, "utf8").catch(() => "");
  return text
    .split("\n")
    .filter(Boolean)
    .filter((l) => JSON.parse(l).argv[0] === "apply").length;
}

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
      writeFile(path.join(dir, "infra", STACK, ".standin.json"), JSON.stringify(CREATE)),
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

/** plan-comment in a job whose OIDC token names `workflowRef` (the trusted one by default). */
const plan = (inputs: Record<string, string> = {}, workflowRef = TRUSTED) =>
  runAction("plan-comment", {
    ...common(),
    eventName: "pull_request_target",
    event: pullRequestEvent({
      number,
      head: { ref: "bigger-db", sha: head },
      base: { sha: base },
      user: "alice",
      repository: `${OWNER}/${REPO}`,
    }),
    sha: head,
    ref: "refs/heads/main",
    oidc: { sim: sim.oidc, workflowRef },
    inputs: { binary: STANDIN, token: sim.token, policy: "allow", attest: "true", ...inputs },
  });

/** The hash of the plan the stand-in makes now, without commenting. */
async function planHash(): Promise<string> {
  const r = await plan({ comment: "false", attest: "false" });
  expect(r.code, r.stdout).toBe(0);
  return JSON.parse(r.outputs.hashes ?? "{}")[STACK];
}

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
  sim.comments(OWNER, REPO, number).filter((c) => parseMarker(c.body)?.key === "plan");

/** The refusal apply recorded for the unit on the status branch. */
async function refusal(): Promise<string> {
  const record = await statusRecord(sim, { owner: OWNER, repo: REPO }, STACK);
  // Still the adoption's apply at base: nothing of the merge was applied.
  expect(record?.lastApplied).toMatchObject({ commit: base });
  return String(record?.lastFailure?.error);
}

/** Applies the merge, expecting the unit refused with `why` and nothing applied. */
async function expectRefused(why: string | RegExp): Promise<void> {
  const sha = await merge();
  const r = await apply(sha);
  expect(r.code, r.stdout).toBe(1);
  expect(r.summary).toContain("review is refused");
  expect(await refusal()).toMatch(why);
  expect(await applies()).toBe(0);
}

describe("apply accepts only attested reviews", () => {
  it("a second bot comment with another plan's hash, posted after the sticky one: refused", async () => {
    expect((await plan()).code).toBe(0);
    await standin(DELETE);
    const deleteHash = await planHash();
    // Any job with the PR's token posts as the bot.
    const body = `${stickyMarker("plan", { commit: head, hashes: { [STACK]: deleteHash }, entries: {} })}\nplan`;
    await gh().rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: number, body });
    expect(planComments()).toHaveLength(2);
    await expectRefused(
      /review is refused \(comment \d+: attestation: the plan comment carries no attested review record\)/,
    );
  });

  it("a record attested by a workflow of the PR's merge ref: refused", async () => {
    const mergeRef = `${OWNER}/${REPO}/.github/workflows/pr-review.yml@refs/pull/${number}/merge`;
    expect((await plan({}, mergeRef)).code).toBe(0);
    await expectRefused(
      `workflow: the token's workflow_ref is ${mergeRef}, not the trusted ${TRUSTED}`,
    );
  });

  it("a record edited after attestation: refused", async () => {
    expect((await plan()).code).toBe(0);
    await standin(DELETE);
    const deleteHash = await planHash();
    const [comment] = planComments();
    const meta = parseMarker(comment?.body) ?? {};
    const stored = readAttestation(meta);
    expect(stored).toBeDefined();
    const createHash = (meta.hashes as Record<string, string>)[STACK]!;
    const edit = (text: string) => text.replaceAll(createHash, deleteHash);
    const edited = {
      ...meta,
      hashes: { [STACK]: deleteHash },
      attestation: { ...stored, record: edit(stored!.record) },
    };
    const body = `${stickyMarker("plan", edited)}\n${comment!.body.split("\n").slice(1).join("\n")}`;
    await gh().rest.issues.updateComment({
      owner: OWNER,
      repo: REPO,
      comment_id: comment!.id,
      body,
    });
    await expectRefused(/audience: .*the record was changed after it was attested/);
  });

  it("a record from before the PR's last push: refused", async () => {
    expect((await plan()).code).toBe(0);
    const first = planComments()[0]!.body;
    const reviewed = head;
    // The PR moves on and is reviewed again…
    await writeFile(path.join(workspace, "NOTES.md"), "more\n");
    head = await gitCommit(workspace, "more");
    await push();
    expect((await plan()).code).toBe(0);
    // …then goes back to the first head (a force push, a second later than that review)
    // and replays its attested comment in place of the sticky one.
    await new Promise((r) => setTimeout(r, 1_100));
    await run("git", ["reset", "-q", "--hard", reviewed], { cwd: workspace });
    head = reviewed;
    await push("--force");
    const api = gh();
    await api.rest.issues.deleteComment({
      owner: OWNER,
      repo: REPO,
      comment_id: planComments()[0]!.id,
    });
    await api.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: number,
      body: first,
    });
    await expectRefused(
      /pushed-after: the record was attested at .*, before the PR's last push at /,
    );
  });

  it("a verdict of deny: refused", async () => {
    expect((await plan({ policy: "deny" })).code).toBe(0);
    await expectRefused("verdict: the policy verdict of the review is deny");
  });

  it("a correct attested review: applied exactly once; a re-run says already applied", async () => {
    const planned = await plan();
    expect(planned.code, planned.stdout).toBe(0);
    // The record names the PR, its head and base, the verdict and the hashes; the token is masked.
    const stored = readAttestation(parseMarker(planComments()[0]?.body));
    const record = parseRecord(stored?.record ?? "");
    expect(record).toEqual({
      repository: `${OWNER}/${REPO}`,
      pull: number,
      head,
      base,
      verdict: "allow",
      hashes: JSON.parse(planned.outputs.hashes ?? "{}"),
    });
    expect(planned.stdout).toContain(`::add-mask::${stored?.token}`);
    expect(planned.stdout.split(stored!.token)).toHaveLength(2);
    const sha = await merge();
    const r = await apply(sha);
    expect(r.code, r.stdout).toBe(0);
    expect(r.summary).toContain("✅ done");
    expect(await applies()).toBe(1);
    const job = await apply(sha, { mode: "stack", stack: STACK });
    expect(job.code, job.stdout).toBe(0);
    expect(job.stdout).toContain(`${STACK}: already applied at ${sha.slice(0, 12)}`);
    expect(await applies()).toBe(1);
  });
});
