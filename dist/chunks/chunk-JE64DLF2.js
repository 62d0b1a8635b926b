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

export {
  MetricsUnavailableError,
  QueryError,
  redactUrl
};
