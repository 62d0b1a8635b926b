// Effective weights, round after round: hysteresis, unknown evidence, ready nodes, degraded
// scaling, failover, fail-open, and the commit message of each decision.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { decisionMessage } from "../lib/gtm/message.ts";
import {
  type GtmDecision,
  type GtmState,
  type GtmWeightsPolicy,
  gtmWeightsPolicy,
  type RegionObservation,
} from "../lib/gtm/types.ts";
import { effectiveWeights, gtmPolicyProblems } from "../lib/gtm/weights.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const policy: GtmWeightsPolicy = {
  publicName: "api.cloudneutral.io",
  regions: [
    { region: "jp1", weight: 100 },
    { region: "sg1", weight: 80 },
    { region: "eu1", weight: 40 },
  ],
  minReadyNodes: 2,
  hysteresis: { down: 3, up: 2 },
  failOpen: true,
};

const ok: RegionObservation = { readyNodes: 3, probe: "ok" };
const failed: RegionObservation = { readyNodes: 3, probe: "failed" };
const unknown: RegionObservation = {};
const healthy = { jp1: ok, sg1: ok, eu1: ok };

/** Runs the rounds in order, each from the previous state; returns every decision. */
function rounds(
  p: GtmWeightsPolicy,
  observations: Record<string, RegionObservation>[],
  start?: GtmState,
): GtmDecision[] {
  const out: GtmDecision[] = [];
  let state = start;
  for (const seen of observations) {
    const decision = effectiveWeights(p, seen, state);
    out.push(decision);
    state = decision.state;
  }
  return out;
}

/** jp1's "state weight reason" in each round. */
function jp1(decisions: GtmDecision[]): string[] {
  return decisions.map((d) => {
    const r = d.regions.find((x) => x.region === "jp1")!;
    return `${r.state} ${r.weight} ${r.reason}`;
  });
}

describe("health of one region over rounds (hysteresis down 3, up 2, min 2 ready nodes)", () => {
  type Row = [title: string, jp1Rounds: RegionObservation[], expected: string[]];
  const rows: Row[] = [
    [
      "down after 3 failed probes in a row",
      [failed, failed, failed],
      [
        "up 100 up, 1/3 probes failed",
        "up 100 up, 2/3 probes failed",
        "down 0 down, 3/3 probes failed",
      ],
    ],
    [
      "a success in between starts the count again",
      [failed, failed, ok, failed, failed],
      [
        "up 100 up, 1/3 probes failed",
        "up 100 up, 2/3 probes failed",
        "up 100 up",
        "up 100 up, 1/3 probes failed",
        "up 100 up, 2/3 probes failed",
      ],
    ],
    [
      "back up only after 2 successes in a row",
      [failed, failed, failed, ok, failed, ok, ok, ok],
      [
        "up 100 up, 1/3 probes failed",
        "up 100 up, 2/3 probes failed",
        "down 0 down, 3/3 probes failed",
        "down 0 down, 1/2 probes ok",
        "down 0 down, 0/2 probes ok",
        "down 0 down, 1/2 probes ok",
        "up 100 up, 2/2 probes ok",
        "up 100 up",
      ],
    ],
    [
      "stays down while probes keep failing",
      [failed, failed, failed, failed, failed],
      [
        "up 100 up, 1/3 probes failed",
        "up 100 up, 2/3 probes failed",
        "down 0 down, 3/3 probes failed",
        "down 0 down, 3/3 probes failed",
        "down 0 down, 3/3 probes failed",
      ],
    ],
    [
      "unknown never marks a region down by itself",
      [unknown, unknown, unknown, unknown],
      Array(4).fill("up 100 up, probe unknown, kept up"),
    ],
    [
      "unknown keeps the failure count: fail, fail, unknown, fail is 3 in a row",
      [failed, failed, unknown, failed],
      [
        "up 100 up, 1/3 probes failed",
        "up 100 up, 2/3 probes failed",
        "up 100 up, probe unknown, kept up",
        "down 0 down, 3/3 probes failed",
      ],
    ],
    [
      "unknown keeps a down region down and its success count",
      [failed, failed, failed, ok, unknown, ok],
      [
        "up 100 up, 1/3 probes failed",
        "up 100 up, 2/3 probes failed",
        "down 0 down, 3/3 probes failed",
        "down 0 down, 1/2 probes ok",
        "down 0 down, probe unknown, kept down",
        "up 100 up, 2/2 probes ok",
      ],
    ],
    [
      "too few ready nodes: down at once, whatever the probe says",
      [{ readyNodes: 1, probe: "ok" }],
      ["down 0 down, 1/2 ready nodes"],
    ],
    [
      "too few ready nodes and failing probes: both said",
      [failed, failed, { readyNodes: 0, probe: "failed" }],
      [
        "up 100 up, 1/3 probes failed",
        "up 100 up, 2/3 probes failed",
        "down 0 down, 0/2 ready nodes, 3/3 probes failed",
      ],
    ],
    [
      "ready nodes unknown: the probe decides",
      [{ readyNodes: null, probe: "ok" }, { probe: "ok" }],
      ["up 100 up", "up 100 up"],
    ],
    [
      "after too few nodes, 2 healthy rounds are needed once nodes are back",
      [{ readyNodes: 1, probe: "ok" }, { readyNodes: 1, probe: "ok" }, ok, ok],
      [
        "down 0 down, 1/2 ready nodes",
        "down 0 down, 1/2 ready nodes",
        "down 0 down, 1/2 probes ok",
        "up 100 up, 2/2 probes ok",
      ],
    ],
    [
      "too few nodes with an unknown probe: down (node count is evidence)",
      [{ readyNodes: 1 }],
      ["down 0 down, 1/2 ready nodes, probe unknown, kept down"],
    ],
    ["exactly minReadyNodes is enough", [{ readyNodes: 2, probe: "ok" }], ["up 100 up"]],
  ];
  it.each(rows)("%s", (_title, jp1Rounds, expected) => {
    const decisions = rounds(
      policy,
      jp1Rounds.map((o) => ({ ...healthy, jp1: o })),
    );
    expect(jp1(decisions)).toEqual(expected);
  });

  it("caps the counters at the hysteresis, so the stored state stays small", () => {
    const [last] = rounds(policy, Array(10).fill({ ...healthy, jp1: failed })).slice(-1);
    expect(last!.state.regions.jp1).toEqual({
      state: "down",
      failures: 3,
      successes: 0,
      weight: 0,
    });
    const [up] = rounds(policy, Array(10).fill(healthy)).slice(-1);
    expect(up!.state.regions.jp1).toEqual({ state: "up", failures: 0, successes: 2, weight: 100 });
  });
});

describe("degraded", () => {
  const degradedPolicy: GtmWeightsPolicy = {
    ...policy,
    degraded: { errorRate: 0.05, latencySeconds: 0.5, factor: 0.5 },
  };
  type Row = [title: string, seen: RegionObservation, weight: number, reason: string];
  const rows: Row[] = [
    [
      "error rate over the threshold",
      { ...ok, errorRate: 0.07 },
      50,
      "up, degraded (error rate 7% > 5%) ×0.5",
    ],
    ["error rate at the threshold", { ...ok, errorRate: 0.05 }, 100, "up"],
    [
      "latency over the threshold",
      { ...ok, latencySeconds: 0.8 },
      50,
      "up, degraded (latency 0.8s > 0.5s) ×0.5",
    ],
    [
      "both over: scaled once",
      { ...ok, errorRate: 0.2, latencySeconds: 2 },
      50,
      "up, degraded (error rate 20% > 5%, latency 2s > 0.5s) ×0.5",
    ],
    ["metrics unknown: not degraded", { ...ok, errorRate: null, latencySeconds: null }, 100, "up"],
  ];
  it.each(rows)("%s", (_title, seen, weight, reason) => {
    const [d] = rounds(degradedPolicy, [{ ...healthy, jp1: seen }]);
    expect(d!.regions[0]).toMatchObject({ region: "jp1", state: "up", weight, reason });
  });

  it("rounds, but never below 1: degraded is not down", () => {
    const small: GtmWeightsPolicy = {
      ...policy,
      regions: [
        { region: "jp1", weight: 1 },
        { region: "sg1", weight: 5 },
      ],
      degraded: { errorRate: 0.05, factor: 0.1 },
    };
    const bad = { readyNodes: 3, probe: "ok" as const, errorRate: 0.5 };
    const [d] = rounds(small, [{ jp1: bad, sg1: bad }]);
    expect(d!.regions.map((r) => r.weight)).toEqual([1, 1]);
  });

  it("is ignored without thresholds in the policy", () => {
    const [d] = rounds(policy, [{ ...healthy, jp1: { ...ok, errorRate: 1, latencySeconds: 60 } }]);
    expect(d!.regions[0]!.weight).toBe(100);
  });

  it("does not apply to a down region", () => {
    const [d] = rounds(degradedPolicy, [
      { ...healthy, jp1: { readyNodes: 0, probe: "ok", errorRate: 1 } },
    ]);
    expect(d!.regions[0]).toMatchObject({
      state: "down",
      weight: 0,
      reason: "down, 0/2 ready nodes",
    });
  });
});

describe("failover", () => {
  const down: RegionObservation = { readyNodes: 0, probe: "failed" };
  const withFailover = (
    failover: Record<string, string[]>,
    extra: Partial<GtmWeightsPolicy> = {},
  ) => ({
    ...policy,
    ...extra,
    regions: policy.regions.map((r) =>
      failover[r.region] ? { ...r, failover: failover[r.region] } : r,
    ),
  });
  type Row = [
    title: string,
    p: GtmWeightsPolicy,
    seen: Record<string, RegionObservation>,
    weights: [number, number, number],
    reasons: [string, string, string],
  ];
  const rows: Row[] = [
    [
      "without targets a down region's weight is dropped",
      policy,
      { ...healthy, jp1: down },
      [0, 80, 40],
      ["down, 0/2 ready nodes", "up", "up"],
    ],
    [
      "to one target: all of it",
      withFailover({ jp1: ["sg1"] }),
      { ...healthy, jp1: down },
      [0, 180, 40],
      ["down, 0/2 ready nodes", "up, +100 from jp1", "up"],
    ],
    [
      "to two targets: split evenly",
      withFailover({ sg1: ["jp1", "eu1"] }),
      { ...healthy, sg1: down },
      [140, 0, 80],
      ["up, +40 from sg1", "down, 0/2 ready nodes", "up, +40 from sg1"],
    ],
    [
      "a target that is down gets nothing, and does not pass it on",
      withFailover({ jp1: ["sg1", "eu1"], sg1: ["eu1"] }),
      { jp1: down, sg1: down, eu1: ok },
      [0, 0, 220],
      ["down, 0/2 ready nodes", "down, 0/2 ready nodes", "up, +100 from jp1, +80 from sg1"],
    ],
    [
      "a region that is up keeps its weight and gives nothing",
      withFailover({ jp1: ["sg1"] }),
      healthy,
      [100, 80, 40],
      ["up", "up", "up"],
    ],
    [
      "a degraded target scales what it receives too",
      withFailover({ jp1: ["sg1"] }, { degraded: { errorRate: 0.1, factor: 0.5 } }),
      { ...healthy, jp1: down, sg1: { ...ok, errorRate: 0.3 } },
      [0, 90, 40],
      ["down, 0/2 ready nodes", "up, +100 from jp1, degraded (error rate 30% > 10%) ×0.5", "up"],
    ],
  ];
  it.each(rows)("%s", (_title, p, seen, weights, reasons) => {
    const [d] = rounds(p, [seen]);
    expect(d!.regions.map((r) => r.weight)).toEqual(weights);
    expect(d!.regions.map((r) => r.reason)).toEqual(reasons);
  });

  it("splits an odd weight with the remainder to the first listed target", () => {
    const p: GtmWeightsPolicy = {
      ...policy,
      regions: [
        { region: "jp1", weight: 101, failover: ["sg1", "eu1"] },
        { region: "sg1", weight: 10 },
        { region: "eu1", weight: 10 },
      ],
    };
    const [d] = rounds(p, [{ jp1: down, sg1: ok, eu1: ok }]);
    expect(d!.regions.map((r) => r.weight)).toEqual([0, 61, 60]);
  });

  it("caps a region's weight at 255", () => {
    const p: GtmWeightsPolicy = {
      ...policy,
      regions: [
        { region: "jp1", weight: 200, failover: ["eu1"] },
        { region: "sg1", weight: 10 },
        { region: "eu1", weight: 100 },
      ],
    };
    const [d] = rounds(p, [{ jp1: down, sg1: ok, eu1: ok }]);
    expect(d!.regions.map((r) => r.weight)).toEqual([0, 10, 255]);
  });
});

describe("fail open", () => {
  const down: RegionObservation = { readyNodes: 0, probe: "ok" };
  it("serves every region at base weight when all would be down, and raises the alert", () => {
    const [d] = rounds(policy, [{ jp1: down, sg1: down, eu1: down }]);
    expect(d!.regions.map((r) => [r.state, r.weight, r.reason])).toEqual([
      ["down", 100, "down, 0/2 ready nodes, failing open"],
      ["down", 80, "down, 0/2 ready nodes, failing open"],
      ["down", 40, "down, 0/2 ready nodes, failing open"],
    ]);
    expect(d).toMatchObject({ failOpen: true, alert: true });
    // The state tells the truth, so recovery still needs its successes in a row.
    expect(d!.state.regions.jp1).toMatchObject({ state: "down", weight: 100 });
    expect(decisionMessage(d!)).toBe(
      "api.cloudneutral.io: every region down, failing open at base weights; jp1 down, 0/2 ready nodes, failing open → 100; sg1 down, 0/2 ready nodes, failing open → 80; eu1 down, 0/2 ready nodes, failing open → 40",
    );
  });

  it("serves nothing, and still alerts, when the policy does not fail open", () => {
    const [d] = rounds({ ...policy, failOpen: false }, [{ jp1: down, sg1: down, eu1: down }]);
    expect(d!.regions.map((r) => r.weight)).toEqual([0, 0, 0]);
    expect(d).toMatchObject({ failOpen: false, alert: true });
  });

  it("does not kick in while one weighted region is up", () => {
    const [d] = rounds(policy, [{ jp1: down, sg1: down, eu1: ok }]);
    expect(d!.regions.map((r) => r.weight)).toEqual([0, 0, 40]);
    expect(d).toMatchObject({ failOpen: false, alert: false });
  });

  it("kicks in when only regions of weight 0 are up, since they serve nothing", () => {
    const p = { ...policy, regions: [...policy.regions, { region: "us1", weight: 0 }] };
    const [d] = rounds(p, [{ jp1: down, sg1: down, eu1: down, us1: ok }]);
    expect(d!.regions.map((r) => r.weight)).toEqual([100, 80, 40, 0]);
    expect(d!.failOpen).toBe(true);
  });

  it("does not kick in while a standby of weight 0 serves the share failover gave it", () => {
    const p: GtmWeightsPolicy = {
      ...policy,
      regions: [
        { region: "jp1", weight: 100, failover: ["sb"] },
        { region: "sb", weight: 0 },
      ],
    };
    for (const failOpen of [true, false]) {
      const [d] = rounds({ ...p, failOpen }, [{ jp1: down, sb: ok }]);
      expect(d!.regions.map((r) => r.weight)).toEqual([0, 100]);
      expect(d).toMatchObject({ failOpen: false, alert: false });
    }
  });

  it("never kicks in for a policy whose regions all weigh 0", () => {
    const p = { ...policy, regions: [{ region: "jp1", weight: 0 }] };
    const [d] = rounds(p, [{ jp1: down }]);
    expect(d).toMatchObject({ failOpen: false, alert: false });
  });

  it("lasts until regions have their successes in a row", () => {
    const decisions = rounds(policy, [{ jp1: down, sg1: down, eu1: down }, healthy, healthy]);
    expect(decisions.map((d) => d.failOpen)).toEqual([true, true, false]);
    expect(decisions.map((d) => d.regions.map((r) => r.weight))).toEqual(
      Array(3).fill([100, 80, 40]),
    );
    expect(decisionMessage(decisions[2]!)).toBe(
      "api.cloudneutral.io: jp1 up, 2/2 probes ok → 100; sg1 up, 2/2 probes ok → 80; eu1 up, 2/2 probes ok → 40",
    );
  });
});

describe("regions and state", () => {
  it("starts a region without previous state up", () => {
    const [d] = rounds(policy, [{}]);
    expect(d!.regions.map((r) => [r.state, r.previousState, r.weight])).toEqual([
      ["up", null, 100],
      ["up", null, 80],
      ["up", null, 40],
    ]);
  });

  it("drops state of regions no longer in the policy, ignores unknown observations", () => {
    const start: GtmState = {
      regions: { old1: { state: "down", failures: 3, successes: 0, weight: 0 } },
    };
    const [d] = rounds(policy, [{ ...healthy, zz9: failed }], start);
    expect(Object.keys(d!.state.regions)).toEqual(["jp1", "sg1", "eu1"]);
  });

  it("is pure: the previous state and observations are not changed", () => {
    const start: GtmState = {
      regions: { jp1: { state: "up", failures: 2, successes: 0, weight: 100 } },
    };
    const seen = { ...healthy, jp1: failed };
    const frozen = structuredClone({ start, seen });
    const a = effectiveWeights(policy, seen, start);
    const b = effectiveWeights(policy, seen, start);
    expect({ start, seen }).toEqual(frozen);
    expect(a).toEqual(b);
    expect(a.state.regions.jp1).toEqual({ state: "down", failures: 3, successes: 0, weight: 0 });
  });

  it("refuses a policy the schema would refuse", () => {
    const bad: GtmWeightsPolicy = {
      ...policy,
      regions: [
        { region: "jp1", weight: 300, failover: ["jp1", "xx1"] },
        { region: "jp1", weight: 1 },
      ],
      hysteresis: { down: 0, up: 1 },
      degraded: { factor: 0 },
    };
    expect(gtmPolicyProblems(bad)).toEqual([
      "region jp1: weight must be a whole number from 0 to 255",
      "region jp1 is listed twice",
      "region jp1 fails over to itself",
      "region jp1 fails over to unknown xx1",
      "hysteresis down and up must be whole numbers ≥ 1",
      "degraded factor must be in (0, 1]: a degraded region still serves",
    ]);
    expect(gtmPolicyProblems(policy)).toEqual([]);
    expect(() => effectiveWeights(bad, {}, undefined)).toThrow(/^invalid GTM policy: region jp1/);
  });

  it("maps the sample GtmPolicy documents", async () => {
    for (const name of ["api", "ai"]) {
      const doc = parse(
        await readFile(path.join(ROOT, "platform-config/gtm", `${name}.yaml`), "utf8"),
      );
      const p = gtmWeightsPolicy(doc.spec);
      expect(gtmPolicyProblems(p)).toEqual([]);
      expect(p.hysteresis).toEqual({
        down: doc.spec.hysteresis.failures,
        up: doc.spec.hysteresis.successes,
      });
      expect(p.regions.map((r) => r.weight)).toEqual(
        doc.spec.regions.map((r: { weight: number }) => r.weight),
      );
    }
    const api = gtmWeightsPolicy(
      parse(await readFile(path.join(ROOT, "platform-config/gtm/api.yaml"), "utf8")).spec,
    );
    expect(api).toEqual({
      publicName: "api.cloudneutral.io",
      regions: [
        { region: "jp1", weight: 100, failover: ["sg1"] },
        { region: "sg1", weight: 80, failover: ["jp1"] },
        { region: "eu1", weight: 40, failover: ["jp1", "sg1"] },
      ],
      minReadyNodes: 2,
      hysteresis: { down: 3, up: 2 },
      failOpen: true,
      degraded: { errorRate: 0.05, latencySeconds: 0.8, factor: 0.5 },
    });
  });
});

describe("decisionMessage", () => {
  it("says what changed and why, in one line", () => {
    const decisions = rounds(policy, [
      healthy,
      healthy,
      { ...healthy, jp1: failed },
      { ...healthy, jp1: failed },
      { ...healthy, jp1: failed },
      { ...healthy, jp1: ok },
      { ...healthy, jp1: ok },
    ]);
    expect(decisions.map(decisionMessage)).toEqual([
      "api.cloudneutral.io: jp1 up → 100; sg1 up → 80; eu1 up → 40",
      "api.cloudneutral.io: no change",
      "api.cloudneutral.io: no change",
      "api.cloudneutral.io: no change",
      "api.cloudneutral.io: jp1 down, 3/3 probes failed → 0",
      "api.cloudneutral.io: no change",
      "api.cloudneutral.io: jp1 up, 2/2 probes ok → 100",
    ]);
  });

  it("names the regions a failover moves weight to", () => {
    const p: GtmWeightsPolicy = {
      ...policy,
      regions: policy.regions.map((r) => (r.region === "jp1" ? { ...r, failover: ["sg1"] } : r)),
    };
    const [, d] = rounds(p, [healthy, { ...healthy, jp1: { readyNodes: 1, probe: "ok" } }]);
    expect(decisionMessage(d!)).toBe(
      "api.cloudneutral.io: jp1 down, 1/2 ready nodes → 0; sg1 up, +100 from jp1 → 180",
    );
    expect(decisionMessage(d!)).not.toContain("\n");
  });
});
