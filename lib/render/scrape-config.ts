// The label convention, rendered: per region, a Prometheus configuration whose scrape jobs
// give every series the labels every query scopes by (tenant, project, env, region, service;
// node for the pool's per-node series), set by relabelling at scrape time so that the
// region's own Prometheus can be queried with them, and whose external labels name the
// region for whatever federates or receives its samples (Thanos, Mimir, remote write).
// Target labels win over scraped ones (honor_labels is false), so an exporter cannot claim
// another tenant. Written with the `yaml` library, not a template: every value is quoted by
// YAML's rules, and the file is checked by `promtool check config` in the tests.
import { NODE_LABEL, SCOPE_LABELS } from "../metrics/labels.ts";
import type { Model, RegionView, ServiceView } from "./context.ts";

/** node_exporter's port, which the container ports stay clear of (lib/model/ports.ts). */
export const NODE_EXPORTER_PORT = 9100;

interface Relabel {
  source_labels?: string[];
  regex?: string;
  target_label?: string;
  replacement?: string;
  action?: string;
}

/** One file per region: `metrics/<region>/prometheus.yml`. */
export function scrapeConfigs(model: Model): Array<{ region: RegionView; content: string }> {
  return model.regions.map((region) => {
    const services = model.services.filter((s) => s.region === region.name);
    const config = {
      global: { external_labels: { region: region.name } },
      scrape_configs: [nodeJob(region), ...services.map((s) => serviceJob(region, s))],
    };
    // JSON, which is YAML too (Prometheus and promtool read it as such): a YAML emitter took
    // ~3 s of the 10,000-service bench render for these files alone.
    return { region, content: `${JSON.stringify(config, null, 2)}\n` };
  });
}

/** Sets `label` to `value` on every target, whatever the target or the exporter says. */
const set = (label: string, value: string): Relabel => ({
  target_label: label,
  replacement: value,
});

function nodeJob(region: RegionView) {
  // The pool's machines (on-prem hosts, or the addresses k8s-base creates machines at, up to
  // max: one past node_count is a target that is down, not a gap). A managed Kubernetes pool
  // has none of its own; its nodes are found by discovery, the relabelling below applies.
  const hosts = region.nodePool.addresses;
  return {
    job_name: "node",
    honor_labels: false,
    static_configs: [{ targets: hosts.map((h) => `${h}:${NODE_EXPORTER_PORT}`) }],
    relabel_configs: [
      set("region", region.name),
      {
        source_labels: ["__address__"],
        regex: "([^:]+)(?::[0-9]+)?",
        target_label: NODE_LABEL,
        replacement: "$1",
      },
    ],
  };
}

function serviceJob(region: RegionView, s: ServiceView) {
  const values: Record<(typeof SCOPE_LABELS)[number], string> = {
    tenant: s.tenant,
    project: s.project,
    env: s.env,
    region: region.name,
    service: s.name,
  };
  const labels = SCOPE_LABELS.map((l) => set(l, values[l]));
  const job = `${s.tenant}/${s.project}/${s.env}/${s.name}`;
  if (s.runtime === "container") {
    // Each host's local switch serves the live colour: scraping it follows every switch.
    const hosts = region.nodePool.addresses;
    return {
      job_name: job,
      honor_labels: false,
      static_configs: [{ targets: hosts.map((h) => `${h}:${s.ports?.switchPort ?? s.port}`) }],
      relabel_configs: labels,
    };
  }
  return {
    job_name: job,
    honor_labels: false,
    kubernetes_sd_configs: [{ role: "pod", namespaces: { names: [s.namespace] } }],
    relabel_configs: [
      // The pods of this service only: the labels render puts on its Deployment.
      {
        source_labels: [
          "__meta_kubernetes_pod_label_cloudneutral_io_service",
          "__meta_kubernetes_pod_label_cloudneutral_io_region",
        ],
        regex: `${regexLiteral(s.name)};${regexLiteral(region.name)}`,
        action: "keep",
      },
      {
        source_labels: ["__meta_kubernetes_pod_node_name"],
        target_label: NODE_LABEL,
      },
      ...labels,
    ],
  };
}

/** Names are DNS labels (letters, digits, '-'): nothing to escape but the rule says why. */
function regexLiteral(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
