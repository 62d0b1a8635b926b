// Each Terraform unit's two identities (plan, apply) and each cloud account's bootstrap: the
// one-time stack an administrator applies (OIDC provider, state bucket, every unit's roles
// with their permission policies). The roles live there, not in the units, because no unit
// can create the identity it runs as; an account's OIDC provider is created once, there.
import {
  ALICLOUD_OIDC_PROVIDER,
  AWS_ROLE_PATH,
  GCP_POOL_ID,
  GCP_PROVIDER_ID,
  GITHUB_OIDC_ISSUER,
  type IdentityUse,
  identityNames,
  type StateBackend,
} from "../model/identity.ts";
import type { Provider } from "../model/schema.ts";
import {
  type AwsStatement,
  alicloudStatements,
  awsStatements,
  type GcsGrant,
  gcpRoles,
  gcsStateGrants,
  type UnitScope,
} from "./permissions.ts";

export interface IdentityView {
  use: IdentityUse;
  /** AWS IAM / Alibaba RAM role name. */
  role: string;
  /** GCP service account id (the part before @). */
  serviceAccountId: string;
  /** What stack.json names: a role ARN (aws, alicloud) or a service account e-mail (gcp). */
  principal: string;
  /** GitHub OIDC `sub` claims this identity trusts, exactly. */
  subjects: string[];
  /** Per subject: an HCL-safe key and the GCP principal of that subject in the pool. */
  subjectKeys: { key: string; subject: string; member: string }[];
  awsStatements: AwsStatement[];
  gcpRoles: string[];
  gcsGrants: GcsGrant[];
  /** The RAM role's trust policy (alicloud), as JSON. */
  trustJson: string;
  /** The RAM policy document (alicloud), as JSON. */
  ramPolicyJson: string;
}

export interface UnitIdentity {
  /** e.g. stacks/k8s-base/jp1 */
  unit: string;
  /** An HCL identifier base, e.g. k8s_base_jp1 */
  key: string;
  layer: string;
  region: string;
  provider: Provider;
  account: string;
  plan: IdentityView;
  apply: IdentityView;
  /** [plan, apply], for templates that print both alike. */
  sides: IdentityView[];
}

/** What the unit's stack.json carries, for the actions. */
export function identityJson(u: UnitIdentity, projectNumber?: string): Record<string, unknown> {
  const side = (v: IdentityView) =>
    u.provider === "gcp"
      ? { serviceAccount: v.principal, subjects: v.subjects }
      : { roleArn: v.principal, subjects: v.subjects };
  return {
    provider: u.provider,
    account: u.account,
    ...(u.provider === "gcp"
      ? { workloadIdentityProvider: gcpProviderName(projectNumber ?? "") }
      : {}),
    ...(u.provider === "alicloud" ? { oidcProviderArn: alicloudOidcProviderArn(u.account) } : {}),
    plan: side(u.plan),
    apply: side(u.apply),
  };
}

export const gcpProviderName = (projectNumber: string) =>
  `projects/${projectNumber}/locations/global/workloadIdentityPools/${GCP_POOL_ID}/providers/${GCP_PROVIDER_ID}`;
export const alicloudOidcProviderArn = (account: string) =>
  `acs:ram::${account}:oidc-provider/${ALICLOUD_OIDC_PROVIDER}`;

function principalOf(
  provider: Provider,
  account: string,
  use: IdentityUse,
  layer: string,
  region: string,
) {
  const names = identityNames(layer, region, use);
  switch (provider) {
    case "aws":
      return `arn:aws:iam::${account}:role${AWS_ROLE_PATH}${names.role}`;
    case "gcp":
      return `${names.serviceAccountId}@${account}.iam.gserviceaccount.com`;
    default:
      return `acs:ram::${account}:role/${names.role}`;
  }
}

export function unitIdentity(
  scope: UnitScope & { provider: Provider; projectNumber: string },
  subjects: Record<IdentityUse, string[]>,
): UnitIdentity {
  const view = (use: IdentityUse): IdentityView => {
    const names = identityNames(scope.layer, scope.region, use);
    const statements = scope.provider === "alicloud" ? alicloudStatements(scope, use) : [];
    const ramPolicy = {
      Version: "1",
      Statement: statements.map((s) => ({
        Effect: "Allow",
        Action: s.actions,
        Resource: s.resources,
      })),
    };
    return {
      use,
      ...names,
      principal: principalOf(scope.provider, scope.account, use, scope.layer, scope.region),
      subjects: subjects[use],
      subjectKeys: subjects[use].map((subject, i) => ({
        key: `${use}_${i}`,
        subject,
        member: `principal://iam.googleapis.com/projects/${scope.projectNumber}/locations/global/workloadIdentityPools/${GCP_POOL_ID}/subject/${subject}`,
      })),
      trustJson: JSON.stringify({
        Version: "1",
        Statement: [
          {
            Action: "sts:AssumeRole",
            Effect: "Allow",
            Principal: { Federated: [alicloudOidcProviderArn(scope.account)] },
            Condition: {
              StringEquals: {
                "oidc:iss": GITHUB_OIDC_ISSUER,
                "oidc:aud": "sts.aliyuncs.com",
                "oidc:sub": subjects[use],
              },
            },
          },
        ],
      }),
      awsStatements: scope.provider === "aws" ? awsStatements(scope, use) : [],
      gcpRoles: scope.provider === "gcp" ? gcpRoles(scope, use) : [],
      gcsGrants: scope.provider === "gcp" ? gcsStateGrants(scope, use) : [],
      ramPolicyJson: JSON.stringify(ramPolicy),
    };
  };
  const plan = view("plan");
  const apply = view("apply");
  return {
    unit: `stacks/${scope.layer}/${scope.region}`,
    key: `${scope.layer}_${scope.region}`.replace(/-/g, "_"),
    layer: scope.layer,
    region: scope.region,
    provider: scope.provider,
    account: scope.account,
    plan,
    apply,
    sides: [plan, apply],
  };
}

export interface AccountView {
  /** Directory name under infra/bootstrap/, e.g. aws-111122223333. */
  id: string;
  provider: Provider;
  account: string;
  projectNumber: string;
  /** The provider region the bootstrap stack talks to (its first region's location). */
  location: string;
  repository: string;
  issuer: string;
  /** GCP workload identity pool and provider, Alibaba OIDC provider names. */
  gcpPoolId: string;
  gcpProviderId: string;
  alicloudOidcProvider: string;
  awsRolePath: string;
  /** The provider's state bucket, created here (by the provider's first account). */
  stateBucket?: { name: string; region: string };
  /** This stack's own state: in that bucket, once it exists (see the README's bootstrap). */
  backend: StateBackend & { prefix: string; stateKey: string };
  s3: boolean;
  gcs: boolean;
  oss: boolean;
  local: boolean;
  units: UnitIdentity[];
}

export function accountViews(
  units: (UnitIdentity & { location: string; projectNumber?: string })[],
  repository: string,
  backendOf: (p: Provider) => StateBackend,
): AccountView[] {
  const groups = new Map<string, typeof units>();
  for (const u of units) {
    const id = `${u.provider}-${u.account}`;
    const list = groups.get(id);
    if (list) list.push(u);
    else groups.set(id, [u]);
  }
  const ids = [...groups.keys()].sort();
  const firstOf = new Map<Provider, string>();
  for (const id of ids) {
    const p = groups.get(id)![0]!.provider;
    if (!firstOf.has(p)) firstOf.set(p, id);
  }
  return ids.map((id) => {
    const list = groups.get(id)!;
    const first = list[0]!;
    const backend = backendOf(first.provider);
    const owns = firstOf.get(first.provider) === id && backend.type !== "local" && backend.bucket;
    const prefix = `${backend.prefix ?? "stacks"}/bootstrap/${id}`;
    return {
      id,
      provider: first.provider,
      account: first.account,
      projectNumber: first.projectNumber ?? "",
      location: [...list].sort((a, b) => (a.region < b.region ? -1 : 1))[0]!.location,
      repository,
      issuer: GITHUB_OIDC_ISSUER,
      gcpPoolId: GCP_POOL_ID,
      gcpProviderId: GCP_PROVIDER_ID,
      alicloudOidcProvider: ALICLOUD_OIDC_PROVIDER,
      awsRolePath: AWS_ROLE_PATH,
      stateBucket: owns
        ? { name: backend.bucket!, region: backend.region ?? first.location }
        : undefined,
      backend: { ...backend, prefix, stateKey: `${prefix}/terraform.tfstate` },
      s3: backend.type === "s3",
      gcs: backend.type === "gcs",
      oss: backend.type === "oss",
      local: backend.type === "local",
      units: [...list].sort((a, b) => (a.unit < b.unit ? -1 : 1)),
    };
  });
}
