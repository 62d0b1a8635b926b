// `npm run bench` (GTM part): the figures of "Numbers we hold ourselves to" about global
// traffic management, each next to its target and baseline. Benchmarks, not tests: a missed
// target is reported, never fails the run; the exit code is 1 only when something could
// not be measured (a server would not start, a round failed).
//
// Environment:
//   BENCH_GTM_K=1,200,1000   policies (one record set each) per zone for the API-call counts
//   BENCH_GTM_INTERVAL=10    seconds between watch rounds for the failover time; the figure
//                            is printed with the interval it was measured at
//   BENCH_GTM_FAILOVER=0     skip the failover measurement (about 70 s of real time)
//   BENCH_JSON=path          also write the figures as JSON there
import { writeFileSync } from "node:fs";
import { createCloudflareProvider } from "../../lib/dns/providers/cloudflare.ts";
import { createPowerDnsProvider } from "../../lib/dns/providers/powerdns.ts";
import { silentLogger } from "../../lib/logger.ts";
import { type CloudflareSim, startCloudflareSim } from "../../test/cloudflare-sim/server.ts";
import { type HealthFleet, startHealthFleet } from "../../test/health-servers.ts";
import { type PdnsServer, startPdns } from "../../test/pdns/server.ts";
import { type CallBench, type CallRow, measureCalls } from "./api-calls.ts";
import { type FailoverResult, measureFailover } from "./failover.ts";

const KS = (process.env.BENCH_GTM_K ?? "1,200,1000").split(",").map((s) => {
  const k = Number(s.trim());
  if (!Number.isInteger(k) || k < 1) throw new Error(`BENCH_GTM_K: not a count: ${s}`);
  return k;
});
const INTERVAL = Number(process.env.BENCH_GTM_INTERVAL ?? "10");
if (!(INTERVAL > 0)) throw new Error("BENCH_GTM_INTERVAL must be > 0");
const FAILOVER = process.env.BENCH_GTM_FAILOVER !== "0";
const log = (line: string) => process.stderr.write(`  … ${line}\n`);
const verdict = (ok: boolean) => (ok ? "met" : "missed");

const R1 = ["127.0.0.81"];
const R2 = ["127.0.0.82"];

async function main(): Promise<number> {
  let pdns: PdnsServer | undefined;
  let cf: CloudflareSim | undefined;
  let fleet: HealthFleet | undefined;
  try {
    log("starting PowerDNS, the Cloudflare API stand-in and two region ingresses");
    [pdns, cf, fleet] = await Promise.all([
      startPdns({ kind: "gsqlite3" }),
      startCloudflareSim({ zones: KS.map((k) => `k${k}.cf.bench.test`) }),
      startHealthFleet([...R1, ...R2]),
    ]);
    const server = pdns;
    const sim = cf;
    const benches: CallBench[] = [
      {
        provider: { name: "pdns", type: "powerdns" },
        batch: Number.POSITIVE_INFINITY,
        zone: async (k) => {
          await server.createZone(`k${k}.pdns.bench.test.`);
          return `k${k}.pdns.bench.test`;
        },
        make: async (entry) =>
          createPowerDnsProvider({ name: entry.name, url: server.apiUrl, apiKey: server.apiKey }),
      },
      {
        provider: { name: "cf", type: "cloudflare", credentials: { tokenEnv: "CF_BENCH_TOKEN" } },
        batch: 200,
        zone: async (k) => `k${k}.cf.bench.test`,
        make: async (entry) =>
          createCloudflareProvider({
            name: entry.name,
            tokenEnv: "CF_BENCH_TOKEN",
            env: { CF_BENCH_TOKEN: sim.token },
            baseURL: sim.baseURL,
            logger: silentLogger,
          }),
      },
    ];
    const rows: CallRow[] = [];
    for (const bench of benches)
      for (const k of KS) {
        log(`${bench.provider.type}: ${k} policies`);
        rows.push(...(await measureCalls(bench, k, fleet, { r1: R1, r2: R2 })));
      }
    printCalls(rows);

    let failover: FailoverResult | undefined;
    if (FAILOVER) {
      log(
        `failover: watch every ${INTERVAL} s against PowerDNS, about ${Math.round(7 * INTERVAL)} s`,
      );
      failover = await measureFailover(
        pdns,
        fleet,
        { stays: R1[0]!, dies: R2[0]! },
        { intervalSeconds: INTERVAL, phaseSeconds: INTERVAL / 2, log },
      );
      printFailover(failover);
    }
    if (process.env.BENCH_JSON)
      writeFileSync(
        process.env.BENCH_JSON,
        `${JSON.stringify({ calls: rows, failover }, null, 2)}\n`,
      );
    return 0;
  } catch (e) {
    process.stderr.write(
      `gtm bench: could not measure: ${e instanceof Error ? e.stack : String(e)}\n`,
    );
    return 1;
  } finally {
    await Promise.all([pdns?.dispose(), cf?.close(), fleet?.close()]);
  }
}

function printCalls(rows: CallRow[]): void {
  const out = [
    "\ngtm: DNS API calls of a reconcile round (k policies in one zone, two regions each; real probes, plan and apply)",
    "  minimum: a converged zone = 1 read + 0 writes; changes = 1 PATCH (PowerDNS), ⌈record operations/200⌉ batch calls (Cloudflare)",
  ];
  for (const r of rows) {
    const ok =
      r.reads <= r.minReads + (r.phase === "create" && r.provider === "cloudflare" ? 1 : 0) &&
      r.writes <= r.minWrites;
    const what =
      r.phase === "converged"
        ? "converged"
        : `${r.phase}: ${r.changedSets} set(s) changed, ${r.operations} record op(s)`;
    const lookup =
      r.phase === "create" && r.provider === "cloudflare"
        ? " (1 is the zone's id lookup, once per run)"
        : "";
    out.push(
      `  ${r.provider.padEnd(10)} k=${String(r.k).padEnd(5)} ${what.padEnd(52)} ${r.reads} read(s)${lookup}, ${r.writes} write(s)${r.retries > 0 ? `, ${r.retries} retries` : ""}` +
        ` — minimum ${r.minReads} + ${r.minWrites}: ${verdict(ok)} (${r.seconds.toFixed(2)} s)`,
    );
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

function printFailover(f: FailoverResult): void {
  const n = f.hysteresis.failures;
  const m = f.hysteresis.successes;
  const scaled = f.intervalSeconds !== 10;
  const target = 35 * (f.intervalSeconds / 10);
  process.stdout.write(
    `${[
      `\ngtm: failover, real PowerDNS + dig, watch every ${f.intervalSeconds} s${scaled ? " (scaled: BENCH_GTM_INTERVAL; the target is scaled with it)" : ""}, hysteresis ${n} failures / ${m} successes`,
      `  region's health endpoint killed ${f.phaseSeconds} s into a round → its address gone from the answers after ${f.downSeconds.toFixed(1)} s; target < ${target} s (baseline: Route 53's default detection, about 90 s): ${verdict(f.downSeconds < target)}`,
      `    (a kill at any phase: between ${(n - 1) * f.intervalSeconds} and ${n * f.intervalSeconds} s plus one round's work, at most ${f.maxRoundSeconds.toFixed(2)} s here; resolvers add up to the record's TTL, 30 s, as they do for Route 53)`,
      `  revived ${f.phaseSeconds} s into a round → back in the answers after ${f.backSeconds.toFixed(1)} s (${m} good probes in a row; expected ${(m - 1) * f.intervalSeconds}–${m * f.intervalSeconds} s plus a round)`,
      `  ${f.rounds} rounds in all`,
    ].join("\n")}\n`,
  );
}

process.exitCode = await main();
