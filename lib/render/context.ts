// View models: what each template sees. Built purely from validated documents, so a
// template never resolves a reference itself and every value reaching it is known-good
// in shape (escaping for the target is still the template helpers' job). Optional fields
// are present with `undefined` so that strict templates may test them with `{{#if}}`.
import { strictestEnvironment } from "../model/environments.ts";
import {
  certificateOf,
  GATEWAY_PORTS,
  type GatewayCertificate,
  type GatewayPorts,
} from "../model/gateway.ts";
import { fitName, stateBackendOf, trustedSubjects } from "../model/identity.ts";
import type { LoadedConfig, SourceDoc } from "../model/index.ts";
import { namespaceOf } from "../model/names.ts";
import {
  createsMachines,
  DEFAULT_CIDR,
  FIRST_NODE_HOST,
  NODE_SUBNET_BITS,
  nodeAddresses,
  nodeSubnets,
} from "../model/node-pool.ts";
import { allocateContainerPorts, type ContainerPorts } from "../model/ports.ts";
import {
  type Composition,
  Layers,
  type Provider,
  type Region,
  type Service,
  type Size,
} from "../model/schema.ts";
import { type AccountView, accountViews, type UnitIdentity, unitIdentity } from "./identities.ts";

export type Layer = (typeof Layers)[number];

export interface RegionView {
  name: string;
  provider: Provider;
  location: string;
  /** The cloud account (AWS account, GCP project, Alibaba account); "" on-prem. */
  account: string;
  projectNumber: string;
  cidr: string;
  ingress: Region["spec"]["ingress"];
  /** The mode as flags too (exactly one true): templates switch on these. */
  nodePool: Region["spec"]["nodePool"] & {
    instanceType: string;
    k8s: boolean;
    k3sWorker: boolean;
    containerdOnly: boolean;
    /**
     * The pool's machines in order (on-prem: its hosts; cloud containerd-only/k3s-worker: the
     * addresses k8s-base creates machines at, up to max); the first node_count are in use.
     */
    addresses: string[];
    /** The k8s-base stack creates the machines (cloud containerd-only or k3s-worker). */
    machines: boolean;
  };
  weight: number;
  sources: string[];
}

export interface BackendView {
  type: "s3" | "gcs" | "oss" | "pg" | "local";
  bucket: string;
  region: string;
  /** s3 against an S3-compatible store (on-prem): its URL. */
  endpoint: string;
  /** pg: the schema (default terraform_remote_state). */
  schema: string;
  /** State prefix of this stack, e.g. stacks/foundation/jp1 (gcs, oss). */
  key: string;
  /** State object of this stack, e.g. stacks/foundation/jp1/terraform.tfstate (s3). */
  stateKey: string;
  /** Exactly one is true: templates switch on these (handlebars has no equality). */
  s3: boolean;
  gcs: boolean;
  oss: boolean;
  pg: boolean;
  local: boolean;
}

export interface ModuleView {
  name: string;
  source: string;
  version?: string;
  inputs: { name: string; value: string | number | boolean }[];
  dependsOn: string[];
}

/** k8s-base of a pool whose machines the stack creates: what the templates need for them. */
export interface NodesView {
  /** Machine i: cidrhost(cidrsubnet(cidr, subnetBits, i % subnets), firstHost + floor(i / subnets)). */
  subnets: number;
  subnetBits: number;
  firstHost: number;
  instanceType: string;
  /** k3s-worker: the machines join `join.server` with the token read from `join.tokenSecret`. */
  k3s: boolean;
  join?: { server: string; tokenSecret: string };
  sshAuthorizedKeys: string[];
  /** Provider flags for the cloud-init template (exactly one true). */
  aws: boolean;
  gcp: boolean;
  alicloud: boolean;
}

export interface StackView {
  layer: Layer;
  region: RegionView;
  /** k8s-base when the stack creates the pool's machines (cloud-init in node-init.yaml). */
  nodes?: NodesView;
  backend: BackendView;
  platformRepository: string;
  terraformVersion?: string;
  /** The `required_version` constraint: the Platform's version as a minimum, or a default. */
  requiredVersion: string;
  /** The unit's plan and apply identities (none on-prem: no cloud API). */
  identity?: UnitIdentity;
  modules: ModuleView[];
  /** Config files (relative to the config dir) this stack is rendered from. */
  sources: string[];
}

export interface ServiceView {
  name: string;
  tenant: string;
  project: string;
  env: string;
  region: string;
  namespace: string;
  runtime: "k8s" | "container";
  image: string;
  port: number;
  healthPath: string;
  publicName?: string;
  replicas: number;
  cpu: string;
  memory: string;
  instanceType: string;
  variables: { name: string; value: string }[];
  labels: { name: string; value: string }[];
  /** `runtime: container` only: this service's own ports on its region's hosts. */
  ports?: ContainerPorts;
  /** The files the gateway serves the public name's certificate from; undefined: plain HTTP. */
  tls?: GatewayCertificate;
  sources: string[];
}

export interface GatewayView {
  region: RegionView;
  /** nginx `listen` addresses: HTTPS for names with a certificate, plain for the rest and health. */
  listen: { https: string; plain: string };
  /** Whether any route is served over HTTPS (the gateway then refuses unknown server names). */
  tls: boolean;
  routes: {
    service: ServiceView;
    upstream: string;
    /** Servers of the upstream, host:port. */
    servers: string[];
    /**
     * Blue/green (`runtime: container`): the servers are each host's local switch for this
     * service, which sends to the one colour serving there (Ansible flips it once the new
     * colour is healthy), so the gateway never sends to both colours.
     */
    blueGreen: boolean;
  }[];
}

/** How the config layer joins on-prem hosts to their cluster. */
export interface JoinView {
  k3s: boolean;
  kubeadm: boolean;
  /** https://host:port (k3s); host:port (kubeadm). */
  server: string;
  tokenEnv: string;
  caCertHash: string;
}

export interface AnsibleView {
  region: RegionView;
  /** The pool's machines in order, each with its index: the play uses the first node_count. */
  hosts: { address: string; index: number }[];
  /** On-prem k3s-worker/k8s pools with hosts: the join play. */
  join?: JoinView;
  /** With their `ports`. */
  services: ServiceView[];
}

/**
 * Where the gateway listens. Production always renders GATEWAY_PORTS on every address; tests
 * that run the rendered gateway move it to a loopback address and ports free at run time.
 */
export interface GatewayListen extends Partial<GatewayPorts> {
  address?: string;
}

export interface ModelOptions {
  gatewayListen?: GatewayListen;
}

export interface Model {
  regions: RegionView[];
  services: ServiceView[];
  stacks: StackView[];
  gateways: GatewayView[];
  ansible: AnsibleView[];
  /** One bootstrap stack per cloud account. */
  accounts: AccountView[];
}

function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function regionView(doc: SourceDoc<"Region">, sourcesOf: SourcesOf): RegionView {
  const spec = doc.value.spec;
  const cidr = spec.network?.cidr ?? DEFAULT_CIDR;
  return {
    name: doc.name,
    provider: spec.provider,
    location: spec.location,
    account: spec.account?.id ?? "",
    projectNumber: spec.account?.projectNumber ?? "",
    cidr,
    ingress: spec.ingress,
    nodePool: {
      ...spec.nodePool,
      instanceType: spec.nodePool.instanceType ?? "",
      k8s: spec.nodePool.mode === "k8s",
      k3sWorker: spec.nodePool.mode === "k3s-worker",
      containerdOnly: spec.nodePool.mode === "containerd-only",
      addresses: nodeAddresses(spec.provider, cidr, spec.nodePool),
      machines: createsMachines(spec.provider, spec.nodePool),
    },
    weight: spec.weight,
    sources: sourcesOf(`Region/${doc.name}`),
  };
}

type SourcesOf = (...keys: string[]) => string[];

function serviceViews(
  doc: SourceDoc<"Service">,
  regions: Map<string, RegionView>,
  sizes: Map<string, Size>,
  sourcesOf: SourcesOf,
): ServiceView[] {
  const spec: Service["spec"] = doc.value.spec;
  const size = sizes.get(spec.size)!;
  return spec.regions.map((regionName) => {
    const region = regions.get(regionName)!;
    const offer = size.spec.providers[region.provider]!;
    const view: ServiceView = {
      name: doc.name,
      tenant: spec.tenant,
      project: spec.project,
      env: spec.env,
      region: regionName,
      namespace: namespaceOf(spec.tenant, spec.project, spec.env),
      runtime: spec.runtime,
      image: spec.image,
      port: spec.port,
      healthPath: spec.healthPath,
      replicas: size.spec.replicas,
      cpu: size.spec.cpu,
      memory: size.spec.memory,
      instanceType: offer.instanceType,
      variables: Object.entries(spec.variables ?? {})
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        // Kubernetes expands $(VAR) in env values; $$( keeps the text as the user wrote it.
        .map(([name, value]) => ({
          name,
          value: spec.runtime === "k8s" ? value.replace(/\$\(/g, () => "$$(") : value,
        })),
      labels: [
        ["cloudneutral.io/tenant", spec.tenant],
        ["cloudneutral.io/project", spec.project],
        ["cloudneutral.io/env", spec.env],
        ["cloudneutral.io/region", regionName],
        ["cloudneutral.io/service", doc.name],
      ].map(([name, value]) => ({ name: name!, value: value! })),
      publicName: spec.publicName,
      ports: undefined,
      tls: spec.publicName ? certificateOf(spec) : undefined,
      sources: sourcesOf(`Service/${doc.name}`, `Size/${spec.size}`, `Region/${regionName}`),
    };
    return view;
  });
}

/** Builds every view from a valid configuration (call only after validation passed). */
export function buildModel(config: LoadedConfig, options: ModelOptions = {}): Model {
  const k = config.byKind;
  const platformDoc = k.Platform[0]!;
  const platform = platformDoc.value.spec;
  const fileOf = new Map(config.docs.map((d) => [`${d.kind}/${d.name}`, d.file]));
  const sourcesOf: SourcesOf = (...keys) =>
    [
      ...new Set(keys.map((key) => fileOf.get(key)).filter((f): f is string => f !== undefined)),
    ].sort();
  const regionDocs = [...k.Region].sort(byName);
  const regions = regionDocs.map((d) => regionView(d, sourcesOf));
  const regionMap = new Map(regions.map((r) => [r.name, r]));
  const sizes = new Map(k.Size.map((s) => [s.name, s.value]));
  // Each region's strictest environment, once: every unit of the region asks for it.
  const strictest = new Map<string, string | undefined>();
  const strictestIn = (region: string) => {
    if (!strictest.has(region)) strictest.set(region, strictestEnvironment([config], region)?.name);
    return strictest.get(region);
  };
  const services = [...k.Service]
    .sort(byName)
    .flatMap((d) => serviceViews(d, regionMap, sizes, sourcesOf))
    .sort((a, b) => byName({ name: `${a.region}/${a.name}` }, { name: `${b.region}/${b.name}` }));

  const servicesIn = new Map<string, ServiceView[]>(regions.map((r) => [r.name, []]));
  for (const s of services) servicesIn.get(s.region)!.push(s);
  // The services of a region share its hosts: each gets its own ports there.
  for (const list of servicesIn.values()) {
    const containers = list.filter((s) => s.runtime === "container");
    const ports = allocateContainerPorts(containers.map((s) => s.name));
    for (const s of containers) s.ports = ports.get(s.name);
  }

  const comps = [...k.Composition].sort(byName);
  const stacks: StackView[] = [];
  for (const region of regions) {
    const layers = new Set<Layer>(["foundation", "k8s-base"]);
    for (const c of comps) {
      if (c.value.spec.regions.includes(region.name) && engineOf(c.value) === "terraform")
        layers.add(c.value.spec.lifecycle);
    }
    for (const layer of Layers) {
      if (!layers.has(layer)) continue;
      const members = comps.filter(
        (c) =>
          c.value.spec.lifecycle === layer &&
          c.value.spec.regions.includes(region.name) &&
          engineOf(c.value) === "terraform",
      );
      const inStack = new Set(members.map((c) => c.name));
      const modules = members.map((c) => moduleView(c.value, inStack));
      const backend = stateBackendOf(platform, region.provider);
      const stateKey = `${backend.prefix ?? "stacks"}/${layer}/${region.name}`;
      const identity =
        region.provider === "onprem"
          ? undefined
          : unitIdentity(
              {
                provider: region.provider,
                layer,
                region: region.name,
                location: region.location,
                account: region.account,
                projectNumber: region.projectNumber,
                backend,
                stateKey: `${stateKey}/terraform.tfstate`,
                // The gcs backend writes <prefix>/default.tfstate, the oss backend <prefix>/terraform.tfstate.
                statePrefix: stateKey,
                compositions: members.map((c) => c.value),
              },
              trustedSubjects(platform, layer, strictestIn(region.name)),
            );
      const stack: StackView = {
        layer,
        region,
        backend: {
          ...backendFlags(backend.type),
          type: backend.type,
          bucket: backend.bucket ?? "",
          region: backend.region ?? "",
          endpoint: backend.endpoint ?? "",
          // One schema per stack: the pg backend keeps one state per workspace and schema.
          schema: fitName([backend.schema ?? "cloudneutral", layer, region.name], 63).replace(
            /-/g,
            "_",
          ),
          key: stateKey,
          stateKey: `${stateKey}/terraform.tfstate`,
        },
        platformRepository: platform.repository,
        terraformVersion: platform.terraform?.version,
        // The s3 backend's lock file (use_lockfile) needs 1.10; validate refuses older pins.
        requiredVersion: `>= ${platform.terraform?.version ?? (backend.type === "s3" ? "1.10" : "1.6")}`,
        identity,
        nodes: layer === "k8s-base" ? nodesView(region) : undefined,
        modules,
        sources: sourcesOf(
          `Platform/${platformDoc.name}`,
          `Region/${region.name}`,
          ...members.map((c) => `Composition/${c.name}`),
          // The apply identity trusts the strictest environment served in the region.
          ...(servicesIn.get(region.name) ?? []).map((s) => `Environment/${s.env}`),
        ),
      };
      stacks.push(stack);
    }
  }

  const hostsOf = (r: RegionView) => [...r.nodePool.addresses];
  const listen = gatewayListen(options.gatewayListen);
  const gateways: GatewayView[] = regions.map((region) => ({
    region,
    listen,
    tls: servicesIn.get(region.name)!.some((s) => s.publicName && s.tls),
    routes: servicesIn
      .get(region.name)!
      .filter((s) => s.publicName)
      .map((service) => {
        const blueGreen = service.runtime === "container";
        const servers = blueGreen
          ? hostsOf(region).map((h) => `${h}:${service.ports!.switchPort}`)
          : region.ingress.addresses.map((a) => `${a}:80`);
        // Service names are unique platform-wide, so they make unambiguous upstream names.
        return { service, upstream: service.name.replace(/-/g, "_"), servers, blueGreen };
      }),
  }));

  const ansible: AnsibleView[] = regions
    .map((region) => ({
      region,
      hosts: hostsOf(region).map((address, index) => ({ address, index })),
      join: joinView(region),
      services: servicesIn.get(region.name)!.filter((s) => s.runtime === "container"),
    }))
    .filter((a) => a.services.length > 0 || a.join !== undefined);

  const accounts = accountViews(
    stacks.flatMap((s) =>
      s.identity
        ? [{ ...s.identity, location: s.region.location, projectNumber: s.region.projectNumber }]
        : [],
    ),
    platform.repository,
    (p) => stateBackendOf(platform, p),
  );

  return {
    regions,
    services,
    stacks,
    gateways,
    ansible,
    accounts,
  };
}

function gatewayListen(o: GatewayListen = {}): GatewayView["listen"] {
  const at = (port: number) => (o.address ? `${o.address}:${port}` : String(port));
  return {
    https: at(o.https ?? GATEWAY_PORTS.https),
    plain: at(o.plain ?? GATEWAY_PORTS.plain),
  };
}

export function engineOf(c: Composition): "terraform" | "gitops" | "ansible" {
  if (c.spec.engine) return c.spec.engine;
  const layer = c.spec.lifecycle;
  return layer === "applications" ? "gitops" : layer === "config" ? "ansible" : "terraform";
}

/** A module's `depends_on` can only name modules of the same stack; stack order covers the rest. */
function moduleView(c: Composition, inStack: Set<string>): ModuleView {
  const view: ModuleView = {
    name: c.metadata.name,
    source: c.spec.module.source,
    version: c.spec.module.version,
    inputs: Object.entries(c.spec.inputs ?? {})
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, value]) => ({ name, value })),
    dependsOn: (c.spec.dependsOn ?? []).filter((d) => inStack.has(d)).sort(),
  };
  return view;
}

function backendFlags(type: BackendView["type"]) {
  return {
    s3: type === "s3",
    gcs: type === "gcs",
    oss: type === "oss",
    pg: type === "pg",
    local: type === "local",
  };
}

function nodesView(region: RegionView): NodesView | undefined {
  const pool = region.nodePool;
  if (!pool.machines) return undefined;
  const join = pool.join?.tokenSecret
    ? { server: pool.join.server, tokenSecret: pool.join.tokenSecret }
    : undefined;
  return {
    subnets: nodeSubnets(region.provider),
    subnetBits: NODE_SUBNET_BITS,
    firstHost: FIRST_NODE_HOST,
    instanceType: pool.instanceType,
    k3s: pool.k3sWorker,
    join: pool.k3sWorker ? join : undefined,
    sshAuthorizedKeys: [...(pool.sshAuthorizedKeys ?? [])],
    aws: region.provider === "aws",
    gcp: region.provider === "gcp",
    alicloud: region.provider === "alicloud",
  };
}

/** On-prem hosts of a k3s-worker or k8s pool are joined by the config layer (validated). */
function joinView(region: RegionView): JoinView | undefined {
  const pool = region.nodePool;
  const join = pool.join;
  if (region.provider !== "onprem" || pool.containerdOnly || !join?.tokenEnv) return undefined;
  if (pool.addresses.length === 0) return undefined;
  return {
    k3s: pool.k3sWorker,
    kubeadm: pool.k8s,
    server: pool.k8s ? join.server.replace(/^https:\/\//, "") : join.server,
    tokenEnv: join.tokenEnv,
    caCertHash: join.caCertHash ?? "",
  };
}
