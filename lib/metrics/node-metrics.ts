// Each node of a region's pool as the autoscaler's decision reads it (NodeSample). Missing
// data stays missing: a node without a usage figure has no `usage`, never 0, so the decision
// can treat it as the HPA treats a pod without metrics. A region for which a query fails or
// answers nothing at all is no data, and throws, so the run decides nothing.
import { MetricsUnavailableError } from "./errors.ts";
import type { Scope } from "./labels.ts";
import { type InstantQueryOptions, instantQuery } from "./prometheus.ts";
import { DEFAULT_NODE_QUERIES, expandQuery, type NodeQueries, valuesByNode } from "./queries.ts";

/** One node of the pool as the metrics saw it over the policy's window. */
export interface NodeSample {
  name: string;
  /** Absent when the query failed or returned nothing for this node: missing, not zero. */
  usage?: number;
  capacity: number;
  /** False for a node not yet up or inside its warm-up period, with or without data. */
  ready: boolean;
}

export interface NodeMetricsOptions extends InstantQueryOptions {
  /** The policy's window: usage is the average over it. */
  windowSeconds: number;
  /** A node booted more recently than this is not ready. */
  warmupSeconds: number;
  /** The AutoscalePolicy's `queries`: any left out take the node_exporter defaults. */
  queries?: Partial<NodeQueries>;
  /** Further convention labels, for pools shared by tenants or environments. */
  match?: Omit<Scope, "region" | "node">;
}

export interface NodeMetrics {
  /** Sorted by name. */
  nodes: NodeSample[];
  /**
   * Nodes listed without a capacity (their exporter is not answering): each is given the
   * pool's median capacity and counted as not ready, see `nodeMetrics`.
   */
  capacityFilledIn: string[];
}

/**
 * The pool is every node any of the three queries lists. Readiness comes from the ready
 * query alone (a node it does not list, or lists with anything but 1, is not ready).
 * NodeSample needs a capacity for every node, and the HPA counts an unready pod with its
 * request; a node whose capacity is unknown gets the median of the others', which is exact
 * for the usual pool of one instance type, and is marked not ready, since a node whose
 * exporter does not answer is not up.
 * Throws MetricsUnavailableError when a query cannot run or answers nothing for the region,
 * QueryError when a query is rejected or does not answer one series per node.
 */
export async function nodeMetrics(
  url: string | URL,
  region: string,
  options: NodeMetricsOptions,
): Promise<NodeMetrics> {
  const queries = { ...DEFAULT_NODE_QUERIES, ...options.queries };
  const values = {
    scope: { ...options.match, region },
    windowSeconds: options.windowSeconds,
    warmupSeconds: options.warmupSeconds,
  };
  const ask = async (what: keyof NodeQueries) => {
    const promql = expandQuery(queries[what], values);
    const label = `${what} of the nodes of region ${region}`;
    const byNode = valuesByNode(await instantQuery(url, promql, options), promql, label);
    if (byNode.size === 0)
      throw new MetricsUnavailableError(`${label}: the query returned nothing`, {
        reason: "empty",
      });
    return byNode;
  };
  const [usage, capacity, ready] = await Promise.all([ask("usage"), ask("capacity"), ask("ready")]);

  const known = [...capacity.values()].filter((c) => Number.isFinite(c) && c > 0);
  const pool = median(known);
  if (pool === undefined)
    throw new MetricsUnavailableError(
      `capacity of the nodes of region ${region}: no node has one`,
      {
        reason: "empty",
      },
    );
  const names = [...new Set([...usage.keys(), ...capacity.keys(), ...ready.keys()])].sort();
  const capacityFilledIn: string[] = [];
  const nodes = names.map((name): NodeSample => {
    const c = capacity.get(name);
    const hasCapacity = c !== undefined && Number.isFinite(c) && c > 0;
    if (!hasCapacity) capacityFilledIn.push(name);
    const u = usage.get(name);
    const node: NodeSample = {
      name,
      capacity: hasCapacity ? c : pool,
      ready: hasCapacity && ready.get(name) === 1,
    };
    // NaN (a counter with one sample in the window) and ±Inf are no measurement.
    if (u !== undefined && Number.isFinite(u) && u >= 0) node.usage = u;
    return node;
  });
  return { nodes, capacityFilledIn };
}

function median(xs: number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}
