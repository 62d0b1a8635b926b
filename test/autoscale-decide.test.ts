// The autoscaling decision (issue 7) as tables, in the manner of Kubernetes'
// replica_calculator_test.go and horizontal_test.go; the expected counts are derived by hand
// from the HPA's formulas in the comment of each case.
import { describe, expect, it } from "vitest";
import { autoscaleCommand } from "../cli/autoscale.ts";
import { decide } from "../lib/autoscale/decide.ts";
import { DecisionInputError, parseDecisionInput } from "../lib/autoscale/input.ts";
import { ceilNodes } from "../lib/autoscale/metrics.ts";
import type {
  Behavior,
  DecisionInput,
  DecisionPolicy,
  NodeSample,
  ScalingRules,
} from "../lib/autoscale/types.ts";

const NOW = new Date("2026-11-22T10:00:00Z");
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);

/** Ready nodes of capacity 1 with these usages. */
const busy = (...usages: number[]): NodeSample[] =>
  usages.map((usage, i) => ({ name: `n${i + 1}`, usage, capacity: 1, ready: true }));
const missing = (name: string): NodeSample => ({ name, capacity: 1, ready: true });
const unready = (name: string, usage?: number): NodeSample =>
  usage === undefined
    ? { name, capacity: 1, ready: false }
    : { name, usage, capacity: 1, ready: false };

const POLICY: DecisionPolicy = { min: 1, max: 40, targetUtilization: 0.5 };

type Overrides = Omit<Partial<DecisionInput>, "policy"> & { policy?: Partial<DecisionPolicy> };

function input(over: Overrides): DecisionInput {
  return {
    current: 3,
    nodes: busy(0.5, 0.5, 0.5),
    now: NOW,
    ...over,
    policy: { ...POLICY, ...over.policy },
  };
}

interface Case {
  name: string;
  input: DecisionInput;
  desired: number;
  recommendation: number | null;
  reason?: RegExp | string;
}

function table(cases: Case[]) {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const d = decide(c.input);
    expect({ desired: d.desired, recommendation: d.recommendation }).toEqual({
      desired: c.desired,
      recommendation: c.recommendation,
    });
    expect(d.reason).not.toContain("\n");
    if (typeof c.reason === "string") expect(d.reason).toBe(c.reason);
    else if (c.reason) expect(d.reason).toMatch(c.reason);
  });
}

describe("the metrics recommendation (replica calculator)", () => {
  table([
    {
      // 0.52 / 0.5 = 1.04; |1 − 1.04| ≤ 0.1.
      name: "within tolerance nothing changes",
      input: input({ nodes: busy(0.52, 0.52, 0.52) }),
      desired: 3,
      recommendation: 3,
      reason:
        "utilization 0.52 over 3 ready nodes vs target 0.50 → ratio 1.04, within tolerance 0.10 → stay at 3 nodes",
    },
    {
      // 0.55 / 0.5 is 1.1000000000000001 in floating point; the edge of the tolerance is inside.
      name: "exactly on the tolerance edge counts as within",
      input: input({ nodes: busy(0.55, 0.55, 0.55) }),
      desired: 3,
      recommendation: 3,
    },
    {
      name: "a tolerance of 0 scales on any difference",
      // 0.52 / 0.5 = 1.04 → ceil(1.04 × 3) = ceil(3.12) = 4.
      input: input({ nodes: busy(0.52, 0.52, 0.52), policy: { tolerance: 0 } }),
      desired: 4,
      recommendation: 4,
    },
    {
      // Σ2.4 / 3 = 0.8; 0.8 / 0.5 = 1.6; ceil(1.6 × 3) = ceil(4.8) = 5. Default up limit from 3:
      // max(3 + 4, ceil(3 × 2)) = 7, so 5 stands.
      name: "scale up",
      input: input({ nodes: busy(0.9, 0.9, 0.6) }),
      desired: 5,
      recommendation: 5,
      reason: "utilization 0.80 over 3 ready nodes vs target 0.50 → ratio 1.60 → 5 nodes",
    },
    {
      // 0.1 / 0.5 = 0.2; ceil(0.2 × 4) = 1. No history: the window holds only this one. Default
      // down limit: floor(4 × 0%) = 0.
      name: "scale down",
      input: input({ current: 4, nodes: busy(0.1, 0.1, 0.1, 0.1) }),
      desired: 1,
      recommendation: 1,
    },
    {
      // 0.8 / 0.6 × 3 is 4.000000000000001 in floating point; a plain ceil would say 5.
      name: "4.000000000000001 is 4, not 5",
      input: input({ nodes: busy(0.8, 0.8, 0.8), policy: { targetUtilization: 0.6 } }),
      desired: 4,
      recommendation: 4,
    },
    {
      // Measured: 0.9 / 0.5 = 1.8 → up, so the missing n3 counts as idle: Σ1.8 / 3 = 0.6 →
      // ratio 1.2 → ceil(1.2 × 3) = ceil(3.6) = 4 (without the fill-in: ceil(1.8 × 2) = 4 too,
      // so also check a case where it matters below).
      name: "missing on a scale-up counts as idle",
      input: input({ nodes: [...busy(0.9, 0.9), missing("n3")] }),
      desired: 4,
      recommendation: 4,
      reason:
        "utilization 0.90 over 2 ready nodes vs target 0.50 → ratio 1.80; counting 1 node without data as idle → utilization 0.60 over 3 nodes → ratio 1.20 → 4 nodes",
    },
    {
      // Measured 1.0 / 0.5 = 2 → up; n2, n3 idle: Σ1 / 3 → ratio 0.67 → the other direction.
      name: "missing on a scale-up that the fill-in reverses: no change",
      input: input({ nodes: [...busy(1), missing("n2"), missing("n3")] }),
      desired: 3,
      recommendation: 3,
      reason: /ratio 0\.67, the opposite direction → stay at 3 nodes$/,
    },
    {
      // Measured 0.1 / 0.5 = 0.2 → down, so the missing n4 counts as fully used:
      // (0.3 + 1) / 4 = 0.325 → ratio 0.65 → ceil(0.65 × 4) = ceil(2.6) = 3.
      name: "missing on a scale-down counts as fully used",
      input: input({ current: 4, nodes: [...busy(0.1, 0.1, 0.1), missing("n4")] }),
      desired: 3,
      recommendation: 3,
    },
    {
      // Measured 0.2 → down; (0.1 + 1 + 1) / 3 = 0.7 → ratio 1.4 → the other direction.
      name: "missing on a scale-down that the fill-in reverses: no change",
      input: input({ nodes: [...busy(0.1), missing("n2"), missing("n3")] }),
      desired: 3,
      recommendation: 3,
    },
    {
      // Target 0.6. Measured 0.4 / 0.6 = 0.67 → down; n3 fully used: (0.8 + 1) / 3 = 0.6 →
      // ratio 1.0, within tolerance.
      name: "missing on a scale-down that the fill-in brings within tolerance: no change",
      input: input({
        nodes: [...busy(0.4, 0.4), missing("n3")],
        policy: { targetUtilization: 0.6 },
      }),
      desired: 3,
      recommendation: 3,
      reason: /ratio 1\.00, within tolerance 0\.10 → stay at 3 nodes$/,
    },
    {
      // Measured n1, n2: 0.9 / 0.5 = 1.8 → up, so the not-ready n3 counts as idle whatever it
      // reports: 1.8 / 3 = 0.6 → 1.2 → 4. Its own 0.95 would have given
      // 2.75 / 3 / 0.5 × 3 = 5.5 → 6.
      name: "not ready on a scale-up counts as idle",
      input: input({ nodes: [...busy(0.9, 0.9), unready("n3", 0.95)] }),
      desired: 4,
      recommendation: 4,
      reason:
        /counting 1 not-ready node as idle → utilization 0\.60 over 3 nodes → ratio 1\.20 → 4 nodes$/,
    },
    {
      // Measured 0.1 / 0.5 = 0.2 → down; the not-ready n3 is left out: ceil(0.2 × 2) = 1.
      name: "not ready on a scale-down is left out",
      input: input({ nodes: [...busy(0.1, 0.1), unready("n3", 0.9)] }),
      desired: 1,
      recommendation: 1,
    },
    {
      // Same, n3 without data: still not ready (left out → 1), not missing (which would be
      // filled as fully used: (0.2 + 1) / 3 = 0.4 → 0.8 → ceil(2.4) = 3).
      name: "a not-ready node without data is not ready, not missing",
      input: input({ nodes: [...busy(0.1, 0.1), unready("n3")] }),
      desired: 1,
      recommendation: 1,
    },
    {
      // Measured 0.6 / 0.5 = 1.2 → up; n2 (missing) and n3 (not ready) idle: 0.6 / 3 = 0.2 →
      // ratio 0.4 → the other direction.
      name: "the fill-in flips the direction: no change",
      input: input({ nodes: [...busy(0.6), missing("n2"), unready("n3")] }),
      desired: 3,
      recommendation: 3,
      reason:
        "utilization 0.60 over 1 ready node vs target 0.50 → ratio 1.20; counting 1 node without data as idle and 1 not-ready node as idle → utilization 0.20 over 3 nodes → ratio 0.40, the opposite direction → stay at 3 nodes",
    },
    {
      // The tfvars says 5 but only 2 nodes reported: 1.6 → ceil(1.6 × 2) = 4 < 5 under load.
      name: "never fewer nodes under high load (nodes the metrics never listed)",
      input: input({ current: 5, nodes: busy(0.8, 0.8) }),
      desired: 5,
      recommendation: 5,
      // The 3 unlisted nodes are nodes without data: idle on a scale-up, so the move flips.
      reason:
        /counting 3 nodes without data as idle → .* the opposite direction → stay at 5 nodes$/,
    },
  ]);
});

describe("nodes the metrics never listed", () => {
  table([
    {
      // 3 idle nodes listed of 10: the 7 unlisted count as fully used on a scale-down
      // (0.3 + 7) / 10 = 0.73 → ratio 1.46 → the opposite direction: no scale-down.
      name: "a scrape gap never shrinks the pool",
      input: input({ current: 10, nodes: busy(0.1, 0.1, 0.1) }),
      desired: 10,
      recommendation: 10,
      reason:
        /counting 7 nodes without data as fully used .* the opposite direction → stay at 10 nodes$/,
    },
  ]);
});

describe("no data is no decision", () => {
  table([
    {
      name: "the query returned no node",
      input: input({ nodes: [] }),
      desired: 3,
      recommendation: null,
      reason: "no decision: the metrics returned no node; staying at 3 nodes",
    },
    {
      name: "every node without data",
      input: input({ nodes: [missing("n1"), missing("n2")] }),
      desired: 3,
      recommendation: null,
      reason: "no decision: no ready node reported usage (2 without data); staying at 3 nodes",
    },
    {
      name: "only not-ready nodes have data",
      input: input({ nodes: [unready("n1", 0.1), missing("n2")] }),
      desired: 3,
      recommendation: null,
      reason: /\(1 not ready, 1 without data\)/,
    },
    {
      // Not even the max clamp: a scale-down needs data.
      name: "never a scale-down, even above max",
      input: input({ current: 12, nodes: [], policy: { max: 10 } }),
      desired: 12,
      recommendation: null,
    },
  ]);
});

const rules = (scaleUp?: ScalingRules, scaleDown?: ScalingRules): Behavior => ({
  ...(scaleUp ? { scaleUp } : {}),
  ...(scaleDown ? { scaleDown } : {}),
});

describe("stabilization windows", () => {
  // 5 nodes at 0.1 each: 0.2 × 5 = 1 (1.0000000000000002 in floating point).
  const down = (recommendations: { at: Date; nodes: number }[]) =>
    input({ current: 5, nodes: busy(0.1, 0.1, 0.1, 0.1, 0.1), recommendations });
  table([
    {
      // Inside 300 s: 4 and 3; max(1, 4, 3) = 4; the 6 of 400 s ago is out.
      name: "a scale-down goes no lower than the highest recommendation of the window",
      input: down([
        { at: ago(100), nodes: 4 },
        { at: ago(200), nodes: 3 },
        { at: ago(400), nodes: 6 },
      ]),
      desired: 4,
      recommendation: 1,
      reason:
        "utilization 0.10 over 5 ready nodes vs target 0.50 → ratio 0.20 → 1 node; scale-down held at 4 by the highest recommendation of the last 300 s",
    },
    {
      name: "a recommendation above the current count holds it there",
      input: down([{ at: ago(10), nodes: 8 }]),
      desired: 5,
      recommendation: 1,
    },
    {
      // The window is (now − 300 s, now]: exactly 300 s ago is out.
      name: "a recommendation exactly one window old is out",
      input: down([{ at: ago(300), nodes: 4 }]),
      desired: 1,
      recommendation: 1,
    },
    {
      // HPA default up window 0: the 4 of a second ago does not slow the scale-up to 5.
      name: "scale-up is not stabilized by default",
      input: input({ nodes: busy(0.9, 0.9, 0.6), recommendations: [{ at: ago(1), nodes: 4 }] }),
      desired: 5,
      recommendation: 5,
    },
    {
      // Up window 60 s: min(5, 4) = 4 (the 2 of 90 s ago is out) → max(3, 4) = 4.
      name: "a scale-up goes no higher than the lowest recommendation of its window",
      input: input({
        nodes: busy(0.9, 0.9, 0.6),
        policy: { behavior: rules({ stabilizationWindowSeconds: 60 }) },
        recommendations: [
          { at: ago(30), nodes: 4 },
          { at: ago(90), nodes: 2 },
        ],
      }),
      desired: 4,
      recommendation: 5,
      reason: /; scale-up held at 4 by the lowest recommendation of the last 60 s$/,
    },
    {
      name: "a recommendation below the current count in the up window holds a scale-up",
      input: input({
        nodes: busy(0.9, 0.9, 0.6),
        policy: { behavior: rules({ stabilizationWindowSeconds: 60 }) },
        recommendations: [{ at: ago(30), nodes: 2 }],
      }),
      desired: 3,
      recommendation: 5,
    },
  ]);
});

describe("rate limits", () => {
  // 10 nodes at 1.0 vs 0.4: ratio 2.5 → 25 nodes.
  const up = (scaleUp: ScalingRules, events: DecisionInput["events"] = []) =>
    input({
      current: 10,
      nodes: busy(...Array<number>(10).fill(1)),
      policy: { targetUtilization: 0.4, behavior: rules(scaleUp) },
      events,
    });
  // 10 nodes at 0.05 vs 0.5: ratio 0.1 → 1 node; no down window, to see the rate alone.
  const down = (scaleDown: ScalingRules, events: DecisionInput["events"] = []) =>
    input({
      current: 10,
      nodes: busy(...Array<number>(10).fill(0.05)),
      policy: { behavior: rules(undefined, { stabilizationWindowSeconds: 0, ...scaleDown }) },
      events,
    });
  const both = [
    { type: "Nodes", value: 4, periodSeconds: 60 },
    { type: "Percent", value: 50, periodSeconds: 60 },
  ] as const;
  const downBoth = [
    { type: "Nodes", value: 3, periodSeconds: 60 },
    { type: "Percent", value: 50, periodSeconds: 60 },
  ] as const;
  table([
    {
      // HPA defaults from 10: max(10 + 4, ceil(10 × 2)) = 20.
      name: "default scale-up: the larger of +4 nodes and +100% per 15 s",
      input: up({}),
      desired: 20,
      recommendation: 25,
      reason: /; scale-up limited to 20 by policy Percent=100\/15s$/,
    },
    {
      // Nodes: 10 + 4 = 14; Percent: ceil(10 × 1.5) = 15; Max → 15.
      name: "scale-up selectPolicy Max picks the larger change",
      input: up({ selectPolicy: "Max", policies: [...both] }),
      desired: 15,
      recommendation: 25,
      reason: /scale-up limited to 15 by policy Percent=50\/60s$/,
    },
    {
      name: "scale-up selectPolicy Min picks the smaller change",
      input: up({ selectPolicy: "Min", policies: [...both] }),
      desired: 14,
      recommendation: 25,
      reason: /scale-up limited to 14 by policy Nodes=4\/60s$/,
    },
    {
      name: "scale-up selectPolicy Disabled holds",
      input: up({ selectPolicy: "Disabled", policies: [...both] }),
      desired: 10,
      recommendation: 25,
      reason: /; scale-up disabled \(selectPolicy Disabled\)$/,
    },
    {
      // Whole numbers: 10 + 10% = 11, where ceil(10 × 1.1) = ceil(11.000000000000002) = 12.
      name: "Percent is exact: 10 nodes + 10% is 11",
      input: up({ policies: [{ type: "Percent", value: 10, periodSeconds: 60 }] }),
      desired: 11,
      recommendation: 25,
    },
    {
      // ceil(3 × 1.1) = ceil(3.3) = 4: a small pool can still grow.
      name: "Percent rounds up on the way up",
      input: input({
        nodes: busy(0.9, 0.9, 0.6),
        policy: {
          behavior: rules({ policies: [{ type: "Percent", value: 10, periodSeconds: 60 }] }),
        },
      }),
      desired: 4,
      recommendation: 5,
    },
    {
      // An event 6 → 10 30 s ago is inside the 60 s period: it started at 10 − 4 = 6, so
      // Nodes allows 6 + 4 = 10 = current: hold until the period has passed.
      name: "scale events inside the period use up the budget",
      input: up({ policies: [both[0]] }, [{ at: ago(30), from: 6, to: 10 }]),
      desired: 10,
      recommendation: 25,
      reason:
        /scale-up limited to 10 by policy Nodes=4\/60s \(6 nodes at the start of the period\)$/,
    },
    {
      // The same event 90 s ago is outside: 10 + 4 = 14.
      name: "scale events before the period do not count",
      input: up({ policies: [both[0]] }, [{ at: ago(90), from: 6, to: 10 }]),
      desired: 14,
      recommendation: 25,
    },
    {
      // Events 8 → 6 and 6 → 10 inside: net +2, start 8; 8 + 4 = 12.
      name: "the period's start is current minus the net change of its events",
      input: up({ policies: [both[0]] }, [
        { at: ago(50), from: 8, to: 6 },
        { at: ago(20), from: 6, to: 10 },
      ]),
      desired: 12,
      recommendation: 25,
    },
    {
      // HPA default down: floor(10 × 0%) = 0 → the 1 stands.
      name: "default scale-down: 100% per 15 s",
      input: down({}),
      desired: 1,
      recommendation: 1,
    },
    {
      // Nodes: 10 − 3 = 7; Percent: floor(10 × 0.5) = 5; Max (biggest change) → 5.
      name: "scale-down selectPolicy Max picks the larger change",
      input: down({ selectPolicy: "Max", policies: [...downBoth] }),
      desired: 5,
      recommendation: 1,
      reason: /scale-down limited to 5 by policy Percent=50\/60s$/,
    },
    {
      name: "scale-down selectPolicy Min picks the smaller change",
      input: down({ selectPolicy: "Min", policies: [...downBoth] }),
      desired: 7,
      recommendation: 1,
      reason: /scale-down limited to 7 by policy Nodes=3\/60s$/,
    },
    {
      name: "scale-down selectPolicy Disabled holds",
      input: down({ selectPolicy: "Disabled" }),
      desired: 10,
      recommendation: 1,
    },
    {
      // Event 14 → 10 20 s ago: start 14, floor(14 × 0.5) = 7.
      name: "scale-down events inside the period count from the period's start",
      input: down({ policies: [downBoth[1]] }, [{ at: ago(20), from: 14, to: 10 }]),
      desired: 7,
      recommendation: 1,
      reason: /\(14 nodes at the start of the period\)$/,
    },
    {
      // The HPA's 10 × (1 − 0.7) is 2.9999999999999996, which its truncation makes 2; in whole
      // numbers, floor(10 × 30 / 100) = 3.
      name: "Percent is exact on the way down too: 10 nodes − 70% is 3",
      input: down({ policies: [{ type: "Percent", value: 70, periodSeconds: 60 }] }),
      desired: 3,
      recommendation: 1,
    },
  ]);
});

describe("min/max clamp", () => {
  table([
    {
      name: "raised to min",
      input: input({ current: 4, nodes: busy(0.1, 0.1, 0.1, 0.1), policy: { min: 2 } }),
      desired: 2,
      recommendation: 1,
      reason: /; raised to min 2$/,
    },
    {
      // 5 within the rate limit of 7, then max 4.
      name: "capped at max",
      input: input({ nodes: busy(0.9, 0.9, 0.6), policy: { max: 4 } }),
      desired: 4,
      recommendation: 5,
      reason: /→ 5 nodes; capped at max 4$/,
    },
    {
      // The rate limit (20) is not what decided: only the clamp is named.
      name: "a clamp below the rate limit names the clamp only",
      input: input({
        current: 10,
        nodes: busy(...Array<number>(10).fill(1)),
        policy: { targetUtilization: 0.4, max: 12 },
      }),
      desired: 12,
      recommendation: 25,
      reason: /→ 25 nodes; capped at max 12$/,
    },
    {
      // Within tolerance at 12, but the policy now says at most 10.
      name: "a count above max comes down to max",
      input: input({
        current: 12,
        nodes: busy(...Array<number>(12).fill(0.5)),
        policy: { max: 10 },
      }),
      desired: 10,
      recommendation: 12,
    },
  ]);
});

describe("ceilNodes", () => {
  it.each([
    [4.000000000000001, 4],
    [3.9999999999999996, 4],
    [4.0001, 5],
    [0.2, 1],
    [0, 0],
    [1000000.0000000001, 1000000],
  ])("%d → %d", (x, n) => {
    expect(ceilNodes(x)).toBe(n);
  });
});

/** The example. */
const EXAMPLE = {
  policy: {
    min: 1,
    max: 10,
    targetUtilization: 0.5,
    tolerance: 0.1,
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
  },
  current: 3,
  nodes: [
    { name: "n1", usage: 0.3, capacity: 1, ready: true },
    { name: "n2", capacity: 1, ready: true },
  ],
  now: "2026-11-22T10:00:00Z",
  recommendations: [{ at: "2026-11-22T09:58:00Z", nodes: 4 }],
  events: [{ at: "2026-11-22T09:59:30Z", from: 3, to: 4 }],
};

/** A deep copy of EXAMPLE with one value replaced (undefined removes it). */
function changed(path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(EXAMPLE) as unknown as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

function problems(value: unknown): string[] {
  try {
    parseDecisionInput(value);
  } catch (err) {
    if (err instanceof DecisionInputError) return err.message.split("\n");
    throw err;
  }
  return [];
}

describe("input validation", () => {
  it("accepts the issue's example and the minimal form", () => {
    expect(problems(EXAMPLE)).toEqual([]);
    const minimal = {
      policy: { min: 1, max: 3, targetUtilization: 0.5 },
      current: 1,
      nodes: [],
      now: EXAMPLE.now,
    };
    expect(parseDecisionInput(minimal)).toEqual({ ...minimal, now: new Date(EXAMPLE.now) });
  });

  it("takes a null usage as missing", () => {
    const input = parseDecisionInput(changed(["nodes", 0, "usage"], null));
    expect(input.nodes[0]).toEqual({ name: "n1", capacity: 1, ready: true });
  });

  it.each([
    [changed(["nodes", 1, "capacity"], 0), "nodes[1].capacity: expected a number > 0, got 0"],
    [
      changed(["nodes", 1, "capacity"], undefined),
      "nodes[1].capacity: expected a number > 0, but the field is missing",
    ],
    [changed(["nodes", 0, "usage"], -0.1), "nodes[0].usage: expected a number >= 0, got -0.1"],
    [changed(["nodes", 0, "usage"], "0.3"), 'nodes[0].usage: expected a number >= 0, got "0.3"'],
    [changed(["nodes", 0, "ready"], "yes"), 'nodes[0].ready: expected true or false, got "yes"'],
    [changed(["nodes", 1, "name"], "n1"), "nodes[1].name: duplicate of nodes[0]"],
    [changed(["nodes", 1, "name"], ""), 'nodes[1].name: expected a non-empty string, got ""'],
    [
      changed(["nodes", 0, "cpu"], 1),
      "nodes[0].cpu: unknown field; expected one of name, usage, capacity, ready",
    ],
    [changed(["nodes"], {}), "nodes: expected an array, got {}"],
    [changed(["current"], 2.5), "current: expected an integer >= 0, got 2.5"],
    [
      changed(["current"], undefined),
      "current: expected an integer >= 0, but the field is missing",
    ],
    [changed(["policy", "min"], 11), "policy.min: expected at most max (10), got 11"],
    [
      changed(["policy", "targetUtilization"], 50),
      "policy.targetUtilization: expected a number > 0 and <= 1, got 50",
    ],
    [
      changed(["policy", "tolerance"], -1),
      "policy.tolerance: expected a number >= 0 and <= 1, got -1",
    ],
    [
      changed(["policy", "tolerence"], 0.2),
      "policy.tolerence: unknown field; expected one of min, max, targetUtilization, tolerance, behavior",
    ],
    [
      changed(["policy", "behavior", "scaleUp", "selectPolicy"], "max"),
      'policy.behavior.scaleUp.selectPolicy: expected one of "Max", "Min", "Disabled", got "max"',
    ],
    [
      changed(["policy", "behavior", "scaleDown", "policies", 0, "type"], "Pods"),
      'policy.behavior.scaleDown.policies[0].type: expected one of "Nodes", "Percent", got "Pods"',
    ],
    [
      changed(["policy", "behavior", "scaleUp", "policies", 1, "periodSeconds"], 3600),
      "policy.behavior.scaleUp.policies[1].periodSeconds: expected an integer >= 1 and <= 1800, got 3600",
    ],
    [
      changed(["policy", "behavior", "scaleDown", "policies"], []),
      'policy.behavior.scaleDown.policies: expected at least one policy (use selectPolicy "Disabled" to stop scaling)',
    ],
    [
      changed(["policy", "behavior", "scaleDown", "stabilizationWindowSeconds"], -5),
      "policy.behavior.scaleDown.stabilizationWindowSeconds: expected an integer >= 0, got -5",
    ],
    [
      changed(["now"], "2026-11-22 10:00"),
      'now: expected a date-time with a zone, like 2026-11-22T10:00:00Z, got "2026-11-22 10:00"',
    ],
    [
      changed(["now"], "2026-11-22T10:00:00"),
      'now: expected a date-time with a zone, like 2026-11-22T10:00:00Z, got "2026-11-22T10:00:00"',
    ],
    [
      changed(["now"], "2026-02-30T10:00:00Z"),
      'now: expected a date-time with a zone, like 2026-11-22T10:00:00Z, got "2026-02-30T10:00:00Z"',
    ],
    [
      changed(["recommendations", 0, "nodes"], -1),
      "recommendations[0].nodes: expected an integer >= 0, got -1",
    ],
    [
      changed(["events", 0, "to"], undefined),
      "events[0].to: expected an integer >= 0, but the field is missing",
    ],
    [
      changed(["extra"], true),
      "extra: unknown field; expected one of policy, current, nodes, now, recommendations, events",
    ],
    [[EXAMPLE], "expected an object, got an array"],
  ])("%# reports %s", (value, message) => {
    expect(problems(value)).toEqual([message]);
  });

  it("reports every problem at once", () => {
    const bad = {
      policy: { min: 1, max: 10, targetUtilization: 0 },
      current: -1,
      nodes: [
        { name: "n1", capacity: -1, ready: true },
        { name: "n2", capacity: 1 },
      ],
      now: "now",
    };
    expect(problems(bad)).toEqual([
      "policy.targetUtilization: expected a number > 0 and <= 1, got 0",
      "current: expected an integer >= 0, got -1",
      "nodes[0].capacity: expected a number > 0, got -1",
      "nodes[1].ready: expected true or false, but the field is missing",
      'now: expected a date-time with a zone, like 2026-11-22T10:00:00Z, got "now"',
    ]);
  });

  it("accepts zone offsets and fractions of seconds", () => {
    const input = parseDecisionInput(changed(["now"], "2026-11-22T19:00:00.5+09:00"));
    expect(input.now.toISOString()).toBe("2026-11-22T10:00:00.500Z");
  });
});

async function run(args: string[], stdin: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await autoscaleCommand(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    stdin: async () => stdin,
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("cloudneutral autoscale decide", () => {
  it("prints one JSON line for the issue's example", async () => {
    // n1: 0.3 / 0.5 = 0.6 → down, so the missing n2 counts as fully used: (0.3 + 1) / 2 =
    // 0.65 → ratio 1.3, the other direction → stay at 3; nothing for behavior to do.
    const { code, stdout, stderr } = await run(["decide"], JSON.stringify(EXAMPLE));
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout.endsWith("\n")).toBe(true);
    expect(stdout.trimEnd()).not.toContain("\n");
    expect(JSON.parse(stdout)).toEqual({
      desired: 3,
      recommendation: 3,
      reason:
        "utilization 0.30 over 1 ready node vs target 0.50 → ratio 0.60; counting 2 nodes without data as fully used → utilization 0.77 over 3 nodes → ratio 1.53, the opposite direction → stay at 3 nodes",
    });
  });

  it("decides a scale-up with limits from the history", async () => {
    // 3 nodes at 0.9: ratio 1.8 → ceil(5.4) = 6; the 3 → 4 event 30 s ago is outside the
    // 15 s period: max(3 + 4, 3 × 2) = 7, so 6; max 10.
    const value = changed(
      ["nodes"],
      [
        { name: "n1", usage: 0.9, capacity: 1, ready: true },
        { name: "n2", usage: 0.9, capacity: 1, ready: true },
        { name: "n3", usage: 0.9, capacity: 1, ready: true },
      ],
    );
    const { code, stdout } = await run(["decide"], JSON.stringify(value));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ desired: 6, recommendation: 6 });
  });

  it("prints null for no decision", async () => {
    const { code, stdout } = await run(["decide"], JSON.stringify(changed(["nodes"], [])));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ desired: 3, recommendation: null });
  });

  it.each([
    ["", "cloudneutral: stdin is not one JSON object: it is empty\n"],
    ["{", /^cloudneutral: stdin is not one JSON object: /],
    ['{"a":1}\n{"b":2}', /^cloudneutral: stdin is not one JSON object: /],
  ])("exits 1 on unreadable JSON %j", async (stdin, message) => {
    const { code, stdout, stderr } = await run(["decide"], stdin);
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expect(stderr).toMatch(message);
  });

  it("exits 1 with every problem on stderr and nothing on stdout", async () => {
    const value = changed(["nodes", 1, "capacity"], 0) as Record<string, unknown>;
    value.current = "3";
    const { code, stdout, stderr } = await run(["decide"], JSON.stringify(value));
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expect(stderr).toBe(
      'cloudneutral: stdin: current: expected an integer >= 0, got "3"\n' +
        "cloudneutral: stdin: nodes[1].capacity: expected a number > 0, got 0\n",
    );
  });

  it.each([[[]], [["resize"]], [["decide", "--region", "jp1"]], [["decide", "extra"]]])(
    "exits 2 on usage %j",
    async (args) => {
      const { code, stdout, stderr } = await run(args, JSON.stringify(EXAMPLE));
      expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
      expect(stderr).toContain("usage: cloudneutral autoscale decide < input.json");
    },
  );
});
