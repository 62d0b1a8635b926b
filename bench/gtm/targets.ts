// Synthetic GTM setups for the benches: k policies, each a name in one zone, over regions
// whose ingresses are loopback health servers. Built as data, as loadGtmSetup would return
// them, so a bench can have a thousand policies without writing a thousand YAML files.
import type { GtmSetup, GtmTarget, PlatformDnsEntry } from "../../lib/gtm/targets.ts";
import { gtmWeightsPolicy } from "../../lib/gtm/types.ts";

export interface BenchPolicies {
  k: number;
  zone: string;
  provider: PlatformDnsEntry;
  /** Region → ingress addresses. */
  regions: Record<string, string[]>;
  port: number;
  hysteresis: { failures: number; successes: number };
  intervalSeconds: number;
  /** Default `svc<i>.<zone>`. */
  name?: (i: number) => string;
}

export function benchSetup(o: BenchPolicies): GtmSetup {
  const targets: GtmTarget[] = [];
  for (let i = 0; i < o.k; i++) {
    const spec = {
      publicName: o.name ? o.name(i) : `svc${i}.${o.zone}`,
      zone: o.zone,
      provider: o.provider.name,
      ttl: 30,
      regions: Object.keys(o.regions).map((region) => ({ region, weight: 1 })),
      minReadyNodes: 0,
      healthCheck: {
        scheme: "http" as const,
        path: "/healthz",
        port: o.port,
        intervalSeconds: o.intervalSeconds,
        timeoutSeconds: 2,
        expectedStatus: "200-299",
      },
      hysteresis: o.hysteresis,
      failOpen: true,
    };
    const ingress = Object.fromEntries(
      Object.entries(o.regions).map(([r, addresses]) => [r, { addresses }]),
    );
    targets.push({
      name: `svc${i}`,
      probe: { scheme: "http", port: o.port },
      file: "bench",
      spec,
      weights: gtmWeightsPolicy(spec),
      provider: o.provider,
      ingress,
    });
  }
  return {
    owner: "cloudneutral/bench",
    prometheusUrl: undefined,
    statusBranch: "cloudneutral/status",
    secretEnv: [],
    targets,
  };
}
