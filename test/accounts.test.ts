// Accounts and state backends: validate's new errors, each at its file, line and column (and
// hostile values stay data), and `cloudneutral bootstrap` on the second adopter.
import { cp } from "node:fs/promises";
import path from "node:path";
import { parse as parseHcl } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import { cli, editConfig, ROOT, scratch, snapshotTree, validateFailing } from "./helpers.ts";

const ADOPTER = path.join(ROOT, "test/fixtures/adopter/platform-config");

async function adopter(): Promise<string> {
  const repo = await scratch("cn-acct-");
  await cp(ADOPTER, path.join(repo, "platform-config"), { recursive: true });
  return repo;
}

describe("accounts and state backends", () => {
  it("the adopter validates, and bootstrap renders one stack per account and names the Environments", async () => {
    const repo = await adopter();
    const out = path.join(repo, "infra");
    const run = await cli(
      "bootstrap",
      "--config",
      path.join(repo, "platform-config"),
      "--out",
      out,
      "--format",
      "json",
    );
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      accounts: { id: string; units: string[]; stateBucket?: string; backend: string }[];
      environments: string[];
    };
    expect(result.accounts.map((a) => [a.id, a.stateBucket, a.backend])).toEqual([
      ["aws-444455556666", "harbor-tfstate-use1", "s3"],
      ["gcp-harbor-eu-live", "harbor-tfstate-eu", "gcs"],
    ]);
    expect(result.accounts[0]!.units).toEqual([
      "stacks/foundation/use1",
      "stacks/foundation/usw2",
      "stacks/k8s-base/use1",
      "stacks/k8s-base/usw2",
      "stacks/platform/use1",
    ]);
    expect(result.environments).toContain("cloudneutral-k8s-base-live");
    // What it wrote is render's output: a render --check afterwards finds nothing to do.
    const check = await cli(
      "render",
      "--config",
      path.join(repo, "platform-config"),
      "--out",
      out,
      "--check",
    );
    expect(check.code, check.stdout).toBe(0);
    const tree = await snapshotTree(out);
    for (const [file, text] of Object.entries(tree))
      if (file.startsWith("bootstrap/"))
        await expect(parseHcl(file, text)).resolves.toBeTypeOf("object");
    // Each provider's stacks keep state in their own cloud's store.
    expect(tree["stacks/foundation/euw1/backend.tf"]).toContain('backend "gcs"');
    expect(tree["stacks/foundation/use1/backend.tf"]).toContain('backend "s3"');
    expect(tree["stacks/foundation/dc1/backend.tf"]).toContain(
      's3 = "https://minio.dc1.harbor.example:9000"',
    );
    expect(tree["stacks/k8s-base/euw1/provider.tf"]).toContain('project = "harbor-eu-live"');
    const text = await cli(
      "bootstrap",
      "--config",
      path.join(repo, "platform-config"),
      "--out",
      out,
    );
    expect(text.stdout).toContain("terraform init -migrate-state -force-copy");
    expect(text.stdout).toContain("with administrator credentials for AWS account 444455556666");
  });

  it("a cloud region without its account, a malformed one, a GCP project without its number, state in another cloud: each at its line and column", async () => {
    const repo = await adopter();
    await editConfig(repo, "regions/usw2.yaml", '  account:\n    id: "444455556666"\n', "");
    await editConfig(repo, "regions/use1.yaml", 'id: "444455556666"', 'id: "4444-5555"');
    await editConfig(repo, "regions/euw1.yaml", '    projectNumber: "731904455210"\n', "");
    await editConfig(
      repo,
      "platform.yaml",
      "  stateBackends:\n    gcp:\n      type: gcs\n      bucket: harbor-tfstate-eu\n      prefix: cn\n",
      "  stateBackends:\n",
    );
    await editConfig(
      repo,
      "regions/dc1.yaml",
      "  provider: onprem\n",
      '  provider: onprem\n  account:\n    id: "123"\n',
    );
    const errors = await validateFailing(repo);
    const at = (file: string) => errors.filter((e) => e.file === file);
    expect(at("regions/usw2.yaml")).toEqual([
      expect.objectContaining({
        line: 7,
        column: 13,
        message: expect.stringContaining("needs spec.account.id (an AWS account id (12 digits))"),
      }),
    ]);
    expect(at("regions/use1.yaml")).toEqual([
      expect.objectContaining({
        line: 9,
        column: 9,
        message: 'expected an AWS account id (12 digits), got "4444-5555"',
      }),
    ]);
    expect(at("regions/euw1.yaml")).toEqual([
      expect.objectContaining({
        line: 9,
        column: 5,
        message: expect.stringContaining("needs projectNumber"),
      }),
    ]);
    expect(at("regions/dc1.yaml")).toEqual([
      expect.objectContaining({
        line: 8,
        column: 3,
        message: "an onprem region has no cloud account; remove `account`",
      }),
    ]);
    // GCP now falls back to the default stateBackend, an S3 bucket: planning it would need AWS.
    expect(at("platform.yaml")).toEqual([
      expect.objectContaining({
        line: 21,
        column: 11,
        message: expect.stringContaining("region euw1 (gcp) would keep its state in s3"),
      }),
    ]);
  });

  it("an on-prem s3 backend without an endpoint is AWS's: refused; a hostile endpoint never reaches the HCL", async () => {
    const repo = await adopter();
    await editConfig(
      repo,
      "platform.yaml",
      "      endpoint: https://minio.dc1.harbor.example:9000\n",
      "",
    );
    expect(await validateFailing(repo)).toEqual([
      expect.objectContaining({
        file: "platform.yaml",
        message: expect.stringContaining("region dc1 (onprem) would keep its state in s3"),
      }),
    ]);
    const hostile = await adopter();
    await editConfig(
      hostile,
      "platform.yaml",
      "endpoint: https://minio.dc1.harbor.example:9000",
      'endpoint: "https://x\\"\\n}\\nresource \\"null\\" \\"y\\" {"',
    );
    const errors = await validateFailing(hostile);
    // Refused by the schema at its line; left out, the backend is then AWS's S3 as above.
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: "platform.yaml",
        line: 34,
        column: 17,
        message: expect.stringContaining("spec.stateBackends.onprem.endpoint: expected "),
      }),
    );
    expect(errors).toHaveLength(2);
  });
});
