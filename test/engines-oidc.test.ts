// Cloud credentials from the workflow's OIDC token, against a loopback stand-in of the
// runner's token endpoint: one token per audience, files only the runner's user can read,
// the environment each cloud's SDK reads, the token masked, and clear errors.
import { readFile, stat, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cloudCredentialsEnv, unitCredentialsEnv } from "../lib/engines/oidc.ts";
import { render } from "../lib/render/index.ts";
import { listUnits } from "../lib/stacks/inventory.ts";
import { sampleRepo, scratch } from "./helpers.ts";

let server: Server;
let url: string;
let seen: { audience: string | null; auth: string | undefined }[];
let status: number;

beforeEach(async () => {
  seen = [];
  status = 200;
  server = createServer((req, res) => {
    const u = new URL(req.url ?? "/", "http://x");
    seen.push({ audience: u.searchParams.get("audience"), auth: req.headers.authorization });
    res.writeHead(status, { "content-type": "application/json" });
    res.end(
      JSON.stringify(
        status === 200
          ? { value: `jwt-for-${u.searchParams.get("audience")}` }
          : { message: "request-token-echo" },
      ),
    );
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?api-version=2.0`;
});

afterEach(() => new Promise<void>((r) => server.close(() => r())));

describe("cloud credentials from the OIDC token", () => {
  it("writes one token per cloud and the environment its SDK reads", async () => {
    const dir = path.join(await scratch("cn-oidc-"), "oidc");
    const masked: string[] = [];
    const env = await cloudCredentialsEnv(
      {
        awsRoleArn: "arn:aws:iam::123456789012:role/apply",
        gcpWorkloadIdentityProvider:
          "projects/1/locations/global/workloadIdentityPools/gh/providers/gh",
        gcpServiceAccount: "apply@p.iam.gserviceaccount.com",
        alicloudRoleArn: "acs:ram::1:role/apply",
        alicloudOidcProviderArn: "acs:ram::1:oidc-provider/github",
      },
      { requestUrl: url, requestToken: "runner-secret", dir, mask: (s) => masked.push(s) },
    );
    expect(seen.map((s) => s.audience)).toEqual([
      "sts.amazonaws.com",
      "https://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/gh/providers/gh",
      "sts.aliyuncs.com",
    ]);
    expect(seen.every((s) => s.auth === "Bearer runner-secret")).toBe(true);
    expect(env.AWS_ROLE_ARN).toBe("arn:aws:iam::123456789012:role/apply");
    expect(await readFile(env.AWS_WEB_IDENTITY_TOKEN_FILE!, "utf8")).toBe(
      "jwt-for-sts.amazonaws.com",
    );
    expect((await stat(env.AWS_WEB_IDENTITY_TOKEN_FILE!)).mode & 0o777).toBe(0o600);
    const gcp = JSON.parse(await readFile(env.GOOGLE_APPLICATION_CREDENTIALS!, "utf8"));
    expect(gcp).toMatchObject({
      type: "external_account",
      audience:
        "//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/gh/providers/gh",
      subject_token_type: "urn:ietf:params:oauth:token-type:jwt",
      credential_source: { file: path.join(dir, "gcp-oidc-token") },
    });
    expect(gcp.service_account_impersonation_url).toContain(
      "apply%40p.iam.gserviceaccount.com:generateAccessToken",
    );
    expect(env.ALIBABA_CLOUD_OIDC_PROVIDER_ARN).toBe("acs:ram::1:oidc-provider/github");
    expect(masked).toHaveLength(3);
  });

  it("refreshes the token files in place (GitHub's ID tokens live minutes)", async () => {
    const { cloudCredentials } = await import("../lib/engines/oidc.ts");
    const dir = await scratch("cn-oidc-");
    const creds = await cloudCredentials(
      { awsRoleArn: "arn:aws:iam::1:role/apply" },
      { requestUrl: url, requestToken: "t", dir, mask: () => {} },
    );
    await creds.refresh();
    expect(seen.map((s) => s.audience)).toEqual(["sts.amazonaws.com", "sts.amazonaws.com"]);
    expect(await readFile(creds.env.AWS_WEB_IDENTITY_TOKEN_FILE!, "utf8")).toBe(
      "jwt-for-sts.amazonaws.com",
    );
  });

  it("asks for nothing when no cloud is configured", async () => {
    const env = await cloudCredentialsEnv(
      {},
      { requestUrl: undefined, requestToken: undefined, dir: "/nonexistent", mask: () => {} },
    );
    expect(env).toEqual({});
    expect(seen).toEqual([]);
  });

  it("says what is missing: id-token permission, a refused request, the OIDC provider", async () => {
    const dir = await scratch("cn-oidc-");
    const r = { requestUrl: undefined, requestToken: undefined, dir, mask: () => {} };
    await expect(cloudCredentialsEnv({ awsRoleArn: "arn:x" }, r)).rejects.toThrow(
      /id-token: write/,
    );
    status = 403;
    const refused = cloudCredentialsEnv(
      { awsRoleArn: "arn:x" },
      { ...r, requestUrl: url, requestToken: "t" },
    );
    await expect(refused).rejects.toThrow(
      "GitHub refused an OIDC token for sts.amazonaws.com (HTTP 403)",
    );
    await expect(refused).rejects.not.toThrow(/request-token-echo/);
    await expect(
      cloudCredentialsEnv(
        { alicloudRoleArn: "acs:x" },
        { ...r, requestUrl: url, requestToken: "t" },
      ),
    ).rejects.toThrow(/alicloud-oidc-provider-arn/);
  });

  it("each unit assumes its own identity from its stack.json, plan or apply, with token files of its own", async () => {
    const repo = await sampleRepo();
    const infra = path.join(repo, "infra");
    await render({ configDir: path.join(repo, "platform-config"), outDir: infra });
    const units = new Map(listUnits(infra).map((u) => [u.id, u]));
    const dir = path.join(await scratch("cn-oidc-"), "oidc");
    const request = { requestUrl: url, requestToken: "runner-secret", dir, mask: () => {} };
    const unit = (id: string) => units.get(id)!;

    const plan = await unitCredentialsEnv(unit("stacks/k8s-base/jp1"), "plan", request);
    const apply = await unitCredentialsEnv(unit("stacks/foundation/jp1"), "apply", request);
    expect(plan.AWS_ROLE_ARN).toBe(
      "arn:aws:iam::111122223333:role/cloudneutral/cloudneutral-k8s-base-jp1-plan",
    );
    expect(apply.AWS_ROLE_ARN).toBe(
      "arn:aws:iam::111122223333:role/cloudneutral/cloudneutral-foundation-jp1-apply",
    );
    expect(plan.AWS_WEB_IDENTITY_TOKEN_FILE).not.toBe(apply.AWS_WEB_IDENTITY_TOKEN_FILE);

    const gcp = await unitCredentialsEnv(unit("stacks/k8s-base/sg1"), "apply", request);
    const credentials = JSON.parse(await readFile(gcp.GOOGLE_APPLICATION_CREDENTIALS!, "utf8"));
    expect(credentials.audience).toBe(
      "//iam.googleapis.com/projects/480215553001/locations/global/workloadIdentityPools/cloudneutral/providers/github",
    );
    expect(credentials.service_account_impersonation_url).toContain(
      "cn-k8s-sg1-apply%40cloudneutral-apac.iam.gserviceaccount.com:generateAccessToken",
    );

    const ali = await unitCredentialsEnv(unit("stacks/foundation/cn1"), "plan", request);
    expect(ali.ALIBABA_CLOUD_ROLE_ARN).toBe(
      "acs:ram::5123456789012345:role/cloudneutral-foundation-cn1-plan",
    );
    expect(ali.ALIBABA_CLOUD_OIDC_PROVIDER_ARN).toBe(
      "acs:ram::5123456789012345:oidc-provider/cloudneutral-github",
    );
    const before = seen.length;
    // On-prem: no cloud API, no identity, no token asked for.
    expect(await unitCredentialsEnv(unit("stacks/foundation/eu1"), "apply", request)).toEqual({});
    expect(seen.length).toBe(before);
  });

  it("refuses a stack.json identity that is not plain names, naming the file", async () => {
    const repo = await sampleRepo();
    const infra = path.join(repo, "infra");
    await render({ configDir: path.join(repo, "platform-config"), outDir: infra });
    const file = path.join(infra, "stacks/foundation/jp1/stack.json");
    const json = JSON.parse(await readFile(file, "utf8"));
    json.identity.apply.roleArn = "arn:aws:iam::1:role/x\n::add-mask::";
    await writeFile(file, JSON.stringify(json));
    expect(() => listUnits(infra)).toThrow(
      /identity: apply\.roleArn is not a plain name; run render/,
    );
  });
});
