// The bundled policy-check action on the autoscaler's pull request, against the local GitHub:
// a 3 → 4 node count in infra/node-pool/jp1.tfvars opened by the configured bot passes with no
// approval, and the verdict (outputs, sticky comment) names the AutoscalePolicy that allowed
// it; the same diff opened by a person is judged by the usual gates.
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_AUTOSCALE_AUTHOR } from "../lib/policy/preauthorised.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import { gitCheckout, gitCommit, pullRequestEvent, runAction } from "./harness.ts";
import { sampleRepo } from "./helpers.ts";

const run = promisify(execFile);
const OWNER = "cloudneutral";
const REPO = "platform";
const BRANCH = "autoscale/jp1";

let sim: GitHubSim;
let workspace: string;
let base: string;
let head: string;

beforeEach(async () => {
  sim = await startGitHubSim();
  await sim.createRepo(OWNER, REPO);
  workspace = await sampleRepo({ infra: true });
  base = await gitCheckout(workspace);
  await run("git", ["checkout", "-q", "-b", BRANCH], { cwd: workspace });
  const file = path.join(workspace, "infra/node-pool/jp1.tfvars");
  await writeFile(file, (await readFile(file, "utf8")).replace("node_count = 3", "node_count = 4"));
  head = await gitCommit(workspace, "autoscale jp1: 3 → 4 nodes");
  await run("git", ["push", "-q", "--force", sim.gitUrl(OWNER, REPO), "main", BRANCH], {
    cwd: workspace,
  });
});

afterEach(async () => {
  expect(sim.openapiErrors).toEqual([]);
  await sim.close();
});

async function check(author: string) {
  const number = sim.createPull(OWNER, REPO, {
    head: BRANCH,
    base: "main",
    title: "autoscale jp1: 3 → 4 nodes",
    user: author,
  });
  const result = await runAction("policy-check", {
    workspace,
    apiUrl: sim.url,
    token: sim.token,
    repository: `${OWNER}/${REPO}`,
    eventName: "pull_request",
    event: pullRequestEvent({
      number,
      head: { ref: BRANCH, sha: head },
      base: { sha: base },
      user: author,
      repository: `${OWNER}/${REPO}`,
    }),
    sha: head,
  });
  const comment = sim
    .comments(OWNER, REPO, number)
    .find((c) => c.body.includes('"key":"policy"'))?.body;
  return { result, comment };
}

describe("policy-check on the autoscaler's pull request", () => {
  it("allows the bot's count as pre-authorised with no approval, naming the policy", async () => {
    const { result, comment } = await check(DEFAULT_AUTOSCALE_AUTHOR);
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.decision).toBe("allow");
    // No approval is asked and no window waited for, whatever day the test runs.
    expect(JSON.parse(result.outputs.results!)).toEqual([]);
    expect(comment).toContain("Pre-authorised: `stacks/k8s-base/jp1`");
    expect(comment).toContain("node count 3 → 4");
    expect(comment).toContain("AutoscalePolicy/jp1-nodes");
  });

  it("judges the same diff from a person by the usual gates", async () => {
    const { result, comment } = await check("mallory");
    expect(result.code).toBe(1);
    expect(result.outputs.decision).toBe("deny");
    expect(JSON.parse(result.outputs.results!)).toContainEqual(
      expect.objectContaining({ rule: "gate/approvals", severity: "deny" }),
    );
    expect(comment).not.toContain("Pre-authorised");
  });
});
