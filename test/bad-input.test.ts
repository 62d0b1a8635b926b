import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, editConfig, sampleRepo, scratch, snapshotTree } from "./helpers.ts";

const DOC = (kind: string, name: string, spec = "{}") =>
  `apiVersion: cloudneutral.io/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec: ${spec}\n`;

async function add(dir: string, file: string, content: string | Buffer): Promise<void> {
  await writeFile(path.join(dir, "platform-config", file), content);
}

interface Case {
  name: string;
  mutate(dir: string): Promise<void>;
  file: string;
  line?: number;
  column?: number;
  message: RegExp;
}

const hostileNames = [
  ["a double quote", '"a\\"b"'],
  ["an interpolation", '"${jndi}"'],
  ["a newline", '"orders\\napi"'],
  ["a path traversal", '"../../etc"'],
  ["shell metacharacters", '"x;rm -rf /"'],
  ["a command substitution", '"$(id)"'],
  ["a backtick", '"`id`"'],
] as const;

const cases: Case[] = [
  {
    name: "invalid YAML",
    mutate: (d) =>
      add(
        d,
        "broken.yaml",
        "apiVersion: cloudneutral.io/v1alpha1\nkind: Tenant\nmetadata: {name: [oops\n",
      ),
    file: "broken.yaml",
    message: /invalid YAML/,
  },
  {
    name: "a document without kind",
    mutate: (d) =>
      add(
        d,
        "nokind.yaml",
        "apiVersion: cloudneutral.io/v1alpha1\nmetadata:\n  name: x\nspec: {}\n",
      ),
    file: "nokind.yaml",
    line: 1,
    column: 1,
    message: /no `kind`; expected one of Platform/,
  },
  {
    name: "an unknown kind",
    mutate: (d) => add(d, "unknown.yaml", DOC("Database", "orders")),
    file: "unknown.yaml",
    line: 2,
    column: 7,
    message: /unknown kind "Database"/,
  },
  {
    name: "an unknown field",
    mutate: (d) =>
      editConfig(
        d,
        "tenants/acme.yaml",
        "  displayName: Acme Retail\n",
        "  displayName: Acme Retail\n  colour: red\n",
      ),
    file: "tenants/acme.yaml",
    line: 9,
    column: 3,
    message: /spec: unknown field "colour"; expected one of displayName, owners, regions, budget/,
  },
  {
    name: "a wrong type",
    mutate: (d) =>
      editConfig(d, "services/acme-storefront.yaml", "  port: 8080\n", '  port: "eighty"\n'),
    file: "services/acme-storefront.yaml",
    column: 9,
    message: /spec\.port: expected integer; got "eighty"/,
  },
  {
    name: "an unknown size",
    mutate: (d) =>
      editConfig(d, "services/acme-storefront.yaml", "  size: medium\n", "  size: huge\n"),
    file: "services/acme-storefront.yaml",
    column: 9,
    message: /unknown Size "huge"; expected one of large, medium, small/,
  },
  {
    name: "an unknown region in a GTM policy",
    mutate: (d) => editConfig(d, "gtm/api.yaml", "region: sg1", "region: us1"),
    file: "gtm/api.yaml",
    message: /unknown Region "us1"/,
  },
  {
    name: "a GTM failover target that the policy does not serve",
    mutate: (d) => editConfig(d, "gtm/api.yaml", "failover: [sg1]", "failover: [cn1]"),
    file: "gtm/api.yaml",
    line: 18,
    column: 18,
    message: /failover target "cn1" is not one of this policy's regions \(jp1, sg1, eu1\)/,
  },
  {
    name: "a region the tenant may not use",
    mutate: async (d) => {
      const file = path.join(d, "platform-config/services/globex-inference.yaml");
      const text = await readFile(file, "utf8");
      await writeFile(file, text.replace(/regions: \[jp1, sg1\]/, "regions: [jp1, cn1]"));
    },
    file: "services/globex-inference.yaml",
    message: /tenant "globex" may not use region "cn1"/,
  },
  {
    name: "a duplicate name",
    mutate: (d) =>
      add(d, "dup.yaml", DOC("Environment", "prod", "{approvals: 1, protected: true}")),
    file: "environments.yaml",
    message: /duplicate Environment "prod"; first defined at/,
  },
  {
    name: "a dependency cycle",
    mutate: (d) =>
      editConfig(
        d,
        "compositions/orders-db.yaml",
        "  regions: [jp1]\n",
        "  regions: [jp1]\n  dependsOn: [orders-cache]\n",
      ),
    file: "compositions/orders-db.yaml",
    message:
      /dependency cycle: orders-cache → orders-db → orders-cache|dependency cycle: orders-db → orders-cache → orders-db/,
  },
  {
    // orders-db.yaml: the source is on line 15, its value at column 13.
    name: "a module source the Platform does not allow",
    mutate: (d) =>
      editConfig(
        d,
        "compositions/orders-db.yaml",
        "source: terraform-aws-modules/rds/aws",
        "source: git::https://evil.example/modules.git//rds",
      ),
    file: "compositions/orders-db.yaml",
    line: 15,
    column: 13,
    message:
      /module source "git::https:\/\/evil\.example\/modules\.git\/\/rds" is not allowed; Platform\.spec\.moduleSources allows "terraform-aws-modules\/"/,
  },
  {
    name: "a module source climbing out of an allowed prefix",
    mutate: (d) =>
      editConfig(
        d,
        "compositions/orders-db.yaml",
        "source: terraform-aws-modules/rds/aws",
        "source: terraform-aws-modules/../../evil/rds",
      ),
    file: "compositions/orders-db.yaml",
    line: 15,
    column: 13,
    message: /leaves the allowed prefix "terraform-aws-modules\/" with a "\.\." segment/,
  },
  {
    name: "a tenant's composition in a region the tenant may not use",
    mutate: (d) =>
      add(
        d,
        "compositions/globex-cache.yaml",
        `${DOC("Composition", "globex-cache").replace("spec: {}\n", "")}  labels:\n    cloudneutral.io/tenant: globex\nspec:\n  lifecycle: platform\n  changeFrequency: occasional\n  module:\n    source: terraform-aws-modules/elasticache/aws\n  regions: [jp1, cn1]\n`,
      ),
    file: "compositions/globex-cache.yaml",
    line: 12,
    column: 18,
    message: /tenant "globex" may not use region "cn1"; it may use jp1, sg1, eu1/,
  },
  {
    name: "autoscale min greater than max",
    mutate: (d) => editConfig(d, "autoscale/jp1-nodes.yaml", "  min: 3\n", "  min: 13\n"),
    file: "autoscale/jp1-nodes.yaml",
    column: 8,
    message: /min \(13\) is greater than max \(12\)/,
  },
  {
    name: "autoscale max outside the pool",
    mutate: (d) => editConfig(d, "autoscale/jp1-nodes.yaml", "  max: 12\n", "  max: 40\n"),
    file: "autoscale/jp1-nodes.yaml",
    message: /max \(40\) is above region "jp1"'s nodePool.max/,
  },
  {
    name: "two services under one public name",
    mutate: (d) =>
      editConfig(
        d,
        "services/acme-storefront.yaml",
        "  publicName: shop.acme.cloudneutral.io\n",
        "  publicName: api.cloudneutral.io\n",
      ),
    file: "services/acme-storefront.yaml",
    line: 47,
    column: 15,
    message:
      /public name "api\.cloudneutral\.io" would be shared by service storefront-api and service storefront-web/,
  },
  {
    name: "an s3 backend with a Terraform too old for its lock file",
    mutate: (d) => editConfig(d, "platform.yaml", 'version: "1.10"', 'version: "1.9"'),
    file: "platform.yaml",
    message: /needs Terraform 1\.10 or later; got 1\.9/,
  },
  {
    name: "a runtime: k8s service in a containerd-only region",
    mutate: (d) =>
      editConfig(
        d,
        "services/acme-payments.yaml",
        "  regions: [jp1, sg1]\n  size: small\n  runtime: k8s\n",
        "  regions: [jp1, cn1]\n  size: small\n  runtime: k8s\n",
      ),
    file: "services/acme-payments.yaml",
    line: 38,
    column: 18,
    message:
      /runtime "k8s" needs Kubernetes, but region "cn1" runs nodePool\.mode "containerd-only"/,
  },
  {
    name: "an on-prem pool whose max is above its host count",
    mutate: (d) => editConfig(d, "regions/eu1.yaml", "    max: 4\n", "    max: 5\n"),
    file: "regions/eu1.yaml",
    line: 22,
    column: 10,
    message:
      /nodePool\.max \(5\) is above the 4 hosts listed; an on-prem pool uses the first node_count of its hosts/,
  },
  {
    name: "hosts on a cloud pool, whose machines k8s-base creates",
    mutate: (d) =>
      editConfig(
        d,
        "regions/cn1.yaml",
        "    instanceType: ecs.g7.xlarge\n",
        "    instanceType: ecs.g7.xlarge\n    hosts: [203.0.113.21]\n",
      ),
    file: "regions/cn1.yaml",
    line: 28,
    column: 5,
    message:
      /a pool on alicloud creates its machines, at addresses derived from the network \(10\.30\.0\.10, 10\.30\.0\.11, …\); remove hosts/,
  },
  {
    name: "an on-prem k3s-worker pool with hosts and no join",
    mutate: (d) =>
      editConfig(
        d,
        "regions/eu1.yaml",
        "    join:\n      server: https://k3s.eu1.cloudneutral.io:6443\n      tokenEnv: EU1_K3S_TOKEN\n",
        "",
      ),
    file: "regions/eu1.yaml",
    line: 20,
    column: 11,
    message: /nodePool\.mode "k3s-worker" with hosts needs nodePool\.join \(server and tokenEnv\)/,
  },
  {
    name: "a cloud k3s-worker pool whose join names no secret",
    mutate: (d) =>
      editConfig(
        d,
        "regions/jp1.yaml",
        "    mode: k8s\n",
        '    mode: k3s-worker\n    join:\n      server: https://k3s.jp1.example.com:6443\n      tokenEnv: "$(id)"\n',
      ),
    file: "regions/jp1.yaml",
    message: /tokenEnv/,
  },
  {
    name: "a CEL rule with a syntax error",
    mutate: (d) =>
      editConfig(
        d,
        "policies/prod-services.yaml",
        "expression: object.spec.regions.size() >= 2\n",
        "expression: object.spec.regions.size() >= \n",
      ),
    file: "policies/prod-services.yaml",
    line: 14,
    column: 19,
    message: /Policy prod-services: validations\[0\]\.expression does not compile: syntax error/,
  },
  {
    name: "a CEL rule that cannot type-check",
    mutate: (d) =>
      editConfig(
        d,
        "policies/prod-services.yaml",
        "expression: object.spec.image.startsWith('ghcr.io/')\n",
        "expression: object.spec.image.startsWith('ghcr.io/') && 1 + 'a' == 2\n",
      ),
    file: "policies/prod-services.yaml",
    message: /Policy prod-services: validations\[2\]\.expression does not compile: .*\(near 1:/,
  },
  {
    name: "unequal GTM weights on a DNS provider that can only include or drop a region",
    mutate: (d) => editConfig(d, "gtm/api.yaml", "  provider: pdns\n", "  provider: cloudflare\n"),
    file: "gtm/api.yaml",
    line: 20,
    column: 15,
    message:
      /DNS provider "cloudflare" \(cloudflare\) can only include or drop a region.*the weights jp1 100, sg1 80, eu1 40 cannot be applied/,
  },
  {
    name: "a public name probed over HTTPS without a certificate",
    mutate: (d) =>
      editConfig(d, "services/acme-storefront.yaml", "  tls:\n    secretName: api-tls\n", ""),
    file: "services/acme-storefront.yaml",
    line: 22,
    column: 15,
    message:
      /api\.cloudneutral\.io is probed over HTTPS by GtmPolicy api \(gtm\/api\.yaml\), but Service storefront-api names no certificate/,
  },
  ...(
    [
      ["a path traversal", "../../etc/shadow"],
      ["a .. segment", "/etc/cloudneutral/../../root/key.pem"],
      ["a newline and an nginx directive", '"/etc/x.pem;\\n include /etc/passwd"'],
      ["an nginx variable", "/etc/$ssl_server_name.pem"],
    ] as const
  ).map(
    ([what, value]): Case => ({
      name: `a certificate path with ${what}`,
      mutate: (d) =>
        editConfig(
          d,
          "services/acme-storefront.yaml",
          "certificateFile: /etc/cloudneutral/tls/img.acme.cloudneutral.io/fullchain.pem",
          `certificateFile: ${value}`,
        ),
      file: "services/acme-storefront.yaml",
      line: 118,
      column: 22,
      message: /spec\.tls\.certificateFile: expected an absolute path on the gateway host/,
    }),
  ),
  ...hostileNames.map(
    ([what, name]): Case => ({
      name: `a name with ${what}`,
      mutate: (d) =>
        add(d, "hostile.yaml", DOC("Environment", name, "{approvals: 0, protected: false}")),
      file: "hostile.yaml",
      line: 4,
      column: 9,
      message: /metadata\.name: expected lower-case letters, digits and '-'/,
    }),
  ),
  {
    name: "an alias bomb (billion laughs)",
    mutate: (d) =>
      add(
        d,
        "bomb.yaml",
        `apiVersion: cloudneutral.io/v1alpha1\nkind: Environment\nmetadata:\n  name: x\na: &a ["l","l","l","l","l","l","l","l","l"]\n${[
          "b",
          "c",
          "d",
          "e",
          "f",
          "g",
        ]
          .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdef"[i]}`).join(",")}]`)
          .join("\n")}\nspec: *g\n`,
      ),
    file: "bomb.yaml",
    message: /invalid YAML: Excessive alias count/,
  },
  {
    name: "a file that is not UTF-8",
    mutate: (d) =>
      add(d, "latin1.yaml", Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0xe9, 0xff, 0x0a])),
    file: "latin1.yaml",
    line: 1,
    column: 1,
    message: /not valid UTF-8/,
  },
  {
    name: "a 10 MB file",
    mutate: (d) => add(d, "huge.yaml", `# ${"x".repeat(10 * 1024 * 1024)}\n`),
    file: "huge.yaml",
    line: 1,
    column: 1,
    message: /file is 10\.0 MiB; the limit is 4 MiB/,
  },
];

describe("bad input: a clear error at file:line:column, exit 1, nothing written", () => {
  it.each(cases)("$name", async (c) => {
    const repo = await sampleRepo();
    const out = path.join(repo, "infra");
    const first = await cli("render", "--config", path.join(repo, "platform-config"), "--out", out);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const before = await snapshotTree(out);

    await c.mutate(repo);
    const run = await cli(
      "validate",
      "--config",
      path.join(repo, "platform-config"),
      "--format",
      "json",
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      errors: { file: string; line: number; column: number; message: string }[];
    };
    expect(report.ok).toBe(false);
    const hit = report.errors.find((e) => e.file === c.file && c.message.test(e.message));
    expect(hit, JSON.stringify(report.errors, null, 2)).toBeDefined();
    if (c.line !== undefined) expect(hit?.line).toBe(c.line);
    if (c.column !== undefined) expect(hit?.column).toBe(c.column);
    for (const e of report.errors) {
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.column).toBeGreaterThanOrEqual(1);
    }

    const again = await cli("render", "--config", path.join(repo, "platform-config"), "--out", out);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe("");
    // The path is the config dir as given, joined with the file: one the user can open.
    const where = `${path.join(repo, "platform-config")}/${c.file}`;
    expect(again.stderr).toMatch(
      new RegExp(`^${where.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+: `, "m"),
    );
    expect(await snapshotTree(out)).toEqual(before);
  });

  it("reports every problem of a run, not the first only", async () => {
    const repo = await sampleRepo();
    await editConfig(repo, "services/acme-storefront.yaml", "  size: medium\n", "  size: huge\n");
    await editConfig(repo, "autoscale/jp1-nodes.yaml", "  min: 3\n", "  min: 13\n");
    await add(repo, "unknown.yaml", DOC("Database", "orders"));
    const run = await cli(
      "validate",
      "--config",
      path.join(repo, "platform-config"),
      "--format",
      "json",
    );
    const files = new Set(
      (JSON.parse(run.stdout) as { errors: { file: string }[] }).errors.map((e) => e.file),
    );
    expect([...files].sort()).toEqual([
      "autoscale/jp1-nodes.yaml",
      "services/acme-storefront.yaml",
      "unknown.yaml",
    ]);
  });

  it("an empty config directory is an error", async () => {
    const dir = await scratch();
    await mkdir(path.join(dir, "platform-config"));
    const run = await cli(
      "validate",
      "--config",
      path.join(dir, "platform-config"),
      "--format",
      "json",
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).errors[0].message).toMatch(/no YAML files found/);
  });

  it("--format github prints one workflow command per problem, escaped", async () => {
    const repo = await sampleRepo();
    await add(
      repo,
      "hostile,a:b.yaml",
      DOC("Environment", '"a\\nb%c"', "{approvals: 0, protected: false}"),
    );
    const run = await cli(
      "validate",
      "--config",
      path.join(repo, "platform-config"),
      "--format",
      "github",
    );
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^::error file=.*platform-config\/hostile%2Ca%3Ab\.yaml,line=4,col=9::metadata\.name: expected /,
    );
    expect(lines[0]).toContain('got "a\\nb%25c"');
  });

  it("usage errors exit 2", async () => {
    expect((await cli("validate", "--bogus")).code).toBe(2);
    expect((await cli("validate", "--format", "xml")).code).toBe(2);
    expect((await cli("frobnicate")).code).toBe(2);
    expect((await cli("validate", "--config", "/nonexistent/dir")).code).toBe(2);
  });

  it("a file render did not generate is never overwritten", async () => {
    const repo = await sampleRepo();
    const out = path.join(repo, "infra");
    await mkdir(path.join(out, "gateway/jp1"), { recursive: true });
    await writeFile(path.join(out, "gateway/jp1/nginx.conf"), "# hand-written\n");
    const before = await snapshotTree(out);
    const run = await cli("render", "--config", path.join(repo, "platform-config"), "--out", out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /infra\/gateway\/jp1\/nginx\.conf:1:1: exists but was not generated by render/,
    );
    expect(await snapshotTree(out)).toEqual(before);
  });
});

describe("GTM and autoscale policies that would misbehave at run time", () => {
  it("two GtmPolicies for one public name, and a rate-limit list that is empty", async () => {
    const repo = await sampleRepo();
    await editConfig(
      repo,
      "gtm/ai.yaml",
      "publicName: ai.cloudneutral.io",
      "publicName: api.cloudneutral.io",
    );
    await editConfig(
      repo,
      "autoscale/jp1-nodes.yaml",
      "      policies:\n        - type: Percent\n          value: 100\n          periodSeconds: 15\n",
      "      policies: []\n",
    );
    const r = await cli("validate", "--config", path.join(repo, "platform-config"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /gtm\/api\.yaml:\d+:\d+: "api\.cloudneutral\.io" is already served by GtmPolicy ai/,
    );
    expect(r.stderr).toMatch(/autoscale\/jp1-nodes\.yaml:\d+:\d+: .*policies/);
  });
});

describe("GTM weights a DNS provider cannot express", () => {
  it("equal weights, or 0 to drop a region, pass on a membership provider", async () => {
    const repo = await sampleRepo();
    await editConfig(repo, "gtm/api.yaml", "  provider: pdns\n", "  provider: cloudflare\n");
    await editConfig(repo, "gtm/api.yaml", "      weight: 80\n", "      weight: 100\n");
    await editConfig(repo, "gtm/api.yaml", "      weight: 40\n", "      weight: 0\n");
    const r = await cli("validate", "--config", path.join(repo, "platform-config"));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("validate's table of weighting agrees with what each provider declares", async () => {
    const { DNS_WEIGHTING } = await import("../lib/model/feasible.ts");
    const { createDnsProvider } = await import("../lib/dns/providers/index.ts");
    const context = { root: await scratch("cn-dns-"), env: { TOKEN: "t" } };
    const declared: Record<string, string> = {};
    // PowerDNS (native) reads its server's settings when made: tested against the real
    // server in dns-providers.test.ts; the two membership providers are made here.
    for (const type of ["zonefile", "cloudflare"] as const) {
      const p = await createDnsProvider(
        { name: type, type, url: "http://127.0.0.1:1", credentials: { tokenEnv: "TOKEN" } },
        context,
      );
      declared[type] = p.capabilities.weights;
    }
    expect(declared).toEqual({
      zonefile: DNS_WEIGHTING.zonefile,
      cloudflare: DNS_WEIGHTING.cloudflare,
    });
    expect(Object.values(declared)).toEqual(["membership", "membership"]);
  });
});
