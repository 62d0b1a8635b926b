// Failover time, measured as clients of the authoritative server see it: a watch runs real
// rounds every 10 s (hysteresis 3 failures / 3 successes) against real PowerDNS with LUA
// records; a region's health endpoint is killed halfway between two rounds, and `dig`
// is asked until the region's address is gone from the answers; then revived, until it is
// back. Resolver caching (the record's TTL) comes on top for clients behind resolvers, as
// it does for Route 53, whose ~90 s default (3 failures × 30 s) is detection alone.
import { setTimeout as sleep } from "node:timers/promises";
import { createPowerDnsProvider } from "../../lib/dns/providers/powerdns.ts";
import { runGtm } from "../../lib/gtm/run.ts";
import { silentLogger } from "../../lib/logger.ts";
import type { HealthFleet } from "../../test/health-servers.ts";
import type { PdnsServer } from "../../test/pdns/server.ts";
import { benchSetup } from "./targets.ts";

export interface FailoverResult {
  intervalSeconds: number;
  hysteresis: { failures: number; successes: number };
  /** Where in the round interval the kill and the revival happened (seconds after a round start). */
  phaseSeconds: number;
  downSeconds: number;
  backSeconds: number;
  /** The longest round (probes, plan, PATCH): the work on top of the interval arithmetic. */
  maxRoundSeconds: number;
  rounds: number;
}

export async function measureFailover(
  pdns: PdnsServer,
  fleet: HealthFleet,
  addresses: { stays: string; dies: string },
  options: { intervalSeconds: number; phaseSeconds: number; log: (line: string) => void },
): Promise<FailoverResult> {
  const zone = "failover.bench.test";
  await pdns.createZone(`${zone}.`);
  const name = `api.${zone}`;
  const hysteresis = { failures: 3, successes: 3 };
  const interval = options.intervalSeconds * 1000;
  const setup = benchSetup({
    k: 1,
    zone,
    provider: { name: "pdns", type: "powerdns" },
    regions: { r1: [addresses.stays], r2: [addresses.dies] },
    port: fleet.port,
    hysteresis,
    intervalSeconds: options.intervalSeconds,
    name: () => name,
  });
  const controller = new AbortController();
  const starts: number[] = [];
  let maxRound = 0;
  let rounds = 0;
  const run = runGtm({
    setup,
    dryRun: false,
    log: silentLogger,
    dnsProvider: async (entry) =>
      createPowerDnsProvider({ name: entry.name, url: pdns.apiUrl, apiKey: pdns.apiKey }),
    watch: { intervalSeconds: options.intervalSeconds, forMinutes: 5 },
    signal: controller.signal,
    onRound: (round) => {
      rounds++;
      starts.push(round.at.getTime());
      maxRound = Math.max(maxRound, (Date.now() - round.at.getTime()) / 1000);
      const p = round.policies[0];
      if (p)
        options.log(
          `round ${rounds} at +${((round.at.getTime() - starts[0]!) / 1000).toFixed(1)} s: ${p.decision.regions.map((r) => `${r.region}=${r.weight}`).join(" ")} (${p.dns.status})`,
        );
    },
  });
  const serves = async (address: string) => (await pdns.digMany(name, "A", 30)).includes(address);
  const waitFor = async (what: () => Promise<boolean>, limitMs: number) => {
    const t = performance.now();
    while (!(await what())) {
      if (performance.now() - t > limitMs) throw new Error("the answers did not change in time");
      await sleep(100);
    }
    return (performance.now() - t) / 1000;
  };
  // A phase in the grid of round starts, from the first round on.
  const untilPhase = async () => {
    while (starts.length === 0) await sleep(50);
    const first = starts[0]!;
    const now = Date.now();
    let at = first + Math.ceil((now - first) / interval) * interval + options.phaseSeconds * 1000;
    if (at - interval > now) at -= interval;
    await sleep(at - now);
  };
  try {
    await waitFor(() => serves(addresses.dies), 30_000);
    await sleep(interval); // a second round, so the kill finds a settled state
    await untilPhase();
    const killed = performance.now();
    await fleet.kill(addresses.dies);
    options.log(`killed ${addresses.dies}`);
    await waitFor(async () => !(await serves(addresses.dies)), 90_000);
    const downSeconds = (performance.now() - killed) / 1000;
    await untilPhase();
    const revived = performance.now();
    await fleet.revive(addresses.dies);
    options.log(`revived ${addresses.dies}`);
    await waitFor(() => serves(addresses.dies), 90_000);
    const backSeconds = (performance.now() - revived) / 1000;
    return {
      intervalSeconds: options.intervalSeconds,
      hysteresis,
      phaseSeconds: options.phaseSeconds,
      downSeconds,
      backSeconds,
      maxRoundSeconds: maxRound,
      rounds,
    };
  } finally {
    controller.abort();
    await run.catch(() => undefined);
  }
}
