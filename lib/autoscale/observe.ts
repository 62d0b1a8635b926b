// One region's observation and decision: node metrics from Prometheus over the policy's
// window, the count from the node pool file, past recommendations (status branch) and past
// scale events (git history), through decide(). No data is never a decision: a Prometheus
// that cannot answer, or answers nothing for the region, leaves the pool as it is.
import type { Logger } from "../logger.ts";
import { MetricsUnavailableError, QueryError, redactUrl } from "../metrics/errors.ts";
import { nodeMetrics } from "../metrics/node-metrics.ts";
import { sourceToken } from "../metrics/sources.ts";
import { decide } from "./decide.ts";
import { scaleEvents } from "./git-history.ts";
import {
  DEFAULT_WARMUP_SECONDS,
  DEFAULT_WINDOW_SECONDS,
  eventSeconds,
  historySeconds,
  policyForRun,
  type RunPolicy,
} from "./run-policy.ts";
import { type AutoscaleStatus, pastRecommendations } from "./status.ts";
import type { RegionTarget } from "./targets.ts";
import type { Decision, NodeSample } from "./types.ts";

export interface QueryOptions {
  /** Per request. */
  timeoutMs: number;
  attempts: number;
  backoffMs?: number;
}

export interface ObserveOptions {
  /** Where the token variables of the regions' sources are read. */
  env: NodeJS.ProcessEnv;
  now: Date;
  intervalSeconds: number;
  query: QueryOptions;
  log: Logger;
}

interface Common {
  target: RegionTarget;
  current: number;
  run: RunPolicy;
}

export type RegionDecision =
  | (Common & {
      kind: "decided";
      decision: Decision & { recommendation: number };
      nodes: NodeSample[];
      capacityFilledIn: string[];
      windowSeconds: number;
      warmupSeconds: number;
    })
  /** Nothing to decide on: Prometheus unavailable, or no ready node with data. */
  | (Common & { kind: "no-data"; message: string })
  /** A query the policy overrides is wrong: it stays wrong until a person fixes it. */
  | (Common & { kind: "failed"; message: string });

export async function observeRegion(
  target: RegionTarget,
  status: AutoscaleStatus | undefined,
  options: ObserveOptions,
): Promise<RegionDecision> {
  const { region, spec } = target;
  const current = target.count.count;
  const run = policyForRun(spec, current, options.intervalSeconds);
  const common = { target, current, run };
  const windowSeconds = spec.windowSeconds ?? DEFAULT_WINDOW_SECONDS;
  const warmupSeconds = spec.warmupSeconds ?? DEFAULT_WARMUP_SECONDS;
  let metrics: Awaited<ReturnType<typeof nodeMetrics>>;
  const source = target.prometheus;
  const token = sourceToken(source, options.env);
  if (token instanceof Error)
    return {
      ...common,
      kind: "no-data",
      message: `no data: the Prometheus of region ${region}: ${token.message}; no decision this run, staying at ${current}`,
    };
  try {
    metrics = await nodeMetrics(source.url, region, {
      ...(token !== undefined ? { token } : {}),
      windowSeconds,
      warmupSeconds,
      ...(spec.queries ? { queries: spec.queries } : {}),
      time: options.now,
      timeoutMs: options.query.timeoutMs,
      attempts: options.query.attempts,
      ...(options.query.backoffMs === undefined ? {} : { backoffMs: options.query.backoffMs }),
      logger: options.log,
    });
  } catch (err) {
    if (err instanceof MetricsUnavailableError)
      return { ...common, kind: "no-data", message: noData(err, source.url, current) };
    if (err instanceof QueryError)
      return {
        ...common,
        kind: "failed",
        message: `${target.policyFile}: a node query of region ${region} is wrong: ${err.message}`,
      };
    throw err;
  }

  const since = new Date(options.now.getTime() - eventSeconds(run.policy) * 1000);
  const events = await scaleEvents({ file: target.tfvarsPath, since, log: options.log });
  const decision = decide({
    policy: run.policy,
    current,
    nodes: metrics.nodes,
    now: options.now,
    recommendations: pastRecommendations(status, {
      now: options.now,
      current,
      windowSeconds: historySeconds(run.policy),
    }),
    events,
  });
  if (decision.recommendation === null)
    return { ...common, kind: "no-data", message: `no data: ${decision.reason}` };
  return {
    ...common,
    kind: "decided",
    decision: { ...decision, recommendation: decision.recommendation },
    nodes: metrics.nodes,
    capacityFilledIn: metrics.capacityFilledIn,
    windowSeconds,
    warmupSeconds,
  };
}

/** One line that says what is missing and that nothing follows from it. */
function noData(err: MetricsUnavailableError, url: string, current: number): string {
  const what =
    err.reason === "unreachable"
      ? `Prometheus at ${shownUrl(url)} unreachable`
      : err.reason === "timeout"
        ? `Prometheus at ${shownUrl(url)} did not answer in time`
        : err.message;
  return `no data: ${what}; no decision this run, staying at ${current} (never a scale-down without data)`;
}

export function shownUrl(url: string): string {
  try {
    return redactUrl(new URL(url));
  } catch {
    return "(an invalid URL)";
  }
}
