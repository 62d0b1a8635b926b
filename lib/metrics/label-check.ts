// `cloudneutral metrics check`: asks each source which of its series lack a label of the
// convention (tenant, project, env, region, service), per scrape job. A series without one is
// invisible to every scoped query (the GTM's, the autoscaler's, a person's `--service`), so a
// gap is a finding, not a detail. Each distinct source is asked once, whatever regions share
// it; a source that cannot answer makes the check partial, as a query would be.
import { pool } from "../concurrency.ts";
import { MetricsUnavailableError, redactUrl, type UnavailableReason } from "./errors.ts";
import { type RequestOptions, sourceRequest } from "./http.ts";
import { NODE_LABEL, SCOPE_LABELS, type ScopeLabel } from "./labels.ts";
import { instantQuery } from "./prometheus.ts";
import { vectorOf } from "./queries.ts";

export interface CheckSource {
  /** The regions this source serves (one, or several sharing it). */
  regions: string[];
  url: string;
  token?: string | Error;
}

export interface JobGaps {
  /** The `job` label; "" for series without one. */
  job: string;
  /** Series of the job at the evaluation time. */
  series: number;
  /** Per label of the convention, how many of them lack it (labels with none left out). */
  missing: Partial<Record<ScopeLabel, number>>;
}

export type SourceCheck =
  | { regions: string[]; source: string; status: "ok"; jobs: number; gaps: JobGaps[] }
  | {
      regions: string[];
      source: string;
      status: "missing";
      reason: UnavailableReason | "not-configured";
      error: string;
    };

export interface LabelCheck {
  sources: SourceCheck[];
  /** Regions with no source configured. */
  unconfigured: string[];
  partial: boolean;
  /** Jobs with a gap, over every source. */
  gaps: number;
}

export interface LabelCheckOptions extends Omit<RequestOptions, "token"> {
  time?: Date;
  concurrency?: number;
}

/** Every series of every job; `__name__=~".+"` is the matcher that selects them all. */
const ALL = '{__name__=~".+"}';

/**
 * The series that lack `label`. A per-node series (one with a `node` label: node_exporter,
 * kubelet) belongs to its region's pool, not to a tenant or a service, so it needs only
 * `region`; every other series needs all five.
 */
function lacking(label: ScopeLabel): string {
  const pool = label === "region" ? "" : `,${NODE_LABEL}=""`;
  return `{__name__=~".+",${label}=""${pool}}`;
}

export async function checkLabels(
  sources: readonly CheckSource[],
  unconfigured: readonly string[],
  options: LabelCheckOptions,
): Promise<LabelCheck> {
  const checked = await pool(sources, options.concurrency ?? 4, (s) => checkSource(s, options));
  const partial = unconfigured.length > 0 || checked.some((c) => c.status === "missing");
  const gaps = checked.reduce((n, c) => n + (c.status === "ok" ? c.gaps.length : 0), 0);
  return { sources: checked, unconfigured: [...unconfigured], partial, gaps };
}

async function checkSource(s: CheckSource, options: LabelCheckOptions): Promise<SourceCheck> {
  let shown: string;
  try {
    shown = redactUrl(new URL(s.url));
  } catch {
    shown = "(an invalid URL)";
  }
  const head = { regions: s.regions, source: shown };
  if (s.token instanceof Error)
    return { ...head, status: "missing", reason: "not-configured", error: s.token.message };
  const request = {
    ...sourceRequest(options, s.token),
    ...(options.time ? { time: options.time } : {}),
  };
  const byJob = async (selector: string) => {
    const query = `count by (job) (${selector})`;
    const out = new Map<string, number>();
    for (const { labels, sample } of vectorOf(await instantQuery(s.url, query, request), query))
      out.set(labels.job ?? "", sample.value);
    return out;
  };
  try {
    const [totals, ...without] = await Promise.all([
      byJob(ALL),
      ...SCOPE_LABELS.map((label) => byJob(lacking(label))),
    ]);
    const gaps: JobGaps[] = [];
    for (const [job, series] of [...(totals ?? new Map<string, number>())].sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    )) {
      const missing: JobGaps["missing"] = {};
      SCOPE_LABELS.forEach((label, i) => {
        const n = without[i]?.get(job);
        if (n !== undefined && n > 0) missing[label] = n;
      });
      if (Object.keys(missing).length > 0) gaps.push({ job, series, missing });
    }
    return { ...head, status: "ok", jobs: totals?.size ?? 0, gaps };
  } catch (err) {
    if (err instanceof MetricsUnavailableError)
      return { ...head, status: "missing", reason: err.reason, error: err.message };
    throw err;
  }
}
