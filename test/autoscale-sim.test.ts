// The autoscaling simulator of `npm run bench:autoscale` (issue 7, "Numbers"): the SPEC
// elasticity metrics on series small enough to work out by hand, the GitOps delay model with
// a scripted decider, seeded traces, and a smoke run of every strategy. No timings.
import { describe, expect, it } from "vitest";
import { checkTarget, compare, type TraceFigures } from "../bench/autoscale/compare.ts";
import { elasticity, nodeHours } from "../bench/autoscale/elasticity.ts";
import { mulberry32 } from "../bench/autoscale/prng.ts";
import {
  type Decider,
  type DelayModel,
  demandedNodes,
  type PoolModel,
  simulate,
} from "../bench/autoscale/simulate.ts";
import { strategies } from "../bench/autoscale/strategies.ts";
import { generateTrace, TRACE_NAMES, type Trace } from "../bench/autoscale/traces.ts";
import type { DecisionInput } from "../lib/autoscale/types.ts";

/** The simulator's trace start (any fixed instant; the tests read times relative to it). */
const EPOCH = Date.UTC(2026, 10, 22);

const POOL: PoolModel = {
  capacityCores: 4,
  policy: { min: 2, max: 20, targetUtilization: 0.5 },
  windowSeconds: 60,
};
const DELAYS: DelayModel = {
  cronSeconds: 300,
  mergeSeconds: 600,
  provisionSeconds: 240,
  warmupSeconds: 120,
  applySeconds: 60,
};

/** `minutes` of constant load at 15 s steps; 6 cores = 3 nodes at 4 cores × 0.5. */
function flat(minutes: number, cores = 6): Trace {
  return { name: "flat", description: "", stepSeconds: 15, cores: Array(minutes * 4).fill(cores) };
}

/**
 * A decider that proposes the size `script` set at the latest second up to this run (the
 * count before the first), as a real decision keeps proposing until the load changes.
 */
function scripted(script: Record<number, number>, seen: DecisionInput[] = []): Decider {
  return (input) => {
    seen.push(input);
    const t = (input.now.getTime() - EPOCH) / 1000;
    const times = Object.keys(script)
      .map(Number)
      .filter((s) => s <= t);
    const desired = times.length > 0 ? script[Math.max(...times)]! : input.current;
    return { desired, recommendation: desired, reason: "scripted" };
  };
}

describe("elasticity metrics (SPEC RG)", () => {
  it("computes θU, θO, τU, τO as time averages relative to demand", () => {
    // Under at sample 0 by 1 of 2 (50%), over at sample 2 by 1 of 4 (25%), exact otherwise:
    // θU = 50% / 4 samples, θO = 25% / 4, each state held 1 of 4 samples.
    expect(elasticity([2, 2, 4, 4], [1, 2, 5, 4])).toEqual({
      underAccuracy: 12.5,
      overAccuracy: 6.25,
      underTimeshare: 25,
      overTimeshare: 25,
    });
  });

  it("weighs a shortfall by the demand it fails", () => {
    // 1 node short of 10 is 10%, 1 short of 2 is 50%: θU = (10 + 50) / 2 = 30%.
    const e = elasticity([10, 2], [9, 1]);
    expect(e.underAccuracy).toBeCloseTo(30, 12);
    expect(e.underTimeshare).toBe(100);
    expect(e.overAccuracy).toBe(0);
  });

  it("is zero when supply follows demand exactly, and refuses unusable series", () => {
    expect(elasticity([3, 5, 8], [3, 5, 8])).toEqual({
      underAccuracy: 0,
      overAccuracy: 0,
      underTimeshare: 0,
      overTimeshare: 0,
    });
    expect(() => elasticity([1, 2], [1])).toThrow(/2 demand samples, 1 supply/);
    expect(() => elasticity([1, 0], [1, 1])).toThrow(/sample 1 is 0/);
    expect(() => elasticity([], [])).toThrow(/no samples/);
  });

  it("counts node-hours as nodes × sampling interval", () => {
    expect(nodeHours([4, 4], 1800)).toBe(4);
    expect(nodeHours([1, 2, 3], 1200)).toBe(2);
  });

  it("converts cores to nodes without a floating-point extra node", () => {
    // 7.2 / (4 × 0.6) is 3.0000000000000004 in binary floating point.
    expect(
      demandedNodes(7.2, { ...POOL, policy: { ...POOL.policy, targetUtilization: 0.6 } }),
    ).toBe(3);
    expect(demandedNodes(6.1, POOL)).toBe(4);
    expect(demandedNodes(0.1, POOL)).toBe(1);
  });
});

describe("the GitOps delay model", () => {
  it("makes a scale-up decided at t serve from t + merge + provision", () => {
    const r = simulate(flat(30), POOL, DELAYS, scripted({ 0: 6 }), 3);
    const at = (seconds: number) => seconds / 15;
    expect(r.supply[at(840) - 1]).toBe(3);
    expect(r.supply[at(840)]).toBe(6);
    expect(r.supply.at(-1)).toBe(6);
    // Paid from the merge on, while booting: apply creates the machines.
    expect(r.billed[at(600) - 1]).toBe(3);
    expect(r.billed[at(600)]).toBe(6);
    expect(r.events.map((e) => [e.from, e.to])).toEqual([[3, 6]]);
    expect(r.events[0]!.at.toISOString()).toBe("2026-11-22T00:10:00.000Z");
  });

  it("makes a scale-down decided at t take effect at t + merge + apply", () => {
    const r = simulate(flat(30), POOL, DELAYS, scripted({ 0: 2 }), 5);
    expect(r.supply[660 / 15 - 1]).toBe(5);
    expect(r.supply[660 / 15]).toBe(2);
    expect(r.billed[660 / 15]).toBe(2);
  });

  it("lists new nodes as not ready during warm-up and passes the history to decide()", () => {
    const seen: DecisionInput[] = [];
    simulate(flat(30), POOL, { ...DELAYS, cronSeconds: 60 }, scripted({ 0: 5 }, seen), 3);
    const run = (t: number) => seen.find((s) => s.now.getTime() === EPOCH + t * 1000)!;
    // Merged at 600: not in the metrics until 720, listed but not ready until 840.
    expect(run(660).current).toBe(5);
    expect(run(660).nodes).toHaveLength(3);
    expect(run(780).nodes.filter((n) => !n.ready)).toHaveLength(2);
    expect(
      run(780)
        .nodes.filter((n) => !n.ready)
        .every((n) => n.usage === undefined),
    ).toBe(true);
    expect(run(900).nodes.every((n) => n.ready)).toBe(true);
    // 6 cores over 3 ready nodes: 2 cores each, the full window before the merge.
    expect(run(540).nodes.map((n) => n.usage)).toEqual([2, 2, 2]);
    expect(run(900).events).toEqual([{ at: new Date(EPOCH + 600_000), from: 3, to: 5 }]);
    expect(run(120).recommendations?.map((r) => r.nodes)).toEqual([5, 5]);
  });

  it("counts opened PRs, updates to a new size, and closes separately", () => {
    const r = simulate(
      flat(60),
      POOL,
      DELAYS,
      // open 5; update to 6; same size again (no PR); merged at 600; open 8; back to the
      // count (closed); open 4, merged at 2400.
      scripted({ 0: 5, 300: 6, 600: 6, 1200: 8, 1500: 6, 1800: 4 }),
      3,
    );
    expect([r.prsOpened, r.prUpdates, r.prsClosed]).toEqual([3, 1, 1]);
    expect(r.events.map((e) => [(e.at.getTime() - EPOCH) / 1000, e.to])).toEqual([
      [600, 6],
      [2400, 4],
    ]);
  });

  it("rejects delays that do not fall on the trace's steps", () => {
    expect(() => simulate(flat(10), POOL, { ...DELAYS, mergeSeconds: 610 }, scripted({}))).toThrow(
      /mergeSeconds=610/,
    );
    expect(() => simulate(flat(10), POOL, { ...DELAYS, warmupSeconds: 300 }, scripted({}))).toThrow(
      /warm-up/,
    );
  });
});

describe("traces", () => {
  const options = { days: 1, stepSeconds: 60, seed: 7 };

  it("are the same for the same seed and differ for another", () => {
    for (const name of TRACE_NAMES) {
      const a = generateTrace(name, options);
      expect(generateTrace(name, options)).toEqual(a);
      expect(a.cores).toHaveLength(1440);
      expect(a.cores.every((c) => c > 0 && Number.isFinite(c))).toBe(true);
    }
    for (const name of ["diurnal", "spike", "noisy"] as const)
      expect(generateTrace(name, { ...options, seed: 8 }).cores).not.toEqual(
        generateTrace(name, options).cores,
      );
  });

  it("draws from a generator that repeats for a seed and stays in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(1000);
  });
});

describe("all strategies on short traces", () => {
  const pool: PoolModel = { ...POOL, policy: { min: 2, max: 20, targetUtilization: 0.6 } };
  for (const name of TRACE_NAMES) {
    it(`${name}: the static pool is never short and costs max × hours`, () => {
      const trace = generateTrace(name, { days: 0.5, stepSeconds: 60, seed: 3 });
      const peak = Math.max(...trace.cores.map((c) => demandedNodes(c, pool)));
      expect(peak).toBeLessThanOrEqual(pool.policy.max);
      const f = compare(trace, pool, DELAYS, strategies(pool.policy, DELAYS.cronSeconds));
      const byKey = Object.fromEntries(f.strategies.map((s) => [s.key, s]));
      const fixed = byKey.static!;
      expect([fixed.underAccuracy, fixed.underTimeshare, fixed.prs]).toEqual([0, 0, 0]);
      expect(fixed.nodeHours).toBeCloseTo(pool.policy.max * 12, 9);
      for (const s of [byKey.autoscaler!, byKey.plain!]) {
        expect(s.prs).toBe(s.prsOpened + s.prUpdates);
        expect(s.nodeHours).toBeLessThanOrEqual(fixed.nodeHours);
        expect(s.underTimeshare + s.overTimeshare).toBeLessThanOrEqual(100);
      }
      expect(checkTarget(f).checks).toHaveLength(3);
    });
  }

  it("keeps every autoscaled pool within min and max", () => {
    const trace = generateTrace("noisy", { days: 0.5, stepSeconds: 60, seed: 3 });
    for (const s of strategies(pool.policy, DELAYS.cronSeconds)) {
      const r = simulate(trace, pool, DELAYS, s.decider, s.initial);
      expect(Math.min(...r.billed)).toBeGreaterThanOrEqual(pool.policy.min);
      expect(Math.max(...r.billed)).toBeLessThanOrEqual(pool.policy.max);
    }
  });
});

describe("the target check", () => {
  const figures = (mine: [number, number, number], plain: [number, number, number]) => {
    const row = (key: "autoscaler" | "plain", [theta, tau, prs]: [number, number, number]) => ({
      key,
      label: key,
      underAccuracy: theta,
      overAccuracy: 0,
      underTimeshare: tau,
      overTimeshare: 0,
      nodeHours: 1,
      prsOpened: prs,
      prUpdates: 0,
      prs,
      prsClosed: 0,
      scaleChanges: 0,
    });
    const f: TraceFigures = {
      trace: "t",
      description: "",
      hours: 1,
      peakCores: 1,
      peakNodes: 1,
      strategies: [row("autoscaler", mine), row("plain", plain)],
    };
    return checkTarget(f);
  };

  it("passes with equal under-provisioning and half the PRs (rounded down)", () => {
    expect(figures([2, 10, 5], [2, 10, 11]).pass).toBe(true);
    expect(figures([2, 10, 6], [2, 10, 11]).pass).toBe(false);
  });

  it("misses when either under-provisioning figure is worse", () => {
    expect(figures([2.1, 10, 1], [2, 10, 11]).pass).toBe(false);
    expect(figures([2, 10.5, 1], [2, 10, 11]).pass).toBe(false);
  });
});
