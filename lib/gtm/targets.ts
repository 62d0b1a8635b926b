// From a validated platform-config to what a GTM round works on: per GtmPolicy, its weights
// policy, its DNS provider entry, the ingress addresses of its regions and the service
// behind its public name (to narrow the traffic figures). Read once per run.
import { UsageError } from "../errors.ts";
import { DEFAULT_STATUS_BRANCH } from "../github/status-store.ts";
import type { Scope } from "../metrics/labels.ts";
import { type GatewayPorts, probeOf, type ServedProbe } from "../model/gateway.ts";
import type { LoadedConfig } from "../model/index.ts";
import type { GtmPolicy, Platform } from "../model/schema.ts";
import { type GtmWeightsPolicy, gtmWeightsPolicy } from "./types.ts";

export type PlatformDnsEntry = Platform["spec"]["dns"]["providers"][number];

export interface GtmRegionIngress {
  addresses: string[];
  hostname?: string;
}

export interface GtmTarget {
  /** The GtmPolicy's metadata.name: its status file is gtm/<name>.json. */
  name: string;
  /** Relative to the config directory. */
  file: string;
  spec: GtmPolicy["spec"];
  weights: GtmWeightsPolicy;
  provider: PlatformDnsEntry;
  /**
   * Scheme and port of the probes: what the region gateway serves the public name with when a
   * Service publishes it (the probe's SNI and Host are the public name), else the policy's own.
   */
  probe: ServedProbe;
  /** By region name, for the policy's regions. */
  ingress: Record<string, GtmRegionIngress>;
  /** The one service published under the public name, if exactly one is. */
  match?: Omit<Scope, "region" | "node">;
}

export interface GtmSetup {
  /** The ownership id written on our DNS records: the Platform's repository. */
  owner: string;
  prometheusUrl: string | undefined;
  statusBranch: string;
  /** Names of the environment variables holding provider secrets, for masking. */
  secretEnv: string[];
  targets: GtmTarget[];
}

/**
 * The GTM setup of `config` (validated, without problems), for the policies `only` names
 * (all when empty). An unknown name is a usage error that lists the known ones.
 */
export function gtmSetup(
  config: LoadedConfig,
  only: readonly string[] = [],
  /** Tests that run the rendered gateway on other ports pass render's the same ones. */
  gatewayPorts?: GatewayPorts,
): GtmSetup {
  const platform = config.byKind.Platform[0]?.value.spec;
  if (!platform) throw new UsageError(`${config.dir}: no Platform document; the GTM needs one`);
  const policies = config.byKind.GtmPolicy;
  const known = policies.map((p) => p.name);
  const unknown = only.filter((n) => !known.includes(n));
  if (unknown.length > 0)
    throw new UsageError(
      `no GtmPolicy named ${unknown.map((n) => JSON.stringify(n)).join(", ")}; the configuration has ${known.length > 0 ? known.join(", ") : "none"}`,
    );
  const regions = new Map(config.byKind.Region.map((r) => [r.name, r.value.spec]));
  const services = config.byKind.Service;
  const targets = policies
    .filter((p) => only.length === 0 || only.includes(p.name))
    .map((p): GtmTarget => {
      const spec = p.value.spec;
      const provider = platform.dns.providers.find((d) => d.name === spec.provider);
      // The reference checks refuse this before any run; kept for callers that skip them.
      if (!provider)
        throw new UsageError(
          `${p.file}: GtmPolicy ${p.name} names unknown provider ${spec.provider}`,
        );
      const ingress: Record<string, GtmRegionIngress> = {};
      for (const r of spec.regions) {
        const region = regions.get(r.region);
        ingress[r.region] = region
          ? {
              addresses: [...region.ingress.addresses],
              ...(region.ingress.hostname ? { hostname: region.ingress.hostname } : {}),
            }
          : { addresses: [] };
      }
      const behind = services.filter((s) => s.value.spec.publicName === spec.publicName);
      const target: GtmTarget = {
        name: p.name,
        file: p.file,
        spec,
        weights: gtmWeightsPolicy(spec),
        provider,
        probe: probeOf(spec, services, gatewayPorts),
        ingress,
      };
      const one = behind.length === 1 ? behind[0]!.value.spec : undefined;
      if (one)
        target.match = {
          tenant: one.tenant,
          project: one.project,
          env: one.env,
          service: behind[0]!.name,
        };
      return target;
    });
  return {
    owner: platform.repository,
    prometheusUrl: platform.metrics?.prometheus.url,
    statusBranch: platform.statusBranch ?? DEFAULT_STATUS_BRANCH,
    secretEnv: platform.dns.providers
      .map((d) => d.credentials?.tokenEnv)
      .filter((v): v is string => v !== undefined),
    targets,
  };
}

/**
 * Loads and validates `configDir`, then {@link gtmSetup}; configuration problems throw, with
 * their files relative to `root` (how the user names `configDir`).
 */
export async function loadGtmSetup(
  configDir: string,
  only: readonly string[] = [],
  root = configDir,
): Promise<GtmSetup> {
  const { validateConfig } = await import("../model/index.ts");
  const { assertNoProblems } = await import("../model/load.ts");
  const { config, problems } = await validateConfig(configDir, root);
  assertNoProblems(problems);
  return gtmSetup(config, only);
}
