// The GTM dry run `npm start` shows: the sample's policies observed from this machine with
// short timeouts, decided, and planned against the embedded zone-file provider (the
// repository's infra/dns/<zone>.zone) in place of the Platform's providers, which need
// servers and credentials. Nothing is written. It says what it could not observe, since
// without network the sample's documentation-range addresses cannot answer.
import { createZoneFileProvider } from "../dns/providers/zonefile.ts";
import { silentLogger } from "../logger.ts";
import { DNS_WEIGHTING } from "../model/feasible.ts";
import { runGtm } from "./run.ts";
import { gtmRunMarkdown } from "./summary.ts";
import { loadGtmSetup } from "./targets.ts";

export interface DryRunOptions {
  /** Per probe and per metrics query; default 1 s, so the whole run stays about that long. */
  timeoutMs?: number;
}

export async function gtmDryRunMarkdown(
  configDir: string,
  repoRoot: string,
  options: DryRunOptions = {},
): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 1000;
  const setup = await loadGtmSetup(configDir);
  if (setup.targets.length === 0) return "## GTM reconcile (dry run)\n\nNo GtmPolicy documents.\n";
  const standIns = [...new Set(setup.targets.map((t) => t.provider.name))];
  const replaced = new Map(setup.targets.map((t) => [t.name, t.provider]));
  for (const t of setup.targets) t.provider = { name: "zonefile", type: "zonefile" };
  const result = await runGtm({
    setup,
    dryRun: true,
    log: silentLogger,
    dnsProvider: async () => createZoneFileProvider({ root: repoRoot }),
    probes: { timeoutMs },
    metrics: { timeoutMs, attempts: 1 },
  });
  const evidence = result.last.policies.flatMap((p) => p.evidence);
  const probes = evidence.flatMap((e) => e.probe.addresses);
  const count = (r: string) => probes.filter((a) => a.result === r).length;
  const unknownWhy = [
    ...new Set(probes.flatMap((a) => (a.result === "unknown" ? [a.detail] : []))),
  ].slice(0, 2);
  const zones = [...new Set(setup.targets.map((t) => `infra/dns/${t.spec.zone}.zone`))];
  const notes = [
    `Planned against the embedded zone-file provider (${zones.map((z) => `\`${z}\``).join(", ")}) in place of ${standIns.map((n) => `\`${n}\``).join(", ")}: nothing is written, no DNS server or credentials are needed.`,
    `Probes (${timeoutMs} ms each): ${count("ok")} of ${probes.length} ingress addresses answered, ${count("failed")} failed (evidence), ${count("unknown")} could not be probed from here (no evidence${unknownWhy.length > 0 ? `: ${unknownWhy.join("; ")}` : ""}).`,
    hysteresisNote(result.last.policies),
    ...result.last.policies.map((p) => weightingNote(p, replaced.get(p.policy))),
    metricsNote(
      setup.prometheusUrl ?? Object.values(setup.metricsSources ?? {}).find((s) => s)?.url,
      evidence.map((e) => e.readyNodes),
      timeoutMs,
    ),
  ];
  return gtmRunMarkdown(result, { dryRun: true, mode: "one round, dry run", notes });
}

function metricsNote(url: string | undefined, ready: (number | null)[], timeoutMs: number): string {
  if (url === undefined)
    return "No Prometheus configured: ready nodes, error rate and latency are unknown.";
  const known = ready.filter((r) => r !== null).length;
  if (known === 0)
    return `Prometheus (each region's metrics source, else the Platform's) gave no figures within ${timeoutMs} ms: ready nodes, error rate and latency are unknown, which keeps every region as it was.`;
  return `Prometheus gave ready nodes for ${known} of ${ready.length} region(s).`;
}

type PolicyRound = Awaited<ReturnType<typeof runGtm>>["last"]["policies"][number];

/**
 * The probe count above is per address and per run; the table's "n/m probes failed" is the
 * hysteresis: failed rounds in a row, of the m that take a region down. One round from no
 * status branch can count one, so a region whose addresses all failed is still up: say so.
 */
function hysteresisNote(policies: PolicyRound[]): string {
  const reasons = policies.flatMap((p) => p.decision.regions.map((r) => r.reason));
  const counted = reasons.map((r) => /up, (\d+)\/(\d+) probes failed/.exec(r)).find((m) => m);
  const base =
    "No status branch here: every region starts up with no failed rounds, and this is one round. " +
    "A region's probe fails when any of its addresses fails; the region goes down only after `hysteresis.failures` failed rounds in a row";
  if (!counted) return `${base}.`;
  const [text, n, of] = counted;
  return `${base}, so "${text}" below counts rounds, not addresses: this round's probe of the region failed, ${n} of the ${of} failed rounds that would take it down.`;
}

/**
 * Shares follow the provider's weighting: the zone-file stand-in can only include or drop a
 * region, so every region in the answer gets an equal share whatever its weight. Says so, and
 * what the policy's own provider would give where it weights natively.
 */
function weightingNote(
  p: PolicyRound,
  original: { name: string; type: keyof typeof DNS_WEIGHTING } | undefined,
): string {
  const served = p.decision.regions.filter((r) => r.weight > 0);
  const total = served.reduce((n, r) => n + r.weight, 0);
  const percent = (x: number) => `${Number((x * 100).toFixed(1))}%`;
  const weights = served.map((r) => `${r.region} ${r.weight}`).join(", ");
  const equal = served.every((r) => r.weight === served[0]?.weight);
  const head = `\`${p.publicName}\`: weights ${weights || "none above 0"}; shares are by membership here (the zone-file stand-in can only include or drop a region, so each region in the answer gets ${served.length > 0 ? percent(1 / served.length) : "nothing"})`;
  if (equal || !original) return `${head}.`;
  if (DNS_WEIGHTING[original.type] === "native")
    return `${head}; \`${original.name}\` (${original.type}), the policy's provider, weights natively and would give ${served.map((r) => `${r.region} ${percent(r.weight / total)}`).join(", ")}.`;
  return `${head}; \`${original.name}\` (${original.type}) cannot weight either.`;
}
