import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  MetricsUnavailableError,
  redactUrl
} from "./chunk-JE64DLF2.js";

// lib/metrics/http.ts
import { setTimeout as sleep } from "node:timers/promises";
function sourceRequest(o, token) {
  let { timeoutMs, signal, attempts, backoffMs, maxRetryAfterMs, logger } = o;
  return { timeoutMs, signal, attempts, backoffMs, maxRetryAfterMs, logger, token };
}
function target(url, path, api, token) {
  let base;
  try {
    base = new URL(String(url));
  } catch {
    throw new TypeError(`the ${api} URL is not a valid URL`);
  }
  let headers = { accept: "application/json" };
  if (base.username !== "" || base.password !== "") {
    let user = decodeURIComponent(base.username), password = decodeURIComponent(base.password);
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`, base.username = "", base.password = "";
  }
  return token !== void 0 && token !== "" && (headers.authorization = `Bearer ${token}`), base.hash = "", base.pathname.endsWith("/") || (base.pathname += "/"), { endpoint: new URL(path, base), at: `${api} at ${redactUrl(base)}`, headers };
}
async function withRetries(t, init, classify, options) {
  let attempts = Math.max(1, Math.floor(options.attempts ?? 3)), backoffMs = options.backoffMs ?? 250, maxRetryAfterMs = options.maxRetryAfterMs ?? 3e4;
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    let sent = await send(t, init, options), outcome = "error" in sent ? sent : classify(sent);
    if (!isFailure(outcome)) return outcome;
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
function isFailure(x) {
  return typeof x == "object" && x !== null && "error" in x && x.error instanceof MetricsUnavailableError;
}
async function send(t, init, options) {
  let timeout = AbortSignal.timeout(options.timeoutMs), signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    let response = await fetch(t.endpoint, {
      method: init.method,
      headers: {
        ...t.headers,
        ...init.body !== void 0 ? { "content-type": "application/x-www-form-urlencoded" } : {}
      },
      ...init.body !== void 0 ? { body: init.body } : {},
      signal,
      redirect: "manual"
    }), retryAfter = response.headers.get("retry-after"), text = await response.text();
    return { status: response.status, text, retryAfter };
  } catch (err) {
    if (options.signal?.aborted) throw options.signal.reason;
    return timeout.aborted ? { error: new MetricsUnavailableError(
      `${t.at}: no answer within ${options.timeoutMs} ms`,
      { reason: "timeout" }
    ), retry: !0 } : { error: new MetricsUnavailableError(`${t.at}: ${networkError(err)}`, {
      reason: "unreachable"
    }), retry: !0 };
  }
}
function httpFailure(t, status, said, retryAfter) {
  let error = new MetricsUnavailableError(`${t.at}: HTTP ${status}${said}`, {
    reason: "http",
    status
  }), retry = status === 429 || status >= 500, wait = retry ? retryAfterMs(retryAfter) : void 0;
  return { error, retry, ...wait === void 0 ? {} : { retryAfterMs: wait } };
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

export {
  sourceRequest,
  target,
  withRetries,
  httpFailure,
  MalformedAnswer,
  parseBody,
  apiError,
  parseQueryResult
};
