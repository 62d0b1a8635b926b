// The HPA's replica calculator (GetResourceReplicas in Kubernetes' replica_calculator.go)
// applied to the nodes of a pool: pods become nodes, a pod's CPU request becomes a node's
// capacity.
import type { DecisionPolicy, NodeSample } from "./types.ts";

export const DEFAULT_TOLERANCE = 0.1;

/**
 * Products like 0.3 / 0.3 × 4 come out as 4.000000000000001; a plain ceil would add a node
 * nobody asked for. Anything this close to a whole number is that number.
 */
const EPSILON = 1e-9;

export function ceilNodes(x: number): number {
  const nearest = Math.round(x);
  return Math.abs(x - nearest) <= EPSILON * Math.max(1, Math.abs(x)) ? nearest : Math.ceil(x);
}

export interface MetricsRecommendation {
  /** Null when no ready node reported usage: the run decides nothing. */
  nodes: number | null;
  reason: string;
}

interface Totals {
  usage: number;
  capacity: number;
  count: number;
}

/**
 * The pool as the count says it is: nodes the metrics never listed (a scrape or relabelling
 * gap) are nodes without data, so that a gap can never shrink the pool. They are given the
 * median capacity of the listed nodes.
 */
function withUnlisted(current: number, nodes: NodeSample[]): NodeSample[] {
  if (nodes.length >= current || nodes.length === 0) return nodes;
  const capacities = nodes.map((n) => n.capacity).sort((a, b) => a - b);
  const capacity = capacities[Math.floor(capacities.length / 2)]!;
  const unlisted = Array.from({ length: current - nodes.length }, (_, i) => ({
    name: `(unlisted ${i + 1})`,
    capacity,
    ready: true,
  }));
  return [...nodes, ...unlisted];
}

export function recommendFromMetrics(
  policy: DecisionPolicy,
  current: number,
  listed: NodeSample[],
): MetricsRecommendation {
  const nodes = withUnlisted(current, listed);
  const tolerance = policy.tolerance ?? DEFAULT_TOLERANCE;
  const target = policy.targetUtilization;
  // Readiness wins over data: a warming-up node's usage says nothing about steady load.
  const unready = nodes.filter((n) => !n.ready);
  const missing = nodes.filter((n) => n.ready && n.usage === undefined);
  const measured = nodes.filter((n) => n.ready && n.usage !== undefined);

  if (measured.length === 0) {
    // Described as the metrics listed them; the unlisted are only filled in for a decision.
    const why =
      listed.length === 0
        ? "the metrics returned no node"
        : `no ready node reported usage (${describeNodes(
            listed.filter((n) => !n.ready).length,
            listed.filter((n) => n.ready && n.usage === undefined).length,
          )})`;
    return { nodes: null, reason: `no decision: ${why}; staying at ${plural(current, "node")}` };
  }

  const base = totals(measured, (n) => n.usage ?? 0);
  const ratio = base.usage / base.capacity / target;
  const head =
    `utilization ${fixed(base.usage / base.capacity)} over ${plural(base.count, "ready node")}` +
    ` vs target ${fixed(target)} → ratio ${fixed(ratio)}`;
  const within = (r: number) => Math.abs(1 - r) <= tolerance + EPSILON;
  const stay = `stay at ${plural(current, "node")}`;

  // The HPA checks the tolerance here only when nothing needs filling in, but filling in only
  // ever pulls the ratio towards 1 or past it (target <= 1), and both end in "no change".
  if (within(ratio))
    return { nodes: current, reason: `${head}, within tolerance ${fixed(tolerance)} → ${stay}` };
  const rebalanceUnready = unready.length > 0 && ratio > 1;
  if (!rebalanceUnready && missing.length === 0)
    return counted(ratio, base.count, current, head, stay);

  // Fill in the nodes we know nothing about with the value that argues against the move the
  // measured nodes suggest, so that missing data can only make the change smaller.
  const filled = { ...base };
  const notes: string[] = [];
  if (missing.length > 0) {
    const scaleDown = ratio < 1;
    add(
      filled,
      totals(missing, (n) => (scaleDown ? n.capacity : 0)),
    );
    notes.push(
      `${plural(missing.length, "node")} without data as ${scaleDown ? "fully used" : "idle"}`,
    );
  }
  if (rebalanceUnready) {
    add(
      filled,
      totals(unready, () => 0),
    );
    notes.push(`${plural(unready.length, "not-ready node")} as idle`);
  }
  const newRatio = filled.usage / filled.capacity / target;
  const refilled =
    `${head}; counting ${notes.join(" and ")} → utilization ${fixed(filled.usage / filled.capacity)}` +
    ` over ${plural(filled.count, "node")} → ratio ${fixed(newRatio)}`;
  if (within(newRatio))
    return {
      nodes: current,
      reason: `${refilled}, within tolerance ${fixed(tolerance)} → ${stay}`,
    };
  if ((ratio < 1 && newRatio > 1) || (ratio > 1 && newRatio < 1))
    return { nodes: current, reason: `${refilled}, the opposite direction → ${stay}` };
  return counted(newRatio, filled.count, current, refilled, stay);
}

/**
 * ceil(ratio × nodes counted), except when fewer nodes were counted than the pool has and the
 * count would move against the load (the HPA checks this after a fill-in; nodes the metrics
 * never listed make it possible without one too, and a scale-down under high load is never
 * right).
 */
function counted(
  ratio: number,
  count: number,
  current: number,
  head: string,
  stay: string,
): MetricsRecommendation {
  const nodes = ceilNodes(ratio * count);
  if ((ratio < 1 && nodes > current) || (ratio > 1 && nodes < current)) {
    const against = ratio > 1 ? "fewer" : "more";
    return {
      nodes: current,
      reason: `${head} → ${plural(nodes, "node")}, ${against} than the current ${current} → ${stay}`,
    };
  }
  return { nodes, reason: `${head} → ${plural(nodes, "node")}` };
}

function totals(nodes: NodeSample[], usage: (n: NodeSample) => number): Totals {
  let u = 0;
  let c = 0;
  for (const n of nodes) {
    u += usage(n);
    c += n.capacity;
  }
  return { usage: u, capacity: c, count: nodes.length };
}

function add(into: Totals, more: Totals): void {
  into.usage += more.usage;
  into.capacity += more.capacity;
  into.count += more.count;
}

function describeNodes(unready: number, missing: number): string {
  const parts: string[] = [];
  if (unready > 0) parts.push(`${unready} not ready`);
  if (missing > 0) parts.push(`${missing} without data`);
  return parts.join(", ");
}

export function fixed(x: number): string {
  return x.toFixed(2);
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
