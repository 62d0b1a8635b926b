// The GTM end to end at the library level, against real components: PowerDNS (sqlite
// backend, HTTP API, LUA records) answering `dig`, Prometheus serving backfilled ready-node
// and traffic history, region ingresses as real HTTP servers on loopback addresses that the
// tests kill, revive and make hang, and the local GitHub for the status branch and the
// alert issue. One server of each for the whole file, but every test starts from nothing of
// its own: a fresh zone, a fresh repository (status branch, issues), every ingress up and
// answering. A test that needs history (a region already up, a record already served) makes
// it with rounds of its own first, so any one test runs alone or in any order.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPowerDnsProvider } from "../lib/dns/providers/powerdns.ts";
import { createGitHubClient, type GitHub } from "../lib/github/client.ts";
import { statusStore } from "../lib/github/status-store.ts";
import { type GtmOutcome, type GtmRequest, reconcileGtm } from "../lib/gtm/index.ts";
import type { PolicyRound } from "../lib/gtm/reconcile.ts";
import { silentLogger } from "../lib/logger.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import {
  type HealthFleet,
  pdnsDeleteZone,
  pdnsPatch,
  pdnsZone,
  startHealthFleet,
  writeGtmConfig,
} from "./health-servers.ts";
import { fakeClock } from "./helpers.ts";
import { type FaultyProxy, startFaultyProxy } from "./pdns/proxy.ts";
import { type PdnsServer, startPdns } from "./pdns/server.ts";
import { freePort, type RunningServer, type Series, startPrometheus } from "./prometheus/server.ts";

const ZONE = "gtm.test.";
const NAME = "api.gtm.test";
const JP = ["127.0.0.11", "127.0.0.21"];
const SG = "127.0.0.12";
const EU = "127.0.0.13";
const ALL = [...JP, SG, EU];
const OWNER = "cloudneutral/platform";
/** This test's repository on the local GitHub: a new one per test (see beforeEach). */
let REPO = { owner: "cloudneutral", repo: "platform" };
let repos = 0;
const FAST = { attempts: 4, baseDelayMs: 20, maxDelayMs: 200 };

// Prometheus history: 20 minutes ending 10 minutes ago. At EARLY every region has its
// nodes; at LATE sg1 has lost two of three. eu1 answers 10% of its requests with a 500.
const END = Math.floor(Date.now() / 60_000) * 60 - 600;
const EARLY = new Date((END - 900) * 1000);
const LATE = new Date(END * 1000);

function history(): Series[] {
  const times: number[] = [];
  for (let t = END - 1200; t <= END; t += 15) times.push(t);
  const series = (
    name: string,
    labels: Record<string, string>,
    f: (t: number) => number,
  ): Series => ({
    name,
    labels,
    samples: times.map((t) => [t, f(t)] as const),
  });
  const out: Series[] = [];
  for (const node of ["n1", "n2", "n3"]) out.push(series("up", { region: "jp1", node }, () => 1));
  out.push(series("up", { region: "sg1", node: "n1" }, () => 1));
  for (const node of ["n2", "n3"])
    out.push(series("up", { region: "sg1", node }, (t) => (t < END - 600 ? 1 : 0)));
  for (const node of ["n1", "n2"]) out.push(series("up", { region: "eu1", node }, () => 1));
  const start = END - 1200;
  out.push(series("http_requests_total", { region: "eu1", code: "200" }, (t) => 9 * (t - start)));
  out.push(series("http_requests_total", { region: "eu1", code: "500" }, (t) => 1 * (t - start)));
  return out;
}

let pdns: PdnsServer;
let prom: RunningServer;
let sim: GitHubSim;
let gh: GitHub;
let fleet: HealthFleet;
let configDir: string;
/** Where the provider reaches PowerDNS' API: the server, or a faulty proxy in front. */
let apiUrl: string;
let evaluation = EARLY;

beforeAll(async () => {
  [pdns, prom, sim, fleet] = await Promise.all([
    startPdns({ kind: "gsqlite3" }),
    startPrometheus(history()),
    startGitHubSim(),
    startHealthFleet(ALL),
  ]);
  gh = createGitHubClient({
    token: sim.token,
    baseUrl: sim.url,
    log: silentLogger,
    backoffMs: 10,
    minWriteIntervalMs: 0,
  });
  apiUrl = pdns.apiUrl;
  configDir = await scratchConfig();
}, 90_000);

beforeEach(async () => {
  // A fresh zone: whatever an earlier test served, patched or left a stranger's is gone.
  await pdnsDeleteZone(pdns, ZONE);
  await pdns.createZone(ZONE);
  // A fresh repository: no status branch (no decisions, no counters), no alert issue.
  REPO = { owner: "cloudneutral", repo: `platform-${++repos}` };
  await sim.createRepo(REPO.owner, REPO.repo);
  await fleet.revive();
  fleet.setMode("ok");
  evaluation = EARLY;
  apiUrl = pdns.apiUrl;
});

afterAll(async () => {
  const openapiErrors = [...(sim?.openapiErrors ?? [])];
  await Promise.all([pdns?.dispose(), prom?.stop(), sim?.close(), fleet?.close()]);
  expect(openapiErrors).toEqual([]);
});

async function scratchConfig(): Promise<string> {
  // Not scratch(): that is removed after each test, and this config serves the whole file.
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const path = await import("node:path");
  const dir = await mkdtemp(path.join(tmpdir(), "cn-gtm-config-"));
  await writeGtmConfig({
    dir,
    zone: "gtm.test",
    publicName: NAME,
    regions: { jp1: JP, sg1: [SG], eu1: [EU] },
    policy: [
      { region: "jp1", weight: 100, failover: ["sg1"] },
      { region: "sg1", weight: 80, failover: ["jp1"] },
      { region: "eu1", weight: 40 },
    ],
    port: fleet.port,
    pdnsUrl: pdns.apiUrl,
    prometheusUrl: prom.url,
    extraPolicies: `---
apiVersion: cloudneutral.io/v1alpha1
kind: GtmPolicy
metadata:
  name: www
spec:
  publicName: www.gtm.test
  zone: gtm.test
  provider: pdns
  ttl: 60
  regions:
    - region: sg1
      weight: 1
    - region: eu1
      weight: 1
  minReadyNodes: 1
  healthCheck: { scheme: http, path: /healthz, port: ${fleet.port}, intervalSeconds: 1, timeoutSeconds: 5 }
  hysteresis: { failures: 3, successes: 2 }
  failOpen: true
`,
  });
  return dir;
}

function reconcile(over: Partial<GtmRequest> = {}): Promise<GtmOutcome> {
  return reconcileGtm({
    configDir,
    repoRoot: configDir,
    policies: ["api"],
    dryRun: false,
    github: { gh, repo: REPO, runUrl: "http://127.0.0.1/run/1" },
    env: { PDNS_API_KEY: pdns.apiKey },
    log: silentLogger,
    dnsProvider: async (entry) =>
      createPowerDnsProvider({
        name: entry.name,
        url: apiUrl,
        apiKey: pdns.apiKey,
        retry: FAST,
        timeoutMs: 2000,
      }),
    metrics: { time: () => evaluation, timeoutMs: 2000, attempts: 1 },
    ...over,
  });
}

/** The one policy's part of a run's last round. */
async function round(over: Partial<GtmRequest> = {}): Promise<PolicyRound> {
  const outcome = await reconcile(over);
  const p = outcome.result.last.policies.find((x) => x.policy === "api");
  if (!p) throw new Error(`no round for api: ${JSON.stringify(outcome.result.last.skipped)}`);
  return p;
}

/** Messages of the commits that changed gtm/api.json, oldest first. */
async function decisions(): Promise<string[]> {
  const store = statusStore(gh, { repo: REPO, branch: "cloudneutral/status", log: silentLogger });
  return (await store.history("gtm/api.json")).map((c) => c.message).reverse();
}

async function newDecisions(since: number): Promise<string[]> {
  return (await decisions()).slice(since);
}

// Each query answers one address, picked at random by weight: a region served at 20 of 200
// is missed by all of n queries with probability 0.9^n — 1 in 550 for 60 (seen once), about
// 2e-14 for 300. One dig process asks them all.
const answered = async () => new Set(await pdns.digMany(NAME, "A", 300));

/**
 * The history a test starts from: one round with every region up, served and recorded
 * (jp1 100, sg1 80, eu1 degraded to 20). Returns the number of decisions recorded so far.
 */
async function allUp(): Promise<number> {
  const p = await round();
  expect(weights(p)).toEqual([
    ["jp1", "up", 100],
    ["sg1", "up", 80],
    ["eu1", "up", 20],
  ]);
  return (await decisions()).length;
}
const weights = (p: PolicyRound) => p.decision.regions.map((r) => [r.region, r.state, r.weight]);

describe("gtm reconcile against PowerDNS, Prometheus, loopback ingresses and the status branch", () => {
  it("serves the effective weights as one LUA record; a second run plans zero changes", async () => {
    const outcome = await reconcile({ policies: [] });
    const [api, www] = outcome.result.last.policies;
    expect(weights(api!)).toEqual([
      ["jp1", "up", 100],
      ["sg1", "up", 80],
      ["eu1", "up", 20], // degraded: 10% errors > 5%, × 0.5
    ]);
    // Two policies in one zone: one read and one PATCH carry both names.
    expect(api!.dns).toMatchObject({ status: "applied", calls: { reads: 1, writes: 1 } });
    expect(outcome.result.last.zones).toHaveLength(1);
    expect(api!.desired.map((r) => r.type)).toEqual(["LUA"]);
    expect(www!.dns.plan?.create).toHaveLength(1);
    // Ownership: the Platform's repository, in the RRset comment.
    const lua = (await pdnsZone(pdns, ZONE)).find((r) => r.name === `${NAME}.` && r.type === "LUA");
    expect(lua?.comments.map((c) => c.content)).toEqual([`heritage=cloudneutral,owner=${OWNER}`]);
    expect(await decisions()).toEqual([
      "api.gtm.test: jp1 up → 100; sg1 up → 80; eu1 up, degraded (error rate 10% > 5%) ×0.5 → 20",
    ]);
    expect(fleet.servers.get(SG)!.hosts).toContain(`${NAME}:${fleet.port}`);
    expect(fleet.servers.get(SG)!.hosts).toContain(`www.gtm.test:${fleet.port}`);

    // The weighted split over many queries: jp1's 100 over its two addresses, sg1 80, eu1 20.
    // 2000 draws: ±5 percentage points is over four standard deviations for every share.
    const answers = await pdns.digMany(NAME, "A", 2000);
    expect(answers).toHaveLength(2000);
    const share = (a: string) => answers.filter((x) => x === a).length / 2000;
    for (const [address, expected] of [
      [JP[0]!, 0.25],
      [JP[1]!, 0.25],
      [SG, 0.4],
      [EU, 0.1],
    ] as const)
      expect(Math.abs(share(address) - expected), address).toBeLessThan(0.05);

    const again = await round();
    expect(again.dns).toMatchObject({ status: "unchanged", calls: { reads: 1, writes: 0 } });
    expect(again.dns.plan?.create.length ?? 0).toBe(0);
    expect(again.record.written).toBe(false);
    expect(await decisions()).toHaveLength(1);
  });

  it("takes a dead region out after three failed probes, and back after two good ones", async () => {
    const before = await allUp();
    await fleet.kill(JP[0]!);
    for (let i = 0; i < 3; i++) await round();
    expect(await newDecisions(before)).toEqual([
      "api.gtm.test: no change; jp1 up, 1/3 probes failed",
      "api.gtm.test: no change; jp1 up, 2/3 probes failed",
      "api.gtm.test: jp1 down, 3/3 probes failed → 0; sg1 up, +100 from jp1 → 180",
    ]);
    expect(await answered()).toEqual(new Set([SG, EU]));
    await fleet.revive(JP[0]!);
    await round();
    const back = await round();
    expect(weights(back)).toEqual([
      ["jp1", "up", 100],
      ["sg1", "up", 80],
      ["eu1", "up", 20],
    ]);
    expect((await newDecisions(before)).slice(3)).toEqual([
      "api.gtm.test: no change; jp1 down, 1/2 probes ok",
      "api.gtm.test: jp1 up, 2/2 probes ok → 100; sg1 up → 80",
    ]);
    expect(await answered()).toEqual(new Set(ALL));
  });

  it("takes a region with too few ready nodes out at once; Prometheus down is no evidence", async () => {
    const before = await allUp();
    evaluation = LATE;
    try {
      const low = await round();
      expect(low.evidence.find((e) => e.region === "sg1")?.metrics).toMatch(/^1 ready nodes/);
      expect(await newDecisions(before)).toEqual([
        "api.gtm.test: jp1 up, +80 from sg1 → 180; sg1 down, 1/2 ready nodes → 0",
      ]);
      expect(await answered()).toEqual(new Set([...JP, EU]));

      // Prometheus unreachable: the figures are unknown, sg1 stays down this round.
      const dead = `http://127.0.0.1:${await freePort()}`;
      const blind = await round({ prometheusUrl: dead });
      expect(blind.evidence.every((e) => e.readyNodes === null)).toBe(true);
      expect(blind.evidence[0]!.metrics).toMatch(/unknown ready nodes, error rate, latency/);
      expect(weights(blind)[1]).toEqual(["sg1", "down", 0]);
      // eu1 stays degraded on the error rate last seen, not restored on no evidence.
      expect(weights(blind)[2]).toEqual(["eu1", "up", 20]);
      expect(blind.evidence[2]!.metrics).toMatch(/kept the figures it was degraded by$/);
    } finally {
      evaluation = EARLY;
    }
    const healed = await round();
    expect(weights(healed)[1]).toEqual(["sg1", "up", 80]);
    expect((await newDecisions(before)).at(-1)).toBe(
      "api.gtm.test: jp1 up → 100; sg1 up, 2/2 probes ok → 80",
    );
  });

  it("counts a probe that hangs as failed once its timeout passes", async () => {
    await allUp();
    fleet.setMode("hang", EU);
    const hung = await round();
    // The round came back although eu1 never answers: the probe gave up on it. (How long
    // that took is the probe's timeout, below, plus the machine's speed: not asserted.)
    expect(hung.evidence.find((e) => e.region === "eu1")?.probe).toMatchObject({
      result: "failed",
      evidence: `${EU}: no answer within 10000 ms`,
    });
    expect(hung.decision.regions[2]!.reason).toMatch(/^up, 1\/3 probes failed/);
    fleet.setMode("ok", EU);
    expect((await round()).decision.state.regions.eu1?.failures).toBe(0);
  });

  it("leaves a record someone else owns on our name alone and reports it", async () => {
    await allUp();
    const foreign = {
      name: `${NAME}.`,
      type: "A",
      ttl: 300,
      changetype: "REPLACE",
      records: [{ content: "203.0.113.9", disabled: false }],
      comments: [{ content: "heritage=cloudneutral,owner=other-team", account: "them" }],
    };
    await pdnsPatch(pdns, ZONE, [foreign]);
    const p = await round();
    expect(p.dns.status).toBe("unchanged");
    expect(p.dns.conflicts.map((c) => [c.name, c.type, c.owner])).toEqual([
      [`${NAME}.`, "A", "other-team"],
    ]);
    const still = (await pdnsZone(pdns, ZONE)).find((r) => r.name === `${NAME}.` && r.type === "A");
    expect(still?.records.map((r) => r.content)).toEqual(["203.0.113.9"]);
    await pdnsPatch(pdns, ZONE, [{ name: `${NAME}.`, type: "A", changetype: "DELETE" }]);
  });

  it("plans without writing in a dry run", async () => {
    await allUp();
    await pdnsPatch(pdns, ZONE, [{ name: `${NAME}.`, type: "LUA", changetype: "DELETE" }]);
    const commits = (await decisions()).length;
    const dry = await round({ dryRun: true });
    expect(dry.dns.status).toBe("planned");
    expect(dry.dns.plan?.create).toHaveLength(1);
    expect(dry.record).toMatchObject({ written: false });
    expect(await pdns.dig(NAME, "A")).toEqual([]);
    expect(await decisions()).toHaveLength(commits);
  });

  it("rides out 429 bursts and 5xx from the PowerDNS API", async () => {
    const proxy: FaultyProxy = await startFaultyProxy(pdns.apiUrl, [
      "pass", // the server's settings (LUA records on?)
      { status: 429, retryAfter: "0" },
      { status: 429, retryAfter: "0" },
      { status: 429, retryAfter: "0" },
      "pass", // the zone, fourth attempt
      { status: 503 },
      { status: 502 },
      "pass", // the PATCH, third attempt
    ]);
    apiUrl = proxy.url;
    try {
      const p = await round();
      expect(p.dns).toMatchObject({
        status: "applied",
        calls: { reads: 1, writes: 1, retries: 5 },
      });
      expect(
        proxy.seen.map(
          (s) => `${s.method} ${typeof s.fault === "string" ? s.fault : s.fault.status}`,
        ),
      ).toEqual([
        "GET pass",
        "GET 429",
        "GET 429",
        "GET 429",
        "GET pass",
        "PATCH 503",
        "PATCH 502",
        "PATCH pass",
      ]);
      expect(await answered()).toEqual(new Set(ALL));
    } finally {
      apiUrl = pdns.apiUrl;
      await proxy.stop();
    }
  });

  it("records the decision when PowerDNS goes down mid-watch, and converges when it is back", async () => {
    const before = await allUp();
    await fleet.kill(JP[0]!);
    const clock = fakeClock();
    const outcome = await reconcile({
      // Eight rounds on the fake clock, one after the other: PowerDNS stops after the second
      // and is back (its restart waits until it answers) before the fourth.
      watch: { intervalSeconds: 1, forMinutes: 8 / 60 },
      clock,
      onRound: async (_round, i) => {
        if (i === 1) await pdns.stop();
        if (i === 2) await pdns.start();
      },
    });
    const rounds = outcome.result;
    expect(rounds.rounds).toBeGreaterThanOrEqual(4);
    // On the grid: seven waits of a second between eight rounds.
    expect(rounds.rounds).toBe(8);
    expect(clock.slept).toEqual([1000, 1000, 1000, 1000, 1000, 1000, 1000]);
    expect(rounds.troubled.length).toBeGreaterThanOrEqual(1);
    expect(rounds.troubled[0]!.zones[0]).toMatchObject({ status: "failed" });
    expect(rounds.ok).toBe(true);
    const made = await newDecisions(before);
    expect(made[0]).toMatch(
      /^api\.gtm\.test: jp1 down, 3\/3 probes failed → 0; sg1 up, \+100 from jp1 → 180 \(DNS not updated: .*could not read gtm\.test\./,
    );
    expect(made[1]).toBe("api.gtm.test: no change; DNS caught up");
    expect(made).toHaveLength(2);
    expect(await answered()).toEqual(new Set([SG, EU]));
  });

  it("retries a push race on the status branch and records the decision once", async () => {
    // jp1 taken out (three failed probes), then back and seen once: one good probe of two.
    await allUp();
    await fleet.kill(JP[0]!);
    for (let i = 0; i < 3; i++) await round();
    await fleet.revive(JP[0]!);
    await round();
    sim.faults.add({
      method: "PATCH",
      path: /\/git\/refs\/heads\/cloudneutral\/status$/,
      kind: "move-ref-before",
      ref: "heads/cloudneutral/status",
    });
    const p = await round();
    expect(p.record.written).toBe(true);
    expect(sim.faults.pending()).toBe(0);
    const { data } = await gh.rest.repos.listCommits({
      ...REPO,
      sha: "cloudneutral/status",
      per_page: 3,
    });
    expect(data.map((c) => c.commit.message)).toEqual([
      "api.gtm.test: jp1 up, 2/2 probes ok → 100; sg1 up → 80",
      "A concurrent change",
      "api.gtm.test: no change; jp1 down, 1/2 probes ok",
    ]);
    expect(await answered()).toEqual(new Set(ALL));
  });

  it("fails open when every region is down, with one issue, closed on recovery", async () => {
    const before = await allUp();
    await fleet.kill();
    for (let i = 0; i < 4; i++) await round();
    expect((await newDecisions(before))[2]).toBe(
      "api.gtm.test: every region down, failing open at base weights; jp1 down, 3/3 probes failed, failing open → 100; sg1 down, 3/3 probes failed, failing open → 80; eu1 down, 3/3 probes failed, failing open → 40",
    );
    const open = sim
      .issues(REPO.owner, REPO.repo)
      .filter((i) => i.labels.includes("cloudneutral-gtm"));
    expect(open.map((i) => [i.title, i.state])).toEqual([
      ["GTM: every region of api.gtm.test is down", "open"],
    ]);
    expect(open[0]!.body).toMatch(/fails open/);
    expect(await answered()).toEqual(new Set(ALL));

    await fleet.revive();
    await round();
    const up = await round();
    expect(up.alert).toMatchObject({ action: "closed", issue: open[0]!.number });
    const closed = sim
      .issues(REPO.owner, REPO.repo)
      .filter((i) => i.labels.includes("cloudneutral-gtm"));
    expect(closed.map((i) => i.state)).toEqual(["closed"]);
    expect(sim.comments(REPO.owner, REPO.repo, open[0]!.number).at(-1)?.body).toMatch(/^Recovered/);
  });

  it("never touches the other policy's name, reconciling one policy at a time", async () => {
    // Both names served, then api alone through a change of its own: sg1 goes down.
    await reconcile({ policies: [] });
    const before = (await decisions()).length;
    await fleet.kill(SG);
    for (let i = 0; i < 3; i++) await round();
    expect((await newDecisions(before)).at(-1)).toMatch(
      /^api\.gtm\.test: .*sg1 down, 3\/3 probes failed → 0/,
    );
    await fleet.revive(SG);
    expect(new Set(await pdns.digMany("www.gtm.test", "A", 20))).toEqual(new Set([SG, EU]));
  });
});
