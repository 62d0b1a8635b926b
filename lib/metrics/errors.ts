// Two ways a query can go wrong, which callers must tell apart: "could not run" is no
// evidence (a region's health or a pool's load is unknown, never zero), while "Prometheus
// rejected it" is a mistake in the query that retrying cannot fix.

export type UnavailableReason =
  /** Connection refused, reset, DNS failure: nothing answered. */
  | "unreachable"
  /** No complete answer within the per-request timeout. */
  | "timeout"
  /** An HTTP status that is not an answer (5xx and 429 after retries, 401, 404, …). */
  | "http"
  /** An answer that is not Prometheus' JSON. */
  | "malformed"
  /** A well-formed answer with nothing in it where something was needed. */
  | "empty";

export class MetricsUnavailableError extends Error {
  override name = "MetricsUnavailableError";
  readonly reason: UnavailableReason;
  /** The last HTTP status, when there was one. */
  readonly status: number | undefined;
  readonly attempts: number;

  constructor(
    message: string,
    details: { reason: UnavailableReason; status?: number; attempts?: number },
  ) {
    super(message);
    this.reason = details.reason;
    this.status = details.status;
    this.attempts = details.attempts ?? 1;
  }
}

export class QueryError extends Error {
  override name = "QueryError";
  /** 400 or 422 from Prometheus; undefined when the answer's shape was wrong for its use. */
  readonly status: number | undefined;
  /** Prometheus' `errorType` ("bad_data", "execution"), or "bad_shape" for our own checks. */
  readonly errorType: string;
  readonly query: string;

  constructor(message: string, details: { status?: number; errorType: string; query: string }) {
    super(message);
    this.status = details.status;
    this.errorType = details.errorType;
    this.query = details.query;
  }
}

/**
 * A Prometheus URL as people may see it: the userinfo (basic-auth credentials) removed, and
 * the query string too, which some proxies use for tokens.
 */
export function redactUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname === "/" ? "" : url.pathname}`;
}
