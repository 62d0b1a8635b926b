// `cloudneutral init`: the files of a new platform repository — a Platform, one tenant,
// project and environment set, one region per provider asked for, sizes, a sample service,
// and the workflows calling the release's reusable workflows. Pure: options in, files out;
// writing them (never over an existing file) is writeScaffold's job.
import { lstat, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../errors.ts";
import { type Provider, Providers } from "../model/schema.ts";
import { callerWorkflows } from "./callers.ts";

export interface ScaffoldOptions {
  /** owner/name of the repository on GitHub (OIDC trust is scoped to it). */
  repository: string;
  providers: readonly Provider[];
  /** Platform owners: GitHub users or @org/team; default the repository's owner. */
  owners?: readonly string[];
  /** The CLI's version: the release the workflows are pinned to. */
  version: string;
}

/** Region name, location and node pool per provider: one region each, a working default. */
const REGIONS: Record<Provider, { name: string; location: string; mode: string; cidr: string }> = {
  aws: { name: "aws1", location: "us-east-1", mode: "k8s", cidr: "10.10.0.0/16" },
  gcp: { name: "gcp1", location: "us-central1", mode: "k8s", cidr: "10.20.0.0/16" },
  alicloud: { name: "ali1", location: "cn-hangzhou", mode: "k8s", cidr: "10.30.0.0/16" },
  onprem: { name: "dc1", location: "dc1", mode: "k3s-worker", cidr: "10.40.0.0/16" },
};

const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
const OWNER = /^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]+|[A-Za-z0-9][A-Za-z0-9-]{0,38})$/;

/** Parses `--providers aws,gcp`: known names only, no duplicates, at least one. */
export function parseProviders(text: string): Provider[] {
  const names = text.split(",").map((p) => p.trim());
  const bad = names.filter((p) => !(Providers as readonly string[]).includes(p));
  if (bad.length > 0 || names.length === 0)
    throw new UsageError(
      `--providers: ${bad.map((b) => JSON.stringify(b)).join(", ") || "(none)"} is not a provider; expected a comma-separated list of ${Providers.join(", ")}`,
    );
  const dup = names.find((p, i) => names.indexOf(p) !== i);
  if (dup) throw new UsageError(`--providers: ${dup} is named twice`);
  return names as Provider[];
}

function check(options: ScaffoldOptions): void {
  const problems: string[] = [];
  if (!REPOSITORY.test(options.repository) || options.repository.includes(".."))
    problems.push(
      `--repository: ${JSON.stringify(options.repository)} is not owner/name (letters, digits, '-', '.', '_')`,
    );
  for (const o of options.owners ?? [])
    if (!OWNER.test(o))
      problems.push(`--owner: ${JSON.stringify(o)} is not a GitHub user or @org/team`);
  if (options.providers.length === 0) problems.push("--providers: name at least one provider");
  if (problems.length > 0) throw new UsageError(problems.join("; "));
}

const header = (depth: number, why: string) =>
  `# yaml-language-server: $schema=${"../".repeat(depth)}schema/platform-config.schema.json\n# ${why}\n`;

/** The repository's files, path → content (paths relative to its root). */
export function scaffold(options: ScaffoldOptions): Map<string, string> {
  check(options);
  const owner = options.repository.split("/")[0]!;
  const owners = options.owners?.length ? options.owners : [owner];
  const regions = options.providers.map((p) => ({ provider: p, ...REGIONS[p] }));
  const files = new Map<string, string>();
  const list = (items: readonly string[]) => `[${items.map((i) => JSON.stringify(i)).join(", ")}]`;

  files.set(
    "platform-config/platform.yaml",
    `${header(1, "The one Platform document. Secrets are never values here, only the names of the variables that hold them.")}apiVersion: cloudneutral.io/v1alpha1
kind: Platform
metadata:
  name: platform
spec:
  repository: ${options.repository}
  owners: ${list(owners)}
  dns:
    providers:
      # A zone file kept in this repository; switch to powerdns, cloudflare, route53 or alidns
      # with credentials.tokenEnv naming the secret that holds the token.
      - name: zonefile
        type: zonefile
  terraform:
    binary: terraform
  stateBackend:
    type: local
  statusBranch: cloudneutral/status
`,
  );
  files.set(
    "platform-config/environments.yaml",
    `${header(1, "The closer to production, the more reviewers a change needs before apply.")}apiVersion: cloudneutral.io/v1alpha1
kind: Environment
metadata:
  name: dev
spec:
  approvals: 0
  protected: false
---
apiVersion: cloudneutral.io/v1alpha1
kind: Environment
metadata:
  name: prod
spec:
  approvals: 1
  protected: true
`,
  );
  files.set(
    "platform-config/tenants/example.yaml",
    `${header(2, "One tenant and its project; owners approve its changes.")}apiVersion: cloudneutral.io/v1alpha1
kind: Tenant
metadata:
  name: example
spec:
  displayName: Example
  owners: ${list(owners)}
  regions: ${list(regions.map((r) => r.name))}
  budget:
    monthly: 1000
    currency: USD
---
apiVersion: cloudneutral.io/v1alpha1
kind: Project
metadata:
  name: web
spec:
  tenant: example
  owners: ${list(owners)}
  environments: [dev, prod]
`,
  );
  regions.forEach((r, i) => {
    files.set(
      `platform-config/regions/${r.name}.yaml`,
      `${header(2, `A virtual region on ${r.provider} (${r.location}); change the location, addresses and pool to yours.`)}apiVersion: cloudneutral.io/v1alpha1
kind: Region
metadata:
  name: ${r.name}
spec:
  provider: ${r.provider}
  location: ${r.location}
  network:
    cidr: ${r.cidr}
  ingress:
    # Documentation addresses (RFC 5737): replace with the region's load balancer.
    addresses: [192.0.2.${10 + i}]
  nodePool:
    mode: ${r.mode}
    min: 1
    max: 3
  weight: 100
`,
    );
  });
  const offer = (p: Provider) =>
    ({
      aws: "      aws: { instanceType: t3.small, monthlyCost: 19.86 }",
      gcp: "      gcp: { instanceType: e2-small, monthlyCost: 15.26 }",
      alicloud: "      alicloud: { instanceType: ecs.t6-c1m2.large, monthlyCost: 17.52 }",
      onprem: "      onprem: { instanceType: vm-small, monthlyCost: 8 }",
    })[p];
  files.set(
    "platform-config/sizes.yaml",
    `${header(1, "Virtual sizes, mapped per provider to an instance type and the monthly cost of one replica.")}apiVersion: cloudneutral.io/v1alpha1
kind: Size
metadata:
  name: small
spec:
  cpu: 250m
  memory: 512Mi
  replicas: 2
  providers:
${options.providers.map(offer).join("\n")}
`,
  );
  files.set(
    "platform-config/services/hello.yaml",
    `${header(2, "A sample service in every region; replace the image with yours.")}apiVersion: cloudneutral.io/v1alpha1
kind: Service
metadata:
  name: hello
spec:
  tenant: example
  project: web
  env: dev
  regions: ${list(regions.map((r) => r.name))}
  size: small
  runtime: k8s
  image: ghcr.io/nginxinc/nginx-unprivileged:1.27
  port: 8080
  healthPath: /
`,
  );
  for (const [file, text] of Object.entries(callerWorkflows(options.version)))
    files.set(`.github/workflows/${file}`, text);
  return files;
}

export type WriteResult = { written: string[] } | { existing: string[] };

/**
 * Writes the files under `dir`, or nothing at all: when any of them exists (a file, a folder
 * or a link), it writes nothing and returns those paths.
 */
export async function writeScaffold(dir: string, files: Map<string, string>): Promise<WriteResult> {
  const existing = new Set<string>();
  const kind = (p: string) =>
    lstat(p).then(
      (st) => (st.isSymbolicLink() ? "link" : st.isDirectory() ? "dir" : "file"),
      () => undefined,
    );
  for (const rel of files.keys()) {
    if ((await kind(path.join(dir, rel))) !== undefined) existing.add(rel);
    // A folder on the way that is a link would carry the file elsewhere.
    const parts = rel.split("/").slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      const folder = parts.slice(0, i).join("/");
      const k = await kind(path.join(dir, folder));
      if (k === "link" || k === "file") existing.add(`${folder} (a ${k}, not a folder)`);
    }
  }
  if (existing.size > 0) return { existing: [...existing].sort() };
  const written: string[] = [];
  for (const [rel, text] of files) {
    const target = path.join(dir, rel);
    await mkdir(path.dirname(target), { recursive: true });
    // `wx`: never over a file that appeared meanwhile.
    await writeFile(target, text, { flag: "wx" });
    written.push(rel);
  }
  return { written };
}
