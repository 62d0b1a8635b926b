import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import Bottleneck from "bottleneck/light.js";
import type { Logger } from "../logger.ts";

const GitHubClient = Octokit.plugin(retry, throttling);
export type GitHub = InstanceType<typeof GitHubClient>;

export interface ClientOptions {
  token: string;
  /** The REST endpoint: `GITHUB_API_URL` (github.com, GitHub Enterprise Server, a local GitHub). */
  baseUrl?: string;
  log: Logger;
  /** How often a rate-limited or failed request is retried. */
  retries?: number;
  /**
   * Multiplies every wait (retry-after seconds, backoff steps); tests shrink it. Default:
   * `CLOUDNEUTRAL_GITHUB_BACKOFF_MS` when set, else 1000.
   */
  backoffMs?: number;
  /**
   * GitHub asks for a pause between content-creating requests; tests may turn it off.
   * Default: `CLOUDNEUTRAL_GITHUB_WRITE_INTERVAL_MS` when set, else 1000.
   */
  minWriteIntervalMs?: number;
}

/** The production pacing: one second between writes, retry-after read as seconds. */
const SECOND = 1000;

/**
 * A millisecond setting from the environment (the test harness sets these for every client
 * it starts, the bundled actions included); unset or empty means the production value.
 */
export function envMilliseconds(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(
      `${name} must be a number of milliseconds ≥ 0, got ${JSON.stringify(raw)}`,
    );
  return value;
}

/**
 * The one place a GitHub client is made. Retries 5xx and network failures with backoff,
 * honours primary and secondary rate limits (`retry-after`, `x-ratelimit-reset`), never
 * retries 4xx that cannot change (401, 404, 422, …). Every other module receives the client.
 * The token is never logged here; adapters mask it on the runner before calling.
 */
export function createGitHubClient(options: ClientOptions): GitHub {
  const retries = options.retries ?? 3;
  const backoff = options.backoffMs ?? envMilliseconds("CLOUDNEUTRAL_GITHUB_BACKOFF_MS", SECOND);
  const minTime =
    options.minWriteIntervalMs ?? envMilliseconds("CLOUDNEUTRAL_GITHUB_WRITE_INTERVAL_MS", SECOND);
  const groups =
    minTime === SECOND
      ? {}
      : {
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime }),
          notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime }),
        };
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _client: unknown,
      retryCount: number,
    ) => {
      const again = retryCount < retries;
      options.log.warning(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${again ? `retrying in ${retryAfter} s` : "giving up"}`,
      );
      return again;
    };
  return new GitHubClient({
    auth: options.token,
    baseUrl: (options.baseUrl ?? "https://api.github.com").replace(/\/+$/, ""),
    userAgent: "cloudneutral",
    log: {
      debug: (m: string) => options.log.debug(m),
      info: (m: string) => options.log.debug(m),
      warn: (m: string) => options.log.warning(m),
      // Octokit logs every failed request here, expected 404s included; the error itself is
      // thrown to the caller, which says what it means.
      error: (m: string) => options.log.debug(m),
    },
    retry: { retries, retryAfterBaseValue: backoff },
    throttle: {
      retryAfterBaseValue: backoff,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: onLimit("primary"),
      onSecondaryRateLimit: onLimit("secondary"),
      ...groups,
    },
  });
}

/** The HTTP status of an Octokit error, or undefined for anything else. */
export function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}
