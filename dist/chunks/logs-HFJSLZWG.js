import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  MalformedAnswer,
  httpFailure,
  parseBody,
  sourceRequest,
  target,
  withRetries
} from "./chunk-4O7L4F3E.js";
import {
  pool
} from "./chunk-67MDLEXD.js";
import {
  SCOPE_LABELS,
  labelMatchers,
  promqlString
} from "./chunk-7Q6NB2VU.js";
import {
  MetricsUnavailableError,
  QueryError
} from "./chunk-JE64DLF2.js";
import "./chunk-BOG7BZ5N.js";

// lib/metrics/loki.ts
async function lokiQueryRange(url, logql, options) {
  let t = target(url, "loki/api/v1/query_range", "Loki", options.token), params = new URLSearchParams({
    query: logql,
    start: nanoseconds(options.start),
    end: nanoseconds(options.end),
    limit: String(options.limit),
    direction: options.direction ?? "backward"
  });
  return t.endpoint.search = params.toString(), withRetries(
    t,
    { method: "GET" },
    (reply) => {
      if (reply.status >= 200 && reply.status < 300)
        try {
          return parseStreams(parseBody(reply.text));
        } catch (err) {
          if (!(err instanceof MalformedAnswer)) throw err;
          return { error: new MetricsUnavailableError(`${t.at}: ${err.message}`, {
            reason: "malformed"
          }), retry: !1 };
        }
      let said = message(reply);
      if (reply.status === 400)
        throw new QueryError(`${t.at} rejected the query${said}`, {
          status: 400,
          errorType: "bad_data",
          query: logql
        });
      return httpFailure(t, reply.status, said, reply.retryAfter);
    },
    options
  );
}
function message(reply) {
  let text = reply.text.replace(/\s+/g, " ").trim();
  return text === "" || text.startsWith("<") ? "" : `: ${text.length > 200 ? `${text.slice(0, 200)}\u2026` : text}`;
}
function nanoseconds(d) {
  return `${BigInt(d.getTime()) * 1000000n}`;
}
var isObject = (v) => typeof v == "object" && v !== null && !Array.isArray(v);
function parseStreams(body) {
  if (!isObject(body) || body.status !== "success" || !isObject(body.data))
    throw new MalformedAnswer('the answer has no "status": "success" with "data"');
  let { resultType, result } = body.data;
  if (resultType !== "streams")
    throw new MalformedAnswer(
      `expected a "streams" result, got ${JSON.stringify(resultType ?? null)}`
    );
  if (!Array.isArray(result)) throw new MalformedAnswer("the result is not a list");
  return result.map((s) => {
    if (!isObject(s) || !isObject(s.stream) || !Array.isArray(s.values))
      throw new MalformedAnswer("a stream is not {stream, values}");
    let labels = {};
    for (let [k, v] of Object.entries(s.stream)) {
      if (typeof v != "string") throw new MalformedAnswer("a stream label is not a string");
      labels[k] = v;
    }
    let entries = s.values.map((v) => {
      if (!Array.isArray(v) || typeof v[0] != "string" || typeof v[1] != "string")
        throw new MalformedAnswer("an entry is not [time, line]");
      if (!/^[0-9]{1,20}$/.test(v[0]))
        throw new MalformedAnswer("an entry's time is not nanoseconds");
      return { ns: v[0], line: v[1] };
    });
    return { labels, entries };
  });
}

// lib/metrics/logs.ts
function logQuery(scope, grep) {
  return `{${scope.length > 0 ? labelMatchers(scope) : labelMatchers([{ name: "service", op: "=~", value: ".+" }])}}${grep !== void 0 && grep !== "" ? ` |= ${promqlString(grep)}` : ""}`;
}
async function queryLogs(sources, options) {
  let scope = [];
  for (let name of SCOPE_LABELS) {
    let value = options.scope?.[name];
    if (value !== void 0) {
      if (value === "") throw new TypeError(`the ${name} label of a scope cannot be empty`);
      scope.push({ name, value });
    }
  }
  let counts = /* @__PURE__ */ new Map();
  for (let s of sources) s.url && counts.set(s.url, (counts.get(s.url) ?? 0) + 1);
  let answers = await pool(sources, options.concurrency ?? 8, async (s) => {
    let miss = (reason) => ({
      region: s.region,
      miss: reason
    });
    if (s.url === void 0)
      return miss({
        region: s.region,
        status: "missing",
        reason: "not-configured",
        error: "no Loki is configured"
      });
    if (s.token instanceof Error)
      return miss({
        region: s.region,
        status: "missing",
        reason: "not-configured",
        error: s.token.message
      });
    let shared = (counts.get(s.url) ?? 0) > 1, query = logQuery(
      shared ? [...scope, { name: "region", value: s.region }] : scope,
      options.grep
    );
    try {
      let streams = await lokiQueryRange(s.url, query, {
        ...sourceRequest(options, s.token),
        start: options.start,
        end: options.end,
        limit: options.limit
      });
      return { region: s.region, streams };
    } catch (err) {
      if (err instanceof MetricsUnavailableError)
        return miss({
          region: s.region,
          status: "missing",
          reason: err.reason,
          error: err.message
        });
      throw err instanceof QueryError ? new QueryError(`region ${s.region}: ${err.message}`, {
        errorType: err.errorType,
        query: err.query,
        ...err.status !== void 0 ? { status: err.status } : {}
      }) : err;
    }
  }), regions = [], lines = [], truncated = !1;
  for (let a of answers) {
    if ("miss" in a) {
      regions.push(a.miss);
      continue;
    }
    let n = 0;
    for (let stream of a.streams) {
      let labels = stream.labels.region === void 0 ? { ...stream.labels, region: a.region } : stream.labels;
      for (let e of stream.entries) lines.push({ ns: e.ns, labels, line: e.line });
      n += stream.entries.length;
    }
    n >= options.limit && (truncated = !0), regions.push({ region: a.region, status: "ok", series: a.streams.length, warnings: [] });
  }
  lines.sort((x, y) => {
    let d = BigInt(y.ns) - BigInt(x.ns);
    return d > 0n ? 1 : d < 0n ? -1 : 0;
  }), lines.length > options.limit && (truncated = !0);
  let missing = regions.filter((r) => r.status === "missing").map((r) => r.region);
  return {
    lines: lines.slice(0, options.limit),
    regions,
    partial: missing.length > 0,
    missing,
    truncated
  };
}
export {
  logQuery,
  queryLogs
};
