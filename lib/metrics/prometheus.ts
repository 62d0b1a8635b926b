// A small client for Prometheus' query API over Node's fetch. It retries what may pass
// (network errors, timeouts, 5xx, 429) a bounded number of times, because a cron job that
// gives up on one dropped connection decides nothing that run; it never retries what cannot
// pass (a rejected query). Credentials in the URL become an Authorization header and never
// appear in a message: the URL comes from config and its secrets from the environment.
import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../logger.ts";
import { MetricsUnavailableError, QueryError, redactUrl } from "./errors.ts";
import {
  apiError,
  MalformedAnswer,
  parseBody,
  parseQueryResult,
  type QueryResult,
  type RangeSeries,
} from "./parse.ts";

export interface RequestOptions {
  /** Per attempt, answer body included; also sent to Prometheus as the query's own timeout. */
  timeoutMs: number;
  /** The caller's cancellation: rejects with its reason, never retried. */
  signal?: AbortSignal;
  /** Attempts in all, at least 1. Default 3. */
  attempts?: number;
  /** The first retry waits about this long, each next one twice as long. Default 250. */
  backoffMs?: number;
  /** A longer Retry-After gives up at once rather than stall the run. Default 30 s. */
  maxRetryAfterMs?: number;
  logger?: Logger;
}

export interface InstantQueryOptions extends RequestOptions {
  /** Evaluation time; Prometheus' now when absent. */
  time?: Date;
}

export interface RangeQueryOptions extends RequestOptions {
  start: Date;
  end: Date;
  stepSeconds: number;
}

export interface RangeResult {
  resultType: "matrix";
  result: RangeSeries[];
  warnings: string[];
}

export async function instantQuery(
  url: string | URL,
  promql: string,
  options: InstantQueryOptions,
): Promise<QueryResult> {
  const params: Record<string, string> = {};
  if (options.time !== undefined) params.time = unixSeconds(options.time);
  return request(url, "query", promql, params, options);
}

export async function rangeQuery(
  url: string | URL,
  promql: string,
  options: RangeQueryOptions,
): Promise<RangeResult> {
  if (!(options.stepSeconds > 0)) throw new RangeError("stepSeconds must be positive");
  const params = {
    start: unixSeconds(options.start),
    end: unixSeconds(options.end),
    step: String(options.stepSeconds),
  };
  const answer = await request(url, "query_range", promql, params, options);
  // Prometheus answers every range query with a matrix; anything else is not its answer.
  if (answer.resultType !== "matrix")
    throw new MetricsUnavailableError(
      `Prometheus at ${redactUrl(new URL(String(url)))}: a range query answered with a ${answer.resultType}`,
      { reason: "malformed" },
    );
  return answer;
}

function unixSeconds(d: Date): string {
  return (d.getTime() / 1000).toFixed(3);
}

interface Target {
  endpoint: URL;
  /** For messages: no credentials, no query string. */
  shown: string;
  headers: Record<string, string>;
}

function target(url: string | URL, path: string): Target {
  let base: URL;
  try {
    base = new URL(String(url));
  } catch {
    // Node's "Invalid URL" error carries the input, credentials and all: not passed on.
    throw new TypeError("the Prometheus URL is not a valid URL");
  }
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    accept: "application/json",
  };
  if (base.username !== "" || base.password !== "") {
    // fetch refuses URLs with userinfo; basic auth is what such a URL means.
    const user = decodeURIComponent(base.username);
    const password = decodeURIComponent(base.password);
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
    base.username = "";
    base.password = "";
  }
  base.hash = "";
  if (!base.pathname.endsWith("/")) base.pathname += "/";
  return { endpoint: new URL(`api/v1/${path}`, base), shown: redactUrl(base), headers };
}

/** One attempt's outcome when it did not produce an answer. */
interface Failure {
  error: MetricsUnavailableError;
  retry: boolean;
  retryAfterMs?: number;
}

async function request(
  url: string | URL,
  path: string,
  promql: string,
  params: Record<string, string>,
  options: RequestOptions,
): Promise<QueryResult> {
  const t = target(url, path);
  const body = new URLSearchParams({ query: promql, ...params, timeout: `${options.timeoutMs}ms` });
  const attempts = Math.max(1, Math.floor(options.attempts ?? 3));
  const backoffMs = options.backoffMs ?? 250;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    const outcome = await once(t, body.toString(), promql, options);
    if (!("error" in outcome)) return outcome;
    const { error, retry, retryAfterMs } = outcome;
    const after = `${error.message}${attempt > 1 ? ` (after ${attempt} attempts)` : ""}`;
    const details = { reason: error.reason, status: error.status, attempts: attempt };
    if (!retry || attempt >= attempts) throw new MetricsUnavailableError(after, details);
    if (retryAfterMs !== undefined && retryAfterMs > maxRetryAfterMs)
      throw new MetricsUnavailableError(
        `${after}; asked to retry after ${Math.ceil(retryAfterMs / 1000)} s, more than the ${maxRetryAfterMs / 1000} s allowed`,
        details,
      );
    const wait = retryAfterMs ?? backoffMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
    options.logger?.debug(`${error.message}; retrying in ${Math.round(wait)} ms`);
    // The timer's own AbortError would hide the reason the caller gave.
    await sleep(wait, undefined, { signal: options.signal }).catch((err: unknown) => {
      throw options.signal?.aborted ? options.signal.reason : err;
    });
  }
}

async function once(
  t: Target,
  body: string,
  promql: string,
  options: RequestOptions,
): Promise<QueryResult | Failure> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const at = `Prometheus at ${t.shown}`;
  let status: number;
  let text: string;
  let retryAfter: string | null;
  try {
    // Redirects are not followed: a POST turned into a GET loses the query, and credentials
    // must not travel to wherever a redirect points.
    const response = await fetch(t.endpoint, {
      method: "POST",
      headers: t.headers,
      body,
      signal,
      redirect: "manual",
    });
    status = response.status;
    retryAfter = response.headers.get("retry-after");
    text = await response.text();
  } catch (err) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.aborted) {
      const error = new MetricsUnavailableError(`${at}: no answer within ${options.timeoutMs} ms`, {
        reason: "timeout",
      });
      return { error, retry: true };
    }
    const error = new MetricsUnavailableError(`${at}: ${networkError(err)}`, {
      reason: "unreachable",
    });
    return { error, retry: true };
  }
  const http = (message: string, retry: boolean, retryAfterMs?: number): Failure => ({
    error: new MetricsUnavailableError(`${at}: ${message}`, { reason: "http", status }),
    retry,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
  let json: ReturnType<typeof parseBody> | undefined;
  try {
    json = parseBody(text);
  } catch {
    json = undefined;
  }
  const rejected = json === undefined ? undefined : apiError(json);
  const said = rejected ? `: ${rejected.errorType}: ${rejected.error}` : "";
  if (status >= 200 && status < 300) {
    try {
      if (json === undefined) throw new MalformedAnswer("the answer is not JSON");
      return parseQueryResult(json);
    } catch (err) {
      if (!(err instanceof MalformedAnswer)) throw err;
      const error = new MetricsUnavailableError(`${at}: ${err.message}`, { reason: "malformed" });
      return { error, retry: false };
    }
  }
  // Only Prometheus' own error answer means the query is wrong; a proxy's 400 page does not.
  if ((status === 400 || status === 422) && rejected)
    throw new QueryError(`${at} rejected the query${said}`, {
      status,
      errorType: rejected.errorType,
      query: promql,
    });
  if (status === 429 || status >= 500)
    return http(`HTTP ${status}${said}`, true, retryAfterMs(retryAfter));
  return http(`HTTP ${status}${said}`, false);
}

/** Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const v = header.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function networkError(err: unknown): string {
  // undici's "fetch failed" hides the reason in `cause`; its code says enough, and unlike
  // some messages it never contains an address or a header.
  const cause = err instanceof Error ? err.cause : undefined;
  const code =
    typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
  return code === "" ? "connection failed" : `connection failed (${code})`;
}
