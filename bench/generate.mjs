// A generated platform for the render benchmark, shaped like the sample in platform-config/:
// one Platform (the sample's), dev/test/prod, small/medium/large with offers for every
// provider, regions r000… cycling aws/gcp/alicloud/onprem, 10 tenants of 3 projects each,
// and services spread round-robin over them. Valid for lib/model/schema.ts and the
// cross-document checks of lib/model/references.ts.
//
//   node bench/generate.mjs DIR [SERVICES] [REGIONS]   writes DIR/platform-config/
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";

const API_VERSION = "cloudneutral.io/v1alpha1";
const SAMPLE_PLATFORM = fileURLToPath(new URL("../platform-config/platform.yaml", import.meta.url));

const PROVIDERS = ["aws", "gcp", "alicloud", "onprem"];
const LOCATIONS = {
  aws: ["ap-northeast-1", "eu-central-1", "us-east-1", "ap-southeast-1"],
  gcp: ["asia-southeast1", "europe-west3", "us-central1", "asia-northeast1"],
  alicloud: ["cn-shanghai", "cn-hangzhou", "cn-beijing", "ap-southeast-1"],
  onprem: ["fra-dc1", "ams-dc1", "tyo-dc1", "sin-dc1"],
};
/** One account per cloud: the bench's regions share it, as regions of one company would. */
const ACCOUNTS = {
  aws: { id: "111122223333" },
  gcp: { id: "bench-project", projectNumber: "123456789012" },
  alicloud: { id: "5123456789012345" },
};
const POOL_TYPES = { aws: "m6i.large", gcp: "e2-standard-4", alicloud: "ecs.g7.xlarge" };
const SIZES = {
  small: {
    cpu: "250m",
    memory: "512Mi",
    replicas: 2,
    offers: [
      ["t3.small", 19.86],
      ["e2-small", 15.26],
      ["ecs.t6-c1m2.large", 17.52],
      ["vm-small", 8],
    ],
  },
  medium: {
    cpu: "1",
    memory: "2Gi",
    replicas: 3,
    offers: [
      ["m6i.large", 90.52],
      ["e2-standard-4", 121.18],
      ["ecs.g7.xlarge", 118.8],
      ["vm-medium", 42],
    ],
  },
  large: {
    cpu: "2",
    memory: "8Gi",
    replicas: 4,
    offers: [
      ["m6i.2xlarge", 362.08],
      ["n2-standard-8", 354.49],
      ["ecs.g7.2xlarge", 237.6],
      ["vm-large", 160],
    ],
  },
};
const SIZE_NAMES = Object.keys(SIZES);
const ENVIRONMENTS = [
  ["dev", 0, false],
  ["test", 1, false],
  ["prod", 2, true],
];
const TENANTS = 10;
const PROJECTS_PER_TENANT = 3;
/** The loader refuses files over 4 MiB; 500 services stay far below it. */
const DOCS_PER_FILE = 500;

const doc = (kind, name, spec, labels) => ({
  apiVersion: API_VERSION,
  kind,
  metadata: labels ? { name, labels } : { name },
  spec,
});
const pad = (n, width) => String(n).padStart(width, "0");
const regionName = (i) => `r${pad(i, 3)}`;
const tenantName = (t) => `tenant-${pad(t, 2)}`;
const projectName = (t, p) => `${tenantName(t)}-proj-${p}`;
const serviceName = (i) => `svc-${pad(i, 5)}`;

/** Every 4th region (the onprem ones) runs k3s workers on 3 hosts, so `container` works there. */
const hasHosts = (i) => PROVIDERS[i % PROVIDERS.length] === "onprem";

function region(i) {
  const provider = PROVIDERS[i % PROVIDERS.length];
  const name = regionName(i);
  const hostsToo = hasHosts(i);
  // 10.<a>.<b>.0/20 blocks: distinct for up to 4,096 regions.
  const a = 10 + Math.floor(i / 16);
  const b = (i % 16) * 16;
  const nodePool = hostsToo
    ? {
        mode: "k3s-worker",
        min: 2,
        max: 3,
        instanceType: "vm-medium",
        hosts: [1, 2, 3].map((h) => `10.${a}.${b + 1}.${h}`),
        join: { server: "https://k3s.example.com:6443", tokenEnv: "K3S_TOKEN" },
      }
    : { mode: "k8s", min: 2, max: 10, instanceType: POOL_TYPES[provider] };
  return doc(
    "Region",
    name,
    {
      provider,
      location: LOCATIONS[provider][Math.floor(i / PROVIDERS.length) % 4],
      ...(ACCOUNTS[provider] ? { account: ACCOUNTS[provider] } : {}),
      network: { cidr: `10.${a}.${b}.0/20` },
      ingress: {
        addresses: [`10.${a}.${b}.10`, `10.${a}.${b}.11`],
        hostname: `${name}.ingress.example.com`,
      },
      nodePool,
      weight: 50 + (i % 50),
    },
    { "cloudneutral.io/geo": LOCATIONS[provider][0].split("-")[0] },
  );
}

function sizeDocs() {
  return SIZE_NAMES.map((name) => {
    const s = SIZES[name];
    const providers = Object.fromEntries(
      PROVIDERS.map((p, i) => [p, { instanceType: s.offers[i][0], monthlyCost: s.offers[i][1] }]),
    );
    return doc("Size", name, { cpu: s.cpu, memory: s.memory, replicas: s.replicas, providers });
  });
}

function tenantDocs(t, regions) {
  const docs = [
    doc("Tenant", tenantName(t), {
      displayName: `Tenant ${t}`,
      owners: [`@${tenantName(t)}/platform`, `owner-${t}`],
      regions: regions.map((_, i) => regionName(i)),
      budget: { monthly: 10_000_000, currency: "USD" },
    }),
  ];
  for (let p = 0; p < PROJECTS_PER_TENANT; p++) {
    docs.push(
      doc("Project", projectName(t, p), {
        tenant: tenantName(t),
        owners: [`@${tenantName(t)}/proj-${p}`],
        environments: ENVIRONMENTS.map(([e]) => e),
      }),
    );
  }
  return docs;
}

/**
 * Service i: tenant, project and environment round-robin; two regions; size rotating.
 * Every 10th service is a `container` service placed only in regions with hosts.
 */
function service(i, regions) {
  const tenant = i % TENANTS;
  const project = Math.floor(i / TENANTS) % PROJECTS_PER_TENANT;
  const env =
    ENVIRONMENTS[Math.floor(i / (TENANTS * PROJECTS_PER_TENANT)) % ENVIRONMENTS.length][0];
  const container = i % 10 === 0 && regions.hosted.length > 0;
  let placed;
  if (container) {
    const h = regions.hosted;
    const k = Math.floor(i / 10) % h.length;
    placed = h.length > 1 ? [h[k], h[(k + 1) % h.length]] : [h[k]];
  } else {
    const n = regions.count;
    const first = (i * 7) % n;
    const second = (first + Math.max(1, Math.floor(n / 3))) % n;
    placed = first === second ? [first] : [first, second];
  }
  const name = serviceName(i);
  const spec = {
    tenant: tenantName(tenant),
    project: projectName(tenant, project),
    env,
    regions: placed.map(regionName),
    size: SIZE_NAMES[i % SIZE_NAMES.length],
    runtime: container ? "container" : "k8s",
    image: `ghcr.io/${tenantName(tenant)}/${name}:1.${i % 20}.${i % 7}`,
    port: 8000 + (i % 100),
    healthPath: "/healthz",
  };
  if (i % 3 === 0) spec.publicName = `${name}.example.com`;
  spec.variables = {
    LOG_LEVEL: i % 2 ? "info" : "debug",
    UPSTREAM_URL: `http://svc-${pad((i + 1) % 100000, 5)}:8080`,
  };
  return doc("Service", name, spec, { "app.kubernetes.io/part-of": projectName(tenant, project) });
}

const HEADER = "# generated by bench/generate.mjs\n";
function writeDocs(file, docs) {
  mkdirSync(path.dirname(file), { recursive: true });
  const text = HEADER + docs.map((d) => stringify(d, { lineWidth: 0 })).join("---\n");
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

/**
 * Writes `<dir>/platform-config/`. Returns where, and how many documents, files and bytes.
 */
export function generatePlatform(dir, { services, regions }) {
  if (!(regions >= 1 && services >= 0)) throw new Error("need regions >= 1 and services >= 0");
  const configDir = path.join(dir, "platform-config");
  mkdirSync(configDir, { recursive: true });
  const stats = { configDir, documents: 0, files: 0, bytes: 0 };
  const write = (rel, docs) => {
    for (let from = 0, part = 0; from < docs.length; from += DOCS_PER_FILE, part++) {
      const chunk = docs.slice(from, from + DOCS_PER_FILE);
      const name =
        docs.length > DOCS_PER_FILE ? rel.replace(/\.yaml$/, `-${pad(part, 3)}.yaml`) : rel;
      stats.bytes += writeDocs(path.join(configDir, name), chunk);
      stats.files++;
      stats.documents += chunk.length;
    }
  };

  copyFileSync(SAMPLE_PLATFORM, path.join(configDir, "platform.yaml"));
  stats.files++;
  stats.documents++;
  write(
    "environments.yaml",
    ENVIRONMENTS.map(([name, approvals, prot]) =>
      doc("Environment", name, { approvals, protected: prot }),
    ),
  );
  write("sizes.yaml", sizeDocs());
  const regionList = Array.from({ length: regions }, (_, i) => i);
  write("regions/regions.yaml", regionList.map(region));
  for (let t = 0; t < TENANTS; t++)
    write(`tenants/${tenantName(t)}.yaml`, tenantDocs(t, regionList));
  const placement = { count: regions, hosted: regionList.filter(hasHosts) };
  const serviceDocs = Array.from({ length: services }, (_, i) => service(i + 1, placement));
  write("services/services.yaml", serviceDocs);
  return stats;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, services = "200", regions = "8"] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write("usage: node bench/generate.mjs DIR [SERVICES] [REGIONS]\n");
    process.exit(2);
  }
  const stats = generatePlatform(dir, { services: Number(services), regions: Number(regions) });
  process.stdout.write(
    `${stats.configDir}: ${stats.documents} documents in ${stats.files} files\n`,
  );
}
