// Issue 13, "the verdict follows the PR" and "plan, then policy", end to end with the bundled
// actions and the local GitHub: pr.yml plans a head once; an owner's review or a label makes
// pr-judge.yml run, and pr-review.yml judges again with the plans of pr.yml's run at that
// head (found through GitHub's list of runs), publishes `cloudneutral/policy` on the head and
// attests the verdict that saw the plans. Tests 1 and 2 of the issue, and the ways a PR could
// try to be judged without its plans, or with another head's.
import { execFile } from "node:child_process";
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitHubClient } from "../lib/github/client.ts";
import { parseMarker } from "../lib/github/sticky-comment.ts";
import { silentLogger } from "../lib/logger.ts";
import { parseRecord, type ReviewRecord, readAttestation } from "../lib/review/record.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import { gitCheckout, gitCommit, openPullRequest, pullRequestEvent, runAction } from "./harness.ts";
import { ROOT, sampleRepo, scratch } from "./helpers.ts";
import { type PullRef, prWorkflows } from "./pr-workflows.ts";

const run = promisify(execFile);
const OWNER = "cloudneutral";
const REPO = "platform";
const STANDIN = path.join(ROOT, "test/fixtures/bin/terraform");
const PLATFORM = "stacks/platform/jp1";
const FOUNDATION = "stacks/foundation/jp1";
const CONTEXT = "cloudneutral/policy";
// Measured: a plan run and two trusted jobs take about 20 s alone, 35 s beside other suites.
const TIMEOUT = 180_000;

let sim: GitHubSim;
let workspace: string;
let base: string;
let standinLog: string;
let flows: ReturnType<typeof prWorkflows>;

beforeEach(async () => {
  sim = await startGitHubSim();
  await sim.createRepo(OWNER, REPO);
  // bob and carol own acme (orders-db's tenant) and the platform (foundation, and the
  // stand-in's files under infra/ that no document accounts for).
  sim.addTeam("acme", "platform", ["bob", "carol"]);
  sim.addTeam("cloudneutral", "platform-team", ["bob", "carol"]);
  workspace = await sampleRepo({ infra: true });
  base = await gitCheckout(workspace);
  standinLog = path.join(await scratch("cn-standin-log-"), "calls.jsonl");
  flows = prWorkflows({
    sim,
    owner: OWNER,
    repo: REPO,
    workspace,
    binary: STANDIN,
    env: { STANDIN_LOG: standinLog },
  });
});

afterEach(async () => {
  expect(sim.openapiErrors).toEqual([]);
  await sim.close();
});

async function edit(file: string, from: string, to: string): Promise<void> {
  const full = path.join(workspace, file);
  const text = await readFile(full, "utf8");
  expect(text).toContain(from);
  await writeFile(full, text.replace(from, to));
}

/** What the stand-in terraform replays in `stack`: a real recorded plan. */
const standin = (stack: string, fixture: string) =>
  writeFile(
    path.join(workspace, "infra", stack, ".standin.json"),
    JSON.stringify({ fixture, planExit: 2 }),
  );

/** A branch off main with `change` rendered and committed, opened as alice's PR. */
async function openPr(branch: string, title: string, change: () => Promise<void>) {
  await run("git", ["checkout", "-q", "-b", branch, "main"], { cwd: workspace });
  await change();
  await run("node", [path.join(ROOT, "dist/cli.js"), "render"], { cwd: workspace });
  const head = await gitCommit(workspace, title);
  const number = await openPullRequest(sim, workspace, {
    owner: OWNER,
    repo: REPO,
    head: branch,
    title,
    user: "alice",
  });
  return { number, branch, head, base } satisfies PullRef;
}

/** orders-db grows: the platform stack of jp1 changes; the stand-in replays `fixture`. */
const biggerDb = (fixture: string) =>
  openPr("bigger-db", "orders-db: 200 GB", async () => {
    await edit(
      "platform-config/compositions/orders-db.yaml",
      "allocated_storage: 100",
      "allocated_storage: 200",
    );
    await standin(PLATFORM, fixture);
  });

const approve = (pr: PullRef, ...users: string[]) => {
  for (const user of users)
    sim.addReview(OWNER, REPO, pr.number, { user, state: "APPROVED", commit_id: pr.head });
};

const status = (pr: PullRef) =>
  sim
    .statuses(OWNER, REPO, pr.head)
    .filter((s) => s.context === CONTEXT)
    .at(-1);

const policyComments = (pr: PullRef) =>
  sim.comments(OWNER, REPO, pr.number).filter((c) => parseMarker(c.body)?.key === "policy");

/** The review record attested in the plan comment. */
function record(pr: PullRef): Partial<ReviewRecord> {
  const plan = sim
    .comments(OWNER, REPO, pr.number)
    .filter((c) => parseMarker(c.body)?.key === "plan");
  expect(plan).toHaveLength(1);
  const parsed = parseRecord(readAttestation(parseMarker(plan[0]!.body))?.record ?? "");
  return typeof parsed === "string" ? {} : parsed;
}

const denies = (r: { outputs: Record<string, string> } | undefined) =>
  (JSON.parse(r?.outputs.results ?? "[]") as { rule: string; object: string; severity: string }[])
    .filter((x) => x.severity === "deny")
    .map((x) => `${x.rule} ${x.object}`)
    .sort();

async function terraformPlans(): Promise<number> {
  const text = await readFile(standinLog, "utf8").catch(() => "");
  return text
    .split("\n")
    .filter(Boolean)
    .filter((l) => JSON.parse(l).argv[0] === "plan").length;
}

const gh = () =>
  createGitHubClient({ token: sim.token, baseUrl: sim.url, log: silentLogger, backoffMs: 1 });

describe("the verdict follows the PR (issue 13, test 1)", () => {
  it(
    "denied for approvals; owners approve; the review's re-judge flips it to allow with no push and no plan",
    async () => {
      const pr = await biggerDb("tpc-0-create");
      const planned = await flows.prRun(pr);
      expect(planned.plan.code, planned.plan.stdout).toBe(0);
      const first = await flows.reviewJob(pr, { id: planned.id, event: "pull_request" });
      expect(first.pull?.outputs).toMatchObject({
        judge: "true",
        "plan-run-id": String(planned.id),
      });
      expect(first.policy?.outputs.decision).toBe("deny");
      expect(denies(first.policy)).toEqual(["gate/approvals pull request"]);
      expect(first.review?.code, first.review?.stdout).toBe(0);
      expect(status(pr)).toMatchObject({
        state: "failure",
        description: expect.stringMatching(/^deny: gate\/approvals: 0 of 2 required/),
        target_url: expect.stringMatching(/\/cloudneutral\/platform\/actions\/runs\/\d+$/),
      });
      expect(record(pr)).toMatchObject({ head: pr.head, verdict: "deny" });
      const hashes = record(pr).hashes;
      expect(Object.keys(hashes ?? {})).toEqual([PLATFORM]);
      const plansBefore = await terraformPlans();
      expect(plansBefore).toBeGreaterThan(0);

      // The owners approve: GitHub runs pr-judge.yml for the review, then pr-review.yml.
      approve(pr, "bob", "carol");
      const judged = await flows.otherRun(pr, { event: "pull_request_review" });
      const second = await flows.reviewJob(pr, { id: judged, event: "pull_request_review" });
      // The plans judged are pr.yml's of this head, not the review run's (it has none).
      expect(second.pull?.outputs["plan-run-id"]).toBe(String(planned.id));
      expect(second.policy?.code, second.policy?.stdout).toBe(0);
      expect(second.policy?.outputs.decision).toBe("allow");
      expect(second.policy?.summary).toContain(`Plans judged: 1 unit(s) (\`${PLATFORM}\`)`);
      // The warning: the stand-in's file under infra/, which no document accounts for.
      expect(status(pr)).toMatchObject({ state: "success", description: "allow (1 warning(s))" });
      expect(sim.statuses(OWNER, REPO, pr.head).map((s) => s.state)).toEqual([
        "failure",
        "success",
      ]);
      // One sticky verdict comment, now allow; the record attests allow with the same plans.
      expect(policyComments(pr)).toHaveLength(1);
      expect(policyComments(pr)[0]!.body).toContain("Policy: ✅ allow");
      expect(policyComments(pr)[0]!.body).toContain("Approvals: 2 of 2 required — bob, carol");
      expect(record(pr)).toMatchObject({ head: pr.head, verdict: "allow", hashes });
      // Nothing was pushed, nothing planned again.
      expect(sim.pulls(OWNER, REPO).find((p) => p.number === pr.number)?.head.sha).toBe(pr.head);
      expect(await terraformPlans()).toBe(plansBefore);
    },
    TIMEOUT,
  );

  it(
    "a plan that destroys a foundation resource is denied; the allow-destroy label's re-judge flips it",
    async () => {
      const pr = await openPr("longer-ttl", "dns-zone: TTL 600", async () => {
        await edit(
          "platform-config/compositions/dns-zone.yaml",
          "default_ttl: 300",
          "default_ttl: 600",
        );
        await standin(FOUNDATION, "tpc-2-delete");
      });
      approve(pr, "bob", "carol");
      const planned = await flows.prRun(pr);
      expect(planned.plan.code, planned.plan.stdout).toBe(0);
      const first = await flows.reviewJob(pr, { id: planned.id, event: "pull_request" });
      // Only the plan shows it: the stack's files are updated, none deleted.
      expect(denies(first.policy)).toEqual([
        `gate/allow-destroy ${FOUNDATION}: local_file.test`,
        `gate/allow-destroy ${FOUNDATION}: local_file.test3`,
      ]);
      expect(status(pr)).toMatchObject({
        state: "failure",
        description: expect.stringContaining("gate/allow-destroy"),
      });
      expect(record(pr).verdict).toBe("deny");

      await gh().rest.issues.addLabels({
        owner: OWNER,
        repo: REPO,
        issue_number: pr.number,
        labels: ["allow-destroy"],
      });
      const labelled = await flows.otherRun(pr, { event: "pull_request" });
      const second = await flows.reviewJob(pr, { id: labelled, event: "pull_request" });
      expect(second.pull?.outputs["plan-run-id"]).toBe(String(planned.id));
      expect(second.policy?.outputs.decision, second.policy?.stdout).toBe("allow");
      expect(status(pr)).toMatchObject({ state: "success" });
      expect(record(pr).verdict).toBe("allow");
      expect(policyComments(pr)).toHaveLength(1);
    },
    TIMEOUT,
  );
});

describe("plan, then policy (issue 13, test 2)", () => {
  it(
    "a CEL resource rule denies a replace that only the plan shows",
    async () => {
      // On the base branch: platform resources are never replaced in place.
      await mkdir(path.join(workspace, "platform-config/policies"), { recursive: true });
      await writeFile(
        path.join(workspace, "platform-config/policies/no-replace.yaml"),
        [
          "apiVersion: cloudneutral.io/v1alpha1",
          "kind: Policy",
          "metadata:",
          "  name: no-platform-replace",
          "spec:",
          "  match:",
          "    kinds: [Resource]",
          "    lifecycles: [platform]",
          "  validations:",
          "    - expression: '!(\"delete\" in object.actions)'",
          "      message: platform resources are never destroyed or replaced in place",
          "",
        ].join("\n"),
      );
      base = await gitCommit(workspace, "policy: no platform replace");
      // The rendered change is an update of one input; the plan replaces two resources.
      const pr = await biggerDb("tpc-1-modify");
      approve(pr, "bob", "carol");

      // The rendered files alone: nothing for the rule to see.
      const filesOnly = await runAction("policy-check", {
        workspace,
        apiUrl: sim.url,
        token: sim.token,
        repository: `${OWNER}/${REPO}`,
        eventName: "pull_request",
        event: pullRequestEvent({
          number: pr.number,
          head: { ref: pr.branch, sha: pr.head },
          base: { sha: pr.base },
          user: "alice",
          repository: `${OWNER}/${REPO}`,
        }),
        sha: pr.head,
        inputs: { comment: "false" },
      });
      expect(filesOnly.outputs.decision, filesOnly.stdout).toBe("allow");

      const planned = await flows.prRun(pr);
      const job = await flows.reviewJob(pr, { id: planned.id, event: "pull_request" });
      expect(job.policy?.outputs.decision).toBe("deny");
      expect(denies(job.policy)).toEqual([
        "no-platform-replace/0 Resource/local_file.test",
        "no-platform-replace/0 Resource/local_file.test3",
      ]);
      expect(status(pr)).toMatchObject({
        state: "failure",
        description: expect.stringContaining("no-platform-replace/0"),
      });
      expect(record(pr).verdict).toBe("deny");
    },
    TIMEOUT,
  );
});

describe("a PR cannot be judged without its plans, or with another head's", () => {
  it(
    "plans of another head are never used: not the old head's run, not a new run replaying them",
    async () => {
      const pr = await biggerDb("tpc-0-create");
      approve(pr, "bob", "carol");
      const old = await flows.prRun(pr);
      // A push: a new head, approved again; pr.yml's run there left no plans.
      await writeFile(path.join(workspace, "NOTES.md"), "more\n");
      const moved = { ...pr, head: await gitCommit(workspace, "notes") };
      await run("git", ["push", "-q", sim.gitUrl(OWNER, REPO), moved.branch], { cwd: workspace });
      approve(moved, "bob", "carol");
      await flows.otherRun(moved, { event: "pull_request", path: ".github/workflows/pr.yml" });
      const judged = await flows.otherRun(moved, { event: "pull_request_review" });
      const first = await flows.reviewJob(moved, { id: judged, event: "pull_request_review" });
      // The old head's run, with plans, is not this head's.
      expect(first.pull?.outputs).toMatchObject({ judge: "true", "plan-run-id": "" });
      expect(first.policy?.outputs.decision).toBe("deny");
      expect(denies(first.policy)).toEqual([`plan/missing ${PLATFORM}`]);
      expect(status(moved)?.state).toBe("failure");

      // A newer run of pr.yml at the new head whose plan artifact carries the old plans.
      const replayed = await flows.otherRun(moved, {
        event: "pull_request",
        path: ".github/workflows/pr.yml",
        artifacts: ["cloudneutral-pull", "cloudneutral-plan"],
        write: async (dir) => {
          await cp(
            path.join(flows.store.get(old.id)!, "cloudneutral-plan"),
            path.join(dir, "cloudneutral-plan"),
            { recursive: true },
          );
          await mkdir(path.join(dir, "cloudneutral-pull"));
          await writeFile(
            path.join(dir, "cloudneutral-pull/pull.json"),
            JSON.stringify({ number: pr.number, head: moved.head, base: pr.base }),
          );
        },
      });
      const job = await flows.reviewJob(moved, { id: replayed, event: "pull_request" });
      expect(job.pull?.outputs["plan-run-id"]).toBe(String(replayed));
      expect(job.policy?.code).toBe(1);
      expect(job.policy?.stdout).toContain(
        `planned ${pr.head.slice(0, 12)}, not the head ${moved.head.slice(0, 12)}`,
      );
      expect(status(moved)).toMatchObject({
        state: "error",
        description: expect.stringMatching(
          /^policy could not judge: the plan artifacts are refused/,
        ),
      });
      // The review step refuses the same artifacts: nothing new is attested.
      expect(job.review?.code).toBe(1);
      expect(record(moved).verdict).toBe("deny");
    },
    TIMEOUT,
  );

  it(
    "a label's re-judge cannot skip the plans: an expired plan artifact, a plan in the label's own run",
    async () => {
      const pr = await biggerDb("tpc-0-create");
      approve(pr, "bob", "carol");
      // pr.yml's run at this head: its plans expired.
      await flows.otherRun(pr, {
        event: "pull_request",
        path: ".github/workflows/pr.yml",
        artifacts: ["cloudneutral-pull", { name: "cloudneutral-plan", expired: true }],
      });
      // The label's run (the PR's own pr-judge.yml) brings plans of its own: never looked at.
      const labelled = await flows.otherRun(pr, {
        event: "pull_request",
        artifacts: ["cloudneutral-pull", "cloudneutral-plan"],
      });
      const job = await flows.reviewJob(pr, { id: labelled, event: "pull_request" });
      expect(job.pull?.outputs).toMatchObject({ judge: "true", "plan-run-id": "" });
      expect(job.policy?.outputs.decision).toBe("deny");
      expect(denies(job.policy)).toEqual([`plan/missing ${PLATFORM}`]);
      expect(job.policy?.summary).toContain(`**1 without a plan**: \`${PLATFORM}\``);
      expect(status(pr)).toMatchObject({
        state: "failure",
        description: expect.stringContaining("plan/missing"),
      });
      expect(record(pr).verdict).toBe("deny");
    },
    TIMEOUT,
  );

  it(
    "a re-judge that cannot even say which PR replaces an earlier allow with error",
    async () => {
      const pr = await biggerDb("tpc-0-create");
      approve(pr, "bob", "carol");
      const planned = await flows.prRun(pr);
      await flows.reviewJob(pr, { id: planned.id, event: "pull_request" });
      expect(status(pr)?.state).toBe("success");
      // An approval is dismissed; the review's run uploads nothing (the PR edited pr-judge.yml).
      const sabotaged = await flows.otherRun(pr, {
        event: "pull_request_review",
        artifacts: [],
        write: async () => {},
      });
      const job = await flows.reviewJob(pr, { id: sabotaged, event: "pull_request_review" });
      expect(job.pull).toBeUndefined();
      expect(job.policy?.code).toBe(1);
      expect(job.review).toBeUndefined();
      expect(status(pr)).toMatchObject({
        state: "error",
        description: expect.stringContaining("no pull request to judge"),
      });
    },
    TIMEOUT,
  );

  it(
    "a review before pr.yml has checked the head waits for that run's own review",
    async () => {
      const pr = await biggerDb("tpc-0-create");
      const judged = await flows.otherRun(pr, { event: "pull_request_review" });
      const job = await flows.reviewJob(pr, { id: judged, event: "pull_request_review" });
      expect(job.pull?.code, job.pull?.stdout).toBe(0);
      expect(job.pull?.outputs).toMatchObject({ judge: "false", "plan-run-id": "" });
      expect(job.policy).toBeUndefined();
      expect(status(pr)).toBeUndefined();
      expect(sim.comments(OWNER, REPO, pr.number)).toEqual([]);
    },
    TIMEOUT,
  );
});
