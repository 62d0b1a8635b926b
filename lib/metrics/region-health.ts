// What Prometheus says about one region for the global traffic manager. Each figure is
// asked for on its own and may be unknown on its own: a query that could not run, or that
// answered nothing, is no evidence, so it is undefined (never 0), and the GTM keeps the
// region's previous state for it.
import { MetricsUnavailableError, QueryError } from "./errors.ts";
import type { Scope } from "./labels.ts";
import { type InstantQueryOptions, instantQuery } from "./prometheus.ts";
import { DEFAULT_GTM_QUERIES, expandQuery, type GtmQueries, singleValue } from "./queries.ts";

export interface RegionHealthOptions extends InstantQueryOptions {
  /**
   * Narrows the traffic figures (error rate, latency) to a service, project, … of the region.
   * Ready nodes stay region-wide: nodes belong to the region's pool, not to a service.
   */
  match?: Omit<Scope, "region" | "node">;
  /** The rate window of the traffic figures. Default 300 s: smooth enough to hold through
   * one scrape interval of 1 m; failover itself rides on probes and ready nodes. */
  windowSeconds?: number;
  queries?: Partial<GtmQueries>;
}

export type RegionFigure = "readyNodes" | "errorRate" | "latencySeconds";

export interface RegionHealthProblem {
  figure: RegionFigure;
  /** QueryError: the query is wrong (a policy's override, say) and will stay wrong. */
  error: MetricsUnavailableError | QueryError;
}

export interface RegionHealth {
  readyNodes: number | undefined;
  /** 5xx answers per answer, 0–1. */
  errorRate: number | undefined;
  /** The 95th percentile of request durations. */
  latencySeconds: number | undefined;
  /** Why each undefined figure is unknown, for the run's summary. */
  problems: RegionHealthProblem[];
}

export const DEFAULT_HEALTH_WINDOW_SECONDS = 300;

export async function regionHealth(
  url: string | URL,
  region: string,
  options: RegionHealthOptions,
): Promise<RegionHealth> {
  const queries = { ...DEFAULT_GTM_QUERIES, ...options.queries };
  const windowSeconds = options.windowSeconds ?? DEFAULT_HEALTH_WINDOW_SECONDS;
  const problems: RegionHealthProblem[] = [];

  const figure = async (
    name: RegionFigure,
    template: string,
    scope: Scope,
    valid: (v: number) => boolean,
  ): Promise<number | undefined> => {
    const what = `${name} of region ${region}`;
    try {
      const promql = expandQuery(template, { scope, windowSeconds });
      const value = singleValue(await instantQuery(url, promql, options), promql, what);
      if (valid(value)) return value;
      throw new QueryError(`${what}: ${value} is not a possible value`, {
        errorType: "bad_shape",
        query: promql,
      });
    } catch (err) {
      if (options.signal?.aborted) throw err;
      if (err instanceof MetricsUnavailableError || err instanceof QueryError) {
        const message = err.message.startsWith(what) ? err.message : `${what}: ${err.message}`;
        const error =
          err instanceof QueryError
            ? new QueryError(message, err)
            : new MetricsUnavailableError(message, err);
        problems.push({ figure: name, error });
        return undefined;
      }
      throw err;
    }
  };

  const traffic: Scope = { ...options.match, region };
  const [readyNodes, errorRate, latencySeconds] = await Promise.all([
    figure("readyNodes", queries.readyNodes, { region }, (v) => Number.isFinite(v) && v >= 0),
    figure("errorRate", queries.errorRate, traffic, (v) => v >= 0 && v <= 1),
    // +Inf is a possible answer (every request in the +Inf bucket): slower than any threshold.
    figure("latencySeconds", queries.latency, traffic, (v) => v >= 0),
  ]);
  problems.sort((a, b) => ORDER.indexOf(a.figure) - ORDER.indexOf(b.figure));
  return { readyNodes, errorRate, latencySeconds, problems };
}

const ORDER: RegionFigure[] = ["readyNodes", "errorRate", "latencySeconds"];
