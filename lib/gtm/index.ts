// The GTM as its adapters call it (the gtm-reconcile action, `cloudneutral gtm reconcile`):
// load the configuration, narrow it to the policies asked for, wire the providers, the
// status branch and the alerts, run one round or a watch, and say what happened.
import path from "node:path";
import type { Clock } from "../clock.ts";
import type { DnsProvider } from "../dns/provider.ts";
import { UsageError } from "../errors.ts";
import type { GitHub } from "../github/client.ts";
import type { RepoRef } from "../github/git-data.ts";
import type { Logger } from "../logger.ts";
import { markdownText } from "../report/markdown-text.ts";
import { type DispatchRequest, parseDispatch } from "./dispatch.ts";
import type { MetricsSettings } from "./observe.ts";
import type { GtmContext, GtmRound } from "./reconcile.ts";
import { type GtmRunResult, runGtm, type WatchOptions } from "./run.ts";
import { decisionOutput, gtmRunMarkdown } from "./summary.ts";
import { loadGtmSetup, type PlatformDnsEntry } from "./targets.ts";

export interface GtmRequest {
  configDir: string;
  /** The repository checkout: the zonefile provider's root. */
  repoRoot: string;
  /** Policy names to reconcile; all when empty. */
  policies: string[];
  dryRun: boolean;
  /** Apply DNS plans the safety check refused. */
  force?: boolean;
  watch?: WatchOptions;
  /** Overrides the Platform's status branch. */
  statusBranch?: string;
  /** Overrides the Platform's Prometheus URL. */
  prometheusUrl?: string;
  /** A repository_dispatch event: its type and client_payload, checked strictly. */
  dispatch?: { eventType: unknown; payload: unknown };
  /** The status branch and the alert issues; without it nothing is read or recorded. */
  github?: { gh: GitHub; repo: RepoRef; runUrl?: string };
  /** Where provider secrets are looked up (the variables the Platform names). */
  env: NodeJS.ProcessEnv;
  /** Called with every provider secret before anything could print it (the runner's mask). */
  mask?: (secret: string) => void;
  log: Logger;
  signal?: AbortSignal;
  /** For tests and benches: providers other than createDnsProvider's. */
  dnsProvider?: (entry: PlatformDnsEntry) => Promise<DnsProvider>;
  probes?: GtmContext["probes"];
  metrics?: MetricsSettings;
  /** The watch's time and waiting (the machine's by default). */
  clock?: Clock;
  /** Called after each round, after the round's log line. */
  onRound?: (round: GtmRound, index: number) => void | Promise<void>;
}

export interface GtmOutcome {
  result: GtmRunResult;
  markdown: string;
  /** The `decision` output. */
  decision: object;
  dispatch?: DispatchRequest;
}

export async function reconcileGtm(request: GtmRequest): Promise<GtmOutcome> {
  let setup = await loadGtmSetup(
    request.configDir,
    request.policies,
    path.relative(request.repoRoot, request.configDir) || ".",
  );
  let dispatch: DispatchRequest | undefined;
  if (request.dispatch) {
    dispatch = parseDispatch(
      request.dispatch.eventType,
      request.dispatch.payload,
      setup.targets.map((t) => t.name),
    );
    if (dispatch.policy)
      setup = { ...setup, targets: setup.targets.filter((t) => t.name === dispatch!.policy) };
  }
  if (setup.targets.length === 0)
    throw new UsageError(`${request.configDir}: no GtmPolicy to reconcile`);
  for (const variable of setup.secretEnv) {
    const value = request.env[variable];
    if (value) request.mask?.(value);
  }
  // The override is one source for every region, in place of each region's own.
  if (request.prometheusUrl)
    setup = { ...setup, prometheusUrl: request.prometheusUrl, metricsSources: {} };
  if (request.statusBranch) setup.statusBranch = request.statusBranch;

  const { createDnsProvider } = await import("../dns/providers/index.ts");
  const github = request.github;
  const store = github
    ? (await import("../github/status-store.ts")).statusStore(github.gh, {
        repo: github.repo,
        branch: setup.statusBranch,
        log: request.log,
      })
    : undefined;
  const result = await runGtm({
    setup,
    dryRun: request.dryRun,
    ...(request.force ? { force: true } : {}),
    log: request.log,
    dnsProvider:
      request.dnsProvider ??
      ((entry) =>
        createDnsProvider(entry, {
          root: request.repoRoot,
          env: request.env,
          logger: request.log,
        })),
    ...(store ? { store } : {}),
    ...(github ? { alerts: github } : {}),
    ...(request.watch ? { watch: request.watch } : {}),
    ...(request.clock ? { clock: request.clock } : {}),
    ...(request.signal ? { signal: request.signal } : {}),
    ...(request.probes ? { probes: request.probes } : {}),
    metrics: { ...request.metrics, env: request.env },
    onRound: async (round, i) => {
      // One line per round in the log, so a long watch shows it is alive.
      const states = round.policies
        .map(
          (p) =>
            `${p.policy}: ${p.decision.regions.map((r) => `${r.region}=${r.weight}`).join(" ")} dns=${p.dns.status}`,
        )
        .join("; ");
      request.log.info(`gtm round ${i + 1}: ${states || "nothing due"}`);
      await request.onRound?.(round, i);
    },
  });
  const notes: string[] = [];
  if (dispatch)
    notes.push(
      `Triggered by repository_dispatch${dispatch.policy ? ` for ${dispatch.policy}` : ""}${dispatch.reason ? `: ${markdownText(dispatch.reason)}` : ""}.`,
    );
  if (!store)
    notes.push(
      "No status branch (no GitHub token): every region started from no previous state; nothing recorded.",
    );
  const mode = request.watch
    ? `watch, a round every ${request.watch.intervalSeconds} s for ${request.watch.forMinutes} min`
    : "one round";
  return {
    result,
    markdown: gtmRunMarkdown(result, { dryRun: request.dryRun, mode, notes }),
    decision: decisionOutput(result.last, request.dryRun),
    ...(dispatch ? { dispatch } : {}),
  };
}

export { GTM_LABEL } from "./alert.ts";
export { GTM_DISPATCH_TYPE, parseDispatch } from "./dispatch.ts";
export { gtmDryRunMarkdown } from "./dry-run.ts";
export { flushGtm, type GtmRound, gtmMemory, gtmRound, type PolicyRound } from "./reconcile.ts";
export { type GtmRecord, gtmStatusPath } from "./record.ts";
export { type GtmRunResult, runGtm, type WatchOptions } from "./run.ts";
export { type GtmSetup, type GtmTarget, gtmSetup, loadGtmSetup } from "./targets.ts";
