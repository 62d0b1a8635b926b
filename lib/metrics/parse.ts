// Prometheus' HTTP API answers as typed values. Sample values travel as strings so that NaN
// and ±Inf survive JSON; they become numbers here, and anything else unexpected is reported
// as a malformed answer rather than guessed at.

export type Labels = Readonly<Record<string, string>>;

export interface Sample {
  /** Unix time in seconds (Prometheus' resolution is the millisecond). */
  time: number;
  /** May be NaN or ±Infinity, as PromQL computes them. */
  value: number;
}

export interface InstantSeries {
  labels: Labels;
  sample: Sample;
}

export interface RangeSeries {
  labels: Labels;
  samples: Sample[];
}

export type QueryData =
  | { resultType: "vector"; result: InstantSeries[] }
  | { resultType: "matrix"; result: RangeSeries[] }
  | { resultType: "scalar"; result: Sample }
  | { resultType: "string"; result: { time: number; value: string } };

export type QueryResult = QueryData & {
  /** Prometheus' warnings and info annotations: the answer stands, but may be partial. */
  warnings: string[];
};

/** Prometheus' error answer (`status: "error"`), which carries its own HTTP status. */
export interface ApiError {
  errorType: string;
  error: string;
}

/** Thrown for answers that are not Prometheus' JSON; the client turns it into "unavailable". */
export class MalformedAnswer extends Error {
  override name = "MalformedAnswer";
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function parseBody(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    // The text itself may be an HTML error page or a proxy's login form: not worth repeating.
    throw new MalformedAnswer("the answer is not JSON");
  }
}

/** The error of an error answer, or undefined when `body` is not one. */
export function apiError(body: Json): ApiError | undefined {
  if (!isObject(body) || body.status !== "error") return undefined;
  const errorType = typeof body.errorType === "string" ? body.errorType : "unknown";
  const error = typeof body.error === "string" ? body.error : "(no message)";
  return { errorType, error };
}

export function parseQueryResult(body: Json): QueryResult {
  if (!isObject(body) || body.status !== "success" || !isObject(body.data))
    throw new MalformedAnswer('the answer has no "status": "success" with "data"');
  const warnings = Array.isArray(body.warnings)
    ? body.warnings.filter((w): w is string => typeof w === "string")
    : [];
  const { resultType, result } = body.data;
  switch (resultType) {
    case "vector":
      return { resultType, result: seriesList(result, instantSeries), warnings };
    case "matrix":
      return { resultType, result: seriesList(result, rangeSeries), warnings };
    case "scalar":
      return { resultType, result: sample(result), warnings };
    case "string": {
      if (!Array.isArray(result) || typeof result[1] !== "string")
        throw new MalformedAnswer("a string result is not [time, value]");
      return { resultType, result: { time: time(result[0]), value: result[1] }, warnings };
    }
    default:
      throw new MalformedAnswer(`unknown resultType ${JSON.stringify(resultType ?? null)}`);
  }
}

function seriesList<T>(result: Json | undefined, one: (s: { [key: string]: Json }) => T | null) {
  if (!Array.isArray(result)) throw new MalformedAnswer("the result is not a list");
  const out: T[] = [];
  for (const s of result) {
    if (!isObject(s)) throw new MalformedAnswer("a series is not an object");
    const parsed = one(s);
    if (parsed !== null) out.push(parsed);
  }
  return out;
}

// Native-histogram samples (`histogram`/`histograms` instead of `value`/`values`) have no
// single number; the float queries here never produce them, so such series are left out.
function instantSeries(s: { [key: string]: Json }): InstantSeries | null {
  if (s.value === undefined && s.histogram !== undefined) return null;
  return { labels: labels(s.metric), sample: sample(s.value) };
}

function rangeSeries(s: { [key: string]: Json }): RangeSeries | null {
  if (s.values === undefined && s.histograms !== undefined) return null;
  if (!Array.isArray(s.values)) throw new MalformedAnswer("a range series has no values");
  return { labels: labels(s.metric), samples: s.values.map(sample) };
}

function labels(metric: Json | undefined): Labels {
  if (metric === undefined) return {};
  if (!isObject(metric)) throw new MalformedAnswer("a series' metric is not an object");
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(metric)) {
    if (typeof v !== "string") throw new MalformedAnswer(`label ${k} is not a string`);
    out[k] = v;
  }
  return out;
}

function sample(pair: Json | undefined): Sample {
  if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[1] !== "string")
    throw new MalformedAnswer("a sample is not [time, value]");
  return { time: time(pair[0]), value: sampleValue(pair[1]) };
}

function time(t: Json | undefined): number {
  if (typeof t !== "number" || !Number.isFinite(t))
    throw new MalformedAnswer("a sample time is not a number");
  return t;
}

/** Go's strconv.FormatFloat output, which is how Prometheus writes sample values. */
export function sampleValue(text: string): number {
  if (text === "NaN") return Number.NaN;
  if (text === "+Inf" || text === "Inf") return Number.POSITIVE_INFINITY;
  if (text === "-Inf") return Number.NEGATIVE_INFINITY;
  // Number("") is 0 and Number(" 1") is 1: neither is a value Prometheus writes.
  const n = text.trim() === text && text !== "" ? Number(text) : Number.NaN;
  if (Number.isNaN(n)) throw new MalformedAnswer(`a sample value is not a number: ${text}`);
  return n;
}
