// The PromQL both consumers run, as templates over the label convention: `$selector` becomes
// the matchers of the region (and service, …) being asked about, `$window` the rate window,
// `$warmup` the warm-up in seconds. Policies may override any template; the placeholders
// keep an override scoped to the region it is run for.
import { MetricsUnavailableError, QueryError } from "./errors.ts";
import { type Scope, scopeSelector } from "./labels.ts";
import type { InstantSeries, QueryResult } from "./parse.ts";

/** What the GTM reads per region. Each template must answer one number. */
export interface GtmQueries {
  readyNodes: string;
  errorRate: string;
  latency: string;
}

/**
 * The defaults assume nothing about the pool's mode (containerd-only pools have no kubelet,
 * so no kube-state-metrics): a node is ready when a per-node target (one with a `node`
 * label) is up. A Kubernetes pool may override `readyNodes` with
 * `sum(kube_node_status_condition{$selector,condition="Ready",status="true"})`.
 * `sum` rather than `count(… == 1)`: with every node down the answer is 0, which is
 * evidence; `count` of nothing is no answer at all, which would read as unknown.
 * Error rate and latency use the instrumentation libraries' common names. Client libraries
 * create a code="500" series at the first 500, so no 5xx series is an error rate of 0
 * (`or vector(0)`); no traffic in the window is 0/0 = NaN, which reads as unknown.
 */
export const DEFAULT_GTM_QUERIES: GtmQueries = {
  readyNodes: 'sum(max by (node) (up{$selector,node!=""}))',
  errorRate:
    '(sum(rate(http_requests_total{$selector,code=~"5.."}[$window])) or vector(0)) / sum(rate(http_requests_total{$selector}[$window]))',
  latency:
    "histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{$selector}[$window])))",
};

/** What the autoscaler reads per node: each template must answer one series per `node`. */
export interface NodeQueries {
  usage: string;
  capacity: string;
  ready: string;
}

/**
 * node_exporter's metrics, the one exporter every pool mode runs:
 * - usage: CPU cores busy, averaged over the window (every mode but idle, so steal and
 *   iowait count as used: the node cannot give that time to work either);
 * - capacity: CPUs, one idle series per CPU;
 * - ready: 1 when the node's target is up and the node booted at least `$warmup` seconds
 *   before the evaluation time. Boot time rather than "first seen in Prometheus": it does not
 *   depend on retention or on scrape gaps, and a rebooted node warms its caches up again
 *   too. A node that is up without a boot time (no node_exporter) is not ready; the `or`
 *   branch lists every node with a target, so a down node is reported as not ready rather
 *   than left out.
 */
export const DEFAULT_NODE_QUERIES: NodeQueries = {
  usage: 'sum by (node) (rate(node_cpu_seconds_total{$selector,mode!="idle"}[$window]))',
  capacity: 'count by (node) (node_cpu_seconds_total{$selector,mode="idle"})',
  ready:
    'max by (node) (up{$selector,node!=""}) * on (node) (max by (node) (time() - node_boot_time_seconds{$selector}) >= bool $warmup)' +
    ' or max by (node) (up{$selector,node!=""}) * 0',
};

export interface TemplateValues {
  scope: Scope;
  /** Integral, > 0; needed by templates that use `$window`. */
  windowSeconds?: number;
  /** Integral, ≥ 0; needed by templates that use `$warmup`. */
  warmupSeconds?: number;
}

const PLACEHOLDER = /\$([A-Za-z_][A-Za-z0-9_]*)/g;
const KNOWN = new Set(["selector", "window", "warmup"]);

/**
 * Why `template` cannot be used, or undefined when it can: for config validators, which know
 * where the template was written.
 */
export function checkQueryTemplate(template: string): string | undefined {
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "");
  const unknown = names.filter((n) => !KNOWN.has(n));
  if (unknown.length > 0)
    return `unknown placeholder $${unknown[0]} (known: $selector, $window, $warmup)`;
  // Without the selector a query reads every region's series and reports them for each.
  if (!names.includes("selector")) return "the query must use $selector to stay in its region";
  return undefined;
}

export function expandQuery(template: string, values: TemplateValues): string {
  const problem = checkQueryTemplate(template);
  if (problem !== undefined)
    throw new QueryError(`query template ${JSON.stringify(template)}: ${problem}`, {
      errorType: "bad_template",
      query: template,
    });
  const selector = scopeSelector(values.scope);
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (name === "selector") return selector;
    const seconds = name === "window" ? values.windowSeconds : values.warmupSeconds;
    const min = name === "window" ? 1 : 0;
    if (seconds === undefined || !Number.isInteger(seconds) || seconds < min)
      throw new RangeError(`$${name} needs a whole number of seconds ≥ ${min}, got ${seconds}`);
    return name === "window" ? `${seconds}s` : String(seconds);
  });
}

/** The series of an instant answer; a scalar is one series without labels. */
export function vectorOf(result: QueryResult, query: string): InstantSeries[] {
  if (result.resultType === "vector") return result.result;
  if (result.resultType === "scalar") return [{ labels: {}, sample: result.result }];
  throw new QueryError(`the query answered a ${result.resultType}, not an instant vector`, {
    errorType: "bad_shape",
    query,
  });
}

/**
 * The one number a query answers. Nothing, or NaN (0/0: no traffic), is no answer, and is
 * reported as such so that callers read it as unknown, never as zero.
 */
export function singleValue(result: QueryResult, query: string, what: string): number {
  const series = vectorOf(result, query);
  const first = series[0];
  if (first === undefined)
    throw new MetricsUnavailableError(`${what}: the query returned nothing`, { reason: "empty" });
  if (series.length > 1)
    throw new QueryError(`${what}: the query returned ${series.length} series, not one`, {
      errorType: "bad_shape",
      query,
    });
  if (Number.isNaN(first.sample.value))
    throw new MetricsUnavailableError(`${what}: the query returned NaN (no data in the window)`, {
      reason: "empty",
    });
  return first.sample.value;
}

/** Each series' value by its `node` label; a series without one, or twice, is a bad query. */
export function valuesByNode(
  result: QueryResult,
  query: string,
  what: string,
): Map<string, number> {
  const shape = (problem: string) =>
    new QueryError(`${what}: ${problem}; aggregate with "by (node)"`, {
      errorType: "bad_shape",
      query,
    });
  const out = new Map<string, number>();
  for (const { labels, sample } of vectorOf(result, query)) {
    const node = labels.node;
    if (node === undefined || node === "") throw shape("a series without a node label");
    if (out.has(node)) throw shape(`two series for node ${node}`);
    out.set(node, sample.value);
  }
  return out;
}
