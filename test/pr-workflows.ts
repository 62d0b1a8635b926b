// The PR workflows as the runner would run them, step by step with the bundled actions,
// against the local GitHub: pr.yml (plans, untrusted), pr-judge.yml (a review or a label:
// only which PR) and pr-review.yml (trusted: which PR, which run's plans, policy with the
// plans and the commit status, the attested comment). Artifacts stay here, per run, as
// upload-artifact would keep them; a download copies one into the job's artifacts folder.
import { execFile } from "node:child_process";
import { cp, mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import type { GitHubSim } from "./github-sim/index.ts";
import { type ActionRun, pullRequestEvent, runAction } from "./harness.ts";
import { scratch } from "./helpers.ts";

const run = promisify(execFile);

export interface PullRef {
  number: number;
  branch: string;
  head: string;
  base: string;
}

export interface ReviewJob {
  /** Undefined when the download of the triggering run's PR artifact failed. */
  pull?: ActionRun;
  /** Undefined when skipped (pr.yml has not checked this head). */
  policy?: ActionRun;
  review?: ActionRun;
}

export function prWorkflows(o: {
  sim: GitHubSim;
  owner: string;
  repo: string;
  /** The PR's checkout (pr.yml's workspace). */
  workspace: string;
  /** The stand-in terraform. */
  binary: string;
  env?: Record<string, string>;
  /**
   * The review job's `job_workflow_ref` when pr-review.yml calls a reusable workflow (an
   * adopter's call of the release's cloudneutral-pr-review.yml); default pr-review.yml itself.
   */
  jobWorkflowRef?: string;
}) {
  const repository = `${o.owner}/${o.repo}`;
  /** Artifact folders per run id: `<dir>/<artifact name>/…`. */
  const store = new Map<number, string>();
  const common = { apiUrl: o.sim.url, token: o.sim.token, repository, env: o.env ?? {} };

  async function writePull(dir: string, pr: PullRef, facts?: object): Promise<void> {
    await mkdir(path.join(dir, "cloudneutral-pull"), { recursive: true });
    await writeFile(
      path.join(dir, "cloudneutral-pull/pull.json"),
      JSON.stringify(facts ?? { number: pr.number, head: pr.head, base: pr.base }),
    );
  }

  const exists = (p: string) =>
    stat(p).then(
      () => true,
      () => false,
    );

  /** pr.yml at the PR's head: render's PR artifact, and the plan job's results. */
  async function prRun(pr: PullRef): Promise<{ id: number; plan: ActionRun }> {
    const dir = await scratch("cn-run-");
    await writePull(dir, pr);
    const plan = await runAction("plan-comment", {
      ...common,
      workspace: o.workspace,
      eventName: "pull_request",
      event: pullRequestEvent({
        number: pr.number,
        head: { ref: pr.branch, sha: pr.head },
        base: { sha: pr.base },
        user: "alice",
        repository,
      }),
      sha: pr.head,
      inputs: {
        binary: o.binary,
        token: o.sim.token,
        comment: "false",
        "output-dir": path.join(dir, "cloudneutral-plan"),
      },
    });
    const planned = await exists(path.join(dir, "cloudneutral-plan"));
    const id = o.sim.addWorkflowRun(o.owner, o.repo, {
      path: ".github/workflows/pr.yml",
      event: "pull_request",
      headSha: pr.head,
      headBranch: pr.branch,
      conclusion: plan.code === 0 ? "success" : "failure",
      artifacts: planned ? ["cloudneutral-pull", "cloudneutral-plan"] : ["cloudneutral-pull"],
    });
    store.set(id, dir);
    return { id, plan };
  }

  /**
   * A run that is not pr.yml's: pr-judge.yml on a review or a label (only which PR), or any
   * run whose artifacts a test writes itself (`write`).
   */
  async function otherRun(
    pr: PullRef,
    options: {
      event: "pull_request" | "pull_request_review";
      path?: string;
      write?: (dir: string) => Promise<void>;
      artifacts?: (string | { name: string; expired?: boolean })[];
    },
  ): Promise<number> {
    const dir = await scratch("cn-run-");
    if (options.write) await options.write(dir);
    else await writePull(dir, pr);
    const id = o.sim.addWorkflowRun(o.owner, o.repo, {
      path: options.path ?? ".github/workflows/pr-judge.yml",
      event: options.event,
      headSha: pr.head,
      headBranch: pr.branch,
      artifacts: options.artifacts ?? ["cloudneutral-pull"],
    });
    store.set(id, dir);
    return id;
  }

  /** actions/download-artifact: false when the run has no such artifact. */
  async function download(runId: number, name: string, into: string): Promise<boolean> {
    const from = path.join(store.get(runId) ?? "/nonexistent", name);
    if (!(await exists(from))) return false;
    await cp(from, path.join(into, name), { recursive: true });
    return true;
  }

  /** pr-review.yml's `review` job, after the run `trigger` completed. */
  async function reviewJob(
    pr: PullRef,
    trigger: { id: number; event: "pull_request" | "pull_request_review" },
  ): Promise<ReviewJob> {
    // The default branch's checkout, with the PR's head cloned into pr/ as data. The first
    // clone fetched every branch of the local GitHub: pr/ is cloned from it, not fetched again.
    const job = await scratch("cn-trusted-job-");
    const url = o.sim.gitUrl(o.owner, o.repo);
    await run("git", ["clone", "-q", "--branch", "main", url, job]);
    await run("git", ["clone", "-q", "--local", "--no-checkout", job, path.join(job, "pr")]);
    await run("git", ["checkout", "-q", "--detach", pr.head], { cwd: path.join(job, "pr") });
    const artifacts = path.join(await scratch("cn-runner-temp-"), "cloudneutral-artifacts");
    await mkdir(artifacts);
    const event = {
      action: "completed",
      workflow_run: {
        id: trigger.id,
        event: trigger.event,
        head_sha: pr.head,
        head_branch: pr.branch,
        conclusion: "success",
      },
      repository: { full_name: repository, default_branch: "main" },
    };
    const step = (name: string, inputs: Record<string, string>, attest = false) =>
      runAction(name, {
        ...common,
        workspace: job,
        eventName: "workflow_run",
        event,
        ...(attest
          ? {
              oidc: {
                sim: o.sim.oidc,
                workflowRef: `${repository}/.github/workflows/pr-review.yml@refs/heads/main`,
                ...(o.jobWorkflowRef ? { claims: { job_workflow_ref: o.jobWorkflowRef } } : {}),
              },
            }
          : {}),
        inputs: { token: o.sim.token, "repository-dir": "pr", ...inputs },
      });
    const out: ReviewJob = {};
    if (await download(trigger.id, "cloudneutral-pull", artifacts))
      out.pull = await step("plan-comment", {
        mode: "pull",
        "artifacts-dir": artifacts,
        head: pr.head,
        "plan-workflow": "pr.yml",
      });
    const outputs = out.pull?.outputs ?? {};
    const pulled = out.pull?.code === 0;
    if (pulled && outputs["plan-run-id"])
      await download(Number(outputs["plan-run-id"]), "cloudneutral-plan", artifacts);
    if (outputs.judge === "false") return out;
    out.policy = await step("policy-check", {
      "config-dir": "platform-config",
      "pull-number": outputs["pull-number"] ?? "",
      base: outputs.base ?? "",
      head: pr.head,
      "artifacts-dir": artifacts,
      status: "true",
    });
    if (pulled)
      out.review = await step(
        "plan-comment",
        {
          mode: "review",
          "artifacts-dir": artifacts,
          head: pr.head,
          "config-dir": "platform-config",
          "infra-dir": "infra",
          policy: out.policy.outputs.decision || "deny",
          attest: "true",
        },
        true,
      );
    return out;
  }

  return { prRun, otherRun, reviewJob, store };
}
