// The HTTP part every query source shares (Prometheus' API, Loki's): one attempt with its own
// timeout, a bounded number of retries of what may pass (network errors, timeouts, 5xx, 429,
// with Retry-After honoured up to a limit), and credentials (userinfo in the URL, or a bearer
// token from the environment) sent as a header and never shown. Each API classifies its own
// answers: what is an answer, what is a rejected query, what is worth another try.
import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../logger.ts";
import { MetricsUnavailableError, redactUrl } from "./errors.ts";

export interface RequestOptions {
  /** Per attempt, answer body included; Prometheus is also sent it as the query's own timeout. */
  timeoutMs: number;
  /** The caller's cancellation: rejects with its reason, never retried. */
  signal?: AbortSignal;
  /** Attempts in all, at least 1. Default 3. */
  attempts?: number;
  /** The first retry waits about this long, each next one twice as long. Default 250. */
  backoffMs?: number;
  /** A longer Retry-After gives up at once rather than stall the run. Default 30 s. */
  maxRetryAfterMs?: number;
  /** Sent as `Authorization: Bearer …` (from the source's `tokenEnv`); never shown. */
  token?: string;
  logger?: Logger;
}

/** One source's request options: the run's own (left-out ones keep their defaults) and its token. */
export function sourceRequest(o: RequestOptions, token: string | undefined): RequestOptions {
  const { timeoutMs, signal, attempts, backoffMs, maxRetryAfterMs, logger } = o;
  return { timeoutMs, signal, attempts, backoffMs, maxRetryAfterMs, logger, token };
}

export interface Target {
  endpoint: URL;
  /** For messages: "Prometheus at http://host/path", no credentials, no query string. */
  at: string;
  headers: Record<string, string>;
}

/** One attempt's outcome when it did not produce an answer. */
export interface Failure {
  error: MetricsUnavailableError;
  retry: boolean;
  retryAfterMs?: number;
}

export interface Reply {
  status: number;
  text: string;
  retryAfter: string | null;
}

/**
 * `path` under the base `url` (whose own path is kept: a proxy's prefix), with the URL's
 * userinfo turned into basic auth and `token` into a bearer token.
 */
export function target(url: string | URL, path: string, api: string, token?: string): Target {
  let base: URL;
  try {
    base = new URL(String(url));
  } catch {
    // Node's "Invalid URL" error carries the input, credentials and all: not passed on.
    throw new TypeError(`the ${api} URL is not a valid URL`);
  }
  const headers: Record<string, string> = { accept: "application/json" };
  if (base.username !== "" || base.password !== "") {
    // fetch refuses URLs with userinfo; basic auth is what such a URL means.
    const user = decodeURIComponent(base.username);
    const password = decodeURIComponent(base.password);
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
    base.username = "";
    base.password = "";
  }
  if (token !== undefined && token !== "") headers.authorization = `Bearer ${token}`;
  base.hash = "";
  if (!base.pathname.endsWith("/")) base.pathname += "/";
  return { endpoint: new URL(path, base), at: `${api} at ${redactUrl(base)}`, headers };
}

/**
 * Sends `init` to `t` until `classify` accepts an answer, the attempts run out or a failure
 * says retrying cannot help. `classify` may throw (a rejected query), which ends at once.
 */
export async function withRetries<T>(
  t: Target,
  init: { method: "GET" | "POST"; body?: string },
  classify: (reply: Reply) => T | Failure,
  options: RequestOptions,
): Promise<T> {
  const attempts = Math.max(1, Math.floor(options.attempts ?? 3));
  const backoffMs = options.backoffMs ?? 250;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    const sent = await send(t, init, options);
    const outcome = "error" in sent ? sent : classify(sent);
    if (!isFailure(outcome)) return outcome;
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

function isFailure<T>(x: T | Failure): x is Failure {
  return (
    typeof x === "object" &&
    x !== null &&
    "error" in x &&
    (x as Failure).error instanceof MetricsUnavailableError
  );
}

async function send(
  t: Target,
  init: { method: "GET" | "POST"; body?: string },
  options: RequestOptions,
): Promise<Reply | Failure> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    // Redirects are not followed: a POST turned into a GET loses the query, and credentials
    // must not travel to wherever a redirect points.
    const response = await fetch(t.endpoint, {
      method: init.method,
      headers: {
        ...t.headers,
        ...(init.body !== undefined ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      ...(init.body !== undefined ? { body: init.body } : {}),
      signal,
      redirect: "manual",
    });
    const retryAfter = response.headers.get("retry-after");
    const text = await response.text();
    return { status: response.status, text, retryAfter };
  } catch (err) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.aborted) {
      const error = new MetricsUnavailableError(
        `${t.at}: no answer within ${options.timeoutMs} ms`,
        { reason: "timeout" },
      );
      return { error, retry: true };
    }
    const error = new MetricsUnavailableError(`${t.at}: ${networkError(err)}`, {
      reason: "unreachable",
    });
    return { error, retry: true };
  }
}

/** An HTTP status that is not an answer: 429 and 5xx may pass on another try. */
export function httpFailure(t: Target, status: number, said: string, retryAfter: string | null) {
  const error = new MetricsUnavailableError(`${t.at}: HTTP ${status}${said}`, {
    reason: "http",
    status,
  });
  const retry = status === 429 || status >= 500;
  const wait = retry ? retryAfterMs(retryAfter) : undefined;
  return { error, retry, ...(wait === undefined ? {} : { retryAfterMs: wait }) };
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
