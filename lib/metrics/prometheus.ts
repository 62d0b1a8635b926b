// A small client for Prometheus' query API (Prometheus, Thanos Query, Mimir: anything that
// speaks it) over Node's fetch. It retries what may pass (network errors, timeouts, 5xx,
// 429) a bounded number of times, because a cron job that gives up on one dropped connection
// decides nothing that run; it never retries what cannot pass (a rejected query).
// Credentials in the URL, or a token, become an Authorization header and never appear in a
// message: the URL comes from config and its secrets from the environment.
import { MetricsUnavailableError, QueryError, redactUrl } from "./errors.ts";
import {
  type Failure,
  httpFailure,
  type Reply,
  type RequestOptions,
  type Target,
  target,
  withRetries,
} from "./http.ts";
import {
  apiError,
  MalformedAnswer,
  parseBody,
  parseQueryResult,
  type QueryResult,
  type RangeSeries,
} from "./parse.ts";

export { type RequestOptions, retryAfterMs } from "./http.ts";

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

async function request(
  url: string | URL,
  path: string,
  promql: string,
  params: Record<string, string>,
  options: RequestOptions,
): Promise<QueryResult> {
  const t = target(url, `api/v1/${path}`, "Prometheus", options.token);
  const body = new URLSearchParams({ query: promql, ...params, timeout: `${options.timeoutMs}ms` });
  return withRetries(
    t,
    { method: "POST", body: body.toString() },
    (reply) => classify(t, reply, promql),
    options,
  );
}

function classify(t: Target, reply: Reply, promql: string): QueryResult | Failure {
  const { status, text } = reply;
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
      const error = new MetricsUnavailableError(`${t.at}: ${err.message}`, { reason: "malformed" });
      return { error, retry: false };
    }
  }
  // Only Prometheus' own error answer means the query is wrong; a proxy's 400 page does not.
  if ((status === 400 || status === 422) && rejected)
    throw new QueryError(`${t.at} rejected the query${said}`, {
      status,
      errorType: rejected.errorType,
      query: promql,
    });
  return httpFailure(t, status, said, reply.retryAfter);
}
