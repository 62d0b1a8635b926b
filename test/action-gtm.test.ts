// The bundled gtm-reconcile action as the runner runs it (dist/gtm-reconcile.js under Node
// 24, INPUT_* and GITHUB_* variables, an event payload), against a real PowerDNS answering
// dig, region ingresses on loopback and the local GitHub: one round, a watch that takes a
// dead region out within the job, repository_dispatch with a strictly checked payload, a
// dry run, and a missing provider secret.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGitHubClient, type GitHub } from "../lib/github/client.ts";
import { statusStore } from "../lib/github/status-store.ts";
import { silentLogger } from "../lib/logger.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import { type ActionRun, gitCheckout, type RunActionOptions, runAction } from "./harness.ts";
import { type HealthFleet, pdnsPatch, startHealthFleet, writeGtmConfig } from "./health-servers.ts";
import { type PdnsServer, startPdns } from "./pdns/server.ts";
import { freePort } from "./prometheus/server.ts";

const ZONE = "act.test.";
const NAME = "api.act.test";
const JP = "127.0.0.51";
const SG = "127.0.0.52";
const EU = "127.0.0.53";
const REPO = { owner: "cloudneutral", repo: "platform" };

let pdns: PdnsServer;
let sim: GitHubSim;
let gh: GitHub;
let fleet: HealthFleet;
let workspace: string;
let deadPrometheus: string;

beforeAll(async () => {
  [pdns, sim, fleet] = await Promise.all([
    startPdns({ kind: "gsqlite3" }),
    startGitHubSim(),
    startHealthFleet([JP, SG, EU]),
  ]);
  await pdns.createZone(ZONE);
  await sim.createRepo(REPO.owner, REPO.repo);
  gh = createGitHubClient({
    token: sim.token,
    baseUrl: sim.url,
    log: silentLogger,
    minWriteIntervalMs: 0,
  });
  deadPrometheus = `http://gtm:s3cret-pw@127.0.0.1:${await freePort()}`;
  workspace = await checkout();
}, 90_000);

afterAll(async () => {
  const openapiErrors = [...(sim?.openapiErrors ?? [])];
  await Promise.all([pdns?.dispose(), sim?.close(), fleet?.close()]);
  if (workspace) await rm(workspace, { recursive: true, force: true });
  expect(openapiErrors).toEqual([]);
});

/** The workspace of every test: the status branch and the zone carry over between them. */
async function checkout(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "cn-gtm-ws-"));
  await writeGtmConfig({
    dir: path.join(dir, "platform-config"),
    zone: "act.test",
    publicName: NAME,
    regions: { jp1: [JP], sg1: [SG], eu1: [EU] },
    policy: [
      { region: "jp1", weight: 2, failover: ["sg1"] },
      { region: "sg1", weight: 1 },
      { region: "eu1", weight: 1 },
    ],
    port: fleet.port,
    pdnsUrl: pdns.apiUrl,
  });
  await gitCheckout(dir);
  return dir;
}

function gtm(over: Partial<RunActionOptions> = {}): Promise<ActionRun> {
  return runAction("gtm-reconcile", {
    workspace,
    apiUrl: sim.url,
    token: sim.token,
    eventName: "schedule",
    event: { schedule: "*/5 * * * *" },
    env: { PDNS_API_KEY: pdns.apiKey },
    ...over,
    inputs: { "prometheus-url": deadPrometheus, ...over.inputs },
  });
}

interface DecisionOutput {
  ok: boolean;
  dryRun: boolean;
  policies: {
    policy: string;
    regions: { region: string; state: string; weight: number; share: number; probe: string }[];
    dns: { status: string; create: number; update: number; delete: number };
    record: { written: boolean; commit: string | null; message: string };
  }[];
}

const decisionOf = (run: ActionRun) => JSON.parse(run.outputs.decision ?? "{}") as DecisionOutput;
const answered = async () => new Set(await pdns.digMany(NAME, "A", 40));

async function decisions(): Promise<string[]> {
  const store = statusStore(gh, { repo: REPO, branch: "cloudneutral/status", log: silentLogger });
  return (await store.history("gtm/api.json")).map((c) => c.message).reverse();
}

const failureOf = (run: ActionRun) =>
  run.annotations.filter((a) => a.kind === "error").map((a) => a.message);

describe("gtm-reconcile action", () => {
  it("reconciles one round, summarises it and outputs the decision; a second run changes nothing", async () => {
    const first = await gtm();
    expect(failureOf(first)).toEqual([]);
    expect(first.code).toBe(0);
    // Secrets are masked before anything could print them: the provider's key and the
    // password in the Prometheus URL.
    expect(first.stdout).toContain(`::add-mask::${pdns.apiKey}`);
    expect(first.stdout).toContain("::add-mask::s3cret-pw");
    expect(first.stdout.split(pdns.apiKey)).toHaveLength(2);
    expect(first.stdout.split("s3cret-pw")).toHaveLength(2);
    const d = decisionOf(first);
    expect(d.policies[0]!.regions.map((r) => [r.region, r.state, r.weight, r.probe])).toEqual([
      ["jp1", "up", 2, "ok"],
      ["sg1", "up", 1, "ok"],
      ["eu1", "up", 1, "ok"],
    ]);
    expect(d.policies[0]!.dns).toMatchObject({ status: "applied", create: 1 });
    expect(d.policies[0]!.record.written).toBe(true);
    expect(first.summary).toContain("## GTM reconcile");
    expect(first.summary).toContain("| region | state | weight | share | probes | metrics | why |");
    expect(first.summary).toMatch(/\| `jp1` \| ✅ up \| – → \*\*2\*\* \| – → 50% \| 1\/1 ok/);
    expect(first.summary).toContain("```mermaid\npie title api.act.test traffic shares");
    expect(first.summary).toMatch(
      /unknown ready nodes, error rate, latency: Prometheus at http:\/\/127\.0\.0\.1:\d+/,
    );
    expect(await answered()).toEqual(new Set([JP, SG, EU]));
    expect(await decisions()).toEqual(["api.act.test: jp1 up → 2; sg1 up → 1; eu1 up → 1"]);

    const second = await gtm();
    expect(second.code).toBe(0);
    expect(decisionOf(second).policies[0]!.dns.status).toBe("unchanged");
    expect(second.summary).toContain("already serves this decision (1 read(s), 0 write(s)");
    expect(await decisions()).toHaveLength(1);
  });

  it("watches: a region killed during the job leaves the answers within it", async () => {
    await fleet.kill(JP);
    try {
      const run = await gtm({ inputs: { "watch-seconds": "1", "for-minutes": "0.1" } });
      expect(failureOf(run)).toEqual([]);
      expect(run.stdout).toMatch(/gtm round 3: api: jp1=0 sg1=3 eu1=1 dns=applied/);
      expect(run.stdout).toMatch(/gtm round 4: api: jp1=0 sg1=3 eu1=1 dns=unchanged/);
      const d = decisionOf(run);
      expect(d.policies[0]!.regions[0]).toMatchObject({ region: "jp1", state: "down", weight: 0 });
      expect(await answered()).toEqual(new Set([SG, EU]));
      // One commit for the decision; the counters before it waited in memory.
      expect((await decisions()).slice(1)).toEqual([
        "api.act.test: jp1 down, 3/3 probes failed → 0; sg1 up, +2 from jp1 → 3",
      ]);
      expect(run.summary).toContain("Mode: watch, a round every 1 s for 0.1 min");
      expect(run.summary).toMatch(
        /Decisions this run \(with their commit on the status branch, when recorded\):\n\n- \d\d:\d\d:\d\d `[0-9a-f]{7}` api\.act\.test: jp1 down/,
      );
    } finally {
      await fleet.revive(JP);
    }
  });

  it("takes a repository_dispatch for one policy, and refuses a payload that is not strictly valid", async () => {
    const before = (await decisions()).length;
    const ok = await gtm({
      eventName: "repository_dispatch",
      event: {
        action: "cloudneutral-gtm",
        client_payload: { policy: "api", reason: "alertmanager: ApiDown <b>@team</b>" },
      },
    });
    expect(failureOf(ok)).toEqual([]);
    // The sender's text is shown, never interpreted: no tags, no mentions.
    expect(ok.summary).toContain(
      "Triggered by repository_dispatch for api: alertmanager: ApiDown &#60;b&#62;&#64;team&#60;/b&#62;.",
    );
    expect(decisionOf(ok).policies.map((p) => p.policy)).toEqual(["api"]);

    for (const client_payload of [
      { policy: "api", extra: "x" },
      { policy: "../../etc" },
      { policy: "nope" },
      { reason: "line\nbreak" },
      ["api"],
    ]) {
      const bad = await gtm({
        eventName: "repository_dispatch",
        event: { action: "cloudneutral-gtm", client_payload },
      });
      expect(bad.code, JSON.stringify(client_payload)).toBe(1);
      expect(failureOf(bad)[0]).toMatch(/client_payload/);
      expect(bad.outputs.decision).toBeUndefined();
    }
    // jp1 came back during this test's first run or the ones before: only those commits.
    const made = (await decisions()).slice(before);
    expect(made.every((m) => m.startsWith("api.act.test: "))).toBe(true);
  });

  it("writes nothing in a dry run", async () => {
    await pdnsPatch(pdns, ZONE, [{ name: `${NAME}.`, type: "LUA", changetype: "DELETE" }]);
    const before = await decisions();
    const dry = await gtm({ inputs: { "dry-run": "true" } });
    expect(failureOf(dry)).toEqual([]);
    const d = decisionOf(dry);
    expect(d.dryRun).toBe(true);
    expect(d.policies[0]!.dns).toMatchObject({ status: "planned", create: 1 });
    expect(dry.summary).toContain("## GTM reconcile (dry run)");
    expect(await pdns.dig(NAME, "A")).toEqual([]);
    expect(await decisions()).toEqual(before);
    const real = await gtm();
    expect(decisionOf(real).policies[0]!.dns.status).toBe("applied");
    expect((await answered()).size).toBeGreaterThan(0);
  });

  it("fails with the variable's name when the provider's secret is missing", async () => {
    const run = await gtm({ env: {} });
    expect(run.code).toBe(1);
    expect(failureOf(run).join("\n")).toMatch(/the environment variable PDNS_API_KEY is not set/);
    expect(decisionOf(run).policies[0]!.dns.status).toBe("failed");
  });

  it("refuses a watch without a duration and an empty token outside dry runs", async () => {
    const watch = await gtm({ inputs: { "watch-seconds": "10" } });
    expect(failureOf(watch)).toEqual([
      'input "watch-seconds" needs "for-minutes" (how long the watch goes on)',
    ]);
    const token = await gtm({ inputs: { token: "" } });
    expect(failureOf(token)[0]).toMatch(/input "token" is empty/);
  });
});

describe("the zone-file provider in CI", () => {
  it("commits the zone file it changed to the branch it ran on, and nothing when converged", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "cn-gtm-zone-"));
    await writeGtmConfig({
      dir: path.join(dir, "platform-config"),
      zone: "act.test",
      publicName: NAME,
      regions: { jp1: [JP], sg1: [SG], eu1: [EU] },
      // A zone file can only include or drop a region: equal weights, as validate requires.
      policy: [
        { region: "jp1", weight: 1 },
        { region: "sg1", weight: 1 },
        { region: "eu1", weight: 1 },
      ],
      port: fleet.port,
      pdnsUrl: pdns.apiUrl,
      zoneFile: true,
    });
    await gitCheckout(dir);
    await sim.createRepo(REPO.owner, "zones");
    const push = promisify(execFile);
    await push("git", ["push", "-q", "--force", sim.gitUrl(REPO.owner, "zones"), "main"], {
      cwd: dir,
    });
    const run = () =>
      gtm({ workspace: dir, repository: `${REPO.owner}/zones`, env: { GITHUB_REF_NAME: "main" } });
    const first = await run();
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toContain("zone files committed to main");
    const { data } = await gh.rest.repos.getContent({
      owner: REPO.owner,
      repo: "zones",
      path: "infra/dns/act.test.zone",
      ref: "main",
    });
    const text = Buffer.from((data as { content: string }).content, "base64").toString();
    expect(text).toContain(`api\t30\tIN\tA\t${JP}\n`);
    // The checkout now holds what main holds: a second run commits nothing.
    await push("git", ["fetch", "-q", sim.gitUrl(REPO.owner, "zones"), "main"], { cwd: dir });
    await push("git", ["reset", "-q", "--hard", "FETCH_HEAD"], { cwd: dir });
    const second = await run();
    expect(second.code, second.stdout).toBe(0);
    expect(second.stdout).not.toContain("zone files committed");
  });
});
