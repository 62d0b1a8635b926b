// A client for Loki's log query API, `GET /loki/api/v1/query_range` (query, start and end as
// nanosecond Unix epochs, limit, direction), whose answer for a log query is
// `{"status":"success","data":{"resultType":"streams","result":[{"stream":{labels},
// "values":[["<ns>","<line>"], …]}]}}`. It shares the Prometheus client's retries, timeouts and
// credential handling (http.ts). Loki answers a query it cannot parse with 400 and a plain
// text message: that is a rejected query, never retried.
import { MetricsUnavailableError, QueryError } from "./errors.ts";
import {
  type Failure,
  httpFailure,
  type Reply,
  type RequestOptions,
  target,
  withRetries,
} from "./http.ts";
import { MalformedAnswer, parseBody } from "./parse.ts";

export interface LogEntry {
  /** Nanoseconds since the Unix epoch, as Loki writes it (beyond a double's precision). */
  ns: string;
  line: string;
}

export interface LogStream {
  labels: Record<string, string>;
  entries: LogEntry[];
}

export interface LokiRangeOptions extends RequestOptions {
  start: Date;
  end: Date;
  /** Entries at most, over all streams. Loki's default is 100. */
  limit: number;
  /** Newest first (Loki's default) or oldest first. */
  direction?: "backward" | "forward";
}

export async function lokiQueryRange(
  url: string | URL,
  logql: string,
  options: LokiRangeOptions,
): Promise<LogStream[]> {
  const t = target(url, "loki/api/v1/query_range", "Loki", options.token);
  const params = new URLSearchParams({
    query: logql,
    start: nanoseconds(options.start),
    end: nanoseconds(options.end),
    limit: String(options.limit),
    direction: options.direction ?? "backward",
  });
  t.endpoint.search = params.toString();
  return withRetries(
    t,
    { method: "GET" },
    (reply): LogStream[] | Failure => {
      if (reply.status >= 200 && reply.status < 300) {
        try {
          return parseStreams(parseBody(reply.text));
        } catch (err) {
          if (!(err instanceof MalformedAnswer)) throw err;
          const error = new MetricsUnavailableError(`${t.at}: ${err.message}`, {
            reason: "malformed",
          });
          return { error, retry: false };
        }
      }
      const said = message(reply);
      if (reply.status === 400)
        throw new QueryError(`${t.at} rejected the query${said}`, {
          status: 400,
          errorType: "bad_data",
          query: logql,
        });
      return httpFailure(t, reply.status, said, reply.retryAfter);
    },
    options,
  );
}

/** Loki's error text, on one line and short: it may echo the query, never credentials. */
function message(reply: Reply): string {
  const text = reply.text.replace(/\s+/g, " ").trim();
  if (text === "" || text.startsWith("<")) return "";
  return `: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
}

function nanoseconds(d: Date): string {
  return `${BigInt(d.getTime()) * 1_000_000n}`;
}

type Json = ReturnType<typeof parseBody>;
const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export function parseStreams(body: Json): LogStream[] {
  if (!isObject(body) || body.status !== "success" || !isObject(body.data))
    throw new MalformedAnswer('the answer has no "status": "success" with "data"');
  const { resultType, result } = body.data;
  if (resultType !== "streams")
    throw new MalformedAnswer(
      `expected a "streams" result, got ${JSON.stringify(resultType ?? null)}`,
    );
  if (!Array.isArray(result)) throw new MalformedAnswer("the result is not a list");
  return result.map((s) => {
    if (!isObject(s) || !isObject(s.stream) || !Array.isArray(s.values))
      throw new MalformedAnswer("a stream is not {stream, values}");
    const labels: Record<string, string> = {};
    for (const [k, v] of Object.entries(s.stream)) {
      if (typeof v !== "string") throw new MalformedAnswer("a stream label is not a string");
      labels[k] = v;
    }
    const entries = s.values.map((v): LogEntry => {
      // Loki 3 may add a third element (structured metadata): the line is still the second.
      if (!Array.isArray(v) || typeof v[0] !== "string" || typeof v[1] !== "string")
        throw new MalformedAnswer("an entry is not [time, line]");
      if (!/^[0-9]{1,20}$/.test(v[0]))
        throw new MalformedAnswer("an entry's time is not nanoseconds");
      return { ns: v[0], line: v[1] };
    });
    return { labels, entries };
  });
}
