import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  MalformedAnswer,
  apiError,
  httpFailure,
  parseBody,
  parseQueryResult,
  target,
  withRetries
} from "./chunk-4O7L4F3E.js";
import {
  MetricsUnavailableError,
  QueryError,
  redactUrl
} from "./chunk-JE64DLF2.js";

// lib/metrics/prometheus.ts
async function instantQuery(url, promql, options) {
  let params = {};
  return options.time !== void 0 && (params.time = unixSeconds(options.time)), request(url, "query", promql, params, options);
}
async function rangeQuery(url, promql, options) {
  if (!(options.stepSeconds > 0)) throw new RangeError("stepSeconds must be positive");
  let params = {
    start: unixSeconds(options.start),
    end: unixSeconds(options.end),
    step: String(options.stepSeconds)
  }, answer = await request(url, "query_range", promql, params, options);
  if (answer.resultType !== "matrix")
    throw new MetricsUnavailableError(
      `Prometheus at ${redactUrl(new URL(String(url)))}: a range query answered with a ${answer.resultType}`,
      { reason: "malformed" }
    );
  return answer;
}
function unixSeconds(d) {
  return (d.getTime() / 1e3).toFixed(3);
}
async function request(url, path, promql, params, options) {
  let t = target(url, `api/v1/${path}`, "Prometheus", options.token), body = new URLSearchParams({ query: promql, ...params, timeout: `${options.timeoutMs}ms` });
  return withRetries(
    t,
    { method: "POST", body: body.toString() },
    (reply) => classify(t, reply, promql),
    options
  );
}
function classify(t, reply, promql) {
  let { status, text } = reply, json;
  try {
    json = parseBody(text);
  } catch {
    json = void 0;
  }
  let rejected = json === void 0 ? void 0 : apiError(json), said = rejected ? `: ${rejected.errorType}: ${rejected.error}` : "";
  if (status >= 200 && status < 300)
    try {
      if (json === void 0) throw new MalformedAnswer("the answer is not JSON");
      return parseQueryResult(json);
    } catch (err) {
      if (!(err instanceof MalformedAnswer)) throw err;
      return { error: new MetricsUnavailableError(`${t.at}: ${err.message}`, { reason: "malformed" }), retry: !1 };
    }
  if ((status === 400 || status === 422) && rejected)
    throw new QueryError(`${t.at} rejected the query${said}`, {
      status,
      errorType: rejected.errorType,
      query: promql
    });
  return httpFailure(t, status, said, reply.retryAfter);
}

export {
  instantQuery,
  rangeQuery
};
