// The bundled autoscale-propose action end to end, as the runner runs it on its cron: a real
// git checkout of the sample platform, the local GitHub (real branches, pull requests,
// merges), and a real Prometheus whose backfilled node_exporter history ends just before each
// run. A scale-up opens one labelled PR that changes exactly the count; a moved recommendation
// updates it; the count coming back closes it; a person's commit on the bot branch is never
// overwritten; a PR closed unmerged is not proposed again at that size. Prometheus down, an
// empty answer, a main that moved and a malformed node pool file each end in a clear message
// with nothing scaled down and nothing half-written.
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseMetadata } from "../lib/autoscale/pull-body.ts";
import { createGitHubClient, type GitHub } from "../lib/github/client.ts";
import { silentLogger } from "../lib/logger.ts";
import { nodePool } from "./autoscale-series.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import { type ActionRun, gitCheckout, gitCommit, runAction } from "./harness.ts";
import { sampleRepo } from "./helpers.ts";
import { freePort, type Series, startPrometheus } from "./prometheus/server.ts";

const git = promisify(execFile);
const OWNER = "cloudneutral";
const REPO = "platform";
const FILE = "infra/node-pool/jp1.tfvars";
const BRANCH = "cloudneutral/autoscale/jp1";

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

/**
 * One cron run against a Prometheus whose history ends five seconds before it, so that the
 * 300 s rate window is whole when the action asks "now" (as on the runner).
 */
async function cron(
  history: (end: number) => Series[],
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  const prom = await startPrometheus(history(Math.floor(Date.now() / 1000) - 5));
  try {
    return await action({ "prometheus-url": prom.url, regions: "jp1", ...inputs });
  } finally {
    await prom.stop();
  }
}

function action(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction("autoscale-propose", {
    workspace,
    inputs,
    apiUrl: sim.url,
    token: sim.token,
    repository: `${OWNER}/${REPO}`,
    eventName: "schedule",
  });
}

const pulls = () => sim.pulls(OWNER, REPO);
const decisions = (r: ActionRun) => JSON.parse(r.outputs.decisions ?? "null");
const prs = (r: ActionRun) => JSON.parse(r.outputs.prs ?? "null");
const warnings = (r: ActionRun) =>
  r.annotations.filter((a) => a.kind === "warning").map((a) => a.message);
const writes = () => sim.requests.filter((r) => r.method !== "GET");

async function fileAt(ref: string, file = FILE): Promise<string | undefined> {
  try {
    const { data } = await gh.rest.repos.getContent({ owner: OWNER, repo: REPO, path: file, ref });
    return Buffer.from((data as { content: string }).content, "base64").toString("utf8");
  } catch {
    return undefined;
  }
}

async function status(): Promise<{ recommendations: { nodes: number }[]; rejected?: object }> {
  return JSON.parse((await fileAt("cloudneutral/status", "autoscale/jp1.json")) ?? "null");
}

/** The changed lines of the bot branch against main, as a reviewer sees them. */
async function botDiff(): Promise<string[]> {
  await git("git", ["fetch", "-q", sim.gitUrl(OWNER, REPO), `+${BRANCH}:refs/remotes/sim/bot`], {
    cwd: workspace,
  });
  const { stdout } = await git("git", ["diff", "--unified=0", "main", "sim/bot"], {
    cwd: workspace,
  });
  return stdout.split("\n").filter((l) => /^[-+][^-+]/.test(l));
}

describe("autoscale-propose (bundled) against the local GitHub and a real Prometheus", () => {
  it("opens one labelled PR for a scale-up, updates it when the recommendation moves and closes it when it comes back", async () => {
    // 0.75 of 6 CPUs busy vs the target 0.6: ratio 1.25 → ceil(3.75) = 4.
    const up = await cron((end) => nodePool(end, 0.75));
    expect(up.code, up.stdout).toBe(0);
    expect(decisions(up)).toEqual([
      expect.objectContaining({
        region: "jp1",
        current: 3,
        desired: 4,
        recommendation: 4,
        outcome: "created",
      }),
    ]);
    expect(prs(up)).toEqual([
      {
        region: "jp1",
        number: 1,
        outcome: "created",
        url: `${new URL(sim.url).origin}/${OWNER}/${REPO}/pull/1`,
      },
    ]);
    const [pr] = pulls();
    expect(pr).toMatchObject({
      state: "open",
      title: "autoscale(jp1): 3 → 4 nodes",
      head: { ref: BRANCH },
      base: { ref: "main" },
      labels: ["autoscale", "scale-up"],
    });
    // Exactly the count: the comments above it are untouched.
    expect(await botDiff()).toEqual(["-node_count = 3", "+node_count = 4"]);
    expect(await fileAt(BRANCH)).toBe((await fileAt("main"))?.replace("= 3", "= 4"));
    const body = pr!.body ?? "";
    expect(parseMetadata(body)).toMatchObject({
      region: "jp1",
      current: 3,
      desired: 4,
      recommendation: 4,
    });
    for (const node of ["n1", "n2", "n3"])
      expect(body).toMatch(
        new RegExp(`\\| \`${node}\` \\| ready \\| 1\\.\\d\\d \\| 2\\.00 \\| \\d+% \\|`),
      );
    expect(body).toMatch(/ratio {10}= utilization \/ target = 0\.7\d \/ 0\.60 = 1\.2\d/);
    expect(body).toContain("nodes wanted   = ceil(ratio × 3) = 4");
    expect(body).toContain("`platform-config/autoscale/jp1-nodes.yaml`: min 3, max 12");
    expect(body).toContain("averaged over the 300 s before");
    expect(up.summary).toContain("| `jp1` | 3 | 4 | 4 | PR opened | #1 |");
    // The decision is on the status branch, one commit whose message says why.
    expect((await status()).recommendations.map((r) => r.nodes)).toEqual([4]);
    const { data: log } = await gh.rest.repos.listCommits({
      owner: OWNER,
      repo: REPO,
      sha: "cloudneutral/status",
    });
    expect(log[0]!.commit.message).toMatch(
      /^autoscale\(jp1\): 3 → 4 nodes \(created\)\n\nutilization 0\.7\d over 3 ready nodes vs target 0\.60 → ratio 1\.2\d → 4 nodes$/,
    );

    // 0.9 busy: ratio 1.5 → ceil(4.5) = 5, the same PR.
    const moved = await cron((end) => nodePool(end, 0.9));
    expect(moved.code, moved.stdout).toBe(0);
    expect(decisions(moved)[0]).toMatchObject({ desired: 5, outcome: "updated" });
    expect(pulls()).toHaveLength(1);
    expect(pulls()[0]).toMatchObject({
      number: 1,
      state: "open",
      title: "autoscale(jp1): 3 → 5 nodes",
    });
    expect(await botDiff()).toEqual(["-node_count = 3", "+node_count = 5"]);

    // 0.6 busy: on target. The count stays 3 and the PR is closed, saying why.
    const back = await cron((end) => nodePool(end, 0.6));
    expect(back.code, back.stdout).toBe(0);
    expect(decisions(back)[0]).toMatchObject({ current: 3, desired: 3, outcome: "closed" });
    expect(pulls()[0]!.state).toBe("closed");
    expect(sim.comments(OWNER, REPO, 1).at(-1)?.body).toMatch(
      /^The recommendation for jp1 is back at the current count, 3 nodes: utilization 0\.\d\d over 3 ready nodes/,
    );
    expect(await fileAt(BRANCH)).toBeUndefined();
    expect((await status()).recommendations.map((r) => r.nodes)).toEqual([4, 5, 3]);
  }, 120_000);

  it("never overwrites a person's commit on the bot branch", async () => {
    await cron((end) => nodePool(end, 0.75));
    const mine = await sim.commit(
      OWNER,
      REPO,
      BRANCH,
      { [FILE]: "node_count = 6\n" },
      "six, for the sale",
      "alice",
    );
    const run = await cron((end) => nodePool(end, 0.9));
    expect(run.code, run.stdout).toBe(0);
    expect(decisions(run)[0]).toMatchObject({ desired: 5, outcome: "blocked" });
    expect(warnings(run)).toContainEqual(
      expect.stringMatching(
        /not updating cloudneutral\/autoscale\/jp1: .*commits the bot did not make/,
      ),
    );
    const { data } = await gh.rest.git.getRef({ owner: OWNER, repo: REPO, ref: `heads/${BRANCH}` });
    expect(data.object.sha).toBe(mine);
    expect(await fileAt(BRANCH)).toBe("node_count = 6\n");
    expect(pulls()).toEqual([
      expect.objectContaining({ state: "open", title: "autoscale(jp1): 3 → 4 nodes" }),
    ]);
  }, 120_000);

  it("does not propose a size again after its PR was closed unmerged, until the recommendation changes", async () => {
    await cron((end) => nodePool(end, 0.75));
    await gh.rest.pulls.update({ owner: OWNER, repo: REPO, pull_number: 1, state: "closed" });

    const again = await cron((end) => nodePool(end, 0.75));
    expect(again.code, again.stdout).toBe(0);
    expect(decisions(again)[0]).toMatchObject({ desired: 4, outcome: "declined" });
    expect(pulls()).toHaveLength(1);
    expect((await status()).rejected).toMatchObject({ nodes: 4, pull: 1 });
    expect(again.summary).toContain("declined earlier, not re-proposed");

    const five = await cron((end) => nodePool(end, 0.9));
    expect(decisions(five)[0]).toMatchObject({ desired: 5, outcome: "created" });
    expect(pulls().map((p) => [p.number, p.state, p.title])).toEqual([
      [1, "closed", "autoscale(jp1): 3 → 4 nodes"],
      [2, "open", "autoscale(jp1): 3 → 5 nodes"],
    ]);
    expect((await status()).rejected).toBeUndefined();
  }, 120_000);
});

describe("autoscale-propose faults", () => {
  it("Prometheus down: no PR, no decision recorded, a clear warning, and the step succeeds", async () => {
    const port = await freePort();
    const run = await action({ "prometheus-url": `http://127.0.0.1:${port}` });
    expect(run.code, run.stdout).toBe(0);
    expect(
      decisions(run).map((d: { region: string; outcome: string }) => [d.region, d.outcome]),
    ).toEqual([
      ["cn1", "no-data"],
      ["eu1", "no-data"],
      ["jp1", "no-data"],
      ["sg1", "no-data"],
    ]);
    expect(warnings(run)).toContain(
      `autoscale jp1: no data: Prometheus at http://127.0.0.1:${port} unreachable; no decision this run, staying at 3 (never a scale-down without data)`,
    );
    expect(prs(run)).toEqual([]);
    expect(writes()).toEqual([]);
    expect(run.summary).toContain("| `jp1` | 3 | – | 3 | no data: no decision |  |");
  });

  it("an empty answer is no data, never a scale-down", async () => {
    // jp1 was set to 6 by hand; Prometheus has nothing for it (only eu1 reports).
    await writeFile(path.join(workspace, FILE), "node_count = 6\n");
    await gitCommit(workspace, "jp1: 6 for the sale");
    await push();
    const run = await cron((end) => nodePool(end, 0.1, "eu1"));
    expect(run.code, run.stdout).toBe(0);
    expect(decisions(run)).toEqual([
      expect.objectContaining({
        region: "jp1",
        current: 6,
        desired: 6,
        recommendation: null,
        outcome: "no-data",
      }),
    ]);
    expect(warnings(run)).toContainEqual(
      expect.stringMatching(
        /^autoscale jp1: no data: \w+ of the nodes of region jp1: the query returned nothing/,
      ),
    );
    expect(pulls()).toEqual([]);
    expect(writes()).toEqual([]);
  });

  it("a main that moved since the checkout: no proposal on a stale count", async () => {
    await sim.commit(OWNER, REPO, "main", { [FILE]: "node_count = 5\n" }, "five by hand", "alice");
    const run = await cron((end) => nodePool(end, 0.75));
    expect(run.code, run.stdout).toBe(0);
    expect(decisions(run)[0]).toMatchObject({ outcome: "stale" });
    expect(warnings(run)).toContainEqual(
      expect.stringMatching(
        /infra\/node-pool\/jp1\.tfvars on main differs from this run's checkout/,
      ),
    );
    expect(pulls()).toEqual([]);
    expect(writes()).toEqual([]);
  });

  it("a malformed node pool file: a clear error on its line, and nothing written", async () => {
    await writeFile(path.join(workspace, FILE), "# jp1\nnode_count = three\n");
    await gitCommit(workspace, "oops");
    await push();
    const run = await cron((end) => nodePool(end, 0.75));
    expect(run.code).toBe(1);
    expect(run.annotations).toContainEqual({
      kind: "error",
      message: 'expected a whole number of nodes, got "three"',
      file: FILE,
      line: 2,
      column: 14,
    });
    expect(run.summary).toContain("Autoscale: configuration problems");
    expect(writes()).toEqual([]);
    expect(pulls()).toEqual([]);
    expect(run.outputs.decisions).toBeUndefined();
  });

  it("dry-run decides without a token and writes nothing", async () => {
    const prom = await startPrometheus(nodePool(Math.floor(Date.now() / 1000) - 5, 0.75));
    try {
      const run = await runAction("autoscale-propose", {
        workspace,
        inputs: { "prometheus-url": prom.url, regions: "jp1", "dry-run": "true", token: "" },
        repository: `${OWNER}/${REPO}`,
        eventName: "schedule",
      });
      expect(run.code, run.stdout).toBe(0);
      expect(decisions(run)[0]).toMatchObject({ desired: 4, outcome: "dry-run" });
      expect(run.summary).toContain("### Autoscale (dry run)");
      expect(sim.requests).toEqual([]);
    } finally {
      await prom.stop();
    }
  });
});
