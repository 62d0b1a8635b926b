import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  DEFAULT_GTM_QUERIES,
  expandQuery,
  singleValue
} from "./chunk-5TVWZLSY.js";
import {
  instantQuery
} from "./chunk-X5TJOQ53.js";
import "./chunk-4O7L4F3E.js";
import "./chunk-7Q6NB2VU.js";
import {
  MetricsUnavailableError,
  QueryError
} from "./chunk-JE64DLF2.js";
import "./chunk-BOG7BZ5N.js";

// lib/metrics/region-health.ts
var DEFAULT_HEALTH_WINDOW_SECONDS = 300;
async function regionHealth(url, region, options) {
  let queries = { ...DEFAULT_GTM_QUERIES, ...options.queries }, windowSeconds = options.windowSeconds ?? DEFAULT_HEALTH_WINDOW_SECONDS, problems = [], figure = async (name, template, scope, valid) => {
    let what = `${name} of region ${region}`;
    try {
      let promql = expandQuery(template, { scope, windowSeconds }), value = singleValue(await instantQuery(url, promql, options), promql, what);
      if (valid(value)) return value;
      throw new QueryError(`${what}: ${value} is not a possible value`, {
        errorType: "bad_shape",
        query: promql
      });
    } catch (err) {
      if (options.signal?.aborted) throw err;
      if (err instanceof MetricsUnavailableError || err instanceof QueryError) {
        let message = err.message.startsWith(what) ? err.message : `${what}: ${err.message}`, error = err instanceof QueryError ? new QueryError(message, err) : new MetricsUnavailableError(message, err);
        problems.push({ figure: name, error });
        return;
      }
      throw err;
    }
  }, traffic = { ...options.match, region }, [readyNodes, errorRate, latencySeconds] = await Promise.all([
    figure("readyNodes", queries.readyNodes, { region }, (v) => Number.isFinite(v) && v >= 0),
    figure("errorRate", queries.errorRate, traffic, (v) => v >= 0 && v <= 1),
    // +Inf is a possible answer (every request in the +Inf bucket): slower than any threshold.
    figure("latencySeconds", queries.latency, traffic, (v) => v >= 0)
  ]);
  return problems.sort((a, b) => ORDER.indexOf(a.figure) - ORDER.indexOf(b.figure)), { readyNodes, errorRate, latencySeconds, problems };
}
var ORDER = ["readyNodes", "errorRate", "latencySeconds"];
export {
  DEFAULT_HEALTH_WINDOW_SECONDS,
  regionHealth
};
