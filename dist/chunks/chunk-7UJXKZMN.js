import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  readStatusFromGit,
  scaleEvents
} from "./chunk-ISBRDQ36.js";
import {
  decide
} from "./chunk-E3YNVKZY.js";
import {
  DEFAULT_INTERVAL_SECONDS,
  DEFAULT_WARMUP_SECONDS,
  DEFAULT_WINDOW_SECONDS,
  eventSeconds,
  historySeconds,
  policyForRun
} from "./chunk-UMPZY4QX.js";
import {
  decodeTfvars,
  readNodeCount,
  tfvarsFile
} from "./chunk-XBWW3AL2.js";
import {
  validateConfig
} from "./chunk-LABUN7PV.js";
import {
  ConfigurationError,
  UsageError
} from "./chunk-J6YPK43K.js";

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
function target(url, path2) {
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
  return base.hash = "", base.pathname.endsWith("/") || (base.pathname += "/"), { endpoint: new URL(`api/v1/${path2}`, base), shown: redactUrl(base), headers };
}
async function request(url, path2, promql, params, options) {
  let t = target(url, path2), body = new URLSearchParams({ query: promql, ...params, timeout: `${options.timeoutMs}ms` }), attempts = Math.max(1, Math.floor(options.attempts ?? 3)), backoffMs = options.backoffMs ?? 250, maxRetryAfterMs = options.maxRetryAfterMs ?? 3e4;
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
var DEFAULT_NODE_QUERIES = {
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

// lib/metrics/node-metrics.ts
async function nodeMetrics(url, region, options) {
  let queries = { ...DEFAULT_NODE_QUERIES, ...options.queries }, values = {
    scope: { ...options.match, region },
    windowSeconds: options.windowSeconds,
    warmupSeconds: options.warmupSeconds
  }, ask = async (what) => {
    let promql = expandQuery(queries[what], values), label = `${what} of the nodes of region ${region}`, byNode = valuesByNode(await instantQuery(url, promql, options), promql, label);
    if (byNode.size === 0)
      throw new MetricsUnavailableError(`${label}: the query returned nothing`, {
        reason: "empty"
      });
    return byNode;
  }, [usage, capacity, ready] = await Promise.all([ask("usage"), ask("capacity"), ask("ready")]), known = [...capacity.values()].filter((c) => Number.isFinite(c) && c > 0), pool = median(known);
  if (pool === void 0)
    throw new MetricsUnavailableError(
      `capacity of the nodes of region ${region}: no node has one`,
      {
        reason: "empty"
      }
    );
  let names = [.../* @__PURE__ */ new Set([...usage.keys(), ...capacity.keys(), ...ready.keys()])].sort(), capacityFilledIn = [];
  return { nodes: names.map((name) => {
    let c = capacity.get(name), hasCapacity = c !== void 0 && Number.isFinite(c) && c > 0;
    hasCapacity || capacityFilledIn.push(name);
    let u = usage.get(name), node = {
      name,
      capacity: hasCapacity ? c : pool,
      ready: hasCapacity && ready.get(name) === 1
    };
    return u !== void 0 && Number.isFinite(u) && u >= 0 && (node.usage = u), node;
  }), capacityFilledIn };
}
function median(xs) {
  if (xs.length === 0) return;
  let s = [...xs].sort((a, b) => a - b), mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

// lib/autoscale/status.ts
function statusPath(region) {
  return `autoscale/${region}.json`;
}
function parseStatus(value, region) {
  let o = isObject2(value) ? value : {}, status = { region, recommendations: [] };
  if (Array.isArray(o.recommendations))
    for (let r of o.recommendations)
      isObject2(r) && isTime(r.at) && isCount(r.nodes) && status.recommendations.push({ at: r.at, nodes: r.nodes });
  status.recommendations.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let last = o.last;
  isObject2(last) && isTime(last.at) && isCount(last.current) && isCount(last.desired) && isCount(last.recommendation) && typeof last.reason == "string" && (status.last = {
    at: last.at,
    current: last.current,
    desired: last.desired,
    recommendation: last.recommendation,
    reason: last.reason
  });
  let pull = o.pull;
  isObject2(pull) && isCount(pull.number) && isCount(pull.desired) && (status.pull = { number: pull.number, desired: pull.desired });
  let rejected = o.rejected;
  return isObject2(rejected) && isCount(rejected.nodes) && isCount(rejected.pull) && isTime(rejected.at) && (status.rejected = { nodes: rejected.nodes, pull: rejected.pull, at: rejected.at }), status;
}
function pastRecommendations(status) {
  return (status?.recommendations ?? []).map((r) => ({ at: new Date(r.at), nodes: r.nodes }));
}
function recordDecision(status, decision, current, now, keepSeconds) {
  if (decision.recommendation === null) return status;
  let at = now.toISOString(), all = [...status.recommendations, { at, nodes: decision.recommendation }], cutoff = now.getTime() - keepSeconds * 1e3, recent = all.filter(
    (r, i) => Date.parse(r.at) > cutoff || i >= all.length - 5
  );
  return {
    ...status,
    recommendations: recent.slice(-50),
    last: {
      at,
      current,
      desired: decision.desired,
      recommendation: decision.recommendation,
      reason: decision.reason
    }
  };
}
function decisionMessage(region, current, decision, outcome) {
  return `${decision.desired === current ? `autoscale(${region}): stay at ${current} nodes` : `autoscale(${region}): ${current} \u2192 ${decision.desired} nodes`} (${outcome})

${decision.reason}
`;
}
function isObject2(v) {
  return typeof v == "object" && v !== null && !Array.isArray(v);
}
function isCount(v) {
  return typeof v == "number" && Number.isSafeInteger(v) && v >= 0;
}
function isTime(v) {
  return typeof v == "string" && !Number.isNaN(Date.parse(v));
}

// lib/autoscale/observe.ts
async function observeRegion(target2, status, options) {
  let { region, spec } = target2, current = target2.count.count, run = policyForRun(spec, current, options.intervalSeconds), common = { target: target2, current, run }, windowSeconds = spec.windowSeconds ?? DEFAULT_WINDOW_SECONDS, warmupSeconds = spec.warmupSeconds ?? DEFAULT_WARMUP_SECONDS, metrics;
  try {
    metrics = await nodeMetrics(options.prometheusUrl, region, {
      windowSeconds,
      warmupSeconds,
      ...spec.queries ? { queries: spec.queries } : {},
      time: options.now,
      timeoutMs: options.query.timeoutMs,
      attempts: options.query.attempts,
      ...options.query.backoffMs === void 0 ? {} : { backoffMs: options.query.backoffMs },
      logger: options.log
    });
  } catch (err) {
    if (err instanceof MetricsUnavailableError)
      return { ...common, kind: "no-data", message: noData(err, options.prometheusUrl, current) };
    if (err instanceof QueryError)
      return {
        ...common,
        kind: "failed",
        message: `${target2.policyFile}: a node query of region ${region} is wrong: ${err.message}`
      };
    throw err;
  }
  let since = new Date(options.now.getTime() - eventSeconds(run.policy) * 1e3), events = await scaleEvents({ file: target2.tfvarsPath, since, log: options.log }), decision = decide({
    policy: run.policy,
    current,
    nodes: metrics.nodes,
    now: options.now,
    recommendations: pastRecommendations(status),
    events
  });
  return decision.recommendation === null ? { ...common, kind: "no-data", message: `no data: ${decision.reason}` } : {
    ...common,
    kind: "decided",
    decision: { ...decision, recommendation: decision.recommendation },
    nodes: metrics.nodes,
    capacityFilledIn: metrics.capacityFilledIn,
    windowSeconds,
    warmupSeconds
  };
}
function noData(err, url, current) {
  return `no data: ${err.reason === "unreachable" ? `Prometheus at ${shownUrl(url)} unreachable` : err.reason === "timeout" ? `Prometheus at ${shownUrl(url)} did not answer in time` : err.message}; no decision this run, staying at ${current} (never a scale-down without data)`;
}
function shownUrl(url) {
  try {
    return redactUrl(new URL(url));
  } catch {
    return "(an invalid URL)";
  }
}
async function mapLimit(items, limit, f) {
  let out = new Array(items.length), next = 0, worker = async () => {
    for (; next < items.length; ) {
      let i = next++;
      out[i] = await f(items[i]);
    }
  };
  return await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker)), out;
}

// lib/autoscale/targets.ts
import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
var DEFAULT_STATUS_BRANCH = "cloudneutral/status";
async function loadTargets(options) {
  let real = (p) => realpath(p).catch(() => p), repoDir = await real(path.resolve(options.repoDir ?? ".")), configDir = await real(path.resolve(repoDir, options.configDir)), infraDir = await real(path.resolve(repoDir, options.infraDir)), rel = (p) => path.relative(repoDir, p).split(path.sep).join("/") || ".", { config, problems: configProblems } = await validateConfig(configDir), problems = configProblems.map((p) => ({
    ...p,
    file: `${rel(configDir)}/${p.file}`
  }));
  if (problems.length > 0) throw new ConfigurationError(problems);
  let policies = config.byKind.AutoscalePolicy, known = policies.map((p) => p.value.spec.region).sort(), wanted = options.regions?.filter((r) => r !== "") ?? [], unknown = wanted.filter((r) => !known.includes(r));
  if (unknown.length > 0)
    throw new UsageError(
      `no AutoscalePolicy for region ${unknown.map((r) => JSON.stringify(r)).join(", ")}; regions with one: ${known.join(", ") || "none"}`
    );
  let platform = config.byKind.Platform[0], configured = platform?.value.spec.metrics?.prometheus.url, prometheusUrl = options.prometheusUrl || configured;
  if (options.prometheusUrl && !isHttpUrl(options.prometheusUrl))
    throw new UsageError("the Prometheus URL given is not an http(s) URL");
  if (!prometheusUrl) {
    let at = platform ? platform.at(["spec"], !0) : { line: 1, column: 1 };
    problems.push({
      file: platform ? `${rel(configDir)}/${platform.file}` : rel(configDir),
      ...at,
      message: "no metrics.prometheus.url: the autoscaler reads node metrics from Prometheus (or pass its URL as prometheus-url)"
    });
  }
  let targets = [];
  for (let doc of [...policies].sort(
    (a, b) => a.value.spec.region < b.value.spec.region ? -1 : 1
  )) {
    let spec = doc.value.spec;
    if (wanted.length > 0 && !wanted.includes(spec.region)) continue;
    let tfvarsPath = path.join(infraDir, "node-pool", `${spec.region}.tfvars`), file = tfvarsFile(rel(infraDir), spec.region);
    try {
      let bytes = await readFile(tfvarsPath).catch((err) => {
        throw err.code !== "ENOENT" ? err : new ConfigurationError([
          {
            file,
            line: 1,
            column: 1,
            message: `the node pool file of region ${spec.region} is missing; render creates it (cloudneutral render)`
          }
        ]);
      }), text = decodeTfvars(bytes, file);
      targets.push({
        region: spec.region,
        policyFile: `${rel(configDir)}/${doc.file}`,
        spec,
        tfvarsFile: file,
        tfvarsPath,
        text,
        count: readNodeCount(text, file)
      });
    } catch (err) {
      if (!(err instanceof ConfigurationError)) throw err;
      problems.push(...err.problems);
    }
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return {
    prometheusUrl: prometheusUrl ?? "",
    statusBranch: platform?.value.spec.statusBranch ?? DEFAULT_STATUS_BRANCH,
    targets
  };
}
function isHttpUrl(text) {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return !1;
  }
}

// lib/autoscale/propose.ts
var PARALLEL_REGIONS = 4;
async function proposeAutoscale(options) {
  let { log, github, dryRun } = options;
  if (!dryRun && !github)
    throw new UsageError("proposing changes needs a GitHub token; without one, use a dry run");
  let loaded = await loadTargets(options), now = options.now ?? /* @__PURE__ */ new Date(), prometheus = shownUrl(loaded.prometheusUrl), statusBranch = github?.statusBranch || loaded.statusBranch, repoDir = options.repoDir ?? ".", store = github ? (await import("./status-store-NUK6KP35.js")).statusStore(github.gh, {
    repo: github.repo,
    branch: statusBranch,
    log
  }) : void 0, readStatus = async (region) => {
    let path2 = statusPath(region), raw = store ? await store.read(path2).catch((err) => {
      if (!(err instanceof SyntaxError)) throw err;
      log.warning(`${statusBranch}:${path2} is not JSON; reading it as empty`);
    }) : await readStatusFromGit(repoDir, statusBranch, path2);
    return parseStatus(raw, region);
  }, statuses = await mapLimit(loaded.targets, PARALLEL_REGIONS, (t) => readStatus(t.region)), query = {
    timeoutMs: options.query?.timeoutMs ?? 1e4,
    attempts: options.query?.attempts ?? 3,
    ...options.query?.backoffMs === void 0 ? {} : { backoffMs: options.query.backoffMs }
  }, observeOptions = {
    prometheusUrl: loaded.prometheusUrl,
    now,
    intervalSeconds: options.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS,
    query,
    log
  }, decisions = await mapLimit(
    loaded.targets,
    PARALLEL_REGIONS,
    (t) => observeRegion(t, statuses[loaded.targets.indexOf(t)], observeOptions)
  ), regions = [];
  for (let [i, d] of decisions.entries()) {
    let result = await act(d, statuses[i]);
    result.outcome === "no-data" || result.outcome === "stale" || result.outcome === "failed" ? log.warning(`autoscale ${result.region}: ${result.message}`) : log.info(`autoscale ${result.region}: ${result.message}`), regions.push(result);
  }
  return { prometheus, at: now.toISOString(), dryRun, regions };
  async function act(d, status) {
    let base = {
      region: d.target.region,
      current: d.current,
      tfvarsFile: d.target.tfvarsFile,
      policyFile: d.target.policyFile
    };
    if (d.kind !== "decided")
      return {
        ...base,
        desired: d.current,
        recommendation: null,
        reason: d.message,
        outcome: d.kind,
        message: d.message
      };
    let decided = {
      ...base,
      desired: d.decision.desired,
      recommendation: d.decision.recommendation,
      reason: d.decision.reason
    };
    if (dryRun || !github || !store) {
      let message = d.decision.desired === d.current ? `would stay at ${d.current}` : `would propose ${d.current} \u2192 ${d.decision.desired}`;
      return { ...decided, outcome: "dry-run", message };
    }
    let { readFileAt } = await import("./git-data-AZA7NI3S.js"), { reconcilePull } = await import("./pull-request-JGW4PMYW.js"), failed = (what, err) => ({
      ...decided,
      outcome: "failed",
      message: `${what}: ${err instanceof Error ? err.message : String(err)}`
    }), pr;
    try {
      if (await readFileAt(github.gh, github.repo, d.target.tfvarsFile, github.base) !== d.target.text)
        return {
          ...decided,
          outcome: "stale",
          message: `${d.target.tfvarsFile} on ${github.base} differs from this run's checkout; the next run decides on the new count`
        };
      pr = await reconcilePull(
        {
          gh: github.gh,
          repo: github.repo,
          base: github.base,
          log,
          now,
          prometheus,
          ...github.settleMs === void 0 ? {} : { settleMs: github.settleMs }
        },
        d,
        status
      );
    } catch (err) {
      return failed("could not update the pull request", err);
    }
    let done = {
      ...decided,
      outcome: pr.outcome,
      ...pr.number === void 0 ? {} : { pull: pr.number },
      message: pr.message
    };
    try {
      let keep = historySeconds(d.run.policy);
      await store.write(
        statusPath(d.target.region),
        (current) => recordDecision(
          {
            ...parseStatus(current, d.target.region),
            pull: pr.status.pull,
            rejected: pr.status.rejected
          },
          d.decision,
          d.current,
          now,
          keep
        ),
        () => decisionMessage(d.target.region, d.current, d.decision, pr.outcome)
      );
    } catch (err) {
      return failed(`${pr.message}, but the decision was not recorded on ${statusBranch}`, err);
    }
    return done;
  }
}
function runFailed(run) {
  return run.regions.some((r) => r.outcome === "failed");
}

export {
  proposeAutoscale,
  runFailed
};
