// The GitOps loop around the autoscaling decision, step by step over a trace: a cron run
// observes the pool and decides, its proposal waits as a PR until it merges, apply then
// creates nodes that become ready only after provisioning and warm-up (or removes nodes once
// apply is done). The decision is the product's own `decide()`, fed exactly what the action
// feeds it: the count in the tfvars file, per-node samples over the policy's window, and the
// past recommendations and scale events it would read from the status branch and git history.
import { ceilNodes } from "../../lib/autoscale/metrics.ts";
import type {
  Decision,
  DecisionInput,
  DecisionPolicy,
  NodeSample,
  PastRecommendation,
  ScaleEvent,
} from "../../lib/autoscale/types.ts";
import type { Trace } from "./traces.ts";

/** Seconds each stage of the loop takes; all multiples of the trace's step. */
export interface DelayModel {
  /** How often the `autoscale-propose` workflow runs. */
  cronSeconds: number;
  /** From the PR being opened to its merge (checks, review, merge queue). */
  mergeSeconds: number;
  /** From the merge to a new node being ready: apply, boot, join, warm-up. */
  provisionSeconds: number;
  /** The last part of provisioning, in which the node reports metrics but is not ready. */
  warmupSeconds: number;
  /** From the merge to removed nodes being gone (apply only: nothing to boot). */
  applySeconds: number;
}

export interface PoolModel {
  /** CPU cores of one node. */
  capacityCores: number;
  /** The `AutoscalePolicy` the decision reads; min/max/target also define demand and static. */
  policy: DecisionPolicy;
  /** The policy's `windowSeconds`: node usage is averaged over it, as the query's rate does. */
  windowSeconds: number;
}

export type Decider = (input: DecisionInput) => Decision;

export interface SimResult {
  /** Nodes the demand needs at the target utilization, per step. */
  demand: number[];
  /** Ready nodes, per step: what actually serves the load. */
  supply: number[];
  /** Nodes that exist (booting, warming up, ready or draining), per step: what is paid for. */
  billed: number[];
  decisions: number;
  prsOpened: number;
  /** Updates of an open PR to a different size (same-size runs change nothing). */
  prUpdates: number;
  /** Open PRs closed because the proposal came back to the current count. */
  prsClosed: number;
  /** Merged count changes: the git history of the tfvars file. */
  events: ScaleEvent[];
}

interface SimNode {
  name: string;
  /** Seconds from the trace's start; before it the node is not in the metrics at all. */
  listedAt: number;
  readyAt: number;
  /** Infinity until a merged scale-down picks this node. */
  removeAt: number;
}

interface OpenPr {
  size: number;
  mergeAt: number;
}

/** The instant the trace starts; any fixed date does, the decision only compares instants. */
const EPOCH = Date.UTC(2026, 10, 22);
const at = (seconds: number) => new Date(EPOCH + seconds * 1000);
/** More than any stabilization window or rate-limit period a policy would set. */
const HISTORY_SECONDS = 24 * 3600;

/** Nodes needed at the target utilization; at least one, as no pool is smaller. */
export function demandedNodes(cores: number, pool: PoolModel): number {
  return Math.max(1, ceilNodes(cores / (pool.capacityCores * pool.policy.targetUtilization)));
}

export function checkDelays(delays: DelayModel, stepSeconds: number): void {
  for (const [key, value] of Object.entries(delays)) {
    if (!Number.isInteger(value) || value < 0 || value % stepSeconds !== 0)
      throw new Error(`simulator: ${key}=${value} must be a multiple of the ${stepSeconds} s step`);
  }
  if (delays.cronSeconds === 0) throw new Error("simulator: cronSeconds must be positive");
  if (delays.warmupSeconds > delays.provisionSeconds)
    throw new Error("simulator: warm-up is part of provisioning, so it cannot be longer");
}

/**
 * Replays `trace` through `decider` (or, without one, keeps the starting pool: a static pool).
 * The pool starts ready at `initial` nodes (default: what the first sample demands, clamped),
 * so every strategy starts from the same footing.
 */
export function simulate(
  trace: Trace,
  pool: PoolModel,
  delays: DelayModel,
  decider?: Decider,
  initial?: number,
): SimResult {
  const step = trace.stepSeconds;
  checkDelays(delays, step);
  if (pool.windowSeconds < step) throw new Error("simulator: window shorter than one step");
  const { policy, capacityCores } = pool;
  const first = trace.cores[0] ?? 0;
  const start = initial ?? clamp(demandedNodes(first, pool), policy.min, policy.max);

  let serial = 0;
  const newNode = (readyAt: number, listedAt: number): SimNode => ({
    name: `n${++serial}`,
    listedAt,
    readyAt,
    removeAt: Number.POSITIVE_INFINITY,
  });
  let nodes: SimNode[] = Array.from({ length: start }, () => newNode(-Infinity, -Infinity));
  let count = start; // the count in infra/node-pool/<region>.tfvars on main
  let pr: OpenPr | undefined;
  const recommendations: PastRecommendation[] = [];
  const result: SimResult = {
    demand: [],
    supply: [],
    billed: [],
    decisions: 0,
    prsOpened: 0,
    prUpdates: 0,
    prsClosed: 0,
    events: [],
  };
  // Per-step usage of each ready node: the load spreads evenly over the ready nodes, and a
  // node cannot report more than its capacity — saturation is all an autoscaler sees of a
  // shortfall.
  const share: number[] = [];
  const windowSteps = Math.round(pool.windowSeconds / step);

  const observe = (i: number, t: number): NodeSample[] =>
    nodes
      .filter((n) => n.listedAt <= t)
      .map((n) => {
        if (n.readyAt > t) return { name: n.name, capacity: capacityCores, ready: false };
        // Averaged over the part of the window the node was serving. A real query would also
        // average in the idle warm-up minutes; leaving them out keeps that artefact of the
        // query from deciding which strategy looks better.
        const from = Math.max(i - windowSteps + 1, Math.ceil(n.readyAt / step), 0);
        let sum = 0;
        for (let j = from; j <= i; j++) sum += share[j]!;
        return { name: n.name, usage: sum / (i - from + 1), capacity: capacityCores, ready: true };
      });

  const propose = (desired: number, t: number) => {
    if (desired === count) {
      if (pr) result.prsClosed++;
      pr = undefined;
    } else if (!pr) {
      pr = { size: desired, mergeAt: t + delays.mergeSeconds };
      result.prsOpened++;
    } else if (pr.size !== desired) {
      // The update keeps its place in the queue: a bot's push to its own branch does not
      // restart review of a PR whose only change is one number.
      pr.size = desired;
      result.prUpdates++;
    }
  };

  const merge = (size: number, t: number) => {
    result.events.push({ at: at(t), from: count, to: size });
    if (size > count) {
      const readyAt = t + delays.provisionSeconds;
      for (let k = count; k < size; k++)
        nodes.push(newNode(readyAt, readyAt - delays.warmupSeconds));
    } else {
      // Terraform is told a count, not which node; the model removes the least useful first
      // (still booting, then the newest), which is what a drain-aware pool would do.
      const kept = nodes
        .filter((n) => n.removeAt === Number.POSITIVE_INFINITY)
        .sort((a, b) => b.readyAt - a.readyAt);
      for (const n of kept.slice(0, count - size)) n.removeAt = t + delays.applySeconds;
    }
    count = size;
  };

  for (let i = 0; i < trace.cores.length; i++) {
    const t = i * step;
    nodes = nodes.filter((n) => n.removeAt > t);
    const ready = nodes.filter((n) => n.readyAt <= t).length;
    const cores = trace.cores[i]!;
    share.push(ready > 0 ? Math.min(cores / ready, capacityCores) : 0);

    // The cron run comes before a merge due at the same instant, so a merge never lands
    // inside a rate-limit period by the accident of two round numbers coinciding.
    if (decider && t % delays.cronSeconds === 0) {
      const now = at(t);
      const since = EPOCH + (t - HISTORY_SECONDS) * 1000;
      const decision = decider({
        policy,
        current: count,
        nodes: observe(i, t),
        now,
        recommendations: recommendations.filter((r) => r.at.getTime() > since),
        events: result.events.filter((e) => e.at.getTime() > since),
      });
      result.decisions++;
      // No data is no decision: the action leaves any open PR as it is.
      if (decision.recommendation !== null) {
        recommendations.push({ at: now, nodes: decision.recommendation });
        propose(decision.desired, t);
      }
    }
    if (pr && pr.mergeAt <= t) {
      merge(pr.size, t);
      pr = undefined;
    }
    // Again after the merge: with an apply of 0 s the removed nodes are gone at once.
    nodes = nodes.filter((n) => n.removeAt > t);

    result.demand.push(demandedNodes(cores, pool));
    result.supply.push(nodes.filter((n) => n.readyAt <= t).length);
    result.billed.push(nodes.length);
  }
  return result;
}

function clamp(x: number, min: number, max: number): number {
  return Math.min(Math.max(x, min), max);
}
