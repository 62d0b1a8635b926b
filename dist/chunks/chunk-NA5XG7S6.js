import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/engines/oidc.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
var AUDIENCES = {
  aws: "sts.amazonaws.com",
  alicloud: "sts.aliyuncs.com"
}, wanted = (t) => !!(t.awsRoleArn || t.gcpWorkloadIdentityProvider || t.alicloudRoleArn);
async function requestIdToken(r, audience, purpose = "cloud credentials") {
  if (!r.requestUrl || !r.requestToken)
    throw new Error(
      `${purpose} need the workflow's OIDC token, but the job cannot request one: give it \`permissions: id-token: write\``
    );
  let url = new URL(r.requestUrl);
  url.searchParams.set("audience", audience);
  let res = await fetch(url, {
    headers: { authorization: `Bearer ${r.requestToken}`, accept: "application/json" },
    signal: AbortSignal.timeout(r.timeoutMs ?? 15e3)
  });
  if (!res.ok) throw new Error(`GitHub refused an OIDC token for ${audience} (HTTP ${res.status})`);
  let body = await res.json();
  if (typeof body.value != "string" || body.value === "")
    throw new Error(`GitHub's OIDC token response for ${audience} has no token`);
  return r.mask(body.value), body.value;
}
async function tokenFile(r, name, audience) {
  let token = await requestIdToken(r, audience);
  await mkdir(r.dir, { recursive: !0, mode: 448 });
  let file = path.join(r.dir, name);
  return await writeFile(file, token, { mode: 384 }), file;
}
async function cloudCredentials(targets, r) {
  return { env: await cloudCredentialsEnv(targets, r), refresh: async () => {
    await cloudCredentialsEnv(targets, r);
  } };
}
async function cloudCredentialsEnv(targets, r) {
  if (!wanted(targets)) return {};
  let env = {};
  if (targets.awsRoleArn && (env.AWS_ROLE_ARN = targets.awsRoleArn, env.AWS_WEB_IDENTITY_TOKEN_FILE = await tokenFile(r, "aws-oidc-token", AUDIENCES.aws), env.AWS_ROLE_SESSION_NAME = "cloudneutral"), targets.gcpWorkloadIdentityProvider) {
    let provider = targets.gcpWorkloadIdentityProvider, file = await tokenFile(r, "gcp-oidc-token", `https://iam.googleapis.com/${provider}`), config = {
      type: "external_account",
      audience: `//iam.googleapis.com/${provider}`,
      subject_token_type: "urn:ietf:params:oauth:token-type:jwt",
      token_url: "https://sts.googleapis.com/v1/token",
      credential_source: { file }
    };
    targets.gcpServiceAccount && (config.service_account_impersonation_url = `https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/${encodeURIComponent(targets.gcpServiceAccount)}:generateAccessToken`);
    let credentials = path.join(r.dir, "gcp-credentials.json");
    await writeFile(credentials, `${JSON.stringify(config, null, 2)}
`, { mode: 384 }), env.GOOGLE_APPLICATION_CREDENTIALS = credentials;
  }
  if (targets.alicloudRoleArn) {
    if (!targets.alicloudOidcProviderArn)
      throw new Error("alicloud-role-arn needs alicloud-oidc-provider-arn (the RAM OIDC provider)");
    env.ALIBABA_CLOUD_ROLE_ARN = targets.alicloudRoleArn, env.ALIBABA_CLOUD_OIDC_PROVIDER_ARN = targets.alicloudOidcProviderArn, env.ALIBABA_CLOUD_OIDC_TOKEN_FILE = await tokenFile(
      r,
      "alicloud-oidc-token",
      AUDIENCES.alicloud
    );
  }
  return env;
}
function identityTargets(identity, use) {
  let side = identity[use];
  switch (identity.provider) {
    case "aws":
      return { awsRoleArn: side.roleArn };
    case "gcp":
      return {
        gcpWorkloadIdentityProvider: identity.workloadIdentityProvider,
        gcpServiceAccount: side.serviceAccount
      };
    case "alicloud":
      return { alicloudRoleArn: side.roleArn, alicloudOidcProviderArn: identity.oidcProviderArn };
  }
}
async function unitCredentialsEnv(unit, use, r) {
  if (!unit.identity) return {};
  let dir = path.join(r.dir, unit.id.replace(/[^A-Za-z0-9-]/g, "_"));
  return cloudCredentialsEnv(identityTargets(unit.identity, use), { ...r, dir });
}

export {
  AUDIENCES,
  requestIdToken,
  cloudCredentials,
  cloudCredentialsEnv,
  identityTargets,
  unitCredentialsEnv
};
