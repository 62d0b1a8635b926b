// One round of evidence for one policy: HTTP probes of each region's ingress under the
// public name, and what Prometheus says about each region. Anything that could not be
// observed is unknown (null), which effectiveWeights treats as no evidence either way.

import { errorMessage } from "../errors.ts";
import type { Logger } from "../logger.ts";
import type { RegionHealth } from "../metrics/region-health.ts";
import { type HttpProbeSpec, probeRegions, type RegionProbe } from "../probes/http.ts";
import type { Limiter } from "../probes/limit.ts";
import type { GtmTarget } from "./targets.ts";
import type { RegionObservation } from "./types.ts";

export interface ObserveOptions {
  limiter: Limiter;
  /** Caps every policy's probe timeout (dry runs use a short one). */
  probeTimeoutMs?: number;
  /** Trusted certificates for HTTPS probes (private CAs, tests). */
  ca?: string | Buffer;
  /** Prometheus' base URL; undefined: no metrics. */
  prometheusUrl: string | undefined;
  metrics: MetricsSettings;
  /** Region health, shared by the policies of a round (keyed by region and scope). */
  healthCache: Map<string, Promise<RegionHealth>>;
  log: Logger;
  signal?: AbortSignal;
}

export interface MetricsSettings {
  /**
   * Per query attempt; default 3 s, so that two attempts of a hanging Prometheus still fit
   * in a 10 s watch round.
   */
  timeoutMs?: number;
  /** Default 2: a round comes again soon, a long retry would only delay it. */
  attempts?: number;
  /** Evaluation time; Prometheus' now by default. Tests use backfilled history. */
  time?: () => Date;
}

/** What was seen of one region, kept for the summary and the decision output. */
export interface RegionEvidence {
  region: string;
  probe: RegionProbe;
  readyNodes: number | null;
  errorRate: number | null;
  latencySeconds: number | null;
  /** One line about the metrics: figures, or why they are unknown. */
  metrics: string;
}

export interface PolicyObservation {
  observations: Record<string, RegionObservation>;
  evidence: RegionEvidence[];
}

export async function observePolicy(
  target: GtmTarget,
  options: ObserveOptions,
): Promise<PolicyObservation> {
  const check = target.spec.healthCheck;
  const timeoutMs = Math.min(
    check.timeoutSeconds * 1000,
    options.probeTimeoutMs ?? Number.POSITIVE_INFINITY,
  );
  const spec: HttpProbeSpec = {
    scheme: target.probe.scheme,
    path: check.path,
    hostname: target.spec.publicName,
    timeoutMs,
    port: target.probe.port,
    ...(check.expectedStatus !== undefined ? { expectedStatus: check.expectedStatus } : {}),
    ...(check.bodyMatch !== undefined ? { bodyMatch: check.bodyMatch } : {}),
    ...(options.ca !== undefined ? { ca: options.ca } : {}),
  };
  const regions = target.spec.regions.map((r) => r.region);
  const [probes, health] = await Promise.all([
    probeRegions(
      regions.map((region) => ({ region, addresses: target.ingress[region]?.addresses ?? [] })),
      spec,
      { limiter: options.limiter, ...(options.signal ? { signal: options.signal } : {}) },
    ),
    Promise.all(regions.map((region) => metricsOf(target, region, options))),
  ]);
  const observations: Record<string, RegionObservation> = {};
  const evidence: RegionEvidence[] = [];
  for (const [i, region] of regions.entries()) {
    const probe = probes[i]!;
    const m = health[i]!;
    observations[region] = {
      probe: probe.result,
      readyNodes: m.readyNodes,
      errorRate: m.errorRate,
      latencySeconds: m.latencySeconds,
    };
    evidence.push({ region, probe, ...m });
  }
  return { observations, evidence };
}

type Figures = Omit<RegionEvidence, "region" | "probe">;

async function metricsOf(
  target: GtmTarget,
  region: string,
  options: ObserveOptions,
): Promise<Figures> {
  const url = options.prometheusUrl;
  if (url === undefined)
    return {
      readyNodes: null,
      errorRate: null,
      latencySeconds: null,
      metrics: "no Prometheus configured",
    };
  const key = JSON.stringify([region, target.match ?? null]);
  let pending = options.healthCache.get(key);
  if (!pending) {
    pending = import("../metrics/region-health.ts").then(({ regionHealth }) =>
      regionHealth(url, region, {
        timeoutMs: options.metrics.timeoutMs ?? 3000,
        attempts: options.metrics.attempts ?? 2,
        logger: options.log,
        ...(options.metrics.time ? { time: options.metrics.time() } : {}),
        ...(target.match ? { match: target.match } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      }),
    );
    options.healthCache.set(key, pending);
  }
  let h: RegionHealth;
  try {
    h = await pending;
  } catch (err) {
    // Errors that are not "unavailable" or "bad query" (an invalid URL, a cancelled round)
    // still only make the figures unknown: metrics are evidence, not a reason to stop.
    const why = errorMessage(err);
    return { readyNodes: null, errorRate: null, latencySeconds: null, metrics: `unknown: ${why}` };
  }
  return {
    readyNodes: h.readyNodes ?? null,
    errorRate: h.errorRate ?? null,
    latencySeconds: h.latencySeconds ?? null,
    metrics: describeHealth(h),
  };
}

function describeHealth(h: RegionHealth): string {
  const parts: string[] = [];
  if (h.readyNodes !== undefined) parts.push(`${h.readyNodes} ready nodes`);
  if (h.errorRate !== undefined) parts.push(`errors ${Number((h.errorRate * 100).toFixed(2))}%`);
  if (h.latencySeconds !== undefined) parts.push(`p95 ${Number(h.latencySeconds.toFixed(3))} s`);
  // Several figures usually fail for one reason (Prometheus down): say each reason once.
  const reasons = [...new Set(h.problems.map((p) => p.error.message.replace(/^[^:]*: /, "")))];
  const unknown = h.problems.map((p) => FIGURE[p.figure]);
  if (unknown.length > 0) parts.push(`unknown ${unknown.join(", ")}: ${reasons.join("; ")}`);
  return parts.join(", ");
}

const FIGURE = { readyNodes: "ready nodes", errorRate: "error rate", latencySeconds: "latency" };
