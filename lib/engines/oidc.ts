// Cloud credentials from the workflow's OIDC token: no long-lived keys anywhere. The job
// (with `id-token: write`) asks GitHub for an ID token per audience, writes it to a file
// only the runner's user can read, and hands the engines the environment each cloud's SDK
// reads natively — AWS's web-identity variables, a GCP external-account credential file
// for workload identity federation, Alibaba Cloud's OIDC role variables. Terraform's
// providers and backends then assume the role themselves.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Unit, UnitIdentityRef } from "../stacks/inventory.ts";

export interface OidcTargets {
  /** e.g. arn:aws:iam::123456789012:role/cloudneutral-apply */
  awsRoleArn?: string;
  /** projects/N/locations/global/workloadIdentityPools/P/providers/R */
  gcpWorkloadIdentityProvider?: string;
  /** Impersonated after the exchange, when given. */
  gcpServiceAccount?: string;
  alicloudRoleArn?: string;
  alicloudOidcProviderArn?: string;
}

export interface OidcRequest {
  /** ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN, set by the runner when `id-token: write`. */
  requestUrl: string | undefined;
  requestToken: string | undefined;
  /** Where the token files go (RUNNER_TEMP); created 0700. */
  dir: string;
  /** Called with each token before anything could print it (the runner's add-mask). */
  mask: (secret: string) => void;
  timeoutMs?: number;
}

export const AUDIENCES = {
  aws: "sts.amazonaws.com",
  alicloud: "sts.aliyuncs.com",
} as const;

const wanted = (t: OidcTargets) =>
  Boolean(t.awsRoleArn || t.gcpWorkloadIdentityProvider || t.alicloudRoleArn);

/** One ID token for `audience`, masked before it is returned. */
export async function requestIdToken(
  r: Omit<OidcRequest, "dir">,
  audience: string,
  purpose = "cloud credentials",
): Promise<string> {
  if (!r.requestUrl || !r.requestToken)
    throw new Error(
      `${purpose} need the workflow's OIDC token, but the job cannot request one: give it \`permissions: id-token: write\``,
    );
  const url = new URL(r.requestUrl);
  url.searchParams.set("audience", audience);
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${r.requestToken}`, accept: "application/json" },
    signal: AbortSignal.timeout(r.timeoutMs ?? 15_000),
  });
  // The body may echo the request token on errors: only the status is reported.
  if (!res.ok) throw new Error(`GitHub refused an OIDC token for ${audience} (HTTP ${res.status})`);
  const body = (await res.json()) as { value?: unknown };
  if (typeof body.value !== "string" || body.value === "")
    throw new Error(`GitHub's OIDC token response for ${audience} has no token`);
  r.mask(body.value);
  return body.value;
}

async function tokenFile(r: OidcRequest, name: string, audience: string): Promise<string> {
  const token = await requestIdToken(r, audience);
  await mkdir(r.dir, { recursive: true, mode: 0o700 });
  const file = path.join(r.dir, name);
  await writeFile(file, token, { mode: 0o600 });
  return file;
}

export interface CloudCredentials {
  /** For the engines' children; empty when no cloud is configured. */
  env: Record<string, string>;
  /**
   * Fetches fresh tokens into the same files. GitHub's ID tokens live minutes, and each
   * Terraform process assumes the role again from the file: call it before each unit.
   */
  refresh: () => Promise<void>;
}

/** The environment for the engines, and a way to keep its tokens fresh. */
export async function cloudCredentials(
  targets: OidcTargets,
  r: OidcRequest,
): Promise<CloudCredentials> {
  const env = await cloudCredentialsEnv(targets, r);
  return { env, refresh: async () => void (await cloudCredentialsEnv(targets, r)) };
}

/** The environment for the engines (writing the token files); empty when no cloud is configured. */
export async function cloudCredentialsEnv(
  targets: OidcTargets,
  r: OidcRequest,
): Promise<Record<string, string>> {
  if (!wanted(targets)) return {};
  const env: Record<string, string> = {};
  if (targets.awsRoleArn) {
    env.AWS_ROLE_ARN = targets.awsRoleArn;
    env.AWS_WEB_IDENTITY_TOKEN_FILE = await tokenFile(r, "aws-oidc-token", AUDIENCES.aws);
    env.AWS_ROLE_SESSION_NAME = "cloudneutral";
  }
  if (targets.gcpWorkloadIdentityProvider) {
    // The token's audience is the provider's https URL; the credential file names it as
    // the `//iam.googleapis.com/…` resource, as Google's STS expects.
    const provider = targets.gcpWorkloadIdentityProvider;
    const file = await tokenFile(r, "gcp-oidc-token", `https://iam.googleapis.com/${provider}`);
    const config: Record<string, unknown> = {
      type: "external_account",
      audience: `//iam.googleapis.com/${provider}`,
      subject_token_type: "urn:ietf:params:oauth:token-type:jwt",
      token_url: "https://sts.googleapis.com/v1/token",
      credential_source: { file },
    };
    if (targets.gcpServiceAccount)
      config.service_account_impersonation_url = `https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/${encodeURIComponent(targets.gcpServiceAccount)}:generateAccessToken`;
    const credentials = path.join(r.dir, "gcp-credentials.json");
    await writeFile(credentials, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
    env.GOOGLE_APPLICATION_CREDENTIALS = credentials;
  }
  if (targets.alicloudRoleArn) {
    if (!targets.alicloudOidcProviderArn)
      throw new Error("alicloud-role-arn needs alicloud-oidc-provider-arn (the RAM OIDC provider)");
    env.ALIBABA_CLOUD_ROLE_ARN = targets.alicloudRoleArn;
    env.ALIBABA_CLOUD_OIDC_PROVIDER_ARN = targets.alicloudOidcProviderArn;
    env.ALIBABA_CLOUD_OIDC_TOKEN_FILE = await tokenFile(
      r,
      "alicloud-oidc-token",
      AUDIENCES.alicloud,
    );
  }
  return env;
}

/** The targets of one of a unit's identities (stack.json), for `use`. */
export function identityTargets(identity: UnitIdentityRef, use: "plan" | "apply"): OidcTargets {
  const side = identity[use];
  switch (identity.provider) {
    case "aws":
      return { awsRoleArn: side.roleArn };
    case "gcp":
      return {
        gcpWorkloadIdentityProvider: identity.workloadIdentityProvider,
        gcpServiceAccount: side.serviceAccount,
      };
    case "alicloud":
      return { alicloudRoleArn: side.roleArn, alicloudOidcProviderArn: identity.oidcProviderArn };
  }
}

/**
 * The environment for one unit's commands: its own identity for `use`, with fresh tokens in a
 * directory of its own (units of one job never share a token file). Empty for a unit with
 * no identity (on-prem: no cloud API).
 */
export async function unitCredentialsEnv(
  unit: Pick<Unit, "id" | "identity">,
  use: "plan" | "apply",
  r: OidcRequest,
): Promise<Record<string, string>> {
  if (!unit.identity) return {};
  const dir = path.join(r.dir, unit.id.replace(/[^A-Za-z0-9-]/g, "_"));
  return cloudCredentialsEnv(identityTargets(unit.identity, use), { ...r, dir });
}
