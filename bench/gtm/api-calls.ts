// DNS API calls of GTM rounds against the minimum the design promises: a converged zone costs
// one read and no write; k changed record sets cost one PATCH on PowerDNS and ⌈operations/200⌉
// batch calls on Cloudflare (one operation per record, so ⌈k/200⌉ for one-value changes).
// Real rounds (probes of loopback ingresses, effective weights, plan, apply), k policies
// in one zone, counted by the providers themselves.
import type { DnsProvider } from "../../lib/dns/provider.ts";
import type { DnsPlan } from "../../lib/dns/types.ts";
import { type GtmContext, gtmMemory, gtmRound } from "../../lib/gtm/reconcile.ts";
import type { PlatformDnsEntry } from "../../lib/gtm/targets.ts";
import { silentLogger } from "../../lib/logger.ts";
import type { HealthFleet } from "../../test/health-servers.ts";
import { benchSetup } from "./targets.ts";

export interface CallRow {
  provider: string;
  k: number;
  phase: "create" | "converged" | "failover" | "recovery";
  changedSets: number;
  operations: number;
  reads: number;
  writes: number;
  retries: number;
  minReads: number;
  minWrites: number;
  seconds: number;
}

export interface CallBench {
  provider: PlatformDnsEntry;
  zone: (k: number) => Promise<string>;
  make: (entry: PlatformDnsEntry) => Promise<DnsProvider>;
  /** Record operations one write carries (Infinity: the whole zone). */
  batch: number;
}

/** Record operations a plan costs where each record is one operation (patches reuse ids). */
export function operations(plan: DnsPlan | undefined): number {
  if (!plan) return 0;
  let ops = 0;
  for (const r of plan.create) ops += r.values.length;
  for (const r of plan.delete) ops += r.values.length;
  for (const u of plan.update) {
    const added = u.to.values.filter((v) => !u.from.values.includes(v)).length;
    const removed = u.from.values.filter((v) => !u.to.values.includes(v)).length;
    ops += Math.max(added, removed);
  }
  return ops;
}

export async function measureCalls(
  bench: CallBench,
  k: number,
  fleet: HealthFleet,
  regions: Record<string, string[]>,
): Promise<CallRow[]> {
  const zone = await bench.zone(k);
  const setup = benchSetup({
    k,
    zone,
    provider: bench.provider,
    regions,
    port: fleet.port,
    hysteresis: { failures: 1, successes: 1 },
    intervalSeconds: 1,
  });
  // A clock of its own: each round is a new probe interval for every policy.
  let clock = Date.now();
  const ctx: GtmContext = {
    setup,
    dryRun: false,
    log: silentLogger,
    dnsProvider: bench.make,
    probes: { concurrency: 32 },
    now: () => clock,
  };
  const memory = gtmMemory();
  const rows: CallRow[] = [];
  const second = Object.values(regions)[1]!;
  const phases = [
    ["create", async () => {}],
    ["converged", async () => {}],
    ["failover", () => fleet.kill(...second)],
    ["recovery", () => fleet.revive(...second)],
  ] as const;
  for (const [phase, before] of phases) {
    await before();
    clock += 10_000;
    const t = performance.now();
    const round = await gtmRound(ctx, memory, "all");
    const seconds = (performance.now() - t) / 1000;
    const z = round.zones[0];
    if (!z || z.status === "failed" || z.status === "refused")
      throw new Error(`${bench.provider.name} k=${k} ${phase}: ${z?.error ?? "no zone synced"}`);
    const changed = z.plan ? z.plan.create.length + z.plan.update.length + z.plan.delete.length : 0;
    const ops = operations(z.plan);
    rows.push({
      provider: bench.provider.type,
      k,
      phase,
      changedSets: changed,
      operations: ops,
      ...z.calls,
      minReads: 1,
      minWrites: ops === 0 ? 0 : Number.isFinite(bench.batch) ? Math.ceil(ops / bench.batch) : 1,
      seconds,
    });
  }
  return rows;
}
