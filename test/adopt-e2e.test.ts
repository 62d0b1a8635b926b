// Issue 15, "Adopt in 15 minutes", end to end against the local GitHub: `cloudneutral init` into
// a new repository, pushed; `doctor` lists what the loop still needs, the administrator sets it
// up through the API, `doctor` says ready; then the first pull request (the platform itself)
// goes through the PR loop and the apply loop as the reusable workflows run them — the bundled
// actions with the inputs cloudneutral-pr.yml, cloudneutral-pr-review.yml, cloudneutral-apply.yml
// and cloudneutral-apply-layer.yml give them, the review attested by the release's reusable
// workflow (its job_workflow_ref), which apply trusts by name.
import { execFile } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { VERSION } from "../cli/version.ts";
import { RELEASE_REPOSITORY, releaseTag } from "../lib/adopt/release.ts";
import { createGitHubClient } from "../lib/github/client.ts";
import { parseMarker } from "../lib/github/sticky-comment.ts";
import { silentLogger } from "../lib/logger.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import { gitCommit, pushEvent, runAction } from "./harness.ts";
import { cli, ROOT, scratch } from "./helpers.ts";
import { prWorkflows } from "./pr-workflows.ts";
import { statusRecord } from "./status-records.ts";

const run = promisify(execFile);
const OWNER = "acme";
const REPO = "platform";
const FULL = `${OWNER}/${REPO}`;
const STANDIN = path.join(ROOT, "test/fixtures/bin/terraform");
const REVIEW_WORKFLOW = `${RELEASE_REPOSITORY}/.github/workflows/cloudneutral-pr-review.yml@refs/tags/${releaseTag(VERSION)}`;
// Measured: 82 s on a busy 2-core machine (about fifteen bundled-action runs and git pushes).
const TIMEOUT = 300_000;

let sim: GitHubSim;
let work: string;

const gh = () =>
  createGitHubClient({ token: sim.token, baseUrl: sim.url, log: silentLogger, backoffMs: 1 });
const git = (...args: string[]) => run("git", args, { cwd: work });

/** What the reusable workflow's step passes to an action (`with:`), read from the file. */
async function stepInputs(file: string, job: string, mode?: string): Promise<string[]> {
  const wf = parse(await readFile(path.join(ROOT, ".github/workflows", file), "utf8")) as {
    jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
  };
  const step = (wf.jobs[job]?.steps ?? []).find(
    (s) => s.uses?.startsWith(`${RELEASE_REPOSITORY}/actions/`) && (!mode || s.with?.mode === mode),
  );
  return Object.keys(step?.with ?? {}).sort();
}

async function doctor() {
  vi.stubEnv("GITHUB_TOKEN", sim.token);
  vi.stubEnv("GITHUB_API_URL", sim.url);
  try {
    return await cli(
      "doctor",
      "--repo",
      FULL,
      "--config",
      path.join(work, "platform-config"),
      "--infra",
      path.join(work, "infra"),
    );
  } finally {
    vi.unstubAllEnvs();
  }
}

beforeAll(async () => {
  sim = await startGitHubSim();
  for (const u of ["alice", "bob", "carol"]) sim.addUser(u);
});

afterAll(async () => {
  expect(sim.openapiErrors).toEqual([]);
  await sim.close();
});

describe("adopting CloudNeutral in a new repository", () => {
  it(
    "init → push → doctor (missing) → set up → doctor (ready) → first PR → review → merge → apply",
    async () => {
      // A new repository on GitHub, cloned; init writes the platform into it.
      await sim.createRepo(OWNER, REPO);
      work = path.join(await scratch("cn-adopt-"), REPO);
      await run("git", ["clone", "-q", sim.gitUrl(OWNER, REPO), work]);
      for (const [k, v] of Object.entries({
        "user.name": "Alice",
        "user.email": "alice@acme.invalid",
        "commit.gpgsign": "false",
      }))
        await git("config", k, v);
      const init = await cli(
        "init",
        work,
        "--repository",
        FULL,
        "--providers",
        "aws",
        "--owner",
        "alice",
        "--owner",
        "bob",
      );
      expect(init.code, init.stderr).toBe(0);
      const render = await cli(
        "render",
        "--config",
        path.join(work, "platform-config"),
        "--out",
        path.join(work, "infra"),
      );
      expect(render.code, render.stdout).toBe(0);

      // The workflows go in first (the bootstrap commit); the platform comes as the first PR.
      await git("add", ".github");
      await git("commit", "-q", "-m", "CloudNeutral workflows");
      await git("push", "-q", "origin", "main");
      const base = (await git("rev-parse", "HEAD")).stdout.trim();

      const before = await doctor();
      expect(before.code, before.stdout).toBe(1);
      const fails = before.stdout.split("\n").filter((l) => l.startsWith("FAIL"));
      expect(fails).toEqual([
        "FAIL  secrets: secret CLOUDNEUTRAL_BACKUP_PUBLIC_KEY is not set",
        expect.stringMatching(
          /^FAIL {2}environments: Environment cloudneutral-foundation-dev does not exist/,
        ),
        expect.stringMatching(
          /^FAIL {2}environments: Environment cloudneutral-k8s-base-dev does not exist/,
        ),
        'FAIL  required-checks: main does not require the check "render (check)" (from the pr workflow: pr / render (check))',
        'FAIL  required-checks: main does not require the check "plan" (from the pr workflow: pr / plan)',
        'FAIL  required-checks: main does not require the check "cloudneutral/policy"',
        "FAIL  status-branch: the status branch cloudneutral/status does not exist yet, so nothing keeps others from writing it",
      ]);
      // Every finding says how to fix it.
      expect(before.stdout.match(/^ {6}fix: /gm)).toHaveLength(
        before.stdout.match(/^(FAIL|warn) /gm)!.length,
      );
      expect(before.stdout).toContain(
        `ok    .github/workflows/apply.yml calls cloudneutral-apply.yml@${releaseTag(VERSION)}`,
      );
      expect(before.stdout).toContain(`${FULL}: not ready: 7 problem(s) to fix`);

      // The administrator sets up what doctor asked for, through the API.
      const api = gh();
      const me = (await api.rest.users.getAuthenticated()).data;
      for (const environment_name of ["cloudneutral-foundation-dev", "cloudneutral-k8s-base-dev"])
        await api.rest.repos.createOrUpdateEnvironment({
          owner: OWNER,
          repo: REPO,
          environment_name,
          reviewers: [{ type: "User", id: me.id }],
        });
      await api.rest.repos.updateBranchProtection({
        owner: OWNER,
        repo: REPO,
        branch: "main",
        required_status_checks: {
          strict: false,
          contexts: ["pr / render (check)", "pr / plan", "cloudneutral/policy"],
        },
        enforce_admins: true,
        required_pull_request_reviews: null,
        restrictions: null,
      });
      // The status branch: an empty orphan commit, pushable by the workflows' app alone.
      const orphan = (
        await git("commit-tree", "4b825dc642cb6eb9a060e54bf8d69288fbee4904", "-m", "status")
      ).stdout.trim();
      await git("push", "-q", "origin", `${orphan}:refs/heads/cloudneutral/status`);
      await api.rest.repos.updateBranchProtection({
        owner: OWNER,
        repo: REPO,
        branch: "cloudneutral/status",
        required_status_checks: null,
        enforce_admins: true,
        required_pull_request_reviews: null,
        restrictions: { users: [], teams: [], apps: ["github-actions"] },
      });
      // Secrets are sealed to the repository's key on the client (libsodium's sealed box,
      // which no package here provides): the simulator keeps names only, so any bytes do.
      const { key_id } = (await api.rest.actions.getRepoPublicKey({ owner: OWNER, repo: REPO }))
        .data;
      const keys = generateKeyPairSync("rsa", {
        modulusLength: 2048,
        publicKeyEncoding: { type: "spki", format: "pem" },
        privateKeyEncoding: { type: "pkcs8", format: "pem" },
      });
      for (const secret_name of [
        "CLOUDNEUTRAL_BACKUP_PUBLIC_KEY",
        "CLOUDNEUTRAL_AUTOSCALE_CLIENT_ID",
        "CLOUDNEUTRAL_AUTOSCALE_APP_KEY",
      ])
        await api.rest.actions.createOrUpdateRepoSecret({
          owner: OWNER,
          repo: REPO,
          secret_name,
          key_id,
          encrypted_value: randomBytes(48).toString("base64"),
        });

      const after = await doctor();
      expect(after.stdout).not.toMatch(/^(FAIL|warn) /m);
      expect(after.stdout).toContain(`${FULL}: ready\n`);
      expect(after.code).toBe(0);

      // The first PR: the platform itself, by carol; alice and bob own it.
      await git("checkout", "-q", "-b", "platform");
      const head = await gitCommit(work, "The platform: one region on AWS, a sample service");
      await git("push", "-q", "origin", "platform");
      const number = sim.createPull(OWNER, REPO, {
        head: "platform",
        base: "main",
        title: "The platform",
        user: "carol",
      });
      const pr = { number, branch: "platform", head, base };
      const flows = prWorkflows({
        sim,
        owner: OWNER,
        repo: REPO,
        workspace: work,
        binary: STANDIN,
        jobWorkflowRef: REVIEW_WORKFLOW,
      });
      // cloudneutral-pr.yml's plan job (its inputs are the ones prRun gives, defaults aside).
      expect(await stepInputs("cloudneutral-pr.yml", "plan")).toEqual(
        expect.arrayContaining(["comment", "output-dir"]),
      );
      const planned = await flows.prRun(pr);
      expect(planned.plan.code, planned.plan.stdout).toBe(0);
      for (const user of ["alice", "bob"])
        sim.addReview(OWNER, REPO, number, { user, state: "APPROVED", commit_id: head });
      // cloudneutral-pr-review.yml's job, attested by the release's reusable workflow.
      const review = await flows.reviewJob(pr, { id: planned.id, event: "pull_request" });
      expect(review.policy?.code, review.policy?.stdout).toBe(0);
      expect(review.policy?.outputs.decision).toBe("allow");
      expect(review.review?.code, review.review?.stdout).toBe(0);
      expect(sim.statuses(OWNER, REPO, head).map((s) => [s.context, s.state])).toContainEqual([
        "cloudneutral/policy",
        "success",
      ]);
      const comment = sim
        .comments(OWNER, REPO, number)
        .find((c) => parseMarker(c.body)?.key === "plan");
      const units = Object.keys((parseMarker(comment?.body)?.hashes ?? {}) as object).sort();
      expect(units).toEqual([
        "gateway/aws1",
        "k8s/aws1",
        "stacks/foundation/aws1",
        "stacks/k8s-base/aws1",
      ]);

      // Merged: cloudneutral-apply.yml routes, cloudneutral-apply-layer.yml applies each unit
      // in its Environment, the report job audits.
      const merged = await sim.mergePull(OWNER, REPO, number, "merge");
      await git("fetch", "-q", "origin", "main");
      await git("checkout", "-q", "--detach", merged);
      const common = {
        workspace: work,
        apiUrl: sim.url,
        token: sim.token,
        repository: FULL,
        eventName: "push",
        event: pushEvent({ after: merged, before: base, repository: FULL }),
        sha: merged,
      };
      // The stand-in stands for terraform, the local GitHub for the OIDC issuer.
      const local = { binary: STANDIN, "oidc-issuer": sim.oidc.issuer };
      const route = await runAction("apply", {
        ...common,
        inputs: {
          ...local,
          token: sim.token,
          mode: "matrix",
          "config-dir": "platform-config",
          "infra-dir": "infra",
        },
      });
      expect(route.code, route.stdout).toBe(0);
      const results = await scratch("cn-applies-");
      const applyInputs = await stepInputs("cloudneutral-apply-layer.yml", "apply", "stack");
      expect(applyInputs).toEqual(
        expect.arrayContaining(["trusted-job-workflow", "trusted-workflow"]),
      );
      const applied: string[] = [];
      for (const layer of ["foundation", "k8s-base", "platform", "applications", "config"]) {
        if (route.outputs[`has-${layer}`] !== "true") continue;
        const matrix = JSON.parse(route.outputs[`matrix-${layer}`]!) as {
          include: { unit: string; environment: string }[];
        };
        for (const [i, entry] of matrix.include.entries()) {
          const out = path.join(results, `apply-${i}-${layer}`);
          await mkdir(out, { recursive: true });
          const unit = await runAction("apply", {
            ...common,
            inputs: {
              ...local,
              token: sim.token,
              mode: "stack",
              stack: entry.unit,
              "config-dir": "platform-config",
              "infra-dir": "infra",
              "results-dir": out,
              "backup-dir": await scratch("cn-backup-"),
              "backup-public-key": keys.publicKey,
              "trusted-workflow": "pr-review.yml",
              "trusted-job-workflow": REVIEW_WORKFLOW,
              "plan-author": "github-actions[bot]",
              "autoscale-author": "cloudneutral-autoscaler[bot]",
            },
          });
          expect(unit.code, `${entry.unit}\n${unit.stdout}`).toBe(0);
          applied.push(entry.unit);
        }
      }
      expect(applied.sort()).toEqual(units);
      const report = await runAction("apply", {
        ...common,
        inputs: {
          ...local,
          token: sim.token,
          mode: "report",
          "results-dir": results,
          "expected-units": route.outputs.units ?? "",
        },
      });
      expect(report.code, report.stdout).toBe(0);
      expect(sim.statuses(OWNER, REPO, merged).map((s) => [s.context, s.state])).toContainEqual([
        "cloudneutral/apply",
        "success",
      ]);
      for (const unit of units) {
        const record = await statusRecord(sim, { owner: OWNER, repo: REPO }, unit);
        expect(record?.lastApplied, unit).toMatchObject({ commit: merged });
      }
    },
    TIMEOUT,
  );
});
