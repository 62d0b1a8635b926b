// The autoscaler merging its own pull request (issue 13, test 6), with the bundled action on
// its cron against the local GitHub and a real Prometheus: a scale-up PR is merged on a later
// run only once the trusted workflow's `cloudneutral/policy` status is success on its head and
// every check on it (and every check the base's protection requires) is green; missing or
// failed policy, pending or failed checks, someone else's push and a head that moves during
// the merge each leave it open with the reason in the summary and outputs. A scale-down waits
// for a person under `auto-merge: scale-up` and is merged under `all`. Then test 5, the whole
// loop: a series rises, the PR is judged pre-authorised by pr.yml and pr-review.yml, the next
// run merges it, apply applies the node-pool stack (Terraform stand-in), and the run after
// proposes nothing.
//
// The bundled action runs where its wiring is what is tested (inputs, outputs, summary, the
// first proposal and the merge); the states in between, and the refusals, are the same run in
// process (proposeAutoscale, as the action calls it, and autoscaleMarkdown for its summary).
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mergeOwnPull } from "../lib/autoscale/merge.ts";
import { proposeAutoscale } from "../lib/autoscale/propose.ts";
import { autoscaleMarkdown } from "../lib/autoscale/report.ts";
import type { AutoMerge } from "../lib/autoscale/types.ts";
import { createGitHubClient, type GitHub } from "../lib/github/client.ts";
import { silentLogger } from "../lib/logger.ts";
import { nodePool } from "./autoscale-series.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import { type ActionRun, gitCheckout, gitCommit, pushEvent, runAction } from "./harness.ts";
import { ROOT, sampleRepo, scratch } from "./helpers.ts";
import { type PullRef, prWorkflows } from "./pr-workflows.ts";
import { type Series, startPrometheus } from "./prometheus/server.ts";
import { adoptedStatus } from "./status-records.ts";

const git = promisify(execFile);
const OWNER = "cloudneutral";
const REPO = "platform";
const FILE = "infra/node-pool/jp1.tfvars";
const BRANCH = "cloudneutral/autoscale/jp1";
const POLICY = "cloudneutral/policy";

let sim: GitHubSim;
let gh: GitHub;
let workspace: string;

beforeEach(async () => {
  sim = await startGitHubSim();
  await sim.createRepo(OWNER, REPO);
  workspace = await sampleRepo({ infra: true });
  await gitCheckout(workspace);
  await push();
  gh = createGitHubClient({
    token: sim.token,
    baseUrl: sim.url,
    log: silentLogger,
    backoffMs: 10,
    minWriteIntervalMs: 0,
  });
});

afterEach(async () => {
  expect(sim.openapiErrors).toEqual([]);
  await sim.close();
});

async function push(): Promise<void> {
  await git("git", ["push", "-q", "--force", sim.gitUrl(OWNER, REPO), "main"], {
    cwd: workspace,
  });
}

/** One cron run against a Prometheus whose history ends five seconds before it. */
async function cron(
  history: (end: number) => Series[],
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  const prom = await startPrometheus(history(Math.floor(Date.now() / 1000) - 5));
  try {
    const run = await runAction("autoscale-propose", {
      workspace,
      inputs: { "prometheus-url": prom.url, regions: "jp1", ...inputs },
      apiUrl: sim.url,
      token: sim.token,
      repository: `${OWNER}/${REPO}`,
      eventName: "schedule",
    });
    expect(run.code, run.stdout).toBe(0);
    return run;
  } finally {
    await prom.stop();
  }
}

/**
 * The cron run in process, against a Prometheus whose history ends five seconds before it:
 * proposeAutoscale with what the action passes it (the checkout's platform-config and infra,
 * the default interval), and the summary the action writes.
 */
async function judge(
  history: (end: number) => Series[],
  autoMerge: AutoMerge = "scale-up",
): Promise<{
  decision: Awaited<ReturnType<typeof proposeAutoscale>>["regions"][number];
  summary: string;
}> {
  const prom = await startPrometheus(history(Math.floor(Date.now() / 1000) - 5));
  const result = await proposeAutoscale({
    configDir: "platform-config",
    infraDir: "infra",
    repoDir: workspace,
    regions: ["jp1"],
    prometheusUrl: prom.url,
    dryRun: false,
    github: { gh, repo: { owner: OWNER, repo: REPO }, base: "main" },
    intervalSeconds: 300,
    autoMerge,
    log: silentLogger,
  }).finally(() => prom.stop());
  expect(result.regions).toHaveLength(1);
  expect(result.regions[0]!.outcome).not.toBe("failed");
  return { decision: result.regions[0]!, summary: autoscaleMarkdown(result) };
}

const busy =
  (load: number, nodes = 3) =>
  (end: number) =>
    nodePool(end, load, "jp1", nodes);
const decision = (r: ActionRun) => JSON.parse(r.outputs.decisions ?? "null")[0];
const merged = (r: ActionRun) => JSON.parse(r.outputs.merged ?? "null");
const pr = (number = 1) => sim.pulls(OWNER, REPO).find((p) => p.number === number)!;

async function fileAt(ref: string, file = FILE): Promise<string | undefined> {
  try {
    const { data } = await gh.rest.repos.getContent({ owner: OWNER, repo: REPO, path: file, ref });
    return Buffer.from((data as { content: string }).content, "base64").toString("utf8");
  } catch {
    return undefined;
  }
}

/** What the trusted workflow (or any other check) reports on the PR's head. */
async function setStatus(
  context: string,
  state: "success" | "failure" | "error" | "pending",
  description?: string,
) {
  await gh.rest.repos.createCommitStatus({
    owner: OWNER,
    repo: REPO,
    sha: pr().head.sha,
    state,
    context,
    ...(description === undefined ? {} : { description }),
  });
}

async function checkRun(name: string, conclusion?: "success" | "failure"): Promise<void> {
  await gh.rest.checks.create({
    owner: OWNER,
    repo: REPO,
    name,
    head_sha: pr().head.sha,
    ...(conclusion ? { status: "completed", conclusion } : { status: "in_progress" }),
  });
}

describe("autoscale-propose auto-merge (bundled, local GitHub, real Prometheus)", () => {
  it("merges its scale-up PR on a later run only once it is pre-authorised and every check is green", async () => {
    // 0.75 of 6 CPUs busy vs the target 0.6: 3 → 4.
    const opened = await cron(busy(0.75));
    expect(decision(opened)).toMatchObject({ current: 3, desired: 4, outcome: "created" });
    expect(decision(opened).merge).toBeUndefined();
    expect(merged(opened)).toEqual([]);
    sim.protectBranch(OWNER, REPO, "main", { contexts: [POLICY, "plan"] });

    // Each run (in process): the same PR, left open, saying why.
    const notYet = async (reason: RegExp) => {
      const run = await judge(busy(0.75));
      expect(run.decision).toMatchObject({
        desired: 4,
        outcome: "unchanged",
        pull: 1,
        merge: { merged: false, reason: expect.stringMatching(reason) },
      });
      expect(run.summary).toMatch(/\| `jp1` \| 3 \| 4 \| 4 \| PR unchanged \| #1 \|/);
      expect(run.summary).toContain("not merged:");
      expect(pr()).toMatchObject({ state: "open", merged: false });
      return run;
    };
    await notYet(/^not pre-authorised yet: no cloudneutral\/policy status on the head/);
    await setStatus(POLICY, "failure", "deny: gate/approvals: 0 of 1 required");
    await notYet(
      /^not pre-authorised: cloudneutral\/policy is failure \(deny: gate\/approvals: 0 of 1 required\) on the head; a person reviews it$/,
    );
    await setStatus(POLICY, "error");
    await notYet(/^not pre-authorised: cloudneutral\/policy is error on the head/);
    await setStatus(POLICY, "success");
    await notYet(/^waiting for plan \(required, not reported\); the next run looks again$/);
    await checkRun("plan");
    await notYet(/^waiting for plan \(pending\)/);
    await checkRun("plan", "failure");
    await notYet(/^failed check plan; left for a person$/);
    // The plan re-run passes: only the newest run of a name counts. Another status is pending.
    await checkRun("plan", "success");
    await setStatus("lint", "pending");
    await notYet(/^waiting for lint \(pending\)/);
    await setStatus("lint", "success");

    // The bundled action again: its outputs and summary when it merges.
    const head = pr().head.sha;
    const run = await cron(busy(0.75));
    expect(decision(run)).toMatchObject({
      current: 3,
      desired: 4,
      outcome: "merged",
      merge: {
        merged: true,
        reason: expect.stringContaining(`every check green on ${head.slice(0, 7)}`),
      },
    });
    expect(pr()).toMatchObject({ state: "closed", merged: true });
    expect(merged(run)).toEqual([{ region: "jp1", number: 1, sha: pr().merge_commit_sha }]);
    expect(run.summary).toContain("| `jp1` | 3 | 4 | 4 | PR merged | #1 |");
    expect(run.summary).toMatch(/3 → 4: &#35;1 merged: pre-authorised \(cloudneutral\/policy\)/);
    // Squashed onto main with the head it judged: exactly the count changed.
    expect(await fileAt("main")).toBe(await fileAt(head));
    expect(await fileAt("main")).toMatch(/^node_count = 4$/m);
    const { data: tip } = await gh.rest.repos.getCommit({ owner: OWNER, repo: REPO, ref: "main" });
    expect(tip.commit.message.split("\n")[0]).toBe("autoscale(jp1): 3 → 4 nodes (#1)");
    expect(tip.parents).toHaveLength(1);
    const status = JSON.parse((await fileAt("cloudneutral/status", "autoscale/jp1.json")) ?? "{}");
    expect(status.pull).toBeUndefined();
  }, 240_000);

  it("never merges a PR someone else pushed to", async () => {
    expect((await judge(busy(0.75))).decision.outcome).toBe("created");
    await setStatus(POLICY, "success");
    const mine = await sim.commit(
      OWNER,
      REPO,
      BRANCH,
      { [FILE]: "node_count = 6\n" },
      "six",
      "alice",
    );
    await setStatus(POLICY, "success"); // on alice's head now: still not the bot's
    const blocked = await judge(busy(0.75));
    expect(blocked.decision).toMatchObject({ outcome: "blocked" });
    expect(blocked.decision.merge).toBeUndefined();
    expect(pr()).toMatchObject({ state: "open", merged: false, head: { sha: mine } });
  }, 120_000);

  it("a push during the merge: GitHub refuses the judged head (409) and the next run retries", async () => {
    expect((await judge(busy(0.75))).decision.outcome).toBe("created");
    await setStatus(POLICY, "success");
    // Someone pushes to the bot's branch right before the merge request arrives.
    sim.faults.add({
      method: "PUT",
      path: /\/pulls\/1\/merge$/,
      kind: "move-ref-before",
      ref: BRANCH,
    });
    const raced = await judge(busy(0.75));
    expect(raced.decision).toMatchObject({
      outcome: "unchanged",
      merge: {
        merged: false,
        reason: expect.stringMatching(
          /^GitHub refused the merge \(HTTP 409: Head branch was modified.*\); not merged, the next run retries$/,
        ),
      },
    });
    expect(pr()).toMatchObject({ state: "open", merged: false });
    expect(sim.requests.filter((r) => r.method === "PUT" && r.status === 409)).toHaveLength(1);
    // The pushed commit is a person's: the next run leaves the PR alone.
    expect((await judge(busy(0.75))).decision).toMatchObject({ outcome: "blocked" });
    expect(pr().merged).toBe(false);
  }, 120_000);

  it("a scale-down waits for a person with auto-merge: scale-up, and is merged with all", async () => {
    // Six nodes by hand, now nearly idle; the last run already recommended three.
    await writeFile(path.join(workspace, FILE), "node_count = 6\n");
    await gitCommit(workspace, "jp1: 6 for the sale");
    await push();
    const at = new Date(Date.now() - 60_000).toISOString();
    await sim.commit(
      OWNER,
      REPO,
      "cloudneutral/status",
      {
        "autoscale/jp1.json": JSON.stringify({
          region: "jp1",
          recommendations: [{ at, nodes: 3 }],
        }),
      },
      "autoscale(jp1): earlier run",
    );
    const idle = busy(0.2, 6);
    const opened = await judge(idle);
    expect(opened.decision).toMatchObject({ current: 6, desired: 3, outcome: "created" });
    await setStatus(POLICY, "success");

    const waits = await judge(idle);
    expect(waits.decision).toMatchObject({
      outcome: "unchanged",
      merge: { merged: false, reason: "a scale-down waits for a person (auto-merge: scale-up)" },
    });
    expect(waits.summary).toContain("not merged: a scale-down waits for a person");
    expect(pr()).toMatchObject({ state: "open", merged: false });

    const off = await judge(idle, "none");
    expect(off.decision.merge).toEqual({
      merged: false,
      reason: "auto-merge is none: a person merges it",
    });

    // The bundled action: the input reaches the decision.
    const all = await cron(idle, { "auto-merge": "all" });
    expect(decision(all)).toMatchObject({
      current: 6,
      desired: 3,
      outcome: "merged",
      merge: { merged: true, reason: expect.stringMatching(/a scale-down \(auto-merge: all\)$/) },
    });
    expect(pr()).toMatchObject({ state: "closed", merged: true });
    expect(await fileAt("main")).toBe("node_count = 3\n");
  }, 240_000);

  it("an unknown auto-merge mode is an input error and nothing is written", async () => {
    const prom = await startPrometheus(nodePool(Math.floor(Date.now() / 1000) - 5, 0.75));
    try {
      const run = await runAction("autoscale-propose", {
        workspace,
        inputs: { "prometheus-url": prom.url, regions: "jp1", "auto-merge": "always" },
        apiUrl: sim.url,
        token: sim.token,
        repository: `${OWNER}/${REPO}`,
        eventName: "schedule",
      });
      expect(run.code).toBe(1);
      expect(run.annotations).toContainEqual(
        expect.objectContaining({
          kind: "error",
          message: expect.stringContaining(
            'input "auto-merge" must be one of none, scale-up, all, not "always"',
          ),
        }),
      );
      expect(sim.requests.filter((r) => r.method !== "GET")).toEqual([]);
    } finally {
      await prom.stop();
    }
  });
});

describe("mergeOwnPull: only the autoscaler's own PR, as it wrote it", () => {
  const deps = () => ({ gh, repo: { owner: OWNER, repo: REPO }, base: "main" });
  const request = (pull: { head?: string; author?: string }, mode = "scale-up" as const) => ({
    region: "jp1",
    current: 3,
    pull: { number: 1, desired: 4, ...pull },
    mode,
  });
  const merges = () => sim.requests.filter((r) => r.method === "PUT");

  beforeEach(async () => {
    await sim.commit(OWNER, REPO, BRANCH, { [FILE]: "node_count = 4\n" }, "four", sim.botLogin);
  });

  async function green(): Promise<string> {
    const sha = pr().head.sha;
    await gh.rest.repos.createCommitStatus({
      owner: OWNER,
      repo: REPO,
      sha,
      state: "success",
      context: POLICY,
    });
    return sha;
  }

  it("not a PR someone else opened from the bot's branch", async () => {
    sim.createPull(OWNER, REPO, { head: BRANCH, base: "main", title: "four", user: "mallory" });
    const head = await green();
    expect(await mergeOwnPull(deps(), request({ head, author: sim.botLogin }))).toEqual({
      merged: false,
      reason: `#1 was opened by mallory, not by the autoscaler (${sim.botLogin})`,
    });
    expect(merges()).toEqual([]);
  });

  it("not a head other than the one it recorded writing, nor one it has no record of", async () => {
    await gh.rest.pulls.create({
      owner: OWNER,
      repo: REPO,
      head: BRANCH,
      base: "main",
      title: "four",
    });
    const head = await green();
    const mine = "0123456789abcdef0123456789abcdef01234567";
    expect(await mergeOwnPull(deps(), request({ head: mine, author: sim.botLogin }))).toEqual({
      merged: false,
      reason: `its head moved to ${head.slice(0, 7)} since the autoscaler wrote 0123456: someone else pushed; a person merges it`,
    });
    expect((await mergeOwnPull(deps(), request({ author: sim.botLogin }))).reason).toMatch(
      /^the autoscaler has no record of writing its head/,
    );
    expect(merges()).toEqual([]);
    // As recorded: merged.
    expect(await mergeOwnPull(deps(), request({ head, author: sim.botLogin }))).toMatchObject({
      merged: true,
    });
  });

  it("waits for a check a repository ruleset requires, as for one branch protection requires", async () => {
    await gh.rest.pulls.create({
      owner: OWNER,
      repo: REPO,
      head: BRANCH,
      base: "main",
      title: "four",
    });
    const head = await green();
    sim.protectBranch(OWNER, REPO, "main", { contexts: ["render"], ruleset: true });
    expect(await mergeOwnPull(deps(), request({ head, author: sim.botLogin }))).toEqual({
      merged: false,
      reason: "waiting for render (required, not reported); the next run looks again",
    });
    await gh.rest.repos.createCommitStatus({
      owner: OWNER,
      repo: REPO,
      sha: head,
      state: "success",
      context: "render",
    });
    expect(await mergeOwnPull(deps(), request({ head, author: sim.botLogin }))).toMatchObject({
      merged: true,
    });
  });

  it("not a PR against another base", async () => {
    await sim.commit(OWNER, REPO, "release", { "README.md": "release\n" }, "release branch");
    await gh.rest.pulls.create({
      owner: OWNER,
      repo: REPO,
      head: BRANCH,
      base: "release",
      title: "four",
    });
    const head = await green();
    expect((await mergeOwnPull(deps(), request({ head, author: sim.botLogin }))).reason).toBe(
      `#1 is not the autoscaler's: it is ${OWNER}:${BRANCH} → release, not ${BRANCH} → main`,
    );
    expect(merges()).toEqual([]);
  });
});

describe("the whole autoscale loop (issue 13, test 5)", () => {
  const STANDIN = path.join(ROOT, "test/fixtures/bin/terraform");
  const NODE_POOL_STACK = "stacks/k8s-base/jp1";

  /** The checkout at GitHub's main, as the next scheduled or push job checks it out. */
  async function checkoutMain(): Promise<string> {
    await git("git", ["fetch", "-q", sim.gitUrl(OWNER, REPO), "main"], { cwd: workspace });
    await git("git", ["checkout", "-q", "--detach", "FETCH_HEAD"], { cwd: workspace });
    return (await git("git", ["rev-parse", "HEAD"], { cwd: workspace })).stdout.trim();
  }

  it("a series rises, the PR is opened, pre-authorised, merged by the autoscaler, applied; then nothing more is proposed", async () => {
    const standinLog = path.join(await scratch("cn-standin-log-"), "calls.jsonl");
    // The node-pool stack's plan, replayed by the Terraform stand-in (committed on main).
    await writeFile(
      path.join(workspace, "infra", NODE_POOL_STACK, ".standin.json"),
      JSON.stringify({ fixture: "tpc-1-modify", planExit: 2 }),
    );
    const before = await gitCommit(workspace, "the Terraform stand-in for k8s-base/jp1");
    await push();
    // A repository that has adopted CloudNeutral: every unit applied at `before`, so that apply
    // plans only what the merge changes (the autoscaler keeps its files on the same branch).
    await adoptedStatus(sim, { owner: OWNER, repo: REPO, workspace, commit: before });

    // 1. A Prometheus series rises: 0.75 of 6 CPUs busy vs the target 0.6 → 4 nodes.
    const opened = await cron(busy(0.75));
    expect(decision(opened)).toMatchObject({ current: 3, desired: 4, outcome: "created" });
    expect(pr()).toMatchObject({ user: { login: sim.botLogin }, head: { ref: BRANCH } });

    // 2. pr.yml plans the PR's head; pr-review.yml judges it: pre-authorised, allow, the
    //    status cloudneutral/policy success on the head, the review attested.
    const prSpace = await scratch("cn-autoscale-pr-");
    await git("git", ["clone", "-q", "--branch", BRANCH, sim.gitUrl(OWNER, REPO), prSpace]);
    const ref: PullRef = { number: 1, branch: BRANCH, head: pr().head.sha, base: before };
    const flows = prWorkflows({
      sim,
      owner: OWNER,
      repo: REPO,
      workspace: prSpace,
      binary: STANDIN,
      // policy-check's autoscale-author: the login the local GitHub gives the autoscaler.
      env: { STANDIN_LOG: standinLog, "INPUT_AUTOSCALE-AUTHOR": sim.botLogin },
    });
    const planned = await flows.prRun(ref);
    expect(planned.plan.code, planned.plan.stdout).toBe(0);
    const judged = await flows.reviewJob(ref, { id: planned.id, event: "pull_request" });
    expect(judged.policy?.code, judged.policy?.stdout).toBe(0);
    expect(judged.policy?.outputs.decision).toBe("allow");
    expect(judged.policy?.summary).toContain("AutoscalePolicy/jp1-nodes");
    expect(judged.review?.code, judged.review?.stdout).toBe(0);
    expect(sim.statuses(OWNER, REPO, ref.head).filter((s) => s.context === POLICY)).toEqual([
      expect.objectContaining({ state: "success" }),
    ]);

    // 3. The next autoscaler run merges it: pre-authorised, every check green (the verdict is
    //    a required check, as the README advises).
    sim.protectBranch(OWNER, REPO, "main", { contexts: [POLICY] });
    const merging = await cron(busy(0.75));
    expect(decision(merging)).toMatchObject({ current: 3, desired: 4, outcome: "merged" });
    expect(pr()).toMatchObject({ state: "closed", merged: true });

    // 4. apply on the merge (push to main): plans and applies the node-pool stack with the
    //    reviewed, attested plan; outside any maintenance window, as a pre-authorised count.
    const after = await checkoutMain();
    expect(after).toBe(pr().merge_commit_sha);
    const applied = await runAction("apply", {
      workspace,
      apiUrl: sim.url,
      token: sim.token,
      repository: `${OWNER}/${REPO}`,
      eventName: "push",
      event: pushEvent({ after, before, repository: `${OWNER}/${REPO}` }),
      sha: after,
      env: { STANDIN_LOG: standinLog },
      inputs: {
        binary: STANDIN,
        token: sim.token,
        "plan-author": sim.botLogin,
        "autoscale-author": sim.botLogin,
        "oidc-issuer": sim.oidc.issuer,
      },
    });
    expect(applied.code, applied.stdout).toBe(0);
    const calls = (await readFile(standinLog, "utf8"))
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { argv: string[]; cwd: string });
    expect(
      calls.filter((c) => c.argv[0] === "apply").map((c) => path.relative(workspace, c.cwd)),
    ).toEqual([`infra/${NODE_POOL_STACK}`]);
    const record = JSON.parse(
      (await fileAt("cloudneutral/status", `apply/${NODE_POOL_STACK}.json`)) ?? "{}",
    );
    expect(record.lastApplied).toMatchObject({ commit: after });

    // 5. The next autoscaler run: four nodes at the target, nothing to propose.
    const settled = await cron(busy(0.6, 4));
    expect(decision(settled)).toMatchObject({ current: 4, desired: 4, outcome: "steady" });
    expect(sim.pulls(OWNER, REPO)).toHaveLength(1);
  }, 300_000);
});
