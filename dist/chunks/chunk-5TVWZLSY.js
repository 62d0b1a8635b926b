import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  scopeSelector
} from "./chunk-7Q6NB2VU.js";
import {
  MetricsUnavailableError,
  QueryError
} from "./chunk-JE64DLF2.js";

// lib/metrics/queries.ts
var DEFAULT_GTM_QUERIES = {
  readyNodes: 'sum(max by (node) (up{$selector,node!=""}))',
  errorRate: '(sum(rate(http_requests_total{$selector,code=~"5.."}[$window])) or vector(0)) / sum(rate(http_requests_total{$selector}[$window]))',
  latency: "histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{$selector}[$window])))"
}, DEFAULT_NODE_QUERIES = {
  usage: 'sum by (node) (rate(node_cpu_seconds_total{$selector,mode!="idle"}[$window]))',
  capacity: 'count by (node) (node_cpu_seconds_total{$selector,mode="idle"})',
  ready: 'max by (node) (up{$selector,node!=""}) * on (node) (max by (node) (time() - node_boot_time_seconds{$selector}) >= bool $warmup) or max by (node) (up{$selector,node!=""}) * 0'
}, PLACEHOLDER = /\$([A-Za-z_][A-Za-z0-9_]*)/g, KNOWN = /* @__PURE__ */ new Set(["selector", "window", "warmup"]);
function checkQueryTemplate(template) {
  let names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ""), unknown = names.filter((n) => !KNOWN.has(n));
  if (unknown.length > 0)
    return `unknown placeholder $${unknown[0]} (known: $selector, $window, $warmup)`;
  if (!names.includes("selector")) return "the query must use $selector to stay in its region";
}
function expandQuery(template, values) {
  let problem = checkQueryTemplate(template);
  if (problem !== void 0)
    throw new QueryError(`query template ${JSON.stringify(template)}: ${problem}`, {
      errorType: "bad_template",
      query: template
    });
  let selector = scopeSelector(values.scope);
  return template.replace(PLACEHOLDER, (_, name) => {
    if (name === "selector") return selector;
    let seconds = name === "window" ? values.windowSeconds : values.warmupSeconds, min = name === "window" ? 1 : 0;
    if (seconds === void 0 || !Number.isInteger(seconds) || seconds < min)
      throw new RangeError(`$${name} needs a whole number of seconds \u2265 ${min}, got ${seconds}`);
    return name === "window" ? `${seconds}s` : String(seconds);
  });
}
function vectorOf(result, query) {
  if (result.resultType === "vector") return result.result;
  if (result.resultType === "scalar") return [{ labels: {}, sample: result.result }];
  throw new QueryError(`the query answered a ${result.resultType}, not an instant vector`, {
    errorType: "bad_shape",
    query
  });
}
function singleValue(result, query, what) {
  let series = vectorOf(result, query), first = series[0];
  if (first === void 0)
    throw new MetricsUnavailableError(`${what}: the query returned nothing`, { reason: "empty" });
  if (series.length > 1)
    throw new QueryError(`${what}: the query returned ${series.length} series, not one`, {
      errorType: "bad_shape",
      query
    });
  if (Number.isNaN(first.sample.value))
    throw new MetricsUnavailableError(`${what}: the query returned NaN (no data in the window)`, {
      reason: "empty"
    });
  return first.sample.value;
}
function valuesByNode(result, query, what) {
  let shape = (problem) => new QueryError(`${what}: ${problem}; aggregate with "by (node)"`, {
    errorType: "bad_shape",
    query
  }), out = /* @__PURE__ */ new Map();
  for (let { labels, sample } of vectorOf(result, query)) {
    let node = labels.node;
    if (node === void 0 || node === "") throw shape("a series without a node label");
    if (out.has(node)) throw shape(`two series for node ${node}`);
    out.set(node, sample.value);
  }
  return out;
}

export {
  DEFAULT_GTM_QUERIES,
  DEFAULT_NODE_QUERIES,
  expandQuery,
  vectorOf,
  singleValue,
  valuesByNode
};
