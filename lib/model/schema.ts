// The one source of the platform-config model: every kind's JSON Schema is written here
// with TypeBox, and its TypeScript type is derived from the same object (`Static<…>`),
// so the published schema, the validator and the code cannot drift apart.
import { type Static, type TObject, type TSchema, Type } from "@sinclair/typebox";

export const API_VERSION = "cloudneutral.io/v1alpha1";

/** DNS-label names: safe as file names, HCL identifiers, label values and nginx tokens. */
export const Name = Type.String({
  pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$",
  description:
    "lower-case letters, digits and '-', 1–63 characters, starting and ending alphanumeric",
});
const Names = Type.Array(Name, { uniqueItems: true });
const Hostname = Type.String({
  pattern: "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$",
  description: "a fully qualified lower-case DNS name such as api.example.com",
});
const IPv4 = Type.String({
  pattern:
    "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$",
  description: "an IPv4 address",
});
const Cidr = Type.String({
  pattern: "^([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])$",
  description: "an IPv4 CIDR block such as 10.0.0.0/16",
});
const UrlPath = Type.String({
  pattern: "^/[A-Za-z0-9._~/-]*$",
  description: "an absolute URL path of letters, digits and . _ ~ / -",
});
const EnvVarName = Type.String({ pattern: "^[A-Z_][A-Z0-9_]*$" });
const Owner = Type.String({
  pattern:
    "^(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$",
  description: "a GitHub user (octocat) or team (@org/team)",
});
const Quantity = Type.String({
  pattern: "^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti)?$",
  description: "a Kubernetes quantity such as 500m or 512Mi",
});
const Duration = Type.Integer({ minimum: 0, description: "seconds" });
const Scalar = Type.Unsafe<string | number | boolean>({ type: ["string", "number", "boolean"] });

export const Providers = ["aws", "gcp", "alicloud", "onprem"] as const;
export const Provider = Enum(Providers);
export type Provider = Static<typeof Provider>;

export const Layers = ["foundation", "k8s-base", "platform", "applications", "config"] as const;
export const Lifecycle = Enum(Layers);
export type Lifecycle = Static<typeof Lifecycle>;

const Metadata = Type.Object(
  {
    name: Name,
    labels: Type.Optional(Type.Record(Type.String({ pattern: "^[a-z0-9./-]+$" }), Type.String())),
    annotations: Type.Optional(Type.Record(Type.String(), Type.String())),
  },
  { additionalProperties: false },
);

/** A string enum: one clear "expected one of" error instead of one per alternative. */
function Enum<const T extends readonly string[]>(
  values: T,
  options: { description?: string } = {},
) {
  return Type.Unsafe<T[number]>({ type: "string", enum: [...values], ...options });
}

function strict<T extends Parameters<typeof Type.Object>[0]>(props: T) {
  return Type.Object(props, { additionalProperties: false });
}

const SecretRef = strict({ tokenEnv: EnvVarName });

const StateBackend = strict({
  type: Enum(["s3", "gcs", "oss", "pg", "local"] as const),
  bucket: Type.Optional(Name),
  region: Type.Optional(Name),
  prefix: Type.Optional(Type.String({ pattern: "^[a-z0-9/_-]+$" })),
  /** An S3-compatible store (MinIO, Ceph) instead of AWS: its URL; credentials from the job's AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY. */
  endpoint: Type.Optional(Type.String({ pattern: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$" })),
  /** pg: the schema holding the state (the connection string comes from PG_CONN_STR). */
  schema: Type.Optional(Type.String({ pattern: "^[a-z_][a-z0-9_]{0,62}$" })),
});

/** The cloud account a region's stacks live in: their identities and state are per account. */
const Account = strict({
  id: Type.String({
    pattern: "^[a-z0-9][a-z0-9-]{0,62}$",
    description:
      "the AWS account id (12 digits), the GCP project id, or the Alibaba Cloud account id",
  }),
  projectNumber: Type.Optional(
    Type.String({
      pattern: "^[0-9]{1,20}$",
      description: "GCP only: the project number, which workload identity federation names",
    }),
  ),
});

const PlatformSpec = strict({
  repository: Type.String({
    pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$",
    description: "owner/name of this repository; scopes the OIDC trust of apply",
  }),
  owners: Type.Array(Owner, { minItems: 1, description: "platform owners" }),
  dns: strict({
    providers: Type.Array(
      strict({
        name: Name,
        type: Enum(["zonefile", "powerdns", "cloudflare", "route53", "alidns"] as const),
        url: Type.Optional(Type.String({ pattern: "^https?://[^\\s\"'`$]+$" })),
        serverId: Type.Optional(Name),
        credentials: Type.Optional(SecretRef),
      }),
      { minItems: 1 },
    ),
  }),
  metrics: Type.Optional(
    strict({ prometheus: strict({ url: Type.String({ pattern: "^https?://[^\\s\"'`$]+$" }) }) }),
  ),
  terraform: Type.Optional(
    strict({
      binary: Enum(["terraform", "tofu"] as const),
      version: Type.Optional(Type.String({ pattern: "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$" })),
    }),
  ),
  stateBackend: StateBackend,
  /** Per provider, replacing `stateBackend` for that provider's stacks (identity helper). */
  stateBackends: Type.Optional(
    Type.Partial(
      Type.Object(
        Object.fromEntries(Providers.map((p) => [p, StateBackend])) as Record<
          Provider,
          typeof StateBackend
        >,
        {
          additionalProperties: false,
          description:
            "a state backend per provider, so that a stack needs only its own cloud's credentials: s3 (aws), gcs (gcp), oss (alicloud), pg or s3 with an endpoint (onprem); local anywhere",
        },
      ),
    ),
  ),
  defaultBranch: Type.Optional(
    Type.String({
      pattern: "^[A-Za-z0-9._/-]+$",
      default: "main",
      description:
        "the branch apply and the drift check run on; plan identities trust its jobs without an Environment",
    }),
  ),
  statusBranch: Type.Optional(
    Type.String({ pattern: "^[A-Za-z0-9._/-]+$", default: "cloudneutral/status" }),
  ),
  moduleSources: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 500 }), {
      uniqueItems: true,
      description:
        "prefixes a Composition's module.source must start with, e.g. terraform-aws-modules/ or git::https://github.com/acme/modules.git//; end each with / so that no other repository or namespace matches; no Composition is allowed without one",
    }),
  ),
});

const TenantSpec = strict({
  displayName: Type.Optional(Type.String({ maxLength: 200 })),
  owners: Type.Array(Owner, { minItems: 1 }),
  regions: Names,
  budget: strict({
    monthly: Type.Number({ minimum: 0 }),
    currency: Type.Optional(Type.Literal("USD")),
  }),
});

const ProjectSpec = strict({
  tenant: Name,
  owners: Type.Array(Owner, { minItems: 1 }),
  environments: Names,
});

const EnvironmentSpec = strict({
  approvals: Type.Integer({ minimum: 0, maximum: 10 }),
  protected: Type.Boolean(),
});

const MaintenanceWindow = strict({
  days: Type.Array(Enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const), {
    minItems: 1,
    uniqueItems: true,
  }),
  start: Type.String({ pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", description: "HH:MM, UTC" }),
  durationMinutes: Type.Integer({ minimum: 1, maximum: 1440 }),
});

const RegionSpec = strict({
  provider: Provider,
  account: Type.Optional(Account),
  location: Type.String({
    pattern: "^[a-z0-9-]+$",
    description: "the provider's region, e.g. ap-northeast-1",
  }),
  network: Type.Optional(strict({ cidr: Cidr })),
  ingress: strict({
    addresses: Type.Array(IPv4, { minItems: 1, uniqueItems: true }),
    hostname: Type.Optional(Hostname),
  }),
  nodePool: strict({
    mode: Enum(["containerd-only", "k3s-worker", "k8s"] as const),
    min: Type.Integer({ minimum: 0 }),
    max: Type.Integer({ minimum: 1 }),
    instanceType: Type.Optional(Type.String({ pattern: "^[A-Za-z0-9._-]+$" })),
    hosts: Type.Optional(Type.Array(IPv4, { uniqueItems: true })),
  }),
  weight: Type.Integer({ minimum: 0, maximum: 255 }),
  maintenanceWindow: Type.Optional(MaintenanceWindow),
});

const SizeOffer = strict({
  instanceType: Type.String({ pattern: "^[A-Za-z0-9._-]+$" }),
  monthlyCost: Type.Number({ minimum: 0, description: "monthly cost of one replica" }),
});

const SizeSpec = strict({
  cpu: Quantity,
  memory: Quantity,
  replicas: Type.Integer({ minimum: 1 }),
  providers: Type.Partial(
    Type.Object(
      Object.fromEntries(Providers.map((p) => [p, SizeOffer])) as Record<
        Provider,
        typeof SizeOffer
      >,
      { additionalProperties: false, minProperties: 1 },
    ),
  ),
});

const ServiceSpec = strict({
  tenant: Name,
  project: Name,
  env: Name,
  regions: Type.Array(Name, { minItems: 1, uniqueItems: true }),
  size: Name,
  runtime: Enum(["k8s", "container"] as const),
  image: Type.String({
    pattern: "^[a-z0-9]+([._/:@-][a-zA-Z0-9_]+)*$",
    description: "an OCI image reference such as ghcr.io/acme/orders:1.4.2",
  }),
  port: Type.Integer({ minimum: 1, maximum: 65535 }),
  healthPath: UrlPath,
  publicName: Type.Optional(Hostname),
  variables: Type.Optional(Type.Record(EnvVarName, Type.String({ maxLength: 4096 }))),
});

const CompositionSpec = strict({
  lifecycle: Lifecycle,
  changeFrequency: Enum(["rare", "occasional", "frequent"] as const),
  engine: Type.Optional(Enum(["terraform", "gitops", "ansible"] as const)),
  module: strict({
    source: Type.String({ minLength: 1, maxLength: 500 }),
    version: Type.Optional(Type.String({ pattern: "^[0-9A-Za-z.<>=~ ,!-]+$" })),
  }),
  regions: Type.Array(Name, { minItems: 1, uniqueItems: true }),
  // Terraform's own module arguments cannot be inputs.
  inputs: Type.Optional(
    Type.Record(
      Type.String({
        pattern:
          "^(?!(source|version|count|for_each|providers|depends_on|lifecycle)$)[a-z_][a-z0-9_]*$",
      }),
      Scalar,
    ),
  ),
  dependsOn: Type.Optional(Names),
  /** What the module manages, granted to its unit's apply identity (and nothing else is). */
  permissions: Type.Optional(
    strict({
      aws: Type.Optional(
        Type.Array(Type.String({ pattern: "^[a-z0-9-]+:[A-Za-z0-9*]+$" }), {
          uniqueItems: true,
          description: "IAM actions, e.g. rds:CreateDBInstance or rds:*",
        }),
      ),
      gcp: Type.Optional(
        Type.Array(Type.String({ pattern: "^roles/[A-Za-z0-9_.]+$" }), {
          uniqueItems: true,
          description: "IAM roles on the project, e.g. roles/cloudsql.admin",
        }),
      ),
      alicloud: Type.Optional(
        Type.Array(Type.String({ pattern: "^[a-z0-9-]+:[A-Za-z0-9*]+$" }), {
          uniqueItems: true,
          description: "RAM actions, e.g. rds:*",
        }),
      ),
    }),
  ),
  overrides: Type.Optional(
    strict({
      reconcile: Type.Optional(Enum(["on_drift", "periodic", "continuous", "on_change"] as const)),
      approvals: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
      backup: Type.Optional(
        Enum(["state-snapshot", "pre-change-snapshot", "rollback", "none"] as const),
      ),
    }),
  ),
});

const GtmPolicySpec = strict({
  publicName: Hostname,
  zone: Hostname,
  provider: Name,
  ttl: Type.Integer({ minimum: 1, maximum: 86400 }),
  regions: Type.Array(
    strict({
      region: Name,
      weight: Type.Integer({ minimum: 0, maximum: 255 }),
      /** Regions that take this one's weight while it is down, in order. */
      failover: Type.Optional(Type.Array(Name, { uniqueItems: true })),
    }),
    {
      minItems: 1,
    },
  ),
  minReadyNodes: Type.Integer({ minimum: 0 }),
  /** Over either threshold a region is degraded: its weight is multiplied by `factor`. */
  degraded: Type.Optional(
    strict({
      errorRate: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
      latencySeconds: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
      factor: Type.Number({ exclusiveMinimum: 0, maximum: 1 }),
    }),
  ),
  healthCheck: strict({
    scheme: Enum(["http", "https"] as const),
    path: UrlPath,
    port: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535 })),
    intervalSeconds: Type.Integer({ minimum: 1 }),
    timeoutSeconds: Type.Integer({ minimum: 1 }),
    expectedStatus: Type.Optional(Type.String({ pattern: "^[1-5][0-9]{2}(-[1-5][0-9]{2})?$" })),
    bodyMatch: Type.Optional(Type.String({ maxLength: 200 })),
  }),
  hysteresis: strict({
    failures: Type.Integer({ minimum: 1 }),
    successes: Type.Integer({ minimum: 1 }),
  }),
  failOpen: Type.Boolean(),
  /** How the public name's records are reconciled (lib/dns/diff.ts). */
  dns: Type.Optional(
    strict({
      /** sync (default) creates, updates and deletes; upsert-only never deletes; create-only only creates. */
      policy: Type.Optional(Enum(["sync", "upsert-only", "create-only"] as const)),
      /** Take over a record at the public name that someone else owns (e.g. a hand-made A). */
      adopt: Type.Optional(Type.Boolean()),
    }),
  ),
});

const ScalingRules = strict({
  stabilizationWindowSeconds: Type.Optional(Duration),
  selectPolicy: Type.Optional(Enum(["Max", "Min", "Disabled"] as const)),
  // At least one: an empty list would remove the rate limit altogether.
  policies: Type.Optional(
    Type.Array(
      strict({
        type: Enum(["Nodes", "Percent"] as const),
        value: Type.Integer({ minimum: 1 }),
        periodSeconds: Type.Integer({ minimum: 1, maximum: 1800 }),
      }),
      { minItems: 1 },
    ),
  ),
});

const AutoscalePolicySpec = strict({
  region: Name,
  min: Type.Integer({ minimum: 0 }),
  max: Type.Integer({ minimum: 1 }),
  targetUtilization: Type.Number({ exclusiveMinimum: 0, maximum: 1 }),
  tolerance: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  windowSeconds: Type.Optional(Type.Integer({ minimum: 60 })),
  warmupSeconds: Type.Optional(Duration),
  behavior: Type.Optional(
    strict({ scaleUp: Type.Optional(ScalingRules), scaleDown: Type.Optional(ScalingRules) }),
  ),
  queries: Type.Optional(
    strict({
      usage: Type.Optional(Type.String({ minLength: 1 })),
      capacity: Type.Optional(Type.String({ minLength: 1 })),
      ready: Type.Optional(Type.String({ minLength: 1 })),
    }),
  ),
});

const PolicySpec = strict({
  description: Type.Optional(Type.String({ maxLength: 500 })),
  match: Type.Optional(
    strict({
      kinds: Type.Optional(Type.Array(Type.String({ pattern: "^[A-Z][A-Za-z]+$" }))),
      lifecycles: Type.Optional(Type.Array(Lifecycle)),
      environments: Type.Optional(Names),
    }),
  ),
  validations: Type.Optional(
    Type.Array(
      strict({
        expression: Type.String({ minLength: 1 }),
        message: Type.String({ minLength: 1 }),
        severity: Type.Optional(Enum(["deny", "warn"] as const)),
      }),
      { minItems: 1 },
    ),
  ),
  opa: Type.Optional(
    strict({
      bundle: Type.String({
        pattern: "^(?!/)(?!(.*/)?\\.\\.(/|$))[A-Za-z0-9._/-]+$",
        description: "a path inside the config directory (no leading / and no ..)",
      }),
      entrypoints: Type.Optional(Type.Array(Type.String({ pattern: "^[A-Za-z0-9_/]+$" }))),
    }),
  ),
});

const MatrixRow = strict({
  engine: Type.Optional(Enum(["terraform", "gitops", "ansible"] as const)),
  reconcile: Type.Optional(Enum(["on_drift", "periodic", "continuous", "on_change"] as const)),
  drift: Type.Optional(Enum(["alert", "correct"] as const)),
  approvals: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
  maintenanceWindow: Type.Optional(Type.Boolean()),
  backup: Type.Optional(
    Enum(["state-snapshot", "pre-change-snapshot", "rollback", "none"] as const),
  ),
});

const DecisionMatrixSpec = strict({
  rows: Type.Partial(
    Type.Object(Object.fromEntries(Layers.map((l) => [l, MatrixRow])), {
      additionalProperties: false,
    }),
  ),
});

function kind<K extends string, S extends TSchema>(name: K, spec: S, description: string) {
  return Type.Object(
    {
      apiVersion: Type.Literal(API_VERSION),
      kind: Type.Literal(name),
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
