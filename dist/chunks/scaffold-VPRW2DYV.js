import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  callerWorkflows
} from "./chunk-F5XKO2BN.js";
import {
  Providers
} from "./chunk-N5PQ57XD.js";
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/adopt/scaffold.ts
import { lstat, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
var REGIONS = {
  aws: { name: "aws1", location: "us-east-1", mode: "k8s", cidr: "10.10.0.0/16" },
  gcp: { name: "gcp1", location: "us-central1", mode: "k8s", cidr: "10.20.0.0/16" },
  alicloud: { name: "ali1", location: "cn-hangzhou", mode: "k8s", cidr: "10.30.0.0/16" },
  onprem: { name: "dc1", location: "dc1", mode: "k3s-worker", cidr: "10.40.0.0/16" }
}, REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/, OWNER = /^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]+|[A-Za-z0-9][A-Za-z0-9-]{0,38})$/;
function parseProviders(text) {
  let names = text.split(",").map((p) => p.trim()), bad = names.filter((p) => !Providers.includes(p));
  if (bad.length > 0 || names.length === 0)
    throw new UsageError(
      `--providers: ${bad.map((b) => JSON.stringify(b)).join(", ") || "(none)"} is not a provider; expected a comma-separated list of ${Providers.join(", ")}`
    );
  let dup = names.find((p, i) => names.indexOf(p) !== i);
  if (dup) throw new UsageError(`--providers: ${dup} is named twice`);
  return names;
}
function check(options) {
  let problems = [];
  (!REPOSITORY.test(options.repository) || options.repository.includes("..")) && problems.push(
    `--repository: ${JSON.stringify(options.repository)} is not owner/name (letters, digits, '-', '.', '_')`
  );
  for (let o of options.owners ?? [])
    OWNER.test(o) || problems.push(`--owner: ${JSON.stringify(o)} is not a GitHub user or @org/team`);
  if (options.providers.length === 0 && problems.push("--providers: name at least one provider"), problems.length > 0) throw new UsageError(problems.join("; "));
}
var header = (depth, why) => `# yaml-language-server: $schema=${"../".repeat(depth)}schema/platform-config.schema.json
# ${why}
`;
function scaffold(options) {
  check(options);
  let owner = options.repository.split("/")[0], owners = options.owners?.length ? options.owners : [owner], regions = options.providers.map((p) => ({ provider: p, ...REGIONS[p] })), files = /* @__PURE__ */ new Map(), list = (items) => `[${items.map((i) => JSON.stringify(i)).join(", ")}]`;
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
`
  ), files.set(
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
`
  ), files.set(
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
`
  ), regions.forEach((r, i) => {
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
`
    );
  });
  let offer = (p) => ({
    aws: "      aws: { instanceType: t3.small, monthlyCost: 19.86 }",
    gcp: "      gcp: { instanceType: e2-small, monthlyCost: 15.26 }",
    alicloud: "      alicloud: { instanceType: ecs.t6-c1m2.large, monthlyCost: 17.52 }",
    onprem: "      onprem: { instanceType: vm-small, monthlyCost: 8 }"
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
${options.providers.map(offer).join(`
`)}
`
  ), files.set(
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
`
  );
  for (let [file, text] of Object.entries(callerWorkflows(options.version)))
    files.set(`.github/workflows/${file}`, text);
  return files;
}
async function writeScaffold(dir, files) {
  let existing = /* @__PURE__ */ new Set(), kind = (p) => lstat(p).then(
    (st) => st.isSymbolicLink() ? "link" : st.isDirectory() ? "dir" : "file",
    () => {
    }
  );
  for (let rel of files.keys()) {
    await kind(path.join(dir, rel)) !== void 0 && existing.add(rel);
    let parts = rel.split("/").slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      let folder = parts.slice(0, i).join("/"), k = await kind(path.join(dir, folder));
      (k === "link" || k === "file") && existing.add(`${folder} (a ${k}, not a folder)`);
    }
  }
  if (existing.size > 0) return { existing: [...existing].sort() };
  let written = [];
  for (let [rel, text] of files) {
    let target = path.join(dir, rel);
    await mkdir(path.dirname(target), { recursive: !0 }), await writeFile(target, text, { flag: "wx" }), written.push(rel);
  }
  return { written };
}
export {
  parseProviders,
  scaffold,
  writeScaffold
};
