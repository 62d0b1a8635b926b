// Which run's plans a re-judge takes (lib/plan/plan-run.ts), against the local GitHub's list
// of workflow runs and their artifacts: only pr.yml's, only `pull_request` runs, only at
// exactly the head, the newest that still has its plans.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitHubClient } from "../lib/github/client.ts";
import { silentLogger } from "../lib/logger.ts";
import { findPlanRun } from "../lib/plan/plan-run.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";

const OWNER = "cloudneutral";
const REPO = "platform";
const HEAD = "a".repeat(40);
const OTHER = "b".repeat(40);
const PR_YML = ".github/workflows/pr.yml";

let sim: GitHubSim;
beforeEach(async () => {
  sim = await startGitHubSim();
  await sim.createRepo(OWNER, REPO);
});
afterEach(async () => {
  expect(sim.openapiErrors).toEqual([]);
  await sim.close();
});

const add = (run: Partial<Parameters<GitHubSim["addWorkflowRun"]>[2]>) =>
  sim.addWorkflowRun(OWNER, REPO, {
    path: PR_YML,
    event: "pull_request",
    headSha: HEAD,
    headBranch: "bigger-db",
    artifacts: ["cloudneutral-pull", "cloudneutral-plan"],
    ...run,
  });

const find = (workflow?: string) =>
  findPlanRun(
    createGitHubClient({ token: sim.token, baseUrl: sim.url, log: silentLogger, backoffMs: 1 }),
    { owner: OWNER, repo: REPO },
    { head: HEAD, ...(workflow ? { workflow } : {}) },
  );

describe("findPlanRun", () => {
  it("no run of pr.yml at the head: nothing was checked yet", async () => {
    add({ headSha: OTHER });
    add({ path: ".github/workflows/pr-judge.yml" });
    expect(await find()).toEqual({ checked: false });
  });

  it("takes the newest run at the head that still has its plans", async () => {
    const older = add({});
    const newer = add({});
    add({ artifacts: ["cloudneutral-pull"] }); // newest: its plan job left nothing
    add({ artifacts: ["cloudneutral-pull", { name: "cloudneutral-plan", expired: true }] });
    expect(await find()).toEqual({
      checked: true,
      run: { id: newer, url: expect.stringMatching(new RegExp(`/actions/runs/${newer}$`)) },
    });
    expect(newer).toBeGreaterThan(older);
  });

  it("never another workflow's run, another event's, another head's or an unfinished one", async () => {
    add({ path: ".github/workflows/pr-judge.yml" });
    add({ event: "pull_request_review" });
    add({ event: "pull_request_target" });
    add({ headSha: OTHER });
    add({ status: "in_progress", conclusion: null });
    add({ artifacts: ["cloudneutral-pull"] });
    expect(await find()).toEqual({ checked: true });
  });

  it("looks up the workflow it is told of", async () => {
    const id = add({ path: ".github/workflows/platform-pr.yml" });
    expect((await find("platform-pr.yml")).run?.id).toBe(id);
    expect(await find()).toEqual({ checked: false });
  });
});
