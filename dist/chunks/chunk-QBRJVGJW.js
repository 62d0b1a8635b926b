import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  regionSources
} from "./chunk-IMM24FY4.js";
import {
  probeOf
} from "./chunk-IQKTJLRH.js";
import {
  DEFAULT_STATUS_BRANCH
} from "./chunk-KY6UT24Y.js";
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";

// lib/gtm/types.ts
function gtmWeightsPolicy(spec) {
  return {
    publicName: spec.publicName,
    regions: spec.regions.map(
      ({ region, weight, failover }) => failover ? { region, weight, failover } : { region, weight }
    ),
    minReadyNodes: spec.minReadyNodes,
    hysteresis: { down: spec.hysteresis.failures, up: spec.hysteresis.successes },
    failOpen: spec.failOpen,
    ...spec.degraded ? { degraded: spec.degraded } : {}
  };
}

// lib/gtm/targets.ts
function gtmSetup(config, only = [], gatewayPorts) {
  let platform = config.byKind.Platform[0]?.value.spec;
  if (!platform) throw new UsageError(`${config.dir}: no Platform document; the GTM needs one`);
  let policies = config.byKind.GtmPolicy, known = policies.map((p) => p.name), unknown = only.filter((n) => !known.includes(n));
  if (unknown.length > 0)
    throw new UsageError(
      `no GtmPolicy named ${unknown.map((n) => JSON.stringify(n)).join(", ")}; the configuration has ${known.length > 0 ? known.join(", ") : "none"}`
    );
  let regions = new Map(config.byKind.Region.map((r) => [r.name, r.value.spec])), services = config.byKind.Service, targets = policies.filter((p) => only.length === 0 || only.includes(p.name)).map((p) => {
    let spec = p.value.spec, provider = platform.dns.providers.find((d) => d.name === spec.provider);
    if (!provider)
      throw new UsageError(
        `${p.file}: GtmPolicy ${p.name} names unknown provider ${spec.provider}`
      );
    let ingress = {};
    for (let r of spec.regions) {
      let region = regions.get(r.region);
      ingress[r.region] = region ? {
        addresses: [...region.ingress.addresses],
        ...region.ingress.hostname ? { hostname: region.ingress.hostname } : {}
      } : { addresses: [] };
    }
    let behind = services.filter((s) => s.value.spec.publicName === spec.publicName), target = {
      name: p.name,
      file: p.file,
      spec,
      weights: gtmWeightsPolicy(spec),
      provider,
      probe: probeOf(spec, services, gatewayPorts),
      ingress
    }, one = behind.length === 1 ? behind[0].value.spec : void 0;
    return one && (target.match = {
      tenant: one.tenant,
      project: one.project,
      env: one.env,
      service: behind[0].name
    }), target;
  });
  return {
    owner: platform.repository,
    prometheusUrl: platform.metrics?.prometheus.url,
    metricsSources: Object.fromEntries(regionSources(config, "metrics")),
    statusBranch: platform.statusBranch ?? DEFAULT_STATUS_BRANCH,
    secretEnv: [
      ...platform.dns.providers.map((d) => d.credentials?.tokenEnv),
      platform.metrics?.prometheus.tokenEnv,
      ...config.byKind.Region.map((r) => r.value.spec.metrics?.prometheus.tokenEnv)
    ].filter((v) => v !== void 0),
    targets
  };
}
async function loadGtmSetup(configDir, only = [], root = configDir) {
  let { validateConfig } = await import("./model-DVBFPU34.js"), { assertNoProblems } = await import("./load-WL6AUJ25.js"), { config, problems } = await validateConfig(configDir, root);
  return assertNoProblems(problems), gtmSetup(config, only);
}

export {
  gtmSetup,
  loadGtmSetup
};
