import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/metrics/errors.ts
var MetricsUnavailableError = class extends Error {
  name = "MetricsUnavailableError";
  reason;
  /** The last HTTP status, when there was one. */
  status;
  attempts;
  constructor(message, details) {
    super(message), this.reason = details.reason, this.status = details.status, this.attempts = details.attempts ?? 1;
  }
}, QueryError = class extends Error {
  name = "QueryError";
  /** 400 or 422 from Prometheus; undefined when the answer's shape was wrong for its use. */
  status;
  /** Prometheus' `errorType` ("bad_data", "execution"), or "bad_shape" for our own checks. */
  errorType;
  query;
  constructor(message, details) {
    super(message), this.status = details.status, this.errorType = details.errorType, this.query = details.query;
  }
};
function redactUrl(url) {
  return `${url.protocol}//${url.host}${url.pathname === "/" ? "" : url.pathname}`;
}

// lib/metrics/prometheus.ts
import { setTimeout as sleep } from "node:timers/promises";

// lib/metrics/parse.ts
var MalformedAnswer = class extends Error {
  name = "MalformedAnswer";
};
function isObject(v) {
  return typeof v == "object" && v !== null && !Array.isArray(v);
}
function parseBody(text) {
  try {
    return JSON.parse(text);
  } catch {
    throw new MalformedAnswer("the answer is not JSON");
  }
}
function apiError(body) {
  if (!isObject(body) || body.status !== "error") return;
  let errorType = typeof body.errorType == "string" ? body.errorType : "unknown", error = typeof body.error == "string" ? body.error : "(no message)";
  return { errorType, error };
}
function parseQueryResult(body) {
  if (!isObject(body) || body.status !== "success" || !isObject(body.data))
    throw new MalformedAnswer('the answer has no "status": "success" with "data"');
  let warnings = Array.isArray(body.warnings) ? body.warnings.filter((w) => typeof w == "string") : [], { resultType, result } = body.data;
  switch (resultType) {
    case "vector":
      return { resultType, result: seriesList(result, instantSeries), warnings };
    case "matrix":
      return { resultType, result: seriesList(result, rangeSeries), warnings };
    case "scalar":
      return { resultType, result: sample(result), warnings };
    case "string": {
      if (!Array.isArray(result) || typeof result[1] != "string")
        throw new MalformedAnswer("a string result is not [time, value]");
      return { resultType, result: { time: time(result[0]), value: result[1] }, warnings };
    }
    default:
      throw new MalformedAnswer(`unknown resultType ${JSON.stringify(resultType ?? null)}`);
  }
}
function seriesList(result, one) {
  if (!Array.isArray(result)) throw new MalformedAnswer("the result is not a list");
  let out = [];
  for (let s of result) {
    if (!isObject(s)) throw new MalformedAnswer("a series is not an object");
    let parsed = one(s);
    parsed !== null && out.push(parsed);
  }
  return out;
}
function instantSeries(s) {
  return s.value === void 0 && s.histogram !== void 0 ? null : { labels: labels(s.metric), sample: sample(s.value) };
}
function rangeSeries(s) {
  if (s.values === void 0 && s.histograms !== void 0) return null;
  if (!Array.isArray(s.values)) throw new MalformedAnswer("a range series has no values");
  return { labels: labels(s.metric), samples: s.values.map(sample) };
}
function labels(metric) {
  if (metric === void 0) return {};
  if (!isObject(metric)) throw new MalformedAnswer("a series' metric is not an object");
  let out = {};
  for (let [k, v] of Object.entries(metric)) {
    if (typeof v != "string") throw new MalformedAnswer(`label ${k} is not a string`);
    out[k] = v;
  }
  return out;
}
function sample(pair) {
  if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[1] != "string")
    throw new MalformedAnswer("a sample is not [time, value]");
  return { time: time(pair[0]), value: sampleValue(pair[1]) };
}
function time(t) {
  if (typeof t != "number" || !Number.isFinite(t))
    throw new MalformedAnswer("a sample time is not a number");
  return t;
}
function sampleValue(text) {
  if (text === "NaN") return Number.NaN;
  if (text === "+Inf" || text === "Inf") return Number.POSITIVE_INFINITY;
  if (text === "-Inf") return Number.NEGATIVE_INFINITY;
  let n = text.trim() === text && text !== "" ? Number(text) : Number.NaN;
  if (Number.isNaN(n)) throw new MalformedAnswer(`a sample value is not a number: ${text}`);
  return n;
}

// lib/metrics/prometheus.ts
async function instantQuery(url, promql, options) {
  let params = {};
  return options.time !== void 0 && (params.time = unixSeconds(options.time)), request(url, "query", promql, params, options);
}
function unixSeconds(d) {
  return (d.getTime() / 1e3).toFixed(3);
}
function target(url, path) {
  let base;
  try {
    base = new URL(String(url));
  } catch {
    throw new TypeError("the Prometheus URL is not a valid URL");
  }
  let headers = {
    "content-type": "application/x-www-form-urlencoded",
    accept: "application/json"
  };
  if (base.username !== "" || base.password !== "") {
    let user = decodeURIComponent(base.username), password = decodeURIComponent(base.password);
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`, base.username = "", base.password = "";
  }
  return base.hash = "", base.pathname.endsWith("/") || (base.pathname += "/"), { endpoint: new URL(`api/v1/${path}`, base), shown: redactUrl(base), headers };
}
async function request(url, path, promql, params, options) {
  let t = target(url, path), body = new URLSearchParams({ query: promql, ...params, timeout: `${options.timeoutMs}ms` }), attempts = Math.max(1, Math.floor(options.attempts ?? 3)), backoffMs = options.backoffMs ?? 250, maxRetryAfterMs = options.maxRetryAfterMs ?? 3e4;
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    let outcome = await once(t, body.toString(), promql, options);
    if (!("error" in outcome)) return outcome;
    let { error, retry, retryAfterMs: retryAfterMs2 } = outcome, after = `${error.message}${attempt > 1 ? ` (after ${attempt} attempts)` : ""}`, details = { reason: error.reason, status: error.status, attempts: attempt };
    if (!retry || attempt >= attempts) throw new MetricsUnavailableError(after, details);
    if (retryAfterMs2 !== void 0 && retryAfterMs2 > maxRetryAfterMs)
      throw new MetricsUnavailableError(
        `${after}; asked to retry after ${Math.ceil(retryAfterMs2 / 1e3)} s, more than the ${maxRetryAfterMs / 1e3} s allowed`,
        details
      );
    let wait = retryAfterMs2 ?? backoffMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
    options.logger?.debug(`${error.message}; retrying in ${Math.round(wait)} ms`), await sleep(wait, void 0, { signal: options.signal }).catch((err) => {
      throw options.signal?.aborted ? options.signal.reason : err;
    });
  }
}
async function once(t, body, promql, options) {
  let timeout = AbortSignal.timeout(options.timeoutMs), signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout, at = `Prometheus at ${t.shown}`, status, text, retryAfter;
  try {
    let response = await fetch(t.endpoint, {
      method: "POST",
      headers: t.headers,
      body,
      signal,
      redirect: "manual"
    });
    status = response.status, retryAfter = response.headers.get("retry-after"), text = await response.text();
  } catch (err) {
    if (options.signal?.aborted) throw options.signal.reason;
    return timeout.aborted ? { error: new MetricsUnavailableError(`${at}: no answer within ${options.timeoutMs} ms`, {
      reason: "timeout"
    }), retry: !0 } : { error: new MetricsUnavailableError(`${at}: ${networkError(err)}`, {
      reason: "unreachable"
    }), retry: !0 };
  }
  let http = (message, retry, retryAfterMs2) => ({
    error: new MetricsUnavailableError(`${at}: ${message}`, { reason: "http", status }),
    retry,
    ...retryAfterMs2 === void 0 ? {} : { retryAfterMs: retryAfterMs2 }
  }), json;
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
      return { error: new MetricsUnavailableError(`${at}: ${err.message}`, { reason: "malformed" }), retry: !1 };
    }
  if ((status === 400 || status === 422) && rejected)
    throw new QueryError(`${at} rejected the query${said}`, {
      status,
      errorType: rejected.errorType,
      query: promql
    });
  return status === 429 || status >= 500 ? http(`HTTP ${status}${said}`, !0, retryAfterMs(retryAfter)) : http(`HTTP ${status}${said}`, !1);
}
function retryAfterMs(header, now = Date.now()) {
  if (header === null) return;
  let v = header.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1e3;
  let at = Date.parse(v);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - now);
}
function networkError(err) {
  let cause = err instanceof Error ? err.cause : void 0, code = typeof cause == "object" && cause !== null && "code" in cause ? String(cause.code) : "";
  return code === "" ? "connection failed" : `connection failed (${code})`;
}

// lib/metrics/labels.ts
var SCOPE_LABELS = ["tenant", "project", "env", "region", "service"], NODE_LABEL = "node", LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
function checkLabelName(name) {
  if (!LABEL_NAME.test(name))
    return `${JSON.stringify(name)} is not a label name (letters, digits and "_", not starting with a digit)`;
}
function promqlString(value) {
  let out = '"';
  for (let ch of value) {
    let code = ch.codePointAt(0) ?? 0;
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === `
`) out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (code < 32 || code === 127) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else {
      if (code >= 55296 && code <= 57343)
        throw new TypeError(`label value ${JSON.stringify(value)} is not valid Unicode`);
      out += ch;
    }
  }
  return `${out}"`;
}
function labelMatcher(m) {
  let problem = checkLabelName(m.name);
  if (problem !== void 0) throw new TypeError(problem);
  return `${m.name}${m.op ?? "="}${promqlString(m.value)}`;
}
function labelMatchers(matchers) {
  return matchers.map(labelMatcher).join(",");
}
function scopeSelector(scope) {
  let matchers = [];
  for (let name of [...SCOPE_LABELS, NODE_LABEL]) {
    let value = scope[name];
    if (value !== void 0) {
      if (value === "") throw new TypeError(`the ${name} label of a scope cannot be empty`);
      matchers.push({ name, value });
    }
  }
  for (let name of Object.keys(scope))
    if (!SCOPE_LABELS.includes(name) && name !== NODE_LABEL)
      throw new TypeError(`${JSON.stringify(name)} is not a label of the convention`);
  if (matchers.length === 0) throw new TypeError("a scope needs at least one label");
  return labelMatchers(matchers);
}

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
  for (let { labels: labels2, sample: sample2 } of vectorOf(result, query)) {
    let node = labels2.node;
    if (node === void 0 || node === "") throw shape("a series without a node label");
    if (out.has(node)) throw shape(`two series for node ${node}`);
    out.set(node, sample2.value);
  }
  return out;
}

export {
  MetricsUnavailableError,
  QueryError,
  redactUrl,
  instantQuery,
  DEFAULT_GTM_QUERIES,
  DEFAULT_NODE_QUERIES,
  expandQuery,
  singleValue,
  valuesByNode
};
