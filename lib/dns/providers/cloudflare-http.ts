// What the Cloudflare provider adds to the SDK's HTTP: counts of logical calls and retries,
// a bound on how long a `retry-after` may keep a run waiting, and error text that names
// Cloudflare's own error codes and never the token.
import { APIError } from "cloudflare";
import { errorMessage } from "../../errors.ts";
import type { Logger } from "../../logger.ts";
import type { DnsCallCounts } from "../provider.ts";

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * `fetch` as the SDK calls it, counting calls and bounding waits. The SDK already retries
 * 429s and 5xx (`maxRetries` times), waiting as long as `retry-after` says; past
 * `maxRetryAfter` seconds we tell it not to (`x-should-retry: false`), since a reconcile stuck
 * for minutes is worse than one that fails now and runs again on schedule.
 */
export function watchedFetch(
  counts: DnsCallCounts,
  maxRetryAfter: number,
  logger: Logger,
  inner: Fetch = fetch,
): Fetch {
  return async (input, init) => {
    const method = (init?.method ?? "GET").toUpperCase();
    // The SDK numbers its attempts: a retry is the same logical call once more.
    const attempt = Number(new Headers(init?.headers).get("x-stainless-retry-count") ?? 0);
    if (attempt > 0) counts.retries += 1;
    else if (method === "GET") counts.reads += 1;
    else counts.writes += 1;
    const response = await inner(input, init);
    if (response.status !== 429 && response.status < 500) return response;
    const url = new URL(input instanceof Request ? input.url : input);
    const what = `${method} ${url.pathname}`;
    const after = retryAfterSeconds(response.headers.get("retry-after"));
    if (after !== undefined && after > maxRetryAfter) {
      logger.warning(
        `Cloudflare answered ${response.status} to ${what} and asks to wait ${after} s, more than the ${maxRetryAfter} s we wait: giving up`,
      );
      const headers = new Headers(response.headers);
      headers.set("x-should-retry", "false");
      return new Response(response.body, { status: response.status, headers });
    }
    logger.info(
      `Cloudflare answered ${response.status} to ${what}; retrying ${after === undefined ? "after a backoff" : `after ${after} s (retry-after)`}`,
    );
    return response;
  };
}

function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (header.trim() !== "" && Number.isFinite(seconds)) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

/** An SDK error in one line: status and Cloudflare's error codes, the token blanked out. */
export function describeError(error: unknown, token: string): string {
  let text: string;
  if (error instanceof APIError) {
    const codes = error.errors.map((e) => `${e.code} ${e.message}`).join("; ");
    text = `HTTP ${error.status ?? "?"}${codes ? ` (${codes})` : ""}`;
  } else {
    text = errorMessage(error);
  }
  return text.split(token).join("***");
}
