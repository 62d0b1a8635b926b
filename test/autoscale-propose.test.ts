// The autoscaler's proposal at the lib level: the node pool file read and edited byte for byte
// (and refused clearly when malformed), the history it decides from (scale events from real
// git history, recommendations on the status branch), the policy as a cron run applies it,
// the pull request against the local GitHub (update, close, a person's commits, "not this
// size"), and the dry run against a real Prometheus with backfilled per-node history.
import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { autoscaleCommand } from "../cli/autoscale.ts";
import { autoscaleDryRun } from "../lib/autoscale/dry-run.ts";
import { readStatusFromGit, scaleEvents } from "../lib/autoscale/git-history.ts";
import type { RegionDecision } from "../lib/autoscale/observe.ts";
import { proposeAutoscale } from "../lib/autoscale/propose.ts";
import { parseMetadata } from "../lib/autoscale/pull-body.ts";
import { reconcilePull } from "../lib/autoscale/pull-request.ts";
import { type AutoscaleSpec, policyForRun } from "../lib/autoscale/run-policy.ts";
import {
  type AutoscaleStatus,
  MAX_RECOMMENDATIONS,
  parseStatus,
  recordDecision,
} from "../lib/autoscale/status.ts";
import type { RegionTarget } from "../lib/autoscale/targets.ts";
import {
  decodeTfvars,
  MAX_TFVARS_BYTES,
  readNodeCount,
  withNodeCount,
} from "../lib/autoscale/tfvars.ts";
import type { NodeSample } from "../lib/autoscale/types.ts";
import { ConfigurationError, formatProblem } from "../lib/errors.ts";
import { createGitHubClient, type GitHub } from "../lib/github/client.ts";
import { type Logger, silentLogger } from "../lib/logger.ts";
import { nodeExporter } from "./autoscale-series.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import { gitCheckout } from "./harness.ts";
import { sampleRepo, scratch, snapshotTree } from "./helpers.ts";
import { startFaultServer } from "./prometheus/fault-server.ts";
import { freePort, type RunningServer, startPrometheus } from "./prometheus/server.ts";

const run = promisify(execFile);
const FILE = "infra/node-pool/jp1.tfvars";

/** A logger that keeps the warnings, for assertions. */
function recording(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { ...silentLogger, warnings, warning: (m) => warnings.push(m) };
}

function configError(f: () => unknown): { line: number; column: number; message: string } {
  try {
    f();
  } catch (err) {
    if (!(err instanceof ConfigurationError)) throw err;
    const [p] = err.problems;
    expect(err.problems).toHaveLength(1);
    expect(p!.file).toBe(FILE);
    return { line: p!.line, column: p!.column, message: p!.message };
  }
  throw new Error("expected a ConfigurationError");
}

describe("the node pool file", () => {
  const RENDERED =
    "# Desired node count of region jp1. Created by render at the pool's min; owned by\n" +
    "# autoscale-propose from then on (render never rewrites it).\n" +
    "node_count = 3\n";

  it("reads and edits the file render writes", () => {
    expect(readNodeCount(RENDERED, FILE)).toMatchObject({ count: 3, line: 3, column: 14 });
    expect(withNodeCount(RENDERED, FILE, 12)).toBe(RENDERED.replace("= 3", "= 12"));
  });

  // Everything that merely looks like the count: comments of three kinds, a string with an
  // interpolation and an escaped quote, a nested object, a heredoc; CRLF and a BOM.
  const FANCY = [
    "\ufeff# node_count = 99 in a comment",
    "/* node_count = 7",
    "   still a comment */",
    'description = "node_count = 8 ${var.x} \\" node_count = 9"',
    'label = "${ {a = "}"}.a } node_count = 10"',
    "tags = {",
    "  node_count = 5",
    "}",
    "notes = <<-EOT",
    "  node_count = 6",
    "  EOT",
    "node_count\t=   3   # the autoscaler edits only this number",
    'zones = ["a", "b"] // node_count = 11',
    "",
  ].join("\r\n");

  it("finds the one top-level count among look-alikes and changes only its digits", () => {
    expect(readNodeCount(FANCY, FILE)).toMatchObject({ count: 3, line: 12, column: 16 });
    const edited = withNodeCount(FANCY, FILE, 12);
    expect(edited).toBe(FANCY.replace("=   3   #", "=   12   #"));
    // Byte for byte: the BOM and every CR survive, and only "3" became "12".
    const before = Buffer.from(FANCY, "utf8");
    const after = Buffer.from(edited, "utf8");
    const at = before.indexOf("=   3");
    expect(after.subarray(0, at + 4)).toEqual(before.subarray(0, at + 4));
    expect(after.subarray(at + 4, at + 6).toString()).toBe("12");
    expect(after.subarray(at + 6)).toEqual(before.subarray(at + 5));
    expect(decodeTfvars(before, FILE)).toBe(FANCY);
  });

  it("keeps a count without a trailing newline and with a block comment after it", () => {
    expect(withNodeCount("node_count=4", FILE, 5)).toBe("node_count=5");
    expect(withNodeCount("node_count = 4 /* four */\n", FILE, 40)).toBe(
      "node_count = 40 /* four */\n",
    );
  });

  it.each([
    ["", 1, 1, /expected one top-level `node_count = <whole number>`, found none/],
    ["tags = { node_count = 3 }\n", 1, 1, /found none/],
    ["node_count = 3\nnode_count = 4\n", 2, 14, /set a second time \(first on line 1\)/],
    ['node_count = "3"\n', 1, 14, /expected a whole number of nodes, got "\\"3\\""/],
    ["node_count = 3.5\n", 1, 14, /whole number of nodes ≥ 0, got "3.5"/],
    ["node_count = -1\n", 1, 14, /≥ 0, got "-1"/],
    ["node_count = 1e3\n", 1, 14, /≥ 0, got "1e3"/],
    ["node_count = var.min\n", 1, 14, /expected a whole number of nodes, got "var.min"/],
    ["node_count = 3 + 1\n", 1, 14, /expected the line to end after the node count/],
    [
      "node_count = 99999999999999999999\n",
      1,
      14,
      /nodes is more than the 10,000 this tool manages in one pool/,
    ],
    ["node_count 3\n", 1, 1, /expected "=" after node_count/],
    ["node_count == 3\n", 1, 1, /expected "=" after node_count/],
    ['x = "open\nnode_count = 3\n', 1, 5, /a quoted string is never closed/],
    ["x = <<EOT\nnode_count = 3\n", 1, 5, /the heredoc <<EOT is never closed/],
    ["/* node_count = 3\n", 1, 1, /a \/\* comment is never closed/],
    ["x = {\nnode_count = 3\n", 3, 1, /a bracket is never closed/],
    ["}\nnode_count = 3\n", 1, 1, /unexpected "}"/],
  ])("refuses %j at %i:%i", (text, line, column, message) => {
    const p = configError(() => readNodeCount(text, FILE));
    expect({ line: p.line, column: p.column }).toEqual({ line, column });
    expect(p.message).toMatch(message);
  });

  it("refuses what is no text file of a few lines", () => {
    expect(configError(() => decodeTfvars(Uint8Array.from([0x6e, 0xff, 0x0a]), FILE))).toEqual({
      line: 1,
      column: 1,
      message: "the file is not UTF-8 text",
    });
    const big = new Uint8Array(MAX_TFVARS_BYTES + 1).fill(0x23);
    expect(configError(() => decodeTfvars(big, FILE)).message).toMatch(/a few lines/);
  });
});

describe("history", () => {
  const T0 = Date.UTC(2026, 10, 22, 9, 0, 0) / 1000;

  async function git(dir: string, args: string[], at?: number): Promise<string> {
    const date =
      at === undefined ? {} : { GIT_COMMITTER_DATE: `@${at}`, GIT_AUTHOR_DATE: `@${at}` };
    const { stdout } = await run("git", args, { cwd: dir, env: { ...process.env, ...date } });
    return stdout.trim();
  }

  async function commitCount(dir: string, text: string, message: string, at: number) {
    await writeFile(path.join(dir, FILE), text);
    await git(dir, ["add", "-A"]);
    await git(dir, ["commit", "-q", "-m", message], at);
  }

  /**
   * render creates the file (T0), a person edits it 2 → 3 (T0+60), the bot's branch proposes
   * 5 (committed T0+120), main moves on (T0+600), the PR is merged with a merge commit
   * (T0+1200), then a comment changes (T0+1300): two events, the merge dated at the merge.
   */
  async function repoWithHistory(): Promise<string> {
    const dir = await scratch("cn-autoscale-git-");
    await mkdir(path.join(dir, "infra/node-pool"), { recursive: true });
    await git(dir, ["init", "-q", "-b", "main"]);
    await git(dir, ["config", "user.name", "T"]);
    await git(dir, ["config", "user.email", "t@example.invalid"]);
    await git(dir, ["config", "commit.gpgsign", "false"]);
    await commitCount(dir, "node_count = 2\n", "render", T0);
    await commitCount(dir, "node_count = 3\n", "by hand", T0 + 60);
    await git(dir, ["checkout", "-q", "-b", "cloudneutral/autoscale/jp1"]);
    await commitCount(dir, "node_count = 5\n", "autoscale(jp1): 3 → 5 nodes", T0 + 120);
    await git(dir, ["checkout", "-q", "main"]);
    await writeFile(path.join(dir, "README.md"), "other work\n");
    await git(dir, ["add", "-A"]);
    await git(dir, ["commit", "-q", "-m", "other"], T0 + 600);
    await git(
      dir,
      ["merge", "-q", "--no-ff", "-m", "Merge #1", "cloudneutral/autoscale/jp1"],
      T0 + 1200,
    );
    await commitCount(dir, "# five\nnode_count = 5\n", "comment", T0 + 1300);
    return dir;
  }

  it("reads the count changes of the first-parent history, a merge dated when merged", async () => {
    const dir = await repoWithHistory();
    const log = recording();
    const file = path.join(dir, FILE);
    const all = await scaleEvents({ file, since: new Date((T0 - 1) * 1000), log });
    expect(all).toEqual([
      { at: new Date((T0 + 60) * 1000), from: 2, to: 3 },
      { at: new Date((T0 + 1200) * 1000), from: 3, to: 5 },
    ]);
    // The bot's own commit (T0+120) is older than this, the merge is not.
    const recent = await scaleEvents({ file, since: new Date((T0 + 900) * 1000), log });
    expect(recent).toEqual([{ at: new Date((T0 + 1200) * 1000), from: 3, to: 5 }]);
    expect(log.warnings).toEqual([]);
  });

  it("says when a shallow checkout cannot see the whole period, and without git at all", async () => {
    const dir = await repoWithHistory();
    const clone = await scratch("cn-autoscale-shallow-");
    await run("git", ["clone", "-q", "--depth", "2", `file://${dir}`, clone]);
    const log = recording();
    const events = await scaleEvents({
      file: path.join(clone, FILE),
      since: new Date((T0 - 1) * 1000),
      log,
    });
    expect(events).toEqual([]);
    expect(log.warnings).toEqual([
      expect.stringMatching(/history ends at [0-9a-f]{7}.*fetch-depth/),
    ]);

    const plain = await scratch("cn-autoscale-nogit-");
    await mkdir(path.join(plain, "infra/node-pool"), { recursive: true });
    await writeFile(path.join(plain, FILE), "node_count = 3\n");
    const none = recording();
    expect(
      await scaleEvents({ file: path.join(plain, FILE), since: new Date(0), log: none }),
    ).toEqual([]);
    expect(none.warnings).toEqual([expect.stringMatching(/not in a git checkout/)]);
  });

  it("keeps recent recommendations with their times, and the last few whatever their age", () => {
    let status: AutoscaleStatus = parseStatus(undefined, "jp1");
    const decision = (n: number) => ({ desired: n, recommendation: n, reason: `r${n}` });
    for (let i = 0; i < 10; i++)
      status = recordDecision(status, decision(3 + i), 3, new Date((T0 + i * 300) * 1000), 600);
    // The window is 600 s: the last three (strictly inside: 900 s ago is out) … but at least 5.
    expect(status.recommendations.map((r) => r.nodes)).toEqual([8, 9, 10, 11, 12]);
    expect(status.last).toMatchObject({
      current: 3,
      desired: 12,
      recommendation: 12,
      reason: "r12",
    });
    // No data records nothing.
    const same = recordDecision(
      status,
      { desired: 3, recommendation: null, reason: "x" },
      3,
      new Date(),
      600,
    );
    expect(same).toBe(status);
    for (let i = 0; i < 2 * MAX_RECOMMENDATIONS; i++)
      status = recordDecision(status, decision(4), 3, new Date((T0 + 5000 + i) * 1000), 3600);
    expect(status.recommendations).toHaveLength(MAX_RECOMMENDATIONS);
  });

  it("reads a status file defensively: a hand edit never stops the autoscaler", () => {
    const junk = {
      recommendations: [
        { at: "2026-11-22T10:05:00Z", nodes: 4 },
        { at: "yesterday", nodes: 4 },
        { at: "2026-11-22T10:00:00Z", nodes: 3 },
        { at: "2026-11-22T10:00:00Z", nodes: -1 },
        "nonsense",
      ],
      pull: { number: "7", desired: 4 },
      rejected: { nodes: 5, pull: 3, at: "2026-11-22T09:00:00Z" },
    };
    expect(parseStatus(junk, "jp1")).toEqual({
      region: "jp1",
      recommendations: [
        { at: "2026-11-22T10:00:00Z", nodes: 3 },
        { at: "2026-11-22T10:05:00Z", nodes: 4 },
      ],
      rejected: { nodes: 5, pull: 3, at: "2026-11-22T09:00:00Z" },
    });
    expect(parseStatus("[]", "eu1")).toEqual({ region: "eu1", recommendations: [] });
  });

  it("reads the status branch from a checkout, for dry runs without a token", async () => {
    const dir = await repoWithHistory();
    await git(dir, ["checkout", "-q", "--orphan", "cloudneutral/status"]);
    await git(dir, ["rm", "-rqf", "."]);
    await mkdir(path.join(dir, "autoscale"));
    await writeFile(path.join(dir, "autoscale/jp1.json"), '{"recommendations":[]}\n');
    await git(dir, ["add", "-A"]);
    await git(dir, ["commit", "-q", "-m", "status"], T0 + 2000);
    await git(dir, ["checkout", "-q", "main"]);
    expect(await readStatusFromGit(dir, "cloudneutral/status", "autoscale/jp1.json")).toEqual({
      recommendations: [],
    });
    expect(await readStatusFromGit(dir, "cloudneutral/status", "autoscale/eu1.json")).toBe(
      undefined,
    );
  });
});

const SPEC: AutoscaleSpec = {
  region: "jp1",
  min: 3,
  max: 12,
  targetUtilization: 0.6,
  tolerance: 0.1,
  windowSeconds: 300,
  warmupSeconds: 120,
  behavior: {
    scaleUp: {
      stabilizationWindowSeconds: 0,
      selectPolicy: "Max",
      policies: [
        { type: "Nodes", value: 4, periodSeconds: 15 },
        { type: "Percent", value: 100, periodSeconds: 15 },
      ],
    },
    scaleDown: {
      stabilizationWindowSeconds: 300,
      selectPolicy: "Max",
      policies: [{ type: "Percent", value: 100, periodSeconds: 15 }],
    },
  },
};

describe("the policy on a cron loop", () => {
  it("widens non-zero stabilization windows by the run interval", () => {
    const { policy, notes } = policyForRun(SPEC, 3, 300);
    expect(policy.behavior?.scaleUp?.stabilizationWindowSeconds).toBe(0);
    expect(policy.behavior?.scaleDown?.stabilizationWindowSeconds).toBe(600);
    expect(notes).toEqual([
      expect.stringMatching(/^scale-down stabilization window 300 s \+ 300 s/),
    ]);
    const asWritten = policyForRun(SPEC, 3, 0);
    expect(asWritten.policy.behavior?.scaleDown?.stabilizationWindowSeconds).toBe(300);
    expect(asWritten.notes).toEqual([]);
    // Left out, the HPA's default 300 s window is what is widened.
    const bare = policyForRun({ ...SPEC, behavior: undefined }, 3, 300);
    expect(bare.policy.behavior?.scaleDown?.stabilizationWindowSeconds).toBe(600);
  });

  it("keeps a count set by hand above max until the metrics ask for fewer", () => {
    const { policy, notes } = policyForRun(SPEC, 16, 300);
    expect(policy.max).toBe(16);
    expect(notes).toContain(
      "max 12 raised to 16, the count set by hand, until the metrics ask for fewer",
    );
    expect(policyForRun(SPEC, 12, 300).policy.max).toBe(12);
  });
});

describe("the pull request (lib/github against the local GitHub)", () => {
  const OWNER = "acme";
  const REPO = { owner: OWNER, repo: "platform" };
  const TEXT = '# jp1\'s node count; the autoscaler owns it\nnode_count = 3 # three\nzone = "a"\n';
  let sim: GitHubSim;
  let gh: GitHub;
  let log: ReturnType<typeof recording>;

  beforeEach(async () => {
    sim = await startGitHubSim();
    await sim.createRepo(OWNER, "platform", { "README.md": "# platform\n", [FILE]: TEXT });
    gh = createGitHubClient({
      token: sim.token,
      baseUrl: sim.url,
      log: silentLogger,
      backoffMs: 10,
      minWriteIntervalMs: 0,
    });
    log = recording();
  });

  afterEach(async () => {
    expect(sim.openapiErrors).toEqual([]);
    await sim.close();
  });

  const target: RegionTarget = {
    region: "jp1",
    policyFile: "platform-config/autoscale/jp1-nodes.yaml",
    spec: SPEC,
    tfvarsFile: FILE,
    tfvarsPath: `/nonexistent/${FILE}`,
    text: TEXT,
    count: readNodeCount(TEXT, FILE),
    prometheus: { url: "http://127.0.0.1:9/" },
  };
  const NODES: NodeSample[] = [
    { name: "n1", usage: 1.8, capacity: 2, ready: true },
    { name: "n2", usage: 1.5, capacity: 2, ready: true },
    { name: "n3", capacity: 2, ready: false },
  ];

  function decided(desired: number, reason = `recommends ${desired}`) {
    return {
      kind: "decided",
      target,
      current: 3,
      run: policyForRun(SPEC, 3, 300),
      decision: { desired, recommendation: desired, reason },
      nodes: NODES,
      capacityFilledIn: [],
      windowSeconds: 300,
      warmupSeconds: 120,
    } satisfies Extract<RegionDecision, { kind: "decided" }>;
  }

  const deps = () => ({
    gh,
    repo: REPO,
    base: "main",
    log,
    now: new Date("2026-11-22T10:00:00Z"),
    prometheus: "http://prometheus:9090",
    settleMs: 10,
  });
  const pulls = () => sim.pulls(OWNER, "platform");
  async function gitShow(ref: string): Promise<string> {
    const { data } = await gh.rest.repos.getContent({ ...REPO, path: FILE, ref });
    return Buffer.from((data as { content: string }).content, "base64").toString("utf8");
  }

  it("opens one PR, leaves it alone while nothing moves, updates it when the recommendation does, and closes it at the current count", async () => {
    let status = parseStatus(undefined, "jp1");
    const first = await reconcilePull(deps(), decided(5), status);
    expect(first).toMatchObject({ outcome: "created", number: 1 });
    status = first.status;
    const [pr] = pulls();
    // What auto-merge later checks: the head the bot wrote and the login that opened it.
    expect(status.pull).toEqual({
      number: 1,
      desired: 5,
      head: pr!.head.sha,
      author: sim.botLogin,
    });
    expect(pr).toMatchObject({
      state: "open",
      title: "autoscale(jp1): 3 → 5 nodes",
      head: { ref: "cloudneutral/autoscale/jp1" },
      labels: ["autoscale", "scale-up"],
    });
    // Exactly the count's digits changed; the comments stay.
    expect(await gitShow("cloudneutral/autoscale/jp1")).toBe(TEXT.replace("= 3 #", "= 5 #"));
    expect(parseMetadata(pr!.body)).toEqual({
      region: "jp1",
      current: 3,
      desired: 5,
      recommendation: 5,
      at: "2026-11-22T10:00:00.000Z",
    });
    expect(pr!.body).toContain("| `n1` | ready | 1.80 | 2.00 | 90% |");
    expect(pr!.body).toContain("| `n3` | not ready | no data | 2.00 | – (not counted) |");
    expect(pr!.body).toContain("= 3.30 / 4.00 = 0.82");
    expect(pr!.body).toContain("ratio          = utilization / target = 0.82 / 0.60 = 1.38");
    expect(pr!.body).toContain("`platform-config/autoscale/jp1-nodes.yaml`: min 3, max 12");
    expect(pr!.body).toContain("averaged over the 300 s before 2026-11-22T10:00:00.000Z");
    expect(pr!.body).toContain("scale-down stabilization window 300 s + 300 s");

    // Same sizes, newer evidence: the PR is not edited.
    const patches = () =>
      sim.requests.filter((r) => r.method === "PATCH" && /pulls\/1$/.test(r.path));
    const again = await reconcilePull(
      { ...deps(), now: new Date("2026-11-22T10:05:00Z") },
      decided(5),
      status,
    );
    expect(again.outcome).toBe("unchanged");
    expect(patches()).toHaveLength(0);

    const moved = await reconcilePull(deps(), decided(6), again.status);
    expect(moved).toMatchObject({ outcome: "updated", number: 1 });
    expect(pulls()).toHaveLength(1);
    expect(pulls()[0]).toMatchObject({
      title: "autoscale(jp1): 3 → 6 nodes",
      labels: ["autoscale", "scale-up"],
    });
    expect(await gitShow("cloudneutral/autoscale/jp1")).toBe(TEXT.replace("= 3 #", "= 6 #"));

    const down = await reconcilePull(deps(), decided(3, "back at three"), moved.status);
    expect(down).toMatchObject({ outcome: "closed", number: 1 });
    expect(down.status.pull).toBeUndefined();
    expect(pulls()[0]!.state).toBe("closed");
    expect(
      sim
        .comments(OWNER, "platform", 1)
        .map((c) => c.body)
        .at(-1),
    ).toBe("The recommendation for jp1 is back at the current count, 3 nodes: back at three");
    await expect(
      gh.rest.git.getRef({ ...REPO, ref: "heads/cloudneutral/autoscale/jp1" }),
    ).rejects.toMatchObject({ status: 404 });
    // And then there is nothing to close.
    expect((await reconcilePull(deps(), decided(3), down.status)).outcome).toBe("steady");
  });

  it("labels a scale-down and swaps the direction label when the direction turns", async () => {
    const t = {
      ...target,
      text: "node_count = 6\n",
      count: readNodeCount("node_count = 6\n", FILE),
    };
    await sim.commit(OWNER, "platform", "main", { [FILE]: "node_count = 6\n" }, "six by hand");
    const d = (n: number) => ({ ...decided(n), target: t, current: 6 });
    const down = await reconcilePull(deps(), d(4), parseStatus(undefined, "jp1"));
    expect(pulls()[0]).toMatchObject({
      title: "autoscale(jp1): 6 → 4 nodes",
      labels: ["autoscale", "scale-down"],
    });
    await reconcilePull(deps(), d(8), down.status);
    expect(pulls()[0]!.labels).toEqual(["autoscale", "scale-up"]);
  });

  it("never pushes over a person's commit on the bot branch", async () => {
    const first = await reconcilePull(deps(), decided(5), parseStatus(undefined, "jp1"));
    const mine = await sim.commit(
      OWNER,
      "platform",
      "cloudneutral/autoscale/jp1",
      { [FILE]: "node_count = 4\n" },
      "four, not five",
      "alice",
    );
    const blocked = await reconcilePull(deps(), decided(6), first.status);
    expect(blocked).toMatchObject({ outcome: "blocked", number: 1 });
    expect(blocked.message).toMatch(/commits the bot did not make/);
    const { data } = await gh.rest.git.getRef({ ...REPO, ref: "heads/cloudneutral/autoscale/jp1" });
    expect(data.object.sha).toBe(mine);
    expect(pulls()[0]!.title).toBe("autoscale(jp1): 3 → 5 nodes");
    // Not even closed when the recommendation returns: the branch is the person's now.
    expect((await reconcilePull(deps(), decided(3), blocked.status)).outcome).toBe("blocked");
    expect(pulls()[0]!.state).toBe("open");
    expect(log.warnings.some((w) => w.includes("not updating cloudneutral/autoscale/jp1"))).toBe(
      true,
    );
  });

  it("takes a PR closed unmerged as 'not this size' until the recommendation changes", async () => {
    const first = await reconcilePull(deps(), decided(5), parseStatus(undefined, "jp1"));
    await gh.rest.pulls.update({ ...REPO, pull_number: 1, state: "closed" });

    const declined = await reconcilePull(deps(), decided(5), first.status);
    expect(declined).toMatchObject({ outcome: "declined", number: 1 });
    expect(declined.status.rejected).toMatchObject({ nodes: 5, pull: 1 });
    expect(declined.status.pull).toBeUndefined();
    // Remembered across runs, and still no new PR.
    const still = await reconcilePull(deps(), decided(5), declined.status);
    expect(still.outcome).toBe("declined");
    expect(pulls()).toHaveLength(1);

    // A different size is a new question.
    const six = await reconcilePull(deps(), decided(6), still.status);
    expect(six).toMatchObject({ outcome: "created", number: 2 });
    expect(six.status.rejected).toBeUndefined();
    expect(pulls().map((p) => [p.number, p.state, p.title])).toEqual([
      [1, "closed", "autoscale(jp1): 3 → 5 nodes"],
      [2, "open", "autoscale(jp1): 3 → 6 nodes"],
    ]);
  });

  it("takes a merged PR as done, not declined", async () => {
    const first = await reconcilePull(deps(), decided(5), parseStatus(undefined, "jp1"));
    await sim.mergePull(OWNER, "platform", 1);
    // The next checkout has 5; the decision stays there.
    const five =
      '# jp1\'s node count; the autoscaler owns it\nnode_count = 5 # three\nzone = "a"\n';
    const t = { ...target, text: five, count: readNodeCount(five, FILE) };
    const after = await reconcilePull(
      deps(),
      { ...decided(5), target: t, current: 5 },
      first.status,
    );
    expect(after.outcome).toBe("steady");
    expect(after.status.pull).toBeUndefined();
    expect(after.status.rejected).toBeUndefined();
  });
});

describe("dry run against a real Prometheus", () => {
  // Evaluated at a fixed time in the past, so every figure is exact.
  const END = Math.floor(Date.now() / 60_000) * 60 - 600;
  let prom: RunningServer;

  beforeAll(async () => {
    const nodes = ["n1", "n2", "n3"].map((name) => ({ name, cpus: 2, busy: 0.75 }));
    prom = await startPrometheus(nodeExporter(END, "jp1", nodes));
  });
  afterAll(async () => {
    await prom.stop();
  });

  it("decides every region and writes nothing", async () => {
    const repo = await sampleRepo({ infra: true });
    const before = await snapshotTree(repo);
    const log = recording();
    const result = await proposeAutoscale({
      configDir: "platform-config",
      infraDir: "infra",
      repoDir: repo,
      prometheusUrl: prom.url,
      dryRun: true,
      now: new Date(END * 1000),
      query: { timeoutMs: 5000, attempts: 1 },
      log,
    });
    // jp1: 4.5 of 6 CPUs = 0.75 vs 0.6 → ratio 1.25 → ceil(3.75) = 4.
    const jp1 = result.regions.find((r) => r.region === "jp1");
    expect(jp1).toMatchObject({
      current: 3,
      desired: 4,
      recommendation: 4,
      outcome: "dry-run",
      message: "would propose 3 → 4",
      tfvarsFile: "infra/node-pool/jp1.tfvars",
    });
    expect(jp1!.reason).toBe(
      "utilization 0.75 over 3 ready nodes vs target 0.60 → ratio 1.25 → 4 nodes",
    );
    // The other regions have no series: no data, never a scale-down.
    for (const r of result.regions.filter((x) => x.region !== "jp1"))
      expect(r).toMatchObject({ outcome: "no-data", desired: r.current, recommendation: null });
    expect(result.regions.map((r) => r.region)).toEqual(["cn1", "eu1", "jp1", "sg1"]);
    expect(
      log.warnings.filter((w) =>
        /eu1: no data: \w+ of the nodes of region eu1: the query returned nothing/.test(w),
      ),
    ).toHaveLength(1);
    expect(await snapshotTree(repo)).toEqual(before);
  });

  it("refuses to write without GitHub, and reports every broken file before asking anyone", async () => {
    const repo = await sampleRepo({ infra: true });
    await expect(
      proposeAutoscale({
        configDir: "platform-config",
        infraDir: "infra",
        repoDir: repo,
        dryRun: false,
        log: silentLogger,
      }),
    ).rejects.toThrow(/needs a GitHub token/);
    await writeFile(path.join(repo, "infra/node-pool/jp1.tfvars"), "node_count = lots\n");
    await writeFile(path.join(repo, "infra/node-pool/eu1.tfvars"), "# gone\n");
    const err = await proposeAutoscale({
      configDir: "platform-config",
      infraDir: "infra",
      repoDir: repo,
      prometheusUrl: prom.url,
      dryRun: true,
      log: silentLogger,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).problems).toEqual([
      {
        root: ".",
        file: "infra/node-pool/eu1.tfvars",
        line: 1,
        column: 1,
        message: expect.stringMatching(/found none/),
      },
      {
        root: ".",
        file: "infra/node-pool/jp1.tfvars",
        line: 1,
        column: 14,
        message: 'expected a whole number of nodes, got "lots"',
      },
    ]);
  });

  it("refuses a hand-edited count outside the pool's bounds or past 10,000, at file:line:column, without sizing anything by it", async () => {
    const repo = await sampleRepo({ infra: true });
    await writeFile(path.join(repo, "infra/node-pool/jp1.tfvars"), "node_count = 17\n");
    await writeFile(
      path.join(repo, "infra/node-pool/eu1.tfvars"),
      "# hand edit\nnode_count = 9007199254740991\n",
    );
    const err = await proposeAutoscale({
      configDir: "platform-config",
      infraDir: "infra",
      repoDir: repo,
      prometheusUrl: prom.url,
      dryRun: true,
      log: silentLogger,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^infra\/node-pool\/eu1\.tfvars:2:14: 900719925474… nodes is more than the 10,000/,
      ),
      "infra/node-pool/jp1.tfvars:1:14: 17 nodes is outside region jp1's pool bounds [3, 16] (Region.spec.nodePool); fix the count or the bounds",
    ]);
  });

  it("autoscaleDryRun: markdown per region, quickly when Prometheus is unreachable or silent", async () => {
    const repo = await sampleRepo({ infra: true });
    const config = path.join(repo, "platform-config");
    const infra = path.join(repo, "infra");
    // autoscaleDryRun asks at the current time: a history that ends now.
    const nodes = ["n1", "n2", "n3"].map((name) => ({ name, cpus: 2, busy: 0.75 }));
    const live = await startPrometheus(
      nodeExporter(Math.floor(Date.now() / 1000) - 10, "jp1", nodes),
    );
    try {
      const markdown = await autoscaleDryRun(config, infra, live.url);
      expect(markdown).toMatch(/^### Autoscale \(dry run\)/);
      expect(markdown).toContain("| `jp1` | 3 | 4 | 4 | dry run |  |");
      expect(markdown).toContain("- `jp1`: would propose 3 → 4 — utilization 0.7");
    } finally {
      await live.stop();
    }

    const port = await freePort();
    let started = Date.now();
    const down = await autoscaleDryRun(config, infra, `http://127.0.0.1:${port}`);
    // Refused at once, no waiting; loose enough for a busy machine.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(down).toContain(`\`jp1\`: no data: Prometheus at http://127.0.0.1:${port} unreachable`);
    expect(down).toContain("| `jp1` | 3 | – | 3 | no data: no decision |  |");

    const hang = await startFaultServer(["hang"]);
    try {
      started = Date.now();
      const silent = await autoscaleDryRun(config, infra, hang.url);
      // Twelve queries timing out after 1.5 s each would take 18 s one after another; the
      // bound stays below that, with room for a busy machine.
      expect(Date.now() - started).toBeLessThan(12_000);
      expect(silent).toContain("did not answer in time");
      // One attempt per query: three queries for each of the four regions.
      expect(hang.requests).toHaveLength(12);
    } finally {
      await hang.stop();
    }

    await writeFile(path.join(infra, "node-pool/jp1.tfvars"), "node_count = 3\nnode_count = 4\n");
    expect(await autoscaleDryRun(config, infra, prom.url)).toContain(
      "is set a second time (first on line 1)",
    );
    expect(await readFile(path.join(infra, "node-pool/jp1.tfvars"), "utf8")).toBe(
      "node_count = 3\nnode_count = 4\n",
    );
  });
});

describe("cloudneutral autoscale propose", () => {
  async function cli(args: string[], env: Record<string, string | undefined> = {}) {
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    const set = (vars: Record<string, string | undefined>) => {
      for (const [k, v] of Object.entries(vars)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    };
    set(env);
    let stdout = "";
    let stderr = "";
    try {
      const code = await autoscaleCommand(["propose", ...args], {
        out: (t) => (stdout += t),
        err: (t) => (stderr += t),
      });
      return { code, stdout, stderr };
    } finally {
      set(saved);
    }
  }

  it.each([
    [[], /name the repository with --repo OWNER\/NAME, or use --dry-run/],
    [["--repo", "acme"], /--repo must be OWNER\/NAME, got "acme"/],
    [["--repo", "acme/platform"], /needs a token in GITHUB_TOKEN/],
    [["--dry-run", "--format", "yaml"], /--format must be markdown or json, not "yaml"/],
    [
      ["--dry-run", "--auto-merge", "always"],
      /--auto-merge must be one of none, scale-up, all, not "always"/,
    ],
    [["--dry-run", "--nope"], /Unknown option '--nope'/],
    [
      ["--dry-run", "--region", "xx1"],
      /no AutoscalePolicy for region "xx1"; regions with one: cn1, eu1, jp1, sg1/,
    ],
  ])("exits 2 on %j", async (args, message) => {
    const r = await cli(args, { GITHUB_TOKEN: undefined });
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: "" });
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("cloudneutral autoscale propose [--dry-run]");
  });

  it("proposes from a checkout with GITHUB_TOKEN, and prints a dry run as JSON without one", async () => {
    const sim = await startGitHubSim();
    const repo = await sampleRepo({ infra: true });
    await gitCheckout(repo);
    await sim.createRepo("acme", "platform");
    await run("git", ["push", "-q", "--force", sim.gitUrl("acme", "platform"), "main"], {
      cwd: repo,
    });
    const nodes = ["n1", "n2", "n3"].map((name) => ({ name, cpus: 2, busy: 0.75 }));
    const live = await startPrometheus(
      nodeExporter(Math.floor(Date.now() / 1000) - 5, "jp1", nodes),
    );
    try {
      const common = [
        "--config",
        path.join(repo, "platform-config"),
        "--infra",
        path.join(repo, "infra"),
      ];
      const dry = await cli(
        [...common, "--dry-run", "--region", "jp1", "--prometheus", live.url, "--format", "json"],
        { GITHUB_TOKEN: undefined },
      );
      expect(dry.code, dry.stderr).toBe(0);
      expect(JSON.parse(dry.stdout).regions).toEqual([
        expect.objectContaining({
          region: "jp1",
          desired: 4,
          outcome: "dry-run",
          tfvarsFile: "infra/node-pool/jp1.tfvars",
        }),
      ]);
      expect(sim.requests).toEqual([]);

      const real = await cli(
        [...common, "--region", "jp1", "--prometheus", live.url, "--repo", "acme/platform"],
        {
          GITHUB_TOKEN: sim.token,
          GITHUB_API_URL: sim.url,
        },
      );
      expect(real.code, real.stderr).toBe(0);
      expect(real.stdout).toContain("| `jp1` | 3 | 4 | 4 | PR opened | #1 |");
      expect(sim.pulls("acme", "platform")).toEqual([
        expect.objectContaining({
          title: "autoscale(jp1): 3 → 4 nodes",
          labels: ["autoscale", "scale-up"],
        }),
      ]);
      expect(sim.openapiErrors).toEqual([]);
    } finally {
      await live.stop();
      await sim.close();
    }
  }, 120_000);
});

describe("the stabilization window's history", () => {
  const now = new Date("2026-11-22T10:00:00Z");
  const idle = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => ({
    name: `n${i}`,
    usage: 0.05,
    capacity: 1,
    ready: true,
  }));
  const busy = idle.map((n) => ({ ...n, usage: 1 }));
  const policy = { min: 1, max: 20, targetUtilization: 0.5 };
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

  const statusWith = (recommendations: { at: Date; nodes: number }[]) => ({
    region: "jp1",
    recommendations: recommendations.map((r) => ({ at: r.at.toISOString(), nodes: r.nodes })),
  });
  const seed = { now, current: 8, windowSeconds: 300 };

  it("starts from the current count, so one run's evidence never cuts the pool", async () => {
    const { pastRecommendations } = await import("../lib/autoscale/status.ts");
    const { decide } = await import("../lib/autoscale/decide.ts");
    const seeded = pastRecommendations(undefined, seed);
    expect(seeded).toEqual([{ at: now, nodes: 8 }]);
    const d = decide({ policy, current: 8, nodes: idle, now, recommendations: seeded });
    expect(d).toMatchObject({ recommendation: 1, desired: 8 });
  });

  it("is seeded too when all its history is older than the window (after an outage): 8 stays 8", async () => {
    const { pastRecommendations } = await import("../lib/autoscale/status.ts");
    const { decide } = await import("../lib/autoscale/decide.ts");
    const old = [60, 50, 40].map((m) => ({ at: minutesAgo(m), nodes: 8 }));
    const history = pastRecommendations(statusWith(old), seed);
    expect(history).toHaveLength(4);
    expect(
      decide({ policy, current: 8, nodes: idle, now, recommendations: history }),
    ).toMatchObject({
      recommendation: 1,
      desired: 8,
    });
    // With a recommendation inside the five-minute window, the window decides, unseeded.
    const recent = pastRecommendations(statusWith([...old, { at: minutesAgo(2), nodes: 2 }]), seed);
    expect(recent).toHaveLength(4);
    expect(decide({ policy, current: 8, nodes: idle, now, recommendations: recent })).toMatchObject(
      {
        desired: 2, // the highest recommendation of the window
      },
    );
    // A recommendation from the future is not inside the window: seeded.
    const skewed = [{ at: new Date(now.getTime() + 60_000), nodes: 1 }];
    expect(pastRecommendations(statusWith(skewed), seed)).toContainEqual({
      at: now,
      nodes: 8,
    });
  });

  it("ignores recommendations and scale events timestamped in the future, and says so", async () => {
    const { decide } = await import("../lib/autoscale/decide.ts");
    const future = new Date(now.getTime() + 3600_000);
    const d = decide({
      policy,
      current: 8,
      nodes: busy,
      now,
      recommendations: [{ at: future, nodes: 8 }],
      events: [{ at: future, from: 4, to: 8 }],
    });
    expect(d.desired).toBe(16);
    expect(d.reason).toMatch(
      /ignored 2 past recommendation\(s\) or scale event\(s\) timestamped after now/,
    );
  });
});

describe("a hand-edited node count", () => {
  it.each([
    ["9007199254740991", /900719925474… nodes is more than the 10,000 this tool manages/],
    ["5000000", /5000000 nodes is more than the 10,000/],
  ])("%s is a clear error at file:line:column, not a crash", async (count, message) => {
    const { readNodeCount } = await import("../lib/autoscale/tfvars.ts");
    const text = `# pool\nnode_count = ${count}\n`;
    const err = (() => {
      try {
        readNodeCount(text, "infra/node-pool/jp1.tfvars");
      } catch (e) {
        return e as ConfigurationError;
      }
    })();
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err?.problems).toEqual([
      expect.objectContaining({ file: "infra/node-pool/jp1.tfvars", line: 2, column: 14 }),
    ]);
    expect(err?.problems[0]?.message).toMatch(message);
  });
});
