// One GTM round over the policies of a run: observe each (probes, Prometheus), decide its
// effective weights from the previous state, bring the DNS to the decision (per provider
// and zone: one read, at most one write), record the decision on the status branch and
// keep the fail-open alert in step. Every step that fails is reported and leaves the world
// where the next round converges from: a decision is recorded even when the DNS could not
// take it (marked pending), because the DNS is always planned against what it serves.
import { normalizeName } from "../dns/normalize.ts";
import type { DnsProvider } from "../dns/provider.ts";
import type { RecordSet } from "../dns/types.ts";
import { errorMessage } from "../errors.ts";
import type { StatusStore } from "../github/status-store.ts";
import type { Logger } from "../logger.ts";
import type { RegionHealth } from "../metrics/region-health.ts";
import { createLimiter } from "../probes/limit.ts";
import { type AlertResult, type AlertTarget, syncAlert } from "./alert.ts";
import { carryDegraded, type DegradedFigures, degradedFigures } from "./carry.ts";
import { type DesiredAnswer, desiredRecordSets, trafficShares } from "./desired.ts";
import { planAt, syncZone, type ZoneSync } from "./dns-sync.ts";
import {
  flushRecords,
  type GtmMemory,
  loadMemory,
  type PersistMode,
  type PolicyMemory,
  type RecordOutcome,
  recordDecision,
} from "./memory.ts";
import { type MetricsSettings, observePolicy, type RegionEvidence } from "./observe.ts";
import { decisionChanged, gtmRecord, recordMessage } from "./record.ts";
import type { GtmSetup, GtmTarget, PlatformDnsEntry } from "./targets.ts";
import type { GtmDecision } from "./types.ts";
import { effectiveWeights } from "./weights.ts";

export interface GtmContext {
  setup: GtmSetup;
  /** Observe, decide and plan; write nothing (no DNS change, no commit, no issue). */
  dryRun: boolean;
  /** Apply DNS plans the safety check refused (a person's decision, for one run). */
  force?: boolean;
  log: Logger;
  /** The provider of a Platform entry; called once per entry and run. */
  dnsProvider: (entry: PlatformDnsEntry) => Promise<DnsProvider>;
  /** The status branch; without it every policy starts from no state and nothing is recorded. */
  store?: StatusStore;
  alerts?: AlertTarget;
  probes?: { concurrency?: number; timeoutMs?: number; ca?: string | Buffer };
  metrics?: MetricsSettings;
  signal?: AbortSignal;
  now?: () => number;
}

export { type GtmMemory, gtmMemory, type PersistMode, type RecordOutcome } from "./memory.ts";

export interface PolicyRound {
  policy: string;
  file: string;
  publicName: string;
  zone: string;
  provider: string;
  decision: GtmDecision;
  evidence: RegionEvidence[];
  desired: RecordSet[];
  /** Regions with weight but no ingress address. */
  unserved: string[];
  /** Each region's share of answers under the desired record sets. */
  shares: Record<string, number>;
  /** The shares the DNS served before this round, when it could be read. */
  sharesBefore: Record<string, number> | undefined;
  /** This policy's part of the zone's sync (plan entries at its name). */
  dns: ZoneSync;
  /** A region's state or weight, fail-open or the DNS lag changed since the last round. */
  changed: boolean;
  record: RecordOutcome;
  alert: AlertResult & { error?: string };
}

export interface GtmRound {
  at: Date;
  policies: PolicyRound[];
  zones: ZoneSync[];
  /** Policies that could not be decided this round (status branch unreadable, …). */
  skipped: { policy: string; reason: string }[];
  ok: boolean;
}

export async function gtmRound(
  ctx: GtmContext,
  memory: GtmMemory,
  persist: PersistMode,
): Promise<GtmRound> {
  const now = ctx.now ?? Date.now;
  const at = new Date(now());
  const skipped: GtmRound["skipped"] = [];
  const due = ctx.setup.targets.filter((t) => {
    const seen = memory.policies.get(t.name)?.observedAt;
    // Half a second of slack: rounds start on a grid but not to the millisecond.
    return seen === undefined || now() - seen >= t.spec.healthCheck.intervalSeconds * 1000 - 500;
  });

  const limiter = createLimiter(ctx.probes?.concurrency ?? 16);
  const healthCache = new Map<string, Promise<RegionHealth>>();
  const decided = await Promise.all(
    due.map(async (target) => {
      const mem = await loadMemory(ctx.store, ctx.log, memory, target.name).catch(
        (err: unknown) => {
          skipped.push({ policy: target.name, reason: `status branch: ${message(err)}` });
          return undefined;
        },
      );
      if (!mem) return undefined;
      const seen = await observePolicy(target, {
        limiter,
        healthCache,
        prometheusUrl: ctx.setup.prometheusUrl,
        ...(ctx.setup.metricsSources ? { metricsSources: ctx.setup.metricsSources } : {}),
        metrics: ctx.metrics ?? {},
        log: ctx.log,
        ...(ctx.probes?.timeoutMs !== undefined ? { probeTimeoutMs: ctx.probes.timeoutMs } : {}),
        ...(ctx.probes?.ca !== undefined ? { ca: ctx.probes.ca } : {}),
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      });
      // The round's start, not the observation's end: rounds are on a grid, and a slow probe
      // must not push this policy's next observation past the next round.
      mem.observedAt = at.getTime();
      const kept = carryDegraded(seen.observations, mem.current?.degraded);
      for (const e of seen.evidence)
        if (kept.carried.includes(e.region)) e.metrics += "; kept the figures it was degraded by";
      const decision = effectiveWeights(target.weights, kept.observations, mem.current?.state);
      const degraded = degradedFigures(target.weights, kept.observations, mem.current?.degraded);
      return { target, mem, decision, degraded, evidence: seen.evidence };
    }),
  );
  const ready = decided.filter((d) => d !== undefined);

  // DNS: one sync per provider and zone, over the names of the policies decided this round.
  const groups = new Map<string, typeof ready>();
  for (const d of ready) {
    const key = `${d.target.provider.name}\n${d.target.spec.zone}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const synced = await Promise.all(
    [...groups.values()].map(async (group) => {
      const first = group[0]!.target;
      let provider: DnsProvider;
      try {
        provider = await providerOf(ctx, memory, first.provider);
      } catch (err) {
        const failed: ZoneSync = {
          provider: first.provider.name,
          zone: first.spec.zone,
          status: "failed",
          current: [],
          conflicts: [],
          error: message(err),
          calls: { reads: 0, writes: 0, retries: 0 },
        };
        return { group, sync: failed, answers: undefined };
      }
      const answers = group.map((d) =>
        desiredRecordSets(
          d.decision,
          d.target.ingress,
          d.target.spec.ttl,
          provider.capabilities.weights,
        ),
      );
      const sync = await syncZone(
        provider,
        first.spec.zone,
        group.map((d) => ({
          name: d.target.spec.publicName,
          ...(d.target.spec.dns?.policy ? { policy: d.target.spec.dns.policy } : {}),
          ...(d.target.spec.dns?.adopt ? { adopt: true } : {}),
        })),
        answers.flatMap((a) => a.records),
        { owner: ctx.setup.owner, dryRun: ctx.dryRun, force: ctx.force ?? false },
      );
      return { group, sync, answers };
    }),
  );
  // Records one policy after another: parallel commits on one branch would only make each
  // other retry.
  const zones = synced.map((z) => z.sync);
  const results: PolicyRound[] = [];
  for (const { group, sync, answers } of synced)
    for (const [i, d] of group.entries())
      results.push(await recordAndAlert(ctx, d, sync, answers?.[i], persist));
  const order = ctx.setup.targets.map((t) => t.name);
  results.sort((a, b) => order.indexOf(a.policy) - order.indexOf(b.policy));
  const ok =
    skipped.length === 0 &&
    results.every(
      (r) => !["failed", "refused"].includes(r.dns.status) && !r.record.error && !r.alert.error,
    );
  return { at, policies: results, zones, skipped, ok };
}

interface Decided {
  target: GtmTarget;
  mem: PolicyMemory;
  decision: GtmDecision;
  degraded: DegradedFigures;
  evidence: RegionEvidence[];
}

/** One policy's round after the zone sync: its DNS outcome, the status record and any alert. */
async function recordAndAlert(
  ctx: GtmContext,
  d: Decided,
  sync: ZoneSync,
  answer: DesiredAnswer | undefined,
  persist: PersistMode,
): Promise<PolicyRound> {
  const { target, mem, decision } = d;
  const name = target.spec.publicName;
  const here = (r: RecordSet) => normalizeName(r.name) === normalizeName(name);
  const plan = planAt(sync.plan, name);
  const sameTypeConflict = (plan?.conflicts.length ?? 0) > 0;
  const pending = sync.status === "failed" || sync.status === "refused" || sameTypeConflict;
  const next = gtmRecord(target.name, decision, pending, d.degraded);
  const note = sameTypeConflict ? "a record set someone else owns is in the way" : sync.error;
  const wasAlert = mem.current?.alert === true;
  const changed = decisionChanged(mem.current, next);
  const text = recordMessage(decision, mem.current, next, note ? oneLine(note) : undefined);
  const record = await recordDecision(ctx.store, ctx.dryRun, mem, target.name, next, text, persist);
  mem.current = next;
  mem.decision = decision;

  let alert: PolicyRound["alert"] = { action: "none" };
  if (ctx.alerts && !ctx.dryRun) {
    try {
      // The first round of a run also looks, in case an earlier run could not close it.
      alert = await syncAlert(
        ctx.alerts,
        target.name,
        decision,
        d.evidence,
        wasAlert || !mem.alertChecked,
      );
      mem.alertChecked = true;
    } catch (err) {
      alert = { action: "none", error: message(err) };
    }
  }
  const desired = answer?.records ?? [];
  const served = sync.current.filter((r) => here(r) && r.owner === ctx.setup.owner);
  return {
    policy: target.name,
    file: target.file,
    publicName: name,
    zone: target.spec.zone,
    provider: target.provider.name,
    decision,
    evidence: d.evidence,
    desired,
    unserved: answer?.unserved ?? [],
    shares: trafficShares(desired, target.ingress),
    sharesBefore:
      sync.plan && served.length > 0 ? trafficShares(served, target.ingress) : undefined,
    dns: {
      ...sync,
      current: sync.current.filter(here),
      conflicts: sync.conflicts.filter(here),
      ...(plan ? { plan } : {}),
    },
    changed,
    record,
    alert,
  };
}

/**
 * Writes what rounds kept in memory only (watch mode's counters), so the next run starts
 * from them.
 */
export async function flushGtm(
  ctx: GtmContext,
  memory: GtmMemory,
): Promise<(RecordOutcome & { policy: string })[]> {
  if (!ctx.store || ctx.dryRun) return [];
  return flushRecords(ctx.store, memory);
}

function providerOf(
  ctx: GtmContext,
  memory: GtmMemory,
  entry: PlatformDnsEntry,
): Promise<DnsProvider> {
  let pending = memory.providers.get(entry.name);
  if (!pending) {
    pending = ctx.dnsProvider(entry);
    memory.providers.set(entry.name, pending);
    // A provider that could not be made (server down while reading its settings) is tried
    // again next round rather than remembered as broken.
    pending.catch(() => memory.providers.delete(entry.name));
  }
  return pending;
}

function message(err: unknown): string {
  return errorMessage(err);
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 160 ? `${line.slice(0, 160)}…` : line;
}
