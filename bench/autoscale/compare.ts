// One trace through every strategy, reduced to the figures the bench reports, and the target
// of issue 7: under-provisioning no worse than the plain rule, with at most half its PRs.
import { type Elasticity, elasticity, nodeHours } from "./elasticity.ts";
import { type DelayModel, type PoolModel, simulate } from "./simulate.ts";
import type { Strategy } from "./strategies.ts";
import type { Trace } from "./traces.ts";

export interface StrategyFigures extends Elasticity {
  key: Strategy["key"];
  label: string;
  nodeHours: number;
  prsOpened: number;
  prUpdates: number;
  /** What the target counts: every new proposal and every change of an open one's size. */
  prs: number;
  prsClosed: number;
  /** Merged count changes (the tfvars file's history). */
  scaleChanges: number;
}

export interface TraceFigures {
  trace: string;
  description: string;
  hours: number;
  peakCores: number;
  peakNodes: number;
  strategies: StrategyFigures[];
}

export function compare(
  trace: Trace,
  pool: PoolModel,
  delays: DelayModel,
  strategies: Strategy[],
): TraceFigures {
  const figures = strategies.map((s): StrategyFigures => {
    const r = simulate(trace, pool, delays, s.decider, s.initial);
    return {
      key: s.key,
      label: s.label,
      ...elasticity(r.demand, r.supply),
      nodeHours: nodeHours(r.billed, trace.stepSeconds),
      prsOpened: r.prsOpened,
      prUpdates: r.prUpdates,
      prs: r.prsOpened + r.prUpdates,
      prsClosed: r.prsClosed,
      scaleChanges: r.events.length,
    };
  });
  const peakCores = Math.max(...trace.cores);
  return {
    trace: trace.name,
    description: trace.description,
    hours: (trace.cores.length * trace.stepSeconds) / 3600,
    peakCores,
    peakNodes: Math.ceil(peakCores / (pool.capacityCores * pool.policy.targetUtilization)),
    strategies: figures,
  };
}

export interface TargetCheck {
  figure: string;
  value: number;
  baseline: number;
  /** The largest value that meets the target. */
  limit: number;
  met: boolean;
}

export interface TargetVerdict {
  checks: TargetCheck[];
  pass: boolean;
}

/**
 * Metrics are compared to 1e-9 so that two strategies that behave identically are "no worse"
 * despite summing the same terms; PRs are counted, so half of an odd count rounds down.
 */
export function checkTarget(figures: TraceFigures): TargetVerdict {
  const find = (key: Strategy["key"]) => {
    const f = figures.strategies.find((s) => s.key === key);
    if (!f) throw new Error(`compare: no ${key} strategy in ${figures.trace}`);
    return f;
  };
  const mine = find("autoscaler");
  const plain = find("plain");
  const noWorse = (figure: string, value: number, baseline: number): TargetCheck => ({
    figure,
    value,
    baseline,
    limit: baseline,
    met: value <= baseline + 1e-9,
  });
  const prLimit = Math.floor(plain.prs / 2);
  const checks = [
    noWorse("θU under-provisioning accuracy", mine.underAccuracy, plain.underAccuracy),
    noWorse("τU under-provisioning timeshare", mine.underTimeshare, plain.underTimeshare),
    {
      figure: "PRs (opened + updated)",
      value: mine.prs,
      baseline: plain.prs,
      limit: prLimit,
      met: mine.prs <= prLimit,
    },
  ];
  return { checks, pass: checks.every((c) => c.met) };
}
