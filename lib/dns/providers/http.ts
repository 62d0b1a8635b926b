// HTTP for provider APIs: a timeout on every attempt, and bounded retries with exponential
// backoff and jitter on what is worth retrying (5xx, 429, timeouts, refused or reset
// connections). Only idempotent requests come here: GETs, and writes whose body states the
// end result (PowerDNS REPLACE/DELETE), so a retry after a lost answer changes nothing more.
import type { Logger } from "../../logger.ts";

export interface RetryOptions {
  /** Attempts in all, first included; default 5. */
  attempts?: number;
  /** First backoff; doubles each retry (with jitter); default 250 ms. */
  baseDelayMs?: number;
  /** Cap of one backoff, and of a server's Retry-After; default 10 s. */
  maxDelayMs?: number;
}

export interface HttpRequest {
  method: "GET" | "PATCH" | "POST" | "PUT" | "DELETE";
  url: string;
  /** Secrets go here; nothing here is ever logged or put in an error. */
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

export interface HttpResponse {
  status: number;
  text: string;
  /** Attempts it took, first included. */
  attempts: number;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** What a provider error says of the request: method and URL, never headers or body. */
export function describeRequest(r: HttpRequest): string {
  return `${r.method} ${r.url}`;
}

export class HttpRetryError extends Error {
  override name = "HttpRetryError";
  constructor(
    message: string,
    readonly attempts: number,
    /** The last status, or null when no answer came (network error, timeout). */
    readonly status: number | null,
  ) {
    super(message);
  }
}

/**
 * The first answer that is not worth retrying (2xx, and 4xx other than 429: those are the
 * caller's to read), or an HttpRetryError once the attempts are spent.
 */
export async function requestWithRetry(
  request: HttpRequest,
  options: RetryOptions & { logger?: Logger; fetch?: FetchLike; onRetry?: () => void },
): Promise<HttpResponse> {
  const attempts = Math.max(1, options.attempts ?? 5);
  const base = options.baseDelayMs ?? 250;
  const cap = options.maxDelayMs ?? 10_000;
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  let last = "";
  let lastStatus: number | null = null;
  for (let attempt = 1; ; attempt++) {
    let retryAfterMs: number | null = null;
    try {
      const response = await doFetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body ?? null,
        signal: AbortSignal.timeout(request.timeoutMs),
      });
      const text = await response.text();
      if (response.status !== 429 && response.status < 500)
        return { status: response.status, text, attempts: attempt };
      lastStatus = response.status;
      last = `HTTP ${response.status}${briefBody(text)}`;
      retryAfterMs = retryAfter(response.headers.get("retry-after"));
    } catch (e) {
      lastStatus = null;
      last = networkReason(e, request.timeoutMs);
    }
    if (attempt >= attempts)
      throw new HttpRetryError(
        `${describeRequest(request)} failed after ${attempt} attempt(s): ${last}`,
        attempt,
        lastStatus,
      );
    const backoff = Math.min(cap, base * 2 ** (attempt - 1));
    // Full jitter spreads retries of parallel runs; a server's Retry-After is a floor.
    const delay = Math.min(cap, Math.max(retryAfterMs ?? 0, Math.random() * backoff));
    options.logger?.info(
      `${describeRequest(request)}: ${last}; retrying in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${attempts})`,
    );
    options.onRetry?.();
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

function retryAfter(header: string | null): number | null {
  if (header === null) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

function networkReason(e: unknown, timeoutMs: number): string {
  if (e instanceof DOMException && (e.name === "TimeoutError" || e.name === "AbortError"))
    return `no answer within ${timeoutMs} ms`;
  if (e instanceof Error) {
    const cause = e.cause instanceof Error ? e.cause.message : null;
    return cause ? `${e.message} (${cause})` : e.message;
  }
  return String(e);
}

/** An error body's gist for messages: one line, short (APIs echo our input back). */
export function briefBody(text: string): string {
  let message = text;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === "object" && "error" in parsed)
      message = String((parsed as { error: unknown }).error);
  } catch {
    // not JSON: the text itself
  }
  const line = message.replace(/\s+/g, " ").trim();
  return line === "" ? "" : `: ${line.length > 200 ? `${line.slice(0, 200)}…` : line}`;
}
