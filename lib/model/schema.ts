// The one source of the platform-config model: every kind's JSON Schema is written here
// with TypeBox, and its TypeScript type is derived from the same object (`Static<…>`),
// so the published schema, the validator and the code cannot drift apart.
import {
  CloneType,
  type Static,
  type TObject,
  type TSchema,
  type TUnsafe,
  Type,
} from "@sinclair/typebox";

export const API_VERSION = "cloudneutral.io/v1alpha1";

/** DNS-label names: safe as file names, HCL identifiers, label values and nginx tokens. */
export const Name = Type.String({
  pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$",
  description:
    "lower-case letters, digits and '-', 1–63 characters, starting and ending alphanumeric",
  examples: ["orders-api"],
});
const Names = Type.Array(Name, { uniqueItems: true });
const Hostname = Type.String({
  pattern: "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$",
  description: "a fully qualified lower-case DNS name such as api.example.com",
  examples: ["api.example.com"],
});
const IPv4 = Type.String({
  pattern:
    "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$",
  description: "an IPv4 address",
  examples: ["192.0.2.10"],
});
const Cidr = Type.String({
  pattern: "^([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])$",
  description: "an IPv4 CIDR block such as 10.0.0.0/16",
  examples: ["10.10.0.0/16"],
});
const UrlPath = Type.String({
  pattern: "^/[A-Za-z0-9._~/-]*$",
  description: "an absolute URL path of letters, digits and . _ ~ / -",
  examples: ["/healthz"],
});
const EnvVarName = Type.String({
  pattern: "^[A-Z_][A-Z0-9_]*$",
  description: "an environment variable name: upper-case letters, digits and _",
  examples: ["CLOUDFLARE_API_TOKEN"],
});
const Owner = Type.String({
  pattern:
    "^(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$",
  description: "a GitHub user (octocat) or team (@org/team)",
  examples: ["@acme/platform"],
});
const Quantity = Type.String({
  pattern: "^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti)?$",
  description: "a Kubernetes quantity such as 500m or 512Mi",
  examples: ["512Mi"],
});
const Duration = Type.Integer({ minimum: 0, description: "seconds", examples: [300] });
const Scalar = Type.Unsafe<string | number | boolean>({ type: ["string", "number", "boolean"] });
const HttpUrl = Type.String({
  pattern: "^https?://[^\\s\"'`$]+$",
  description: "an http:// or https:// URL without blanks, quotes, backquotes or $",
  examples: ["http://127.0.0.1:9090"],
});
const InstanceType = Type.String({
  pattern: "^[A-Za-z0-9._-]+$",
  description: "a provider's instance type: letters, digits and . _ -",
  examples: ["m6i.large"],
});

interface FieldDoc {
  /** One value, shown in docs/reference.md and checked against the field by its test. */
  example?: unknown;
  /** What the code uses when the field is left out (documentation: nothing fills it in). */
  default?: unknown;
}

/**
 * A field with its documentation, for docs/reference.md (scripts/reference.ts) and editors'
 * hover: what the field means, an example, the default the code applies when it is left
 * out. A value type with a pattern keeps its own description — what a pattern error says
 * was expected (load.ts) — under an allOf; any other schema takes the description itself.
 */
function doc<S extends TSchema>(
  schema: S,
  description: string,
  more: FieldDoc = {},
): TUnsafe<Static<S>> {
  const extra = {
    description,
    ...(more.example !== undefined ? { examples: [more.example] } : {}),
    ...(more.default !== undefined ? { default: more.default } : {}),
  };
  if ("pattern" in schema) return Type.Unsafe<Static<S>>({ allOf: [schema], ...extra });
  return Type.Unsafe<Static<S>>({ ...CloneType(schema), ...extra });
}

export const Providers = ["aws", "gcp", "alicloud", "onprem"] as const;
export const Provider = Enum(Providers);
export type Provider = Static<typeof Provider>;

export const Layers = ["foundation", "k8s-base", "platform", "applications", "config"] as const;
export const Lifecycle = Enum(Layers);
export type Lifecycle = Static<typeof Lifecycle>;

const Engine = Enum(["terraform", "gitops", "ansible"] as const);
const Reconcile = Enum(["on_drift", "periodic", "continuous", "on_change"] as const);
const Backup = Enum(["state-snapshot", "pre-change-snapshot", "rollback", "none"] as const);
const Approvals = Type.Integer({ minimum: 0, maximum: 10 });

const Metadata = Type.Object(
  {
    name: doc(
      Name,
      "the document's name: unique among the documents of its kind, and how others refer to it",
      { example: "orders-api" },
    ),
    labels: Type.Optional(
      doc(
        Type.Record(Type.String({ pattern: "^[a-z0-9./-]+$" }), Type.String()),
        "labels (keys of lower-case letters, digits and . / -), carried into rendered resources",
        { example: { "app.kubernetes.io/part-of": "storefront" } },
      ),
    ),
    annotations: Type.Optional(
      doc(Type.Record(Type.String(), Type.String()), "free-form notes for people and tools", {
        example: { "acme.example/owner-channel": "#storefront" },
      }),
    ),
  },
  { additionalProperties: false, description: "the document's name, labels and annotations" },
);

/** A string enum: one clear "expected one of" error instead of one per alternative. */
function Enum<const T extends readonly string[]>(
  values: T,
  options: { description?: string } = {},
) {
  return Type.Unsafe<T[number]>({ type: "string", enum: [...values], ...options });
}

function strict<T extends Parameters<typeof Type.Object>[0]>(props: T, description?: string) {
  return Type.Object(props, {
    additionalProperties: false,
    ...(description !== undefined ? { description } : {}),
  });
}

const SecretRef = strict(
  {
    tokenEnv: doc(
      EnvVarName,
      "the environment variable that holds the secret when a workflow or the CLI runs",
      { example: "PDNS_API_KEY" },
    ),
  },
  "a secret by reference: the name of an environment variable, never the value",
);

const PlatformSpec = strict({
  repository: doc(
    Type.String({
      pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$",
      description: "owner/name of a GitHub repository",
    }),
    "owner/name of this repository; scopes the OIDC trust of apply",
    { example: "acme/platform" },
  ),
  owners: Type.Array(Owner, {
    minItems: 1,
    description: "platform owners: they approve changes no tenant or project owns",
    examples: [["@acme/platform-team", "alice-tanaka"]],
  }),
  dns: strict(
    {
      providers: Type.Array(
        strict(
          {
            name: doc(Name, "how GtmPolicy documents refer to this provider", {
              example: "pdns",
            }),
            type: doc(
              Enum(["zonefile", "powerdns", "cloudflare", "route53", "alidns"] as const),
              "the DNS service: zonefile writes zone files into the repository; powerdns and cloudflare are reached through their HTTP APIs",
              { example: "powerdns" },
            ),
            url: Type.Optional(
              doc(HttpUrl, "the provider's API endpoint (powerdns: its webserver)", {
                example: "http://127.0.0.1:8081",
              }),
            ),
            serverId: Type.Optional(
              doc(Name, "PowerDNS server id", { example: "localhost", default: "localhost" }),
            ),
            credentials: Type.Optional(SecretRef),
          },
          "one DNS provider",
        ),
        { minItems: 1, description: "the DNS providers GTM may write to" },
      ),
    },
    "where the public names' records live",
  ),
  metrics: Type.Optional(
    strict(
      {
        prometheus: strict(
          {
            url: doc(
              HttpUrl,
              "a Prometheus-compatible query API, read by gtm-reconcile and autoscale-propose",
              { example: "http://127.0.0.1:9090" },
            ),
          },
          "a Prometheus-compatible source",
        ),
      },
      "where health and capacity metrics are read",
    ),
  ),
  terraform: Type.Optional(
    strict(
      {
        binary: doc(
          Enum(["terraform", "tofu"] as const),
          "the IaC binary stacks run with: Terraform or OpenTofu",
          { example: "terraform" },
        ),
        version: Type.Optional(
          doc(
            Type.String({
              pattern: "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$",
              description: "a version such as 1.10 or 1.10.5",
            }),
            "the version rendered stacks require (required_version); an s3 state backend needs 1.10 or later (lockfile locking)",
            { example: "1.10" },
          ),
        ),
      },
      "the Terraform binary and version of the rendered stacks",
    ),
  ),
  stateBackend: strict(
    {
      type: doc(
        Enum(["s3", "gcs", "oss", "local"] as const),
        "where Terraform state lives: s3 (AWS), gcs (GCP), oss (Alibaba Cloud), local (files; tests and trials only)",
        { example: "s3" },
      ),
      bucket: Type.Optional(doc(Name, "the bucket of the state", { example: "acme-state" })),
      region: Type.Optional(doc(Name, "the bucket's cloud region", { example: "ap-northeast-1" })),
      prefix: Type.Optional(
        doc(
          Type.String({
            pattern: "^[a-z0-9/_-]+$",
            description: "lower-case letters, digits and / _ -",
          }),
          "key prefix of every stack's state in the bucket",
          { example: "stacks" },
        ),
      ),
    },
    "the Terraform state backend of every rendered stack",
  ),
  statusBranch: Type.Optional(
    doc(
      Type.String({
        pattern: "^[A-Za-z0-9._/-]+$",
        description: "a branch name of letters, digits and . _ / -",
      }),
      "the branch where apply, gtm-reconcile and autoscale-propose record what they did",
      { example: "cloudneutral/status", default: "cloudneutral/status" },
    ),
  ),
  moduleSources: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 500 }), {
      uniqueItems: true,
      description:
        "prefixes a Composition's module.source must start with, e.g. terraform-aws-modules/ or git::https://github.com/acme/modules.git//; end each with / so that no other repository or namespace matches; no Composition is allowed without one",
      examples: [["terraform-aws-modules/", "git::https://github.com/acme/modules.git//"]],
    }),
  ),
});

const TenantSpec = strict({
  displayName: Type.Optional(
    Type.String({ maxLength: 200, description: "the name people read", examples: ["Acme Retail"] }),
  ),
  owners: Type.Array(Owner, {
    minItems: 1,
    description: "who approves the tenant's changes",
    examples: [["@acme/platform", "alice-tanaka"]],
  }),
  regions: doc(Names, "the regions the tenant's services may run in", {
    example: ["jp1", "sg1"],
  }),
  budget: strict(
    {
      monthly: Type.Number({
        minimum: 0,
        description:
          "the monthly budget; the services' cost (size cost × replicas × regions) is checked against it",
        examples: [5000],
      }),
      currency: Type.Optional(
        Type.Literal("USD", { description: "the budget's currency", default: "USD" }),
      ),
    },
    "what the tenant may spend",
  ),
});

const ProjectSpec = strict({
  tenant: doc(Name, "the Tenant the project belongs to", { example: "acme" }),
  owners: Type.Array(Owner, {
    minItems: 1,
    description: "who approves the project's changes",
    examples: [["@acme/storefront", "kenji-sato"]],
  }),
  environments: doc(Names, "the Environments the project's services may use", {
    example: ["dev", "test", "prod"],
  }),
});

const EnvironmentSpec = strict({
  approvals: doc(Approvals, "approvals a change in this environment needs before apply", {
    example: 2,
  }),
  protected: Type.Boolean({
    description: "only merges to the default branch reach a protected environment",
    examples: [true],
  }),
});

const MaintenanceWindow = strict(
  {
    days: Type.Array(Enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const), {
      minItems: 1,
      uniqueItems: true,
      description: "the days the window opens (UTC)",
      examples: [["sat", "sun"]],
    }),
    start: doc(
      Type.String({ pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", description: "HH:MM, UTC" }),
      "when the window opens, UTC",
      { example: "17:00" },
    ),
    durationMinutes: Type.Integer({
      minimum: 1,
      maximum: 1440,
      description: "how long the window stays open",
      examples: [120],
    }),
  },
  "when changes that wait for a maintenance window (k8s-base by default) may be applied",
);

const RegionSpec = strict({
  provider: doc(Provider, "the real cloud behind the virtual region", { example: "aws" }),
  location: doc(
    Type.String({
      pattern: "^[a-z0-9-]+$",
      description: "lower-case letters, digits and -",
    }),
    "the provider's region, e.g. ap-northeast-1",
    { example: "ap-northeast-1" },
  ),
  network: Type.Optional(
    strict(
      { cidr: doc(Cidr, "the region's network block", { example: "10.10.0.0/16" }) },
      "the region's network",
    ),
  ),
  ingress: strict(
    {
      addresses: Type.Array(IPv4, {
        minItems: 1,
        uniqueItems: true,
        description: "the ingress VIPs: what GTM's DNS records answer and health probes reach",
        examples: [["192.0.2.10", "192.0.2.11"]],
      }),
      hostname: Type.Optional(
        doc(Hostname, "the ingress's own DNS name", { example: "jp1.ingress.example.com" }),
      ),
    },
    "how traffic enters the region",
  ),
  nodePool: strict(
    {
      mode: doc(
        Enum(["containerd-only", "k3s-worker", "k8s"] as const),
        "what the nodes run: containerd-only (runtime: container services, blue/green through Ansible), k3s-worker, or k8s",
        { example: "k8s" },
      ),
      min: Type.Integer({
        minimum: 0,
        description: "the fewest nodes; render starts the node count here",
        examples: [3],
      }),
      max: Type.Integer({ minimum: 1, description: "the most nodes", examples: [16] }),
      instanceType: Type.Optional(doc(InstanceType, "the nodes' instance type")),
      hosts: Type.Optional(
        Type.Array(IPv4, {
          uniqueItems: true,
          description:
            "addresses of the containerd hosts Ansible deploys runtime: container services to",
          examples: [["192.0.2.21", "192.0.2.22"]],
        }),
      ),
    },
    "the region's nodes",
  ),
  weight: Type.Integer({
    minimum: 0,
    maximum: 255,
    description: "the region's base traffic weight (0–255, as Route 53)",
    examples: [100],
  }),
  maintenanceWindow: Type.Optional(MaintenanceWindow),
});

const SizeOffer = strict(
  {
    instanceType: doc(InstanceType, "the provider's instance type for one replica", {
      example: "m6i.large",
    }),
    monthlyCost: Type.Number({
      minimum: 0,
      description: "monthly cost of one replica",
      examples: [90.52],
    }),
  },
  "what the size is on one provider",
);

const SizeSpec = strict({
  cpu: doc(Quantity, "CPU of one replica (Kubernetes request)", { example: "500m" }),
  memory: doc(Quantity, "memory of one replica (Kubernetes request)", { example: "2Gi" }),
  replicas: Type.Integer({
    minimum: 1,
    description: "replicas per region",
    examples: [3],
  }),
  providers: Type.Partial(
    Type.Object(
      Object.fromEntries(Providers.map((p) => [p, SizeOffer])) as Record<
        Provider,
        typeof SizeOffer
      >,
      {
        additionalProperties: false,
        minProperties: 1,
        description:
          "per provider (aws, gcp, alicloud, onprem): its instance type and cost; a service of this size can only run in regions whose provider is listed",
        examples: [
          {
            aws: { instanceType: "m6i.large", monthlyCost: 90.52 },
            gcp: { instanceType: "e2-standard-4", monthlyCost: 121.18 },
            onprem: { instanceType: "vm-medium", monthlyCost: 42 },
          },
        ],
      },
    ),
  ),
});

/** A file on the gateway host: absolute, plain characters, no `.` or `..` segment. */
const GatewayFile = Type.String({
  pattern: "^(/(?!\\.\\.?(/|$))[A-Za-z0-9._-]+)+$",
  maxLength: 1024,
  description:
    "an absolute path on the gateway host of letters, digits, . _ - and /, with no . or .. segment",
});

/**
 * The certificate of a service's public name, by reference (never the key itself): files on
 * the gateway host, or a Kubernetes TLS secret mounted into the gateway (lib/model/gateway.ts).
 */
const ServiceTls = strict({
  certificateFile: Type.Optional(
    doc(GatewayFile, "the certificate chain (PEM) on the gateway host", {
      example: "/etc/cloudneutral/tls/orders.crt",
    }),
  ),
  keyFile: Type.Optional(
    doc(GatewayFile, "its private key (PEM) on the gateway host", {
      example: "/etc/cloudneutral/tls/orders.key",
    }),
  ),
  secretName: Type.Optional(
    doc(Name, "a Kubernetes TLS secret mounted into the gateway (k8s regions)", {
      example: "orders-tls",
    }),
  ),
});

const ServiceSpec = strict({
  tenant: doc(Name, "the Tenant the service belongs to", { example: "acme" }),
  project: doc(Name, "the Project of that tenant", { example: "storefront" }),
  env: doc(Name, "the Environment, one the project allows", { example: "prod" }),
  regions: Type.Array(Name, {
    minItems: 1,
    uniqueItems: true,
    description: "the virtual regions the service runs in, ones its tenant allows",
    examples: [["jp1", "sg1"]],
  }),
  size: doc(Name, "the Size of each replica", { example: "medium" }),
  runtime: doc(
    Enum(["k8s", "container"] as const),
    "k8s: manifests for a GitOps engine; container: containerd hosts, deployed blue/green by Ansible",
    { example: "k8s" },
  ),
  image: doc(
    Type.String({
      pattern: "^[a-z0-9]+([._/:@-][a-zA-Z0-9_]+)*$",
      description: "an OCI image reference such as ghcr.io/acme/orders:1.4.2",
    }),
    "the container image",
    { example: "ghcr.io/acme/orders-api:1.4.2" },
  ),
  port: Type.Integer({
    minimum: 1,
    maximum: 65535,
    description: "the port the container listens on",
    examples: [8080],
  }),
  healthPath: doc(UrlPath, "the path that answers 2xx while the service is healthy", {
    example: "/healthz",
  }),
  publicName: Type.Optional(
    doc(Hostname, "the public name the gateway serves the service under", {
      example: "orders.example.com",
    }),
  ),
  tls: Type.Optional(
    doc(
      ServiceTls,
      "the certificate of the public name, by reference: the gateway serves it over HTTPS",
      {
        example: {
          certificateFile: "/etc/cloudneutral/tls/orders.crt",
          keyFile: "/etc/cloudneutral/tls/orders.key",
        },
      },
    ),
  ),
  variables: Type.Optional(
    doc(
      Type.Record(EnvVarName, Type.String({ maxLength: 4096 })),
      "environment variables of the container (values are not secrets: they are committed)",
      { example: { LOG_LEVEL: "info" } },
    ),
  ),
});

const CompositionSpec = strict({
  lifecycle: doc(
    Lifecycle,
    "the layer; with the decision matrix it decides engine, gate, order and backup",
    { example: "platform" },
  ),
  changeFrequency: doc(
    Enum(["rare", "occasional", "frequent"] as const),
    "how often the module is expected to change",
    { example: "occasional" },
  ),
  engine: Type.Optional(
    doc(Engine, "the IaC engine; default: the decision matrix's for the lifecycle", {
      example: "terraform",
    }),
  ),
  module: strict(
    {
      source: Type.String({
        minLength: 1,
        maxLength: 500,
        description: "where the module comes from; must start with one of Platform's moduleSources",
        examples: ["terraform-aws-modules/rds/aws"],
      }),
      version: Type.Optional(
        doc(
          Type.String({
            pattern: "^[0-9A-Za-z.<>=~ ,!-]+$",
            description: "a version constraint such as ~> 6.0",
          }),
          "the module's version constraint",
          { example: "~> 6.0" },
        ),
      ),
    },
    "the Terraform module the composition instantiates",
  ),
  regions: Type.Array(Name, {
    minItems: 1,
    uniqueItems: true,
    description: "the regions to instantiate it in: one stack per region",
    examples: [["jp1"]],
  }),
  // Terraform's own module arguments cannot be inputs.
  inputs: Type.Optional(
    doc(
      Type.Record(
        Type.String({
          pattern:
            "^(?!(source|version|count|for_each|providers|depends_on|lifecycle)$)[a-z_][a-z0-9_]*$",
        }),
        Scalar,
      ),
      "the module's arguments (strings, numbers, booleans); not Terraform's own source, version, count, for_each, providers, depends_on, lifecycle",
      { example: { engine: "postgres", allocated_storage: 100, multi_az: true } },
    ),
  ),
  dependsOn: Type.Optional(
    doc(Names, "Compositions applied before this one", { example: ["network"] }),
  ),
  overrides: Type.Optional(
    strict(
      {
        reconcile: Type.Optional(
          doc(Reconcile, "when it is reconciled; default: the matrix's", {
            example: "periodic",
          }),
        ),
        approvals: Type.Optional(
          doc(Approvals, "approvals a change needs; default: the matrix's and the environment's", {
            example: 2,
          }),
        ),
        backup: Type.Optional(
          doc(Backup, "what is saved before a change; default: the matrix's", {
            example: "pre-change-snapshot",
          }),
        ),
      },
      "this composition's exceptions to the decision matrix",
    ),
  ),
});

const GtmPolicySpec = strict({
  publicName: doc(Hostname, "the public name whose records GTM manages", {
    example: "api.example.com",
  }),
  zone: doc(Hostname, "the DNS zone that holds it", { example: "example.com" }),
  provider: doc(Name, "the Platform's DNS provider that serves the zone", { example: "pdns" }),
  ttl: Type.Integer({
    minimum: 1,
    maximum: 86400,
    description: "the records' TTL in seconds; short TTLs make failover fast",
    examples: [30],
  }),
  regions: Type.Array(
    strict(
      {
        region: doc(Name, "a Region that serves the name", { example: "jp1" }),
        weight: Type.Integer({
          minimum: 0,
          maximum: 255,
          description: "its base weight while healthy; 0 takes it out of the answers",
          examples: [100],
        }),
        failover: Type.Optional(
          Type.Array(Name, {
            uniqueItems: true,
            description: "regions that take this one's weight while it is down, in order",
            examples: [["sg1"]],
          }),
        ),
      },
      "one region behind the name",
    ),
    { minItems: 1, description: "the regions behind the name, with their weights" },
  ),
  minReadyNodes: Type.Integer({
    minimum: 0,
    description: "a region with fewer ready nodes counts as down",
    examples: [2],
  }),
  degraded: Type.Optional(
    strict(
      {
        errorRate: Type.Optional(
          Type.Number({
            exclusiveMinimum: 0,
            maximum: 1,
            description: "the share of 5xx answers over which a region is degraded",
            examples: [0.05],
          }),
        ),
        latencySeconds: Type.Optional(
          Type.Number({
            exclusiveMinimum: 0,
            description: "the p95 latency over which a region is degraded",
            examples: [0.8],
          }),
        ),
        factor: Type.Number({
          exclusiveMinimum: 0,
          maximum: 1,
          description: "what a degraded region's weight is multiplied by",
          examples: [0.5],
        }),
      },
      "over either threshold a region is degraded: its weight is multiplied by factor",
    ),
  ),
  healthCheck: strict(
    {
      scheme: Type.Optional(
        doc(
          Enum(["http", "https"] as const),
          "the probes' scheme; default: what the region gateway serves the public name with",
          { example: "https" },
        ),
      ),
      path: doc(UrlPath, "the path probed on every ingress address", { example: "/healthz" }),
      port: Type.Optional(
        Type.Integer({
          minimum: 1,
          maximum: 65535,
          description: "the port probed; default: the gateway's port for that scheme",
          examples: [443],
        }),
      ),
      intervalSeconds: Type.Integer({
        minimum: 1,
        description: "seconds between probes",
        examples: [10],
      }),
      timeoutSeconds: Type.Integer({
        minimum: 1,
        description: "a probe that takes longer fails",
        examples: [3],
      }),
      expectedStatus: Type.Optional(
        doc(
          Type.String({
            pattern: "^[1-5][0-9]{2}(-[1-5][0-9]{2})?$",
            description: "an HTTP status (200) or range (200-299)",
          }),
          "the status a healthy region answers",
          { example: "200-299", default: "200-299" },
        ),
      ),
      bodyMatch: Type.Optional(
        Type.String({
          maxLength: 200,
          description: "text the answer's body must contain (plain text, not a pattern)",
          examples: ["ok"],
        }),
      ),
    },
    "how each region's ingress is probed, with the public name as Host and TLS server name",
  ),
  hysteresis: strict(
    {
      failures: Type.Integer({
        minimum: 1,
        description: "failed probes in a row before a region counts as down",
        examples: [3],
      }),
      successes: Type.Integer({
        minimum: 1,
        description: "good probes in a row before a down region counts as up again",
        examples: [2],
      }),
    },
    "how many probes in a row change a region's state",
  ),
  failOpen: Type.Boolean({
    description: "when every region looks down, keep answering with all of them rather than none",
    examples: [true],
  }),
  dns: Type.Optional(
    strict(
      {
        policy: Type.Optional(
          doc(
            Enum(["sync", "upsert-only", "create-only"] as const),
            "sync creates, updates and deletes; upsert-only never deletes; create-only only creates",
            { example: "sync", default: "sync" },
          ),
        ),
        adopt: Type.Optional(
          Type.Boolean({
            description:
              "take over a record at the public name that someone else owns (e.g. a hand-made A)",
            examples: [false],
            default: false,
          }),
        ),
      },
      "how the public name's records are reconciled",
    ),
  ),
});

const ScalingRules = strict(
  {
    stabilizationWindowSeconds: Type.Optional(
      doc(
        Duration,
        "the decision is the most conservative of this window's; default 0 up, 300 down",
        { example: 300 },
      ),
    ),
    selectPolicy: Type.Optional(
      doc(
        Enum(["Max", "Min", "Disabled"] as const),
        "which policy's limit applies when several do (Disabled: never scale this way)",
        { example: "Max", default: "Max" },
      ),
    ),
    // At least one: an empty list would remove the rate limit altogether.
    policies: Type.Optional(
      Type.Array(
        strict(
          {
            type: doc(Enum(["Nodes", "Percent"] as const), "a count of nodes or a percentage", {
              example: "Percent",
            }),
            value: Type.Integer({
              minimum: 1,
              description: "the most nodes (or percent) per period",
              examples: [100],
            }),
            periodSeconds: Type.Integer({
              minimum: 1,
              maximum: 1800,
              description: "the period the limit applies to",
              examples: [15],
            }),
          },
          "one rate limit",
        ),
        {
          minItems: 1,
          description:
            "rate limits; default up: 4 nodes or 100% per 15 s, down: 100% per 15 s (Kubernetes HPA's)",
        },
      ),
    ),
  },
  "HPA-style rules for one direction",
);

const AutoscalePolicySpec = strict({
  region: doc(Name, "the Region whose node pool this scales", { example: "jp1" }),
  min: Type.Integer({
    minimum: 0,
    description: "the fewest nodes, within the region's nodePool min/max",
    examples: [3],
  }),
  max: Type.Integer({
    minimum: 1,
    description: "the most nodes, within the region's nodePool min/max",
    examples: [12],
  }),
  targetUtilization: Type.Number({
    exclusiveMinimum: 0,
    maximum: 1,
    description: "the CPU utilization the pool is sized for",
    examples: [0.6],
  }),
  tolerance: Type.Optional(
    Type.Number({
      minimum: 0,
      maximum: 1,
      description: "no change while utilization / target is within 1 ± tolerance",
      examples: [0.1],
      default: 0.1,
    }),
  ),
  windowSeconds: Type.Optional(
    Type.Integer({
      minimum: 60,
      description: "the window usage is averaged over",
      examples: [300],
      default: 300,
    }),
  ),
  warmupSeconds: Type.Optional(
    doc(Duration, "a node booted more recently than this is not counted ready", {
      example: 120,
      default: 120,
    }),
  ),
  behavior: Type.Optional(
    doc(
      strict({ scaleUp: Type.Optional(ScalingRules), scaleDown: Type.Optional(ScalingRules) }),
      "how fast the pool grows and shrinks, up and down",
      {
        example: {
          scaleUp: {
            stabilizationWindowSeconds: 0,
            selectPolicy: "Max",
            policies: [
              { type: "Nodes", value: 4, periodSeconds: 15 },
              { type: "Percent", value: 100, periodSeconds: 15 },
            ],
          },
          scaleDown: {
            stabilizationWindowSeconds: 300,
            policies: [{ type: "Percent", value: 100, periodSeconds: 15 }],
          },
        },
      },
    ),
  ),
  queries: Type.Optional(
    strict(
      {
        usage: Type.Optional(
          Type.String({
            minLength: 1,
            description:
              "PromQL: CPU cores busy per node; $selector, $window and $warmup are filled in; default: node_exporter's node_cpu_seconds_total",
            examples: [
              'sum by (node) (rate(node_cpu_seconds_total{$selector,mode!="idle"}[$window]))',
            ],
          }),
        ),
        capacity: Type.Optional(
          Type.String({
            minLength: 1,
            description: "PromQL: CPUs per node; default: node_exporter's idle CPU series",
            examples: ['count by (node) (node_cpu_seconds_total{$selector,mode="idle"})'],
          }),
        ),
        ready: Type.Optional(
          Type.String({
            minLength: 1,
            description:
              "PromQL: 1 per ready node; default: up and booted at least $warmup seconds ago",
            examples: ['max by (node) (up{$selector,node!=""})'],
          }),
        ),
      },
      "metric queries, one series per node",
    ),
  ),
});

const PolicySpec = strict({
  description: Type.Optional(
    Type.String({
      maxLength: 500,
      description: "what the policy is for, shown with its findings",
      examples: ["Production services survive the loss of a region."],
    }),
  ),
  match: Type.Optional(
    strict(
      {
        kinds: Type.Optional(
          Type.Array(Type.String({ pattern: "^[A-Z][A-Za-z]+$" }), {
            description: "kinds of document the rules apply to; default: every kind",
            examples: [["Service"]],
          }),
        ),
        lifecycles: Type.Optional(
          Type.Array(Lifecycle, {
            description: "Composition lifecycles the rules apply to; default: every one",
            examples: [["platform"]],
          }),
        ),
        environments: Type.Optional(
          doc(Names, "environments the rules apply to; default: every one", {
            example: ["prod"],
          }),
        ),
      },
      "which documents the rules see; default: all",
    ),
  ),
  validations: Type.Optional(
    Type.Array(
      strict(
        {
          expression: Type.String({
            minLength: 1,
            description: "a CEL expression over `object` (the document) that must be true",
            examples: ["object.spec.regions.size() >= 2"],
          }),
          message: Type.String({
            minLength: 1,
            description: "what the author of a change that breaks the rule is told",
            examples: ["prod services run in at least two regions"],
          }),
          severity: Type.Optional(
            doc(Enum(["deny", "warn"] as const), "deny fails the check; warn only reports", {
              example: "deny",
              default: "deny",
            }),
          ),
        },
        "one rule",
      ),
      { minItems: 1, description: "CEL rules" },
    ),
  ),
  opa: Type.Optional(
    strict(
      {
        bundle: doc(
          Type.String({
            pattern: "^(?!/)(?!(.*/)?\\.\\.(/|$))[A-Za-z0-9._/-]+$",
            description: "a path inside the config directory (no leading / and no ..)",
          }),
          "an OPA policy compiled to WebAssembly (policy.wasm), relative to the config directory",
          { example: "policies/opa/policy.wasm" },
        ),
        entrypoints: Type.Optional(
          Type.Array(Type.String({ pattern: "^[A-Za-z0-9_/]+$" }), {
            description: "the rules to evaluate; default: the bundle's own entrypoints",
            examples: [["cloudneutral/deny"]],
          }),
        ),
      },
      "a reference to an OPA bundle",
    ),
  ),
});

const MatrixRow = strict(
  {
    engine: Type.Optional(doc(Engine, "the IaC engine", { example: "terraform" })),
    reconcile: Type.Optional(
      doc(Reconcile, "when units of the layer are reconciled", { example: "periodic" }),
    ),
    drift: Type.Optional(
      doc(Enum(["alert", "correct"] as const), "what drift detection does", {
        example: "alert",
      }),
    ),
    approvals: Type.Optional(doc(Approvals, "approvals a change needs", { example: 1 })),
    maintenanceWindow: Type.Optional(
      Type.Boolean({
        description: "whether apply waits for the region's maintenance window",
        examples: [true],
      }),
    ),
    backup: Type.Optional(
      doc(Backup, "what is saved before a change", { example: "state-snapshot" }),
    ),
  },
  "one layer's row; a field left out keeps the built-in value",
);

const DecisionMatrixSpec = strict({
  rows: Type.Partial(
    Type.Object(Object.fromEntries(Layers.map((l) => [l, MatrixRow])), {
      additionalProperties: false,
      description: "rows by lifecycle (foundation, k8s-base, platform, applications, config)",
      examples: [{ platform: { approvals: 2 }, config: { drift: "alert" } }],
    }),
  ),
});

function kind<K extends string, S extends TSchema>(name: K, spec: S, description: string) {
  return Type.Object(
    {
      apiVersion: Type.Literal(API_VERSION, { description: "the model's version" }),
      kind: Type.Literal(name, { description: "the document's kind" }),
      metadata: Metadata,
      spec,
    },
    { additionalProperties: false, description },
  );
}

export const Kinds = {
  Platform: kind(
    "Platform",
    PlatformSpec,
    "One per repository: DNS providers, metrics, Terraform, state backend.",
  ),
  Tenant: kind("Tenant", TenantSpec, "A tenant: owners, allowed regions, monthly budget."),
  Project: kind("Project", ProjectSpec, "A project of a tenant."),
  Environment: kind("Environment", EnvironmentSpec, "An environment such as dev, test or prod."),
  Region: kind("Region", RegionSpec, "A virtual region mapped to one real backend."),
  Size: kind("Size", SizeSpec, "A virtual size mapped per provider to instance types and cost."),
  Service: kind("Service", ServiceSpec, "A service of a project, placed in virtual regions."),
  Composition: kind("Composition", CompositionSpec, "An infrastructure module with its lifecycle."),
  GtmPolicy: kind("GtmPolicy", GtmPolicySpec, "Global traffic management for one public name."),
  AutoscalePolicy: kind(
    "AutoscalePolicy",
    AutoscalePolicySpec,
    "Node-pool autoscaling of one region.",
  ),
  Policy: kind("Policy", PolicySpec, "User rules in CEL, or a reference to an OPA bundle."),
  DecisionMatrix: kind(
    "DecisionMatrix",
    DecisionMatrixSpec,
    "Overrides of the built-in decision matrix.",
  ),
} satisfies Record<string, TObject>;

export type KindName = keyof typeof Kinds;
export const KindNames = Object.keys(Kinds) as KindName[];

export type Platform = Static<typeof Kinds.Platform>;
export type Tenant = Static<typeof Kinds.Tenant>;
export type Project = Static<typeof Kinds.Project>;
export type Environment = Static<typeof Kinds.Environment>;
export type Region = Static<typeof Kinds.Region>;
export type Size = Static<typeof Kinds.Size>;
export type Service = Static<typeof Kinds.Service>;
export type Composition = Static<typeof Kinds.Composition>;
export type GtmPolicy = Static<typeof Kinds.GtmPolicy>;
export type AutoscalePolicy = Static<typeof Kinds.AutoscalePolicy>;
export type Policy = Static<typeof Kinds.Policy>;
export type DecisionMatrix = Static<typeof Kinds.DecisionMatrix>;
export type MatrixRow = Static<typeof MatrixRow>;

export type DocumentOf<K extends KindName> = Static<(typeof Kinds)[K]>;

/**
 * The schema users point their editor at: one file that checks any document by its `kind`.
 * Plain JSON (no TypeBox symbols), so any JSON Schema tool reads it.
 */
export function publishedSchema(): Record<string, unknown> {
  const definitions: Record<string, unknown> = {};
  for (const name of KindNames) {
    definitions[name] = JSON.parse(JSON.stringify(Kinds[name]));
  }
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://cloudneutral.io/schema/v1alpha1/platform-config.json",
    title: "CloudNeutral platform-config document",
    type: "object",
    required: ["apiVersion", "kind", "metadata", "spec"],
    properties: { kind: { enum: KindNames } },
    allOf: KindNames.map((name) => ({
      if: { properties: { kind: { const: name } }, required: ["kind"] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a promise
      then: { $ref: `#/definitions/${name}` },
    })),
    definitions,
  };
}
