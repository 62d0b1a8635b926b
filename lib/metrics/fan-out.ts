// One query over many regions (XScopeHub): each region's own Prometheus-compatible source is
// asked in parallel, with the client's bounded retries and timeouts; answers are merged into
// one result in which every series names its region. A region whose source could not answer
// is listed as missing and the result is *partial*: callers must show it, never present the
// rest as the whole.
//
// A source that serves one region is asked the query as written, and its series that lack a
// `region` label get the region's name (a Prometheus inside a region often has no reason to
// label its own series with it). A source several regions share (the Platform's fallback, a
// Thanos Query in front of them all) is asked once per region with `region="…"` added to
// every selector, so that each answer, aggregations included, belongs to one region.
import { pool } from "../concurrency.ts";
import { MetricsUnavailableError, QueryError, type UnavailableReason } from "./errors.ts";
import { type RequestOptions, sourceRequest } from "./http.ts";
import { injectMatchers } from "./inject.ts";
import { type LabelMatcher, SCOPE_LABELS, type Scope } from "./labels.ts";
import type { InstantSeries, Labels, QueryResult, RangeSeries } from "./parse.ts";
import { instantQuery, rangeQuery } from "./prometheus.ts";

export interface FanOutSource {
  region: string;
  /** Undefined: nothing is configured for the region (it is reported missing). */
  url: string | undefined;
  /** The bearer token, or why it could not be had (an unset variable): the region is missing. */
  token?: string | Error;
}

export interface FanOutOptions extends Omit<RequestOptions, "token"> {
  /** Added to every selector of the query, in every region. */
  scope?: Omit<Scope, "region" | "node">;
  /** Instant query at this time (the source's now when absent)… */
  time?: Date;
  /** …or a range query. */
  range?: { start: Date; end: Date; stepSeconds: number };
  /** Sources asked at once. Default 8. */
  concurrency?: number;
}

export type RegionAnswer =
  | { region: string; status: "ok"; series: number; warnings: string[] }
  | {
      region: string;
      status: "missing";
      reason: UnavailableReason | "not-configured";
      error: string;
    };

export type MergedData =
  | { resultType: "vector"; result: InstantSeries[] }
  | { resultType: "matrix"; result: RangeSeries[] };

export type MergedResult = MergedData & {
  /** Per region asked, in the order given. */
  regions: RegionAnswer[];
  /** True when any region is missing: the result is not the whole. */
  partial: boolean;
  missing: string[];
  /** The sources' own warnings, each prefixed with its region, and merge notes. */
  warnings: string[];
};

/**
 * Runs `promql` in every region of `sources` and merges the answers. Throws QueryError when
 * the query does not parse or a source rejects it (the same query is wrong everywhere: no
 * partial answer of a wrong query), never for a source that is down.
 */
export async function queryRegions(
  promql: string,
  sources: readonly FanOutSource[],
  options: FanOutOptions,
): Promise<MergedResult> {
  const scope: LabelMatcher[] = [];
  for (const name of SCOPE_LABELS) {
    const value = options.scope?.[name as keyof FanOutOptions["scope"]];
    if (value === undefined) continue;
    if (value === "") throw new TypeError(`the ${name} label of a scope cannot be empty`);
    scope.push({ name, value });
  }
  // Parses the query (a QueryError before anything is sent) and adds the scope.
  const scoped = injectMatchers(promql, scope);
  const users = new Map<string, number>();
  for (const s of sources)
    if (s.url !== undefined) {
      const key = JSON.stringify([s.url, typeof s.token === "string" ? s.token : null]);
      users.set(key, (users.get(key) ?? 0) + 1);
    }
  const shared = (s: FanOutSource) =>
    (users.get(JSON.stringify([s.url, typeof s.token === "string" ? s.token : null])) ?? 0) > 1;

  const answers = await pool(sources, options.concurrency ?? 8, async (s) => {
    if (s.url === undefined)
      return missing(s.region, "not-configured", "no metrics source is configured");
    if (s.token instanceof Error) return missing(s.region, "not-configured", s.token.message);
    const query = shared(s)
      ? injectMatchers(scoped, [{ name: "region", value: s.region }])
      : scoped;
    const request = sourceRequest(options, s.token);
    try {
      const result: QueryResult = options.range
        ? await rangeQuery(s.url, query, { ...request, ...options.range })
        : await instantQuery(s.url, query, {
            ...request,
            ...(options.time ? { time: options.time } : {}),
          });
      return { region: s.region, result };
    } catch (err) {
      if (err instanceof MetricsUnavailableError) return missing(s.region, err.reason, err.message);
      if (err instanceof QueryError)
        throw new QueryError(`region ${s.region}: ${err.message}`, {
          errorType: err.errorType,
          query: err.query,
          ...(err.status !== undefined ? { status: err.status } : {}),
        });
      throw err;
    }
  });
  return merge(answers, options.range ? "matrix" : "vector");
}

type Answer = { region: string; result: QueryResult } | { region: string; missing: RegionAnswer };

function missing(region: string, reason: UnavailableReason | "not-configured", error: string) {
  return {
    region,
    missing: { region, status: "missing", reason, error } satisfies RegionAnswer,
  };
}

function withRegion(labels: Labels, region: string): Labels {
  return labels.region === undefined ? { ...labels, region } : labels;
}

function merge(answers: Answer[], resultType: "vector" | "matrix"): MergedResult {
  const regions: RegionAnswer[] = [];
  const warnings: string[] = [];
  // An instant query of a range selector (`x[5m]`) answers a matrix too.
  let type = resultType;
  const byKey = new Map<string, { region: string; series: InstantSeries | RangeSeries }>();
  for (const a of answers) {
    if ("missing" in a) {
      regions.push(a.missing);
      continue;
    }
    const { result } = a;
    let series: Array<InstantSeries | RangeSeries>;
    if (result.resultType === "matrix") type = "matrix";
    if (result.resultType === "vector" || result.resultType === "matrix") series = result.result;
    else if (result.resultType === "scalar") series = [{ labels: {}, sample: result.result }];
    else
      throw new QueryError("the query answers a string, which cannot be merged across regions", {
        errorType: "bad_shape",
        query: "",
      });
    for (const s of series) {
      const labels = withRegion(s.labels, a.region);
      const key = canonical(labels);
      const seen = byKey.get(key);
      if (seen) {
        warnings.push(
          `region ${a.region}: series ${key} was also answered by region ${seen.region}; kept region ${seen.region}'s`,
        );
        continue;
      }
      byKey.set(key, { region: a.region, series: { ...s, labels } });
    }
    warnings.push(...result.warnings.map((w) => `region ${a.region}: ${w}`));
    regions.push({
      region: a.region,
      status: "ok",
      series: series.length,
      warnings: result.warnings,
    });
  }
  const sorted = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const missingRegions = regions.filter((r) => r.status === "missing").map((r) => r.region);
  const common = { regions, partial: missingRegions.length > 0, missing: missingRegions, warnings };
  if (type === "matrix")
    return {
      resultType: type,
      result: sorted.map(([, v]) => v.series as RangeSeries),
      ...common,
    };
  return { resultType: type, result: sorted.map(([, v]) => v.series as InstantSeries), ...common };
}

/** Labels as one comparable text: names sorted, `region` first so results group by region. */
export function canonical(labels: Labels): string {
  const names = Object.keys(labels).sort((a, b) =>
    a === "region" ? -1 : b === "region" ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return `{${names.map((n) => `${n}=${JSON.stringify(labels[n])}`).join(", ")}}`;
}
