// The bundled policy-check action on a pull request, against the local GitHub: reviews from
// owners and non-owners, team membership, stale approvals, labels, the sticky comment.
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitHubClient } from "../lib/github/client.ts";
import { silentLogger } from "../lib/logger.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import { gitCheckout, gitCommit, pullRequestEvent, runAction } from "./harness.ts";
import { FIXTURES, sampleRepo } from "./helpers.ts";

const run = promisify(execFile);
const OWNER = "cloudneutral";
const REPO = "platform";

let sim: GitHubSim;
let workspace: string;
let base: string;
let head: string;
let number: number;

beforeEach(async () => {
  sim = await startGitHubSim();
  await sim.createRepo(OWNER, REPO);
  // acme's owners: @acme/platform or alice-tanaka; storefront's: @acme/storefront or kenji-sato.
  sim.addTeam("acme", "platform", ["bob", "carol"]);
  sim.addTeam("acme", "storefront", ["bob", "carol", "dave"]);
  workspace = await sampleRepo({ infra: true });
  base = await gitCheckout(workspace);
  await run("git", ["checkout", "-q", "-b", "new-orders-image"], { cwd: workspace });
  const file = path.join(workspace, "platform-config/services/acme-storefront.yaml");
  const text = await readFile(file, "utf8");
  await writeFile(
    file,
    text.replace("ghcr.io/acme/orders-api:1.4.2", "ghcr.io/acme/orders-api:1.5.0"),
  );
  await run("node", [path.join(process.cwd(), "dist/cli.js"), "render"], { cwd: workspace });
  head = await gitCommit(workspace, "orders-api 1.5.0");
  await run("git", ["push", "-q", "--force", sim.gitUrl(OWNER, REPO), "main", "new-orders-image"], {
    cwd: workspace,
  });
  number = sim.createPull(OWNER, REPO, {
    head: "new-orders-image",
    base: "main",
    title: "orders-api 1.5.0",
    user: "alice",
  });
});

afterEach(async () => {
  expect(sim.openapiErrors).toEqual([]);
  await sim.close();
});

const check = (inputs: Record<string, string> = {}) =>
  runAction("policy-check", {
    workspace,
    apiUrl: sim.url,
    token: sim.token,
    repository: `${OWNER}/${REPO}`,
    eventName: "pull_request",
    event: pullRequestEvent({
      number,
      head: { ref: "new-orders-image", sha: head },
      base: { sha: base },
      user: "alice",
      repository: `${OWNER}/${REPO}`,
    }),
    sha: head,
    inputs,
  });

const policyComments = () =>
  sim.comments(OWNER, REPO, number).filter((c) => c.body.includes('"key":"policy"'));

describe("policy-check on a pull request", () => {
  it("counts owners' approvals of the head commit only, and keeps one verdict comment", async () => {
    sim.addReview(OWNER, REPO, number, { user: "bob", state: "APPROVED", commit_id: head });
    sim.addReview(OWNER, REPO, number, { user: "carol", state: "APPROVED", commit_id: base }); // stale
    sim.addReview(OWNER, REPO, number, { user: "dave", state: "APPROVED", commit_id: head }); // not a tenant owner
    sim.addReview(OWNER, REPO, number, { user: "alice", state: "APPROVED", commit_id: head }); // the author
    const denied = await check();
    expect(denied.code).toBe(1);
    expect(denied.outputs.decision).toBe("deny");
    expect(JSON.parse(denied.outputs.results!)).toContainEqual(
      expect.objectContaining({
        rule: "gate/approvals",
        severity: "deny",
        message: expect.stringMatching(/^1 of 2 required/),
      }),
    );
    expect(denied.summary).toMatch(
      /Approvals: 1 of 2 required — bob; not counted: .*carol \(approved .*older than the head commit\).*dave \(not an owner.*alice \(the author's own approval\)/,
    );
    expect(policyComments()).toHaveLength(1);
    expect(denied.stdout).toContain(`::add-mask::${sim.token}`);

    sim.addReview(OWNER, REPO, number, { user: "carol", state: "APPROVED", commit_id: head });
    const allowed = await check();
    expect(allowed.code).toBe(0);
    expect(allowed.outputs.decision).toBe("allow");
    expect(policyComments()).toHaveLength(1);
    expect(policyComments()[0]!.body).toContain("Policy: ✅ allow");
    expect(allowed.summary).toContain(
      "| `k8s/jp1` | applications | gitops | continuous | correct | automatic (policy) | 0 | rollback |",
    );
  });

  it("a foundation destroy in the plan needs the allow-destroy label", async () => {
    for (const user of ["bob", "carol"])
      sim.addReview(OWNER, REPO, number, { user, state: "APPROVED", commit_id: head });
    const plan = path.join(FIXTURES, "terraform/tpc-2-delete/plan.json");
    const inputs = { "plan-files": `stacks/foundation/jp1=${plan}` };
    const denied = await check(inputs);
    expect(denied.outputs.decision).toBe("deny");
    expect(JSON.parse(denied.outputs.results!)).toContainEqual(
      expect.objectContaining({ rule: "gate/allow-destroy" }),
    );

    const gh = createGitHubClient({
      token: sim.token,
      baseUrl: sim.url,
      log: silentLogger,
      backoffMs: 10,
      minWriteIntervalMs: 0,
    });
    await gh.rest.issues.addLabels({
      owner: OWNER,
      repo: REPO,
      issue_number: number,
      labels: ["allow-destroy"],
    });
    const labelled = await check(inputs);
    expect(
      JSON.parse(labelled.outputs.results!).filter(
        (r: { rule: string }) => r.rule === "gate/allow-destroy",
      ),
    ).toEqual([]);
  });
});
