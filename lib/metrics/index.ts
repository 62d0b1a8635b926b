// The metrics module: the label convention, the Prometheus client and the queries the GTM
// (region health) and the autoscaler (node metrics) run with it.
export {
  MetricsUnavailableError,
  QueryError,
  redactUrl,
  type UnavailableReason,
} from "./errors.ts";
export * from "./labels.ts";
export { type NodeMetrics, type NodeMetricsOptions, nodeMetrics } from "./node-metrics.ts";
export type {
  InstantSeries,
  Labels,
  QueryData,
  QueryResult,
  RangeSeries,
  Sample,
} from "./parse.ts";
export * from "./prometheus.ts";
export * from "./queries.ts";
export * from "./region-health.ts";
