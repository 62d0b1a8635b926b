// The GTM's parts that need no servers, as tables: the dispatch payload check, the status
// record (what makes a commit, what its message says), desired record sets and traffic
// shares, degradation under unknown metrics, the zone sync's safety rule (with the real
// zone-file provider), the `npm start` dry run and the `gtm reconcile` command.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { gtmCommand } from "../cli/gtm.ts";
import { createZoneFileProvider } from "../lib/dns/providers/zonefile.ts";
import type { RecordSet } from "../lib/dns/types.ts";
import { carryDegraded, degradedFigures } from "../lib/gtm/carry.ts";
import { desiredRecordSets, trafficShares } from "../lib/gtm/desired.ts";
import { parseDispatch } from "../lib/gtm/dispatch.ts";
import { syncZone } from "../lib/gtm/dns-sync.ts";
import { gtmDryRunMarkdown } from "../lib/gtm/dry-run.ts";
import {
  decisionChanged,
  gtmRecord,
  parseGtmRecord,
  recordMessage,
  sameRecord,
} from "../lib/gtm/record.ts";
import type { GtmDecision, GtmWeightsPolicy } from "../lib/gtm/types.ts";
import { effectiveWeights } from "../lib/gtm/weights.ts";
import { startHealthFleet, writeGtmConfig } from "./health-servers.ts";
import { ROOT, scratch } from "./helpers.ts";

const policy: GtmWeightsPolicy = {
  publicName: "api.example.com",
  regions: [
    { region: "jp1", weight: 100, failover: ["sg1"] },
    { region: "sg1", weight: 80 },
  ],
  minReadyNodes: 2,
  hysteresis: { down: 3, up: 2 },
  degraded: { errorRate: 0.05, factor: 0.5 },
  failOpen: true,
};
const ok = { probe: "ok" as const, readyNodes: 3 };

describe("repository_dispatch payloads", () => {
  const known = ["api", "ai"];
  it("accepts a known policy and a short reason, or nothing", () => {
    expect(parseDispatch("cloudneutral-gtm", { policy: "api", reason: "ApiDown" }, known)).toEqual({
      policy: "api",
      reason: "ApiDown",
    });
    expect(parseDispatch("cloudneutral-gtm", undefined, known)).toEqual({});
    expect(parseDispatch("cloudneutral-gtm", {}, known)).toEqual({});
  });

  it.each([
    ["other-type", {}, /event type "other-type" is not cloudneutral-gtm/],
    ["cloudneutral-gtm", [], /must be a JSON object/],
    ["cloudneutral-gtm", "api", /must be a JSON object/],
    ["cloudneutral-gtm", { policy: "api", run: "rm -rf /" }, /unknown key\(s\) "run"/],
    ["cloudneutral-gtm", { policy: 7 }, /policy "7" is not a policy name/],
    ["cloudneutral-gtm", { policy: "API" }, /is not a policy name/],
    ["cloudneutral-gtm", { policy: "x".repeat(500) }, /"x{40}…" is not a policy name/],
    ["cloudneutral-gtm", { policy: "web" }, /no GtmPolicy "web" here; known: api, ai/],
    ["cloudneutral-gtm", { reason: "a\nb" }, /one line of at most 200/],
    ["cloudneutral-gtm", { reason: "r".repeat(201) }, /one line of at most 200/],
  ])("refuses %s %j", (type, payload, message) => {
    expect(() => parseDispatch(type, payload, known)).toThrow(message);
  });
});

describe("the status record", () => {
  const first = effectiveWeights(policy, { jp1: ok, sg1: ok }, undefined);
  const firstRecord = gtmRecord("api", first, false);

  it("keeps what the next decision needs, and a round that moves nothing writes nothing", () => {
    expect(firstRecord.state.regions.jp1).toEqual({
      state: "up",
      failures: 0,
      successes: 0, // an up region's successes decide nothing: not counted in the record
      weight: 100,
    });
    const again = effectiveWeights(policy, { jp1: ok, sg1: ok }, firstRecord.state);
    expect(sameRecord(firstRecord, gtmRecord("api", again, false))).toBe(true);
    expect(parseGtmRecord(JSON.parse(JSON.stringify(firstRecord)))).toEqual(firstRecord);
  });

  it("says what moved: the decision, else the counters, else the DNS catching up", () => {
    const failing = effectiveWeights(
      policy,
      { jp1: { probe: "failed" }, sg1: ok },
      firstRecord.state,
    );
    const failingRecord = gtmRecord("api", failing, false);
    expect(decisionChanged(firstRecord, failingRecord)).toBe(false);
    expect(recordMessage(failing, firstRecord, failingRecord)).toBe(
      "api.example.com: no change; jp1 up, 1/3 probes failed",
    );
    const pending = gtmRecord("api", failing, true);
    expect(decisionChanged(failingRecord, pending)).toBe(true);
    expect(recordMessage(failing, failingRecord, pending, "pdns: connection refused")).toBe(
      "api.example.com: no change (DNS not updated: pdns: connection refused)",
    );
    expect(recordMessage(failing, pending, failingRecord)).toBe(
      "api.example.com: no change; DNS caught up",
    );
  });

  it.each([
    [null, /not a JSON object/],
    [{ version: 2 }, /version 2 is not 1/],
    [{ version: 1, state: {} }, /no state.regions/],
    [
      {
        version: 1,
        policy: "api",
        publicName: "a.b",
        state: { regions: { jp1: { state: "sideways" } } },
      },
      /state.regions.jp1 is not a region state/,
    ],
  ])("distrusts a record edited into another shape: %j", (value, why) => {
    expect(parseGtmRecord(value)).toMatch(why);
  });
});

describe("desired record sets and traffic shares", () => {
  const decision = (jp1: number, sg1: number): GtmDecision => ({
    publicName: "api.example.com",
    state: { regions: {} },
    failOpen: false,
    alert: false,
    regions: [
      {
        region: "jp1",
        state: "up",
        previousState: null,
        baseWeight: 100,
        previousWeight: null,
        weight: jp1,
        reason: "up",
      },
      {
        region: "sg1",
        state: "up",
        previousState: null,
        baseWeight: 80,
        previousWeight: null,
        weight: sg1,
        reason: "up",
      },
      {
        region: "eu1",
        state: "up",
        previousState: null,
        baseWeight: 5,
        previousWeight: null,
        weight: 5,
        reason: "up",
      },
    ],
  });
  const ingress = {
    jp1: { addresses: ["192.0.2.1", "192.0.2.2"] },
    sg1: { addresses: ["192.0.2.3", "192.0.2.4", "192.0.2.5"] },
    eu1: { addresses: [] },
  };

  it("splits a region's weight over its addresses, in whole numbers", () => {
    const { records, unserved } = desiredRecordSets(decision(100, 80), ingress, 30, "native");
    expect(records).toEqual([
      {
        name: "api.example.com.",
        type: "LUA",
        ttl: 30,
        values: [
          `A "pickwrandom({{15,'192.0.2.1'},{15,'192.0.2.2'},{8,'192.0.2.3'},{8,'192.0.2.4'},{8,'192.0.2.5'}})"`,
        ],
      },
    ]);
    expect(unserved).toEqual(["eu1"]);
    const shares = trafficShares(records, ingress);
    expect(shares.jp1).toBeCloseTo(30 / 54);
    expect(shares.sg1).toBeCloseTo(24 / 54);
    expect(shares.eu1).toBe(0);
  });

  it("lists the members where weights cannot be said, and nothing when nobody serves", () => {
    const { records } = desiredRecordSets(decision(0, 80), ingress, 30, "membership");
    expect(records.map((r) => [r.type, r.values])).toEqual([
      ["A", ["192.0.2.3", "192.0.2.4", "192.0.2.5"]],
    ]);
    expect(trafficShares(records, ingress).sg1).toBe(1);
    const none = desiredRecordSets(
      decision(0, 0),
      { ...ingress, eu1: { addresses: [] } },
      30,
      "native",
    );
    expect(none.records).toEqual([]);
  });
});

describe("degradation when the metrics are unknown", () => {
  it("keeps a degraded region degraded on the figures it was degraded by", () => {
    const seen = { jp1: { ...ok, errorRate: 0.2 }, sg1: ok };
    const d1 = effectiveWeights(policy, seen, undefined);
    const kept = degradedFigures(policy, seen, undefined);
    expect([d1.regions[0]!.weight, kept]).toEqual([50, { jp1: { errorRate: 0.2 } }]);
    // Prometheus down: no error rate this round.
    const carried = carryDegraded({ jp1: ok, sg1: ok }, kept);
    expect(carried.carried).toEqual(["jp1"]);
    expect(effectiveWeights(policy, carried.observations, d1.state).regions[0]!.weight).toBe(50);
    // The figures kept stay as first seen while it stays degraded: no commit per change.
    expect(degradedFigures(policy, { jp1: { ...ok, errorRate: 0.3 }, sg1: ok }, kept)).toEqual(
      kept,
    );
    // A known good figure ends it.
    expect(degradedFigures(policy, { jp1: { ...ok, errorRate: 0.01 }, sg1: ok }, kept)).toEqual({});
  });
});

describe("the zone sync (zone-file provider)", () => {
  const hosts = Array.from({ length: 12 }, (_, i) => `s${i}.example.com.`);
  const names = hosts.map((name) => ({ name }));
  const sets = (address: string, count = hosts.length): RecordSet[] =>
    hosts.slice(0, count).map((name) => ({ name, type: "A", ttl: 30, values: [address] }));

  it("lets a failover rewrite every name at once, but refuses to make most names vanish", async () => {
    const root = await scratch();
    const provider = createZoneFileProvider({ root });
    const zone = "example.com";
    const o = { owner: "acme/platform", dryRun: false };
    expect((await syncZone(provider, zone, names, sets("192.0.2.1"), o)).status).toBe("applied");
    const moved = await syncZone(provider, zone, names, sets("192.0.2.2"), o);
    expect([moved.status, moved.plan?.update.length]).toEqual(["applied", 12]);
    const gone = await syncZone(provider, zone, names, sets("192.0.2.2", 4), o);
    expect(gone.status).toBe("refused");
    expect(gone.error).toMatch(/would stop answering 8 of the 12 names/);
    expect(provider.calls()).toMatchObject({ reads: 3, writes: 2 });
    // A person who means it forces it, for one run.
    const forced = await syncZone(provider, zone, names, sets("192.0.2.2", 4), {
      ...o,
      force: true,
    });
    expect([forced.status, forced.plan?.delete.length, forced.plan?.reason]).toEqual([
      "applied",
      8,
      expect.stringMatching(/^forced: /),
    ]);
  });

  it("takes over a hand-made record only for a policy that adopts, and upsert-only never deletes", async () => {
    const root = await scratch();
    const provider = createZoneFileProvider({ root });
    const zone = "example.com";
    const o = { owner: "acme/platform", dryRun: false };
    const handMade: RecordSet = {
      name: "api.example.com.",
      type: "A",
      ttl: 300,
      values: ["198.51.100.9"],
      owner: "someone",
    };
    await provider.apply(zone, {
      create: [handMade],
      update: [],
      delete: [],
      conflicts: [],
      unsafe: false,
      reason: null,
    });
    const want: RecordSet[] = [
      { name: "api.example.com.", type: "A", ttl: 30, values: ["192.0.2.1"] },
    ];
    const left = await syncZone(provider, zone, [{ name: "api.example.com." }], want, o);
    expect([left.status, left.conflicts.map((c) => c.owner)]).toEqual(["unchanged", ["someone"]]);
    const adopted = await syncZone(
      provider,
      zone,
      [{ name: "api.example.com.", adopt: true }],
      want,
      o,
    );
    expect([adopted.status, adopted.plan?.update.length]).toEqual(["applied", 1]);
    const kept = await syncZone(
      provider,
      zone,
      [{ name: "api.example.com.", policy: "upsert-only" }],
      [],
      o,
    );
    expect([kept.status, kept.plan?.delete.length]).toEqual(["unchanged", 0]);
  });
});

describe("npm start's dry run and the gtm command", () => {
  it("plans the sample against the embedded zone file, saying what it could not see", async () => {
    const markdown = await gtmDryRunMarkdown(path.join(ROOT, "platform-config"), ROOT, {
      timeoutMs: 500,
    });
    expect(markdown).toMatch(/^## GTM reconcile \(dry run\)/);
    expect(markdown).toContain(
      "embedded zone-file provider (`infra/dns/cloudneutral.io.zone`) in place of `pdns`",
    );
    expect(markdown).toMatch(/Probes \(500 ms each\): \d+ of 12 ingress addresses answered/);
    expect(markdown).toMatch(/ready nodes, error rate and latency are unknown/);
    expect(markdown).toContain("### `api.cloudneutral.io` — GtmPolicy `api`");
    expect(markdown).toContain("nothing written (dry run)");
    expect(existsSync(path.join(ROOT, "infra/dns"))).toBe(false);
  });

  it("reconciles from the command line: usage errors, a token for real runs, JSON for dry runs", async () => {
    const io = () => {
      const out = { out: "", err: "" };
      return {
        out,
        io: { out: (t: string) => (out.out += t), err: (t: string) => (out.err += t) },
      };
    };
    await expect(gtmCommand(["plan"], io().io)).rejects.toThrow(/unknown gtm command "plan"/);
    await expect(gtmCommand(["reconcile", "--watch", "10"], io().io)).rejects.toThrow(
      /--watch SECONDS and --for MINUTES go together/,
    );
    await expect(gtmCommand(["reconcile", "--watch", "0", "--for", "1"], io().io)).rejects.toThrow(
      /--watch must be a number > 0/,
    );
    const saved = process.env.GITHUB_TOKEN;
    delete process.env.GITHUB_TOKEN;
    const fleet = await startHealthFleet(["127.0.0.91"]);
    try {
      const dir = await scratch();
      const config = path.join(dir, "platform-config");
      await writeGtmConfig({
        dir: config,
        zone: "example.com",
        publicName: "api.example.com",
        regions: { jp1: ["127.0.0.91"] },
        policy: [{ region: "jp1", weight: 1 }],
        port: fleet.port,
        pdnsUrl: "http://127.0.0.1:9",
      });
      const platform = path.join(config, "platform.yaml");
      const text = await readFile(platform, "utf8");
      await writeFile(
        platform,
        text.replace(
          /type: powerdns\n\s+url: .*\n\s+credentials:\n\s+tokenEnv: PDNS_API_KEY\n/,
          "type: zonefile\n",
        ),
      );
      const args = ["reconcile", "--config", config, "--repo", dir];
      await expect(gtmCommand(args, io().io)).rejects.toThrow(/set GITHUB_TOKEN/);
      const run = io();
      expect(await gtmCommand([...args, "--dry-run", "--format", "json"], run.io)).toBe(0);
      const decision = JSON.parse(run.out.out) as {
        dryRun: boolean;
        policies: { dns: { status: string; create: number }; regions: { probe: string }[] }[];
      };
      expect(decision.dryRun).toBe(true);
      expect(decision.policies[0]!.dns).toMatchObject({ status: "planned", create: 1 });
      expect(decision.policies[0]!.regions[0]!.probe).toBe("ok");
      expect(existsSync(path.join(dir, "infra/dns/example.com.zone"))).toBe(false);
    } finally {
      if (saved !== undefined) process.env.GITHUB_TOKEN = saved;
      await fleet.close();
    }
  });
});
