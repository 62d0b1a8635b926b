// Pre-authorised node counts (lib/policy/preauthorised.ts): the autoscaler's PR that changes
// only a region's count, within that region's AutoscalePolicy on the base branch, passes the
// gates with no approval and outside the maintenance window — and every way to borrow that
// exemption for anything else is refused. The pure decision first, then `policy check` on
// real git repositories as the action runs it.
import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type LoadedConfig, validateConfig } from "../lib/model/index.ts";
import { evaluateGates } from "../lib/policy/gates.ts";
import { resolveMatrix, routeStacks } from "../lib/policy/matrix.ts";
import {
  DEFAULT_AUTOSCALE_AUTHOR,
  type PreauthorisationInput,
  preauthorise,
} from "../lib/policy/preauthorised.ts";
import { gitCheckout, gitCommit } from "./harness.ts";
import { cli, SAMPLE_CONFIG, sampleRepo } from "./helpers.ts";

const BOT = DEFAULT_AUTOSCALE_AUTHOR;
const HEADER =
  "# Desired node count of region jp1. Created by render at the pool's min; owned by\n" +
  "# autoscale-propose from then on (render never rewrites it).\n";
const pool = (count: number | string, extra = "") =>
  new TextEncoder().encode(`${HEADER}node_count = ${count}\n${extra}`);

let sample: LoadedConfig;
beforeAll(async () => {
  sample = (await validateConfig(SAMPLE_CONFIG)).config;
});

function input(over: Partial<PreauthorisationInput> = {}): PreauthorisationInput {
  return {
    unit: {
      id: "stacks/k8s-base/jp1",
      layer: "k8s-base",
      region: "jp1",
      files: ["node-pool/jp1.tfvars"],
    },
    authors: [BOT],
    bot: BOT,
    trusted: [sample],
    file: "infra/node-pool/jp1.tfvars",
    before: pool(3),
    after: pool(4),
    ...over,
  };
}

describe("preauthorise", () => {
  it("allows the bot's count edit within the policy's bounds and rate limits, naming the policy", () => {
    const verdict = preauthorise(input());
    expect(verdict).toMatchObject({
      ok: true,
      unit: "stacks/k8s-base/jp1",
      from: 3,
      to: 4,
      policies: [{ name: "AutoscalePolicy/jp1-nodes", at: { file: "autoscale/jp1-nodes.yaml" } }],
    });
    // Logins are case-insensitive on GitHub.
    expect(preauthorise(input({ authors: [BOT.toUpperCase()] })).ok).toBe(true);
  });

  it.each<[string, Partial<PreauthorisationInput>, RegExp]>([
    ["another author", { authors: ["mallory"] }, /written by mallory/],
    ["a second author", { authors: [BOT, "mallory"] }, /written by mallory/],
    ["no author known", { authors: [] }, /no pull request by the autoscaler/],
    ["no bot configured", { bot: "" }, /no autoscale author/],
    ["a comment too", { after: pool(4, "# and more\n") }, /changes more than the node count/],
    ["another variable", { after: pool(4, 'instance_type = "x"\n') }, /more than the node count/],
    ["leading zeros", { after: pool("04") }, /changes more than the node count/],
    [
      "above the max",
      { before: pool(10), after: pool(13) },
      /outside AutoscalePolicy\/jp1-nodes's \[3, 12\]/,
    ],
    [
      "beyond the rate limit",
      { after: pool(8) },
      /beyond AutoscalePolicy\/jp1-nodes's rate limits/,
    ],
    [
      "a hostile count",
      { after: pool("9007199254740991") },
      /jp1\.tfvars:3:14: .*more than the 10,000/,
    ],
    ["no change of count", { after: pool(3) }, /does not change/],
    ["a created file", { before: "missing" }, /created or removed/],
    [
      "another file of the unit",
      { unit: { ...input().unit, files: ["node-pool/jp1.tfvars", "stacks/k8s-base/jp1/main.tf"] } },
      /not node-pool\/jp1\.tfvars alone/,
    ],
    [
      "another region's file",
      { unit: { ...input().unit, id: "stacks/k8s-base/sg1", region: "sg1" } },
      /not node-pool\/sg1\.tfvars alone/,
    ],
    [
      "a path that climbs",
      { unit: { ...input().unit, files: ["node-pool/../node-pool/jp1.tfvars"] } },
      /not node-pool\/jp1\.tfvars alone/,
    ],
    ["another layer", { unit: { ...input().unit, layer: "platform" } }, /a platform unit/],
  ])("refuses %s", (_, over, why) => {
    const verdict = preauthorise(input(over));
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.why).toMatch(why);
  });

  it("needs every trusted configuration to allow it: a region without a policy allows nothing", () => {
    const bare = { ...sample, byKind: { ...sample.byKind, AutoscalePolicy: [] } };
    const verdict = preauthorise(input({ trusted: [sample, bare] }));
    expect(!verdict.ok && verdict.why).toBe("no AutoscalePolicy for region jp1");
  });
});

describe("the gates of a node-count change", () => {
  const stack = {
    unit: "stacks/k8s-base/jp1",
    layer: "k8s-base" as const,
    region: "jp1",
    files: [{ path: "node-pool/jp1.tfvars", change: "update" as const }],
  };
  const gates = (author: string) =>
    evaluateGates({
      changes: {
        base: "b",
        head: "h",
        mergeBase: "m",
        documents: [],
        stacks: [stack],
        resources: [],
        guarded: [],
      },
      trusted: sample,
      base: sample,
      head: sample,
      routes: routeStacks(resolveMatrix(undefined), [stack], []),
      pr: { number: 9, author, labels: [], headSha: "h", reviews: [] },
      // A Thursday: jp1's window is on Sundays.
      now: new Date("2026-12-03T10:00:00Z"),
      teams: new Map(),
      autoscaleAuthor: BOT,
      nodePools: [
        {
          path: "node-pool/jp1.tfvars",
          file: "infra/node-pool/jp1.tfvars",
          before: pool(3),
          after: pool(4),
        },
      ],
    });

  it("asks the bot's pre-authorised count for no approval and no window, outside it", () => {
    const outcome = gates(BOT);
    expect(outcome.results).toEqual([]);
    expect(outcome.approvals.required).toBe(0);
    expect(outcome.preauthorised.map((a) => a.policies[0]?.name)).toEqual([
      "AutoscalePolicy/jp1-nodes",
    ]);
  });

  it("holds anyone else's count for approvals and the window", () => {
    const outcome = gates("alice");
    expect(outcome.preauthorised).toEqual([]);
    expect(outcome.results.map((r) => [r.rule, r.severity])).toEqual([
      ["gate/approvals", "deny"],
      ["gate/maintenance-window", "warn"],
    ]);
    expect(outcome.results[1]?.message).toContain(
      "apply holds them until the next opens 2026-12-06T17:00:00Z",
    );
  });
});

const run = promisify(execFile);

interface Json {
  decision: string;
  results: { rule: string; severity: string; message: string; object: string }[];
  preauthorised: { unit: string; from: number; to: number; author: string; policies: string[] }[];
}

describe("policy check of an autoscaler PR", () => {
  let repo: string;
  let cwd: string;

  beforeEach(async () => {
    repo = await sampleRepo({ infra: true });
    await gitCheckout(repo);
    await run("git", ["checkout", "-q", "-b", "autoscale/jp1"], { cwd: repo });
    cwd = process.cwd();
    process.chdir(repo);
  });

  afterEach(() => {
    process.chdir(cwd);
  });

  async function setCount(count: number, extra = "") {
    const file = path.join(repo, "infra/node-pool/jp1.tfvars");
    const text = await readFile(file, "utf8");
    expect(text).toContain("node_count = 3\n");
    await writeFile(file, text.replace("node_count = 3\n", `node_count = ${count}\n${extra}`));
  }

  async function check(author: string, format = "json") {
    const pr = path.join(repo, "..", `pr-${path.basename(repo)}.json`);
    await writeFile(pr, JSON.stringify({ number: 9, author, labels: [], reviews: [] }));
    return cli("policy", "check", "--base", "main", "--pr", pr, "--format", format);
  }

  it("allows the bot's 3 → 4 with no approval and names the policy; anyone else is denied", async () => {
    await setCount(4);
    await gitCommit(repo, "autoscale jp1: 3 → 4 nodes");
    const result = await check(BOT);
    const json = JSON.parse(result.stdout) as Json;
    expect(json.decision).toBe("allow");
    expect(result.code).toBe(0);
    expect(json.preauthorised).toEqual([
      {
        unit: "stacks/k8s-base/jp1",
        from: 3,
        to: 4,
        author: BOT,
        policies: ["AutoscalePolicy/jp1-nodes"],
      },
    ]);
    // No approval asked, no maintenance window, whatever the day: nothing at all about the unit.
    expect(json.results).toEqual([]);
    const text = await check(BOT, "text");
    expect(text.stdout).toContain("Pre-authorised: `stacks/k8s-base/jp1`");
    expect(text.stdout).toContain("AutoscalePolicy/jp1-nodes");
    expect(text.stdout).toContain("`platform-config/autoscale/jp1-nodes.yaml:");

    // The same diff from a person: the usual gates (approvals) decide.
    const other = JSON.parse((await check("mallory")).stdout) as Json;
    expect(other.decision).toBe("deny");
    expect(other.preauthorised).toEqual([]);
    expect(other.results).toContainEqual(
      expect.objectContaining({ rule: "gate/approvals", severity: "deny" }),
    );
    // A CLI run that names no bot pre-authorises nothing.
    const pr = path.join(repo, "..", `pr-${path.basename(repo)}.json`);
    const none = await cli(
      "policy",
      "check",
      "--base",
      "main",
      "--pr",
      pr,
      "--autoscale-author",
      "",
      "--format",
      "json",
    );
    expect(none.code).toBe(1);
  });

  it("denies the bot's count edit with anything else in the file, saying why it is not pre-authorised", async () => {
    await setCount(4, "# a note\n");
    await gitCommit(repo, "autoscale jp1: 3 → 4 nodes, and a comment");
    const json = JSON.parse((await check(BOT)).stdout) as Json;
    expect(json.decision).toBe("deny");
    expect(json.preauthorised).toEqual([]);
    expect(json.results).toContainEqual(
      expect.objectContaining({
        rule: "gate/preauthorised",
        severity: "warn",
        message: expect.stringContaining("changes more than the node count"),
      }),
    );
    expect(json.results).toContainEqual(
      expect.objectContaining({ rule: "gate/approvals", severity: "deny" }),
    );
  });

  it("judges the count by the base branch's policy even when the PR widens the max", async () => {
    await run("git", ["checkout", "-q", "main"], { cwd: repo });
    await setCount(10);
    await gitCommit(repo, "jp1 at 10 nodes");
    await run("git", ["checkout", "-q", "-B", "autoscale/jp1"], { cwd: repo });
    const policy = path.join(repo, "platform-config/autoscale/jp1-nodes.yaml");
    await writeFile(policy, (await readFile(policy, "utf8")).replace("max: 12", "max: 16"));
    const file = path.join(repo, "infra/node-pool/jp1.tfvars");
    await writeFile(
      file,
      (await readFile(file, "utf8")).replace("node_count = 10", "node_count = 13"),
    );
    await gitCommit(repo, "autoscale jp1: 10 → 13, and a wider policy");
    const json = JSON.parse((await check(BOT)).stdout) as Json;
    expect(json.decision).toBe("deny");
    expect(json.preauthorised).toEqual([]);
    expect(json.results).toContainEqual(
      expect.objectContaining({
        rule: "gate/preauthorised",
        message: expect.stringContaining("13 nodes is outside AutoscalePolicy/jp1-nodes's [3, 12]"),
      }),
    );
    // The policy change itself needs the platform owners, as every policy change does.
    expect(json.results).toContainEqual(
      expect.objectContaining({ rule: "gate/approvals", severity: "deny" }),
    );
  });

  it("denies a jump beyond the rate limits, and a count in a file of no region", async () => {
    await setCount(8);
    await gitCommit(repo, "autoscale jp1: 3 → 8");
    const jump = JSON.parse((await check(BOT)).stdout) as Json;
    expect(jump.decision).toBe("deny");
    expect(jump.results).toContainEqual(
      expect.objectContaining({
        rule: "gate/preauthorised",
        message: expect.stringContaining("beyond AutoscalePolicy/jp1-nodes's rate limits"),
      }),
    );

    await run("git", ["reset", "-q", "--hard", "main"], { cwd: repo });
    await mkdir(path.join(repo, "infra/node-pool/sub"), { recursive: true });
    await writeFile(path.join(repo, "infra/node-pool/sub/jp1.tfvars"), "node_count = 4\n");
    await writeFile(path.join(repo, "infra/node-pool/xx9.tfvars"), "node_count = 4\n");
    await gitCommit(repo, "counts elsewhere");
    const elsewhere = JSON.parse((await check(BOT)).stdout) as Json;
    expect(elsewhere.decision).toBe("deny");
    expect(elsewhere.preauthorised).toEqual([]);
    expect(elsewhere.results).toContainEqual(
      expect.objectContaining({ rule: "gate/platform-files", object: "infra/node-pool/sub" }),
    );
  });
});
