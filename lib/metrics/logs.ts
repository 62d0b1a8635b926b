// `cloudneutral logs`: the same fan-out as a metrics query, over each region's Loki. The
// stream selector is built from the scope (tenant, project, env, service) by the label
// convention, values quoted by the string rules LogQL shares with PromQL; a source several
// regions share is asked per region with `region="…"` added. Entries from every region are
// merged newest first and cut to the limit; a region that could not answer is missing and the
// result is partial, as for metrics.
import { pool } from "../concurrency.ts";
import { MetricsUnavailableError, QueryError } from "./errors.ts";
import type { FanOutSource, RegionAnswer } from "./fan-out.ts";
import { type RequestOptions, sourceRequest } from "./http.ts";
import {
  type LabelMatcher,
  labelMatchers,
  promqlString,
  SCOPE_LABELS,
  type Scope,
} from "./labels.ts";
import { lokiQueryRange } from "./loki.ts";

export interface LogsOptions extends Omit<RequestOptions, "token"> {
  scope?: Omit<Scope, "region" | "node">;
  /** Lines that contain this text (LogQL's `|=`), exactly, case included. */
  grep?: string;
  start: Date;
  end: Date;
  /** Entries at most in the merged result (and asked of each region). */
  limit: number;
  concurrency?: number;
}

export interface LogLine {
  ns: string;
  /** The stream's labels, with `region` added where the source lacks it. */
  labels: Record<string, string>;
  line: string;
}

export interface LogsResult {
  lines: LogLine[];
  regions: RegionAnswer[];
  partial: boolean;
  missing: string[];
  /** True when some region had more lines than the limit let through. */
  truncated: boolean;
}

/** The LogQL a region is asked: the scope's selector, and the text filter if any. */
export function logQuery(scope: LabelMatcher[], grep: string | undefined): string {
  // A selector needs a matcher that cannot match the empty value: every stream of the
  // convention has a service.
  const selector =
    scope.length > 0
      ? labelMatchers(scope)
      : labelMatchers([{ name: "service", op: "=~", value: ".+" }]);
  return `{${selector}}${grep !== undefined && grep !== "" ? ` |= ${promqlString(grep)}` : ""}`;
}

export async function queryLogs(
  sources: readonly FanOutSource[],
  options: LogsOptions,
): Promise<LogsResult> {
  const scope: LabelMatcher[] = [];
  for (const name of SCOPE_LABELS) {
    const value = options.scope?.[name as keyof NonNullable<LogsOptions["scope"]>];
    if (value === undefined) continue;
    if (value === "") throw new TypeError(`the ${name} label of a scope cannot be empty`);
    scope.push({ name, value });
  }
  const counts = new Map<string, number>();
  for (const s of sources) if (s.url) counts.set(s.url, (counts.get(s.url) ?? 0) + 1);
  const answers = await pool(sources, options.concurrency ?? 8, async (s) => {
    const miss = (reason: RegionAnswer & { status: "missing" }) => ({
      region: s.region,
      miss: reason,
    });
    if (s.url === undefined)
      return miss({
        region: s.region,
        status: "missing",
        reason: "not-configured",
        error: "no Loki is configured",
      });
    if (s.token instanceof Error)
      return miss({
        region: s.region,
        status: "missing",
        reason: "not-configured",
        error: s.token.message,
      });
    const shared = (counts.get(s.url) ?? 0) > 1;
    const query = logQuery(
      shared ? [...scope, { name: "region", value: s.region }] : scope,
      options.grep,
    );
    try {
      const streams = await lokiQueryRange(s.url, query, {
        ...sourceRequest(options, s.token),
        start: options.start,
        end: options.end,
        limit: options.limit,
      });
      return { region: s.region, streams };
    } catch (err) {
      if (err instanceof MetricsUnavailableError)
        return miss({
          region: s.region,
          status: "missing",
          reason: err.reason,
          error: err.message,
        });
      if (err instanceof QueryError)
        throw new QueryError(`region ${s.region}: ${err.message}`, {
          errorType: err.errorType,
          query: err.query,
          ...(err.status !== undefined ? { status: err.status } : {}),
        });
      throw err;
    }
  });

  const regions: RegionAnswer[] = [];
  const lines: LogLine[] = [];
  let truncated = false;
  for (const a of answers) {
    if ("miss" in a) {
      regions.push(a.miss);
      continue;
    }
    let n = 0;
    for (const stream of a.streams) {
      const labels =
        stream.labels.region === undefined ? { ...stream.labels, region: a.region } : stream.labels;
      for (const e of stream.entries) lines.push({ ns: e.ns, labels, line: e.line });
      n += stream.entries.length;
    }
    if (n >= options.limit) truncated = true;
    regions.push({ region: a.region, status: "ok", series: a.streams.length, warnings: [] });
  }
  // Newest first; equal times in region order, then as each source gave them.
  lines.sort((x, y) => {
    const d = BigInt(y.ns) - BigInt(x.ns);
    return d > 0n ? 1 : d < 0n ? -1 : 0;
  });
  if (lines.length > options.limit) truncated = true;
  const missing = regions.filter((r) => r.status === "missing").map((r) => r.region);
  return {
    lines: lines.slice(0, options.limit),
    regions,
    partial: missing.length > 0,
    missing,
    truncated,
  };
}
