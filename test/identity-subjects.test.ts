// The identity-subject test (issue 14): for every Terraform unit, every workflow job that
// plans or applies it presents a `sub` its identity trusts — the plan identity for the PR
// plan job and the drift check, the apply identity for the job in the unit's Environment.
// Both sides come from outside the code that wrote them: the subjects from the workflow files
// and routing (lib/stacks/routing.ts), the trust from the rendered bootstrap stacks as the
// real AWS provider plans them (mock credentials, no account) and as HashiCorp's HCL parser
// reads the GCP and Alibaba Cloud ones.
import { execFile, spawnSync } from "node:child_process";
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { validateConfig } from "../lib/model/index.ts";
import { render } from "../lib/render/index.ts";
import { listUnits, type UnitIdentityRef } from "../lib/stacks/inventory.ts";
import { routeUnits } from "../lib/stacks/routing.ts";
import { ROOT, scratch, snapshotTree } from "./helpers.ts";
import {
  type AwsPolicyStatement,
  actionsOf,
  alicloudTrusts,
  awsPolicies,
  awsTrusts,
  gcpTrusts,
  identityJobs,
  resourcesOf,
  type TrustMap,
  untrustedSubjects,
} from "./identity-trust.ts";

const run = promisify(execFile);
const binary = ["terraform", "tofu"].find((b) => spawnSync(b, ["version"]).status === 0);
const pluginDir = process.env.TF_PLUGIN_DIR ?? "/opt/tf-plugins";

// Provider settings that let the real AWS provider plan without an account: merged into the
// rendered provider block by Terraform's override-file mechanism, with local state.
const MOCK_AWS = `terraform {
  backend "local" {}
}
provider "aws" {
  access_key                  = "mock-access-key"
  secret_key                  = "mock-secret-key"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  allowed_account_ids         = null
}
`;

/** The plan JSON of a rendered AWS bootstrap stack, planned by the real provider. */
export async function planAwsBootstrap(src: string): Promise<unknown> {
  const dir = await scratch("cn-boot-");
  await cp(src, dir, { recursive: true });
  await writeFile(path.join(dir, "mock_override.tf"), MOCK_AWS);
  const env = { ...process.env, TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" };
  await run(binary!, ["init", "-input=false", "-no-color", `-plugin-dir=${pluginDir}`], {
    cwd: dir,
    env,
  });
  await run(binary!, ["plan", "-input=false", "-no-color", "-out=plan.bin"], { cwd: dir, env });
  const { stdout } = await run(binary!, ["show", "-json", "plan.bin"], {
    cwd: dir,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout);
}

const FIXTURES = {
  sample: path.join(ROOT, "platform-config"),
  adopter: path.join(ROOT, "test/fixtures/adopter/platform-config"),
};

describe.skipIf(!binary && process.env.CI !== "true")("identity subjects", () => {
  // Sized from measurements: init + plan of one AWS bootstrap stack with the 675 MB aws
  // plugin took 40–61 s on 2 cores at load average 4–8; two repositories, one stack each.
  it.each(Object.entries(FIXTURES))(
    "%s: every unit's job subject is trusted by that unit's identity",
    {
      timeout: 480_000,
    },
    async (_name, configSrc) => {
      const repo = await scratch("cn-ids-");
      const configDir = path.join(repo, "platform-config");
      await cp(configSrc, configDir, { recursive: true });
      const infra = path.join(repo, "infra");
      await render({ configDir, outDir: infra });
      const { config, problems } = await validateConfig(configDir);
      expect(problems).toEqual([]);
      const platform = config.byKind.Platform[0]!.value.spec;
      const branch = platform.defaultBranch ?? "main";

      // The subjects side: the workflows this repository ships, and routing.
      const jobs = await identityJobs(path.join(ROOT, ".github/workflows"));
      // These at least (the reusable cloudneutral-*.yml forms, where present, are checked too).
      expect(jobs.map((j) => `${j.name}:${j.use}`)).toEqual(
        expect.arrayContaining([
          "apply-layer.yml#apply:apply",
          "drift.yml#check:plan",
          "drift.yml#correct:apply",
          "pr.yml#plan:plan",
        ]),
      );
      // A job that cannot ask for a token can assume nothing.
      expect(jobs.filter((j) => !j.idToken)).toEqual([]);
      const all = listUnits(infra).filter((u) => u.engine === "terraform");
      const routes = routeUnits(config, all);
      const units = all.flatMap((u) =>
        u.identity
          ? [{ id: u.id, identity: u.identity, environment: routes.get(u.id)!.environment }]
          : [],
      );
      // Every cloud unit has identities; only on-prem units (no cloud API) have none.
      const providers = new Map(
        config.byKind.Region.map((r) => [r.name, r.value.spec.provider] as const),
      );
      expect(
        all.filter((u) => !u.identity).every((u) => providers.get(u.region) === "onprem"),
      ).toBe(true);
      expect(units.length).toBeGreaterThan(3);

      // The trust side: the bootstrap stacks as rendered.
      const trusts: TrustMap = new Map();
      const accounts = await readdir(path.join(infra, "bootstrap"));
      for (const account of accounts) {
        const dir = path.join(infra, "bootstrap", account);
        const text = await readFile(path.join(dir, "main.tf"), "utf8");
        const [provider, ...rest] = account.split("-");
        const id = rest.join("-");
        if (provider === "aws") {
          const plan = await planAwsBootstrap(dir);
          awsTrusts(plan, id, trusts);
          checkAwsPolicies(awsPolicies(plan));
        } else {
          const identity = units.find(
            (u) => u.identity.provider === provider && u.identity.account === id,
          )!.identity;
          if (provider === "gcp") await gcpTrusts(`${account}/main.tf`, text, identity, trusts);
          else await alicloudTrusts(`${account}/main.tf`, text, id, trusts);
        }
      }

      expect(untrustedSubjects(units, jobs, trusts, platform.repository, branch)).toEqual([]);

      // Apply identities trust their Environment only: no PR job, no job without an Environment.
      for (const u of units) {
        const apply = trusts.get(principal(u.identity, "apply"))!;
        expect(apply, u.id).toEqual([`repo:${platform.repository}:environment:${u.environment}`]);
        expect(trusts.get(principal(u.identity, "plan")), u.id).toEqual(
          [
            `repo:${platform.repository}:pull_request`,
            `repo:${platform.repository}:ref:refs/heads/${branch}`,
          ].sort(),
        );
      }

      // Not vacuous: a job in another Environment (the old tenant-env naming) is refused for
      // every unit it would apply.
      const elsewhere = units.map((u) => ({ ...u, environment: `${u.environment}-other` }));
      const refused = untrustedSubjects(elsewhere, jobs, trusts, platform.repository, branch);
      expect(refused.length).toBe(units.length * jobs.filter((j) => j.use === "apply").length);
    },
  );

  it("creates GitHub's AWS OIDC provider once per account, never in a unit: two regions in one account apply", async () => {
    const repo = await scratch("cn-ids-");
    await cp(FIXTURES.adopter, path.join(repo, "platform-config"), { recursive: true });
    await render({
      configDir: path.join(repo, "platform-config"),
      outDir: path.join(repo, "infra"),
    });
    const tree = await snapshotTree(path.join(repo, "infra"));
    const providers = Object.entries(tree).filter(([, text]) =>
      text.includes('resource "aws_iam_openid_connect_provider"'),
    );
    expect(providers.map(([file]) => file)).toEqual(["bootstrap/aws-444455556666/main.tf"]);
    // Both AWS regions' units are in that account's one bootstrap stack.
    const boot = tree["bootstrap/aws-444455556666/main.tf"]!;
    for (const unit of ["foundation/use1", "foundation/usw2", "k8s-base/use1", "k8s-base/usw2"])
      expect(boot).toContain(`"stacks/${unit}", "apply"`);
  });
});

function principal(identity: UnitIdentityRef, use: "plan" | "apply"): string {
  return identity[use].roleArn ?? identity[use].serviceAccount ?? "";
}

/**
 * Least privilege, as the provider planned it: a plan identity reads, and writes nothing but
 * its own state lock; a k8s-base apply identity passes only its region's node roles, to EC2
 * or EKS, and attaches only AWS's EKS policies to them.
 */
function checkAwsPolicies(policies: Map<string, AwsPolicyStatement[]>): void {
  expect(policies.size).toBeGreaterThan(3);
  const reads = /^(ec2|eks|iam|ssm|s3|sts|[a-z0-9-]+):(Describe|Get|List)/;
  for (const [role, statements] of policies) {
    if (!role.endsWith("-plan")) continue;
    for (const s of statements) {
      const writes = actionsOf(s).filter((a) => !reads.test(a));
      if (writes.length > 0)
        expect(
          resourcesOf(s).every((r) => r.endsWith(".tflock")),
          `${role} ${writes}`,
        ).toBe(true);
    }
  }
  const k8s = [...policies].filter(([role]) => /^cloudneutral-k8s-base-.*-apply$/.test(role));
  expect(k8s.length).toBeGreaterThan(0);
  for (const [role, statements] of k8s) {
    const region = /^cloudneutral-k8s-base-(.*)-apply$/.exec(role)![1]!;
    const pass = statements.filter((s) => actionsOf(s).includes("iam:PassRole"));
    expect(pass.length, role).toBe(1);
    expect(resourcesOf(pass[0]!).every((r) => r.endsWith(`:role/cloudneutral-${region}-*`))).toBe(
      true,
    );
    expect(pass[0]!.Condition?.StringEquals?.["iam:PassedToService"]).toEqual([
      "ec2.amazonaws.com",
      "eks.amazonaws.com",
    ]);
    const attach = statements.find((s) => actionsOf(s).includes("iam:AttachRolePolicy"))!;
    expect(attach.Condition?.ArnEquals?.["iam:PolicyARN"]).toContain(
      "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    );
    // Nothing grants IAM on everything.
    for (const s of statements)
      if (actionsOf(s).some((a) => a.startsWith("iam:") && a !== "iam:CreateServiceLinkedRole"))
        expect(resourcesOf(s), role).not.toContain("*");
  }
}
