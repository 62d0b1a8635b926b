// The GTM dry run `npm start` shows: the sample's policies observed from this machine with
// short timeouts, decided, and planned against the embedded zone-file provider (the
// repository's infra/dns/<zone>.zone) in place of the Platform's providers, which need
// servers and credentials. Nothing is written. It says what it could not observe, since
// without network the sample's documentation-range addresses cannot answer.
import { createZoneFileProvider } from "../dns/providers/zonefile.ts";
import { silentLogger } from "../logger.ts";
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
    "No status branch here: every region starts from no previous state (up), so one round cannot take a region down; hysteresis needs rounds.",
    `Probes (${timeoutMs} ms each): ${count("ok")} of ${probes.length} ingress addresses answered, ${count("failed")} failed (evidence), ${count("unknown")} could not be probed from here (no evidence${unknownWhy.length > 0 ? `: ${unknownWhy.join("; ")}` : ""}).`,
    metricsNote(
      setup.prometheusUrl,
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
    return `Prometheus (the Platform's metrics URL) gave no figures within ${timeoutMs} ms: ready nodes, error rate and latency are unknown, which keeps every region as it was.`;
  return `Prometheus gave ready nodes for ${known} of ${ready.length} region(s).`;
}
