import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  checkContainerCapacity,
  checkGtmWeighting,
  checkPolicyRules
} from "./chunk-D3CWFSWO.js";
import {
  checkGatewayTls
} from "./chunk-IQKTJLRH.js";
import {
  PARTIAL,
  loadDocuments
} from "./chunk-STEYPZ26.js";
import {
  sortProblems,
  underRoot
} from "./chunk-Q3YCBL2Q.js";

// lib/model/identity.ts
import { createHash } from "node:crypto";

// lib/model/environments.ts
function strictestEnvironment(configs, region) {
  let names = /* @__PURE__ */ new Set();
  for (let config of configs)
    for (let s of config.byKind.Service)
      s.value.spec.regions.includes(region) && names.add(s.value.spec.env);
  let rules = [];
  for (let name of names) {
    let docs = configs.flatMap((c) => c.byKind.Environment.filter((e) => e.name === name));
    docs.length !== 0 && rules.push({
      name,
      protected: docs.some((d) => d.value.spec.protected === !0),
      approvals: Math.max(...docs.map((d) => d.value.spec.approvals ?? 0))
    });
  }
  return rules.sort(
    (a, b) => Number(b.protected) - Number(a.protected) || b.approvals - a.approvals || (a.name < b.name ? -1 : 1)
  ), rules[0];
}
function unitEnvironmentName(layer, env) {
  return `cloudneutral-${layer}${env ? `-${env}` : ""}`;
}

// lib/model/identity.ts
var GITHUB_OIDC_ISSUER = "https://token.actions.githubusercontent.com", subjectOf = {
  environment: (repository, environment) => `repo:${repository}:environment:${environment}`,
  pullRequest: (repository) => `repo:${repository}:pull_request`,
  branch: (repository, branch) => `repo:${repository}:ref:refs/heads/${branch}`
}, LAYER_CODE = {
  foundation: "fnd",
  "k8s-base": "k8s",
  platform: "plt",
  applications: "app",
  config: "cfg"
};
function fitName(parts, max) {
  let full = parts.join("-");
  if (full.length <= max) return full;
  let hash = createHash("sha256").update(full).digest("hex").slice(0, 6);
  return `${full.slice(0, max - 7).replace(/-+$/, "")}-${hash}`;
}
function identityNames(layer, region, use) {
  return {
    role: fitName(["cloudneutral", layer, region, use], 64),
    serviceAccountId: fitName(["cn", LAYER_CODE[layer] ?? layer, region, use], 30)
  };
}
var AWS_ROLE_PATH = "/cloudneutral/", GCP_POOL_ID = "cloudneutral", GCP_PROVIDER_ID = "github", ALICLOUD_OIDC_PROVIDER = "cloudneutral-github";
function trustedSubjects(platform, layer, strictestEnv) {
  let repo = platform.repository;
  return {
    // The PR plan job (pr.yml) and the drift check (drift.yml, on the default branch): no
    // Environment, read-only.
    plan: [subjectOf.pullRequest(repo), subjectOf.branch(repo, defaultBranchOf(platform))],
    // Exactly the Environment the unit's apply job runs in (lib/stacks/routing.ts).
    apply: [subjectOf.environment(repo, unitEnvironmentName(layer, strictestEnv))]
  };
}
function defaultBranchOf(platform) {
  return platform.defaultBranch ?? "main";
}
function stateBackendOf(platform, provider) {
  return platform.stateBackends?.[provider] ?? platform.stateBackend;
}
function backendFits(provider, b) {
  if (b.type === "local") return !0;
  switch (provider) {
    case "aws":
      return b.type === "s3" && b.endpoint === void 0;
    case "gcp":
      return b.type === "gcs";
    case "alicloud":
      return b.type === "oss";
    case "onprem":
      return b.type === "pg" || b.type === "s3" && b.endpoint !== void 0;
  }
}
var BACKENDS_FOR = {
  aws: "s3 (or local)",
  gcp: "gcs (or local)",
  alicloud: "oss (or local)",
  onprem: "pg, or s3 with an endpoint (MinIO, Ceph) (or local)"
}, ACCOUNT_ID = {
  aws: { pattern: /^[0-9]{12}$/, what: "an AWS account id (12 digits)" },
  gcp: {
    pattern: /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/,
    what: "a GCP project id (6\u201330 lower-case letters, digits and -, starting with a letter)"
  },
  alicloud: { pattern: /^[0-9]{5,20}$/, what: "an Alibaba Cloud account id (digits)" }
};

// lib/model/accounts.ts
function checkAccounts(k, report) {
  for (let r of k.Region) {
    let { provider, account } = r.value.spec;
    if (provider === "onprem") {
      account && report(
        r,
        ["spec", "account"],
        "an onprem region has no cloud account; remove `account`",
        !0
      );
      continue;
    }
    let form = ACCOUNT_ID[provider];
    if (!account) {
      report(
        r,
        ["spec", "provider"],
        `a Region on ${provider} needs spec.account.id (${form.what}): its plan and apply identities are created per account`
      );
      continue;
    }
    form.pattern.test(account.id) || report(r, ["spec", "account", "id"], `expected ${form.what}, got "${account.id}"`), provider === "gcp" && account.projectNumber === void 0 && report(
      r,
      ["spec", "account"],
      "a GCP account needs projectNumber too: workload identity federation names the project by number"
    ), provider !== "gcp" && account.projectNumber !== void 0 && report(r, ["spec", "account", "projectNumber"], "projectNumber is for GCP projects only");
  }
  let platform = k.Platform[0];
  if (!platform) return;
  let spec = platform.value.spec, used = /* @__PURE__ */ new Map();
  for (let r of k.Region)
    used.has(r.value.spec.provider) || used.set(r.value.spec.provider, r);
  let checked = /* @__PURE__ */ new Set();
  for (let [provider, region] of used) {
    let at = spec.stateBackends?.[provider] !== void 0 ? ["spec", "stateBackends", provider] : ["spec", "stateBackend"], backend = stateBackendOf(spec, provider);
    if (!backendFits(provider, backend)) {
      report(
        platform,
        [...at, "type"],
        `region ${region.name} (${provider}) would keep its state in ${backend.type}${backend.endpoint ? ` at ${backend.endpoint}` : ""}, so planning it would need another cloud's credentials; give spec.stateBackends.${provider} a ${BACKENDS_FOR[provider]} backend`
      );
      continue;
    }
    checked.has(at.join("/")) || (checked.add(at.join("/")), (backend.type === "s3" || backend.type === "gcs" || backend.type === "oss") && !backend.bucket && report(platform, at, `the ${backend.type} state backend needs a bucket`), (backend.type === "s3" || backend.type === "oss") && !backend.region && report(platform, at, `the ${backend.type} state backend needs the bucket's region`));
  }
}

// lib/model/names.ts
function namespaceOf(tenant, project, env) {
  return `${tenant}-${project}-${env}`;
}

// lib/model/node-pool.ts
var DEFAULT_CIDR = "10.0.0.0/16";
function createsMachines(provider, pool) {
  return provider !== "onprem" && pool.mode !== "k8s";
}
function nodeSubnets(provider) {
  return provider === "aws" ? 2 : 1;
}
function nodeAddresses(provider, cidr, pool) {
  if (provider === "onprem") return [...pool.hosts ?? []];
  if (!createsMachines(provider, pool)) return [];
  let subnets = nodeSubnets(provider);
  return Array.from(
    { length: pool.max },
    (_, i) => cidrHost(
      cidrSubnet(cidr, 4, i % subnets),
      10 + Math.floor(i / subnets)
    )
  );
}
var toInt = (ip) => ip.split(".").reduce((n, octet) => n * 256 + Number(octet), 0) >>> 0, toIp = (n) => [24, 16, 8, 0].map((s) => n >>> s & 255).join(".");
function parseCidr(cidr) {
  let [ip, bits] = cidr.split("/"), prefix = Number(bits), mask = prefix === 0 ? 0 : 4294967295 << 32 - prefix >>> 0;
  return { base: (toInt(ip) & mask) >>> 0, bits: prefix };
}
function cidrSubnet(cidr, newBits, netNum) {
  let { base, bits } = parseCidr(cidr), prefix = bits + newBits;
  if (prefix > 32 || netNum >= 2 ** newBits)
    throw new RangeError(`${cidr} has no subnet ${netNum} of ${newBits} more bits`);
  return `${toIp(base + netNum * 2 ** (32 - prefix) >>> 0)}/${prefix}`;
}
function cidrHost(cidr, host) {
  let { base, bits } = parseCidr(cidr);
  if (host >= 2 ** (32 - bits)) throw new RangeError(`${cidr} has no host ${host}`);
  return toIp(base + host >>> 0);
}
function subnetRoom(cidr) {
  let bits = parseCidr(cidr).bits + 4;
  return bits > 30 ? 0 : 2 ** (32 - bits) - 10 - 1;
}
function checkNodePools(k, report) {
  for (let r of k.Region) checkPool(r, report);
}
function checkPool(r, report) {
  let { provider, nodePool: pool } = r.value.spec, at = (...p) => ["spec", "nodePool", ...p], join = pool.join;
  if (provider === "onprem") {
    let hosts = pool.hosts ?? [];
    if (hosts.length === 0 || (pool.max > hosts.length && report(
      r,
      at("max"),
      `nodePool.max (${pool.max}) is above the ${hosts.length} hosts listed; an on-prem pool uses the first node_count of its hosts, so list at least ${pool.max} or lower max`
    ), pool.mode === "containerd-only")) return;
    if (!join) {
      report(
        r,
        at("mode"),
        `nodePool.mode "${pool.mode}" with hosts needs nodePool.join (server and tokenEnv${pool.mode === "k8s" ? ", caCertHash" : ""}): the hosts are joined to the cluster by the config layer`
      );
      return;
    }
    join.tokenEnv || report(
      r,
      at("join"),
      "an on-prem pool's join needs tokenEnv: the environment variable of the Ansible job that holds the join token",
      !0
    ), join.tokenSecret && report(
      r,
      at("join", "tokenSecret"),
      "tokenSecret is for cloud pools, whose machines read it themselves; an on-prem join takes the token from tokenEnv"
    ), pool.mode === "k8s" && !join.caCertHash && report(
      r,
      at("join"),
      "an on-prem k8s pool joins with kubeadm, which needs caCertHash (sha256:\u2026 of the cluster CA)",
      !0
    );
    return;
  }
  if (pool.hosts !== void 0 && report(
    r,
    at("hosts"),
    pool.mode === "k8s" ? `a k8s pool on ${provider} is a managed node pool; it has no hosts` : `a pool on ${provider} creates its machines, at addresses derived from the network (${nodeAddresses(provider, r.value.spec.network?.cidr ?? DEFAULT_CIDR, { ...pool, max: Math.min(pool.max, 2) }).join(", ")}, \u2026); remove hosts`,
    !0
  ), createsMachines(provider, pool)) {
    let cidr = r.value.spec.network?.cidr ?? DEFAULT_CIDR, perSubnet = Math.ceil(pool.max / nodeSubnets(provider)), room = subnetRoom(cidr);
    perSubnet > room && report(
      r,
      at("max"),
      `nodePool.max (${pool.max}) machines do not fit the network ${cidr}: each of its ${nodeSubnets(provider)} node subnet(s) (cidrsubnet(cidr, 4, n)) has room for ${room}`
    );
  }
  pool.mode === "k3s-worker" ? (join?.tokenSecret || report(
    r,
    at(join ? "join" : "mode"),
    `nodePool.mode "k3s-worker" on ${provider} needs nodePool.join with server and tokenSecret (the name of the secret the machines read the join token from)`,
    join !== void 0
  ), provider === "gcp" && join?.tokenSecret && !/^[A-Za-z0-9_-]+$/.test(join.tokenSecret) && report(
    r,
    at("join", "tokenSecret"),
    "a Secret Manager secret id has only letters, digits, _ and -"
  ), join?.tokenEnv && report(
    r,
    at("join", "tokenEnv"),
    "tokenEnv is for on-prem pools joined by Ansible; cloud machines read the token from tokenSecret"
  ), provider === "alicloud" && report(
    r,
    at("mode"),
    'nodePool.mode "k3s-worker" is not supported on alicloud yet (its machines have no way to read a join token by reference); use containerd-only or k8s'
  )) : join && report(r, at("join"), `nodePool.join is only for k3s-worker pools, not "${pool.mode}"`, !0);
}

// lib/model/references.ts
var TENANT_LABEL = "cloudneutral.io/tenant";
function checkReferences(config, refused = /* @__PURE__ */ new Set()) {
  let problems = [], report = (doc, path, message, key = !1) => problems.push({ file: doc.file, ...doc.at(path, key), message }), index = buildIndex(config.byKind, report), k = config.byKind;
  k.Platform.length === 0 && config.docs.length > 0 && !refused.has("Platform") && problems.push({
    file: ".",
    line: 1,
    column: 1,
    message: "no Platform document; expected exactly one"
  });
  let platform = k.Platform[0], tf = platform?.value.spec.terraform?.version;
  platform && tf && [
    platform.value.spec.stateBackend,
    ...Object.values(platform.value.spec.stateBackends ?? {})
  ].some((b) => b?.type === "s3") && compareVersions(tf, "1.10") < 0 && report(
    platform,
    ["spec", "terraform", "version"],
    `the s3 state backend locks with use_lockfile, which needs Terraform 1.10 or later; got ${tf}`
  );
  for (let extra of k.Platform.slice(1))
    report(extra, ["kind"], "a second Platform document; expected exactly one");
  for (let extra of k.DecisionMatrix.slice(1))
    report(extra, ["kind"], "a second DecisionMatrix document; expected at most one");
  let ref = (doc, path, kind, name) => {
    let target = index[kind].get(name);
    return !target && !config.invalid.has(`${kind}/${name}`) && report(doc, path, `unknown ${kind} "${name}"${known(kind, index[kind], config.invalid)}`), target;
  };
  for (let t of k.Tenant)
    t.value.spec.regions.forEach((r, i) => {
      ref(t, ["spec", "regions", i], "Region", r);
    });
  for (let p of k.Project)
    ref(p, ["spec", "tenant"], "Tenant", p.value.spec.tenant), p.value.spec.environments.forEach((e, i) => {
      ref(p, ["spec", "environments", i], "Environment", e);
    });
  for (let r of k.Region) {
    let pool = r.value.spec.nodePool;
    pool.min > pool.max && report(
      r,
      ["spec", "nodePool", "min"],
      `nodePool.min (${pool.min}) is greater than nodePool.max (${pool.max})`
    );
  }
  checkNodePools(k, report), checkAccounts(k, report);
  for (let s of k.Service) checkService(s, ref, report);
  checkDerivedNames(k.Service, report), checkContainerCapacity(k.Service, report);
  for (let g of k.GtmPolicy) checkGtm(g, k, ref, report);
  let byName = /* @__PURE__ */ new Map();
  for (let g of k.GtmPolicy) {
    let name = g.value.spec.publicName.toLowerCase().replace(/\.$/, ""), first = byName.get(name);
    first ? report(g, ["spec", "publicName"], `"${name}" is already served by GtmPolicy ${first}`) : byName.set(name, g.name);
  }
  checkGtmWeighting(k, report), checkGatewayTls(k, report), checkAutoscale(k.AutoscalePolicy, ref, report), checkCompositions(k.Composition, ref, report), checkModuleSources(k.Composition, platform, report), checkPolicyRules(k.Policy, report);
  for (let p of k.Policy) {
    let { validations, opa } = p.value.spec;
    validations === void 0 == (opa === void 0) && report(
      p,
      ["spec"],
      "a Policy needs exactly one of `validations` (CEL rules) or `opa` (a bundle)"
    );
  }
  return problems;
}
function known(kind, map, invalid) {
  let broken = [...invalid].filter((id) => id.startsWith(`${kind}/`)), names = [
    .../* @__PURE__ */ new Set([...map.keys(), ...broken.map((id) => id.slice(kind.length + 1))])
  ].sort();
  return names.length === 0 ? "; none is defined" : `; expected one of ${names.slice(0, 10).join(", ")}${names.length > 10 ? ", \u2026" : ""}`;
}
function buildIndex(byKind, report) {
  let index = {};
  for (let [kind, docs] of Object.entries(byKind)) {
    let map = /* @__PURE__ */ new Map();
    for (let d of docs) {
      let first = map.get(d.name);
      if (first) {
        let at = first.at(["metadata", "name"]);
        report(
          d,
          ["metadata", "name"],
          `duplicate ${kind} "${d.name}"; first defined at ${first.file}:${at.line}:${at.column}`
        );
      } else map.set(d.name, d);
    }
    index[kind] = map;
  }
  return index;
}
function checkService(s, ref, report) {
  let spec = s.value.spec, tenant = ref(s, ["spec", "tenant"], "Tenant", spec.tenant), project = ref(s, ["spec", "project"], "Project", spec.project), env = ref(s, ["spec", "env"], "Environment", spec.env), size = ref(s, ["spec", "size"], "Size", spec.size);
  project && tenant && project.value.spec.tenant !== spec.tenant && report(
    s,
    ["spec", "project"],
    `project "${spec.project}" belongs to tenant "${project.value.spec.tenant}", not "${spec.tenant}"`
  ), project && env && !project.value.spec.environments.includes(spec.env) && report(
    s,
    ["spec", "env"],
    `project "${spec.project}" does not allow environment "${spec.env}"; it allows ${project.value.spec.environments.join(", ")}`
  ), spec.regions.forEach((name, i) => {
    let at = ["spec", "regions", i], region = ref(s, at, "Region", name);
    if (!region) return;
    tenant && !tenant.value.spec.regions.includes(name) && report(
      s,
      at,
      `tenant "${spec.tenant}" may not use region "${name}"; it may use ${tenant.value.spec.regions.join(", ") || "no region"}`
    );
    let provider = region.value.spec.provider;
    size && !size.value.spec.providers[provider] && report(
      s,
      ["spec", "size"],
      `size "${spec.size}" has no offer for provider "${provider}" (region "${name}")`
    );
    let mode = region.value.spec.nodePool.mode;
    spec.runtime === "k8s" && mode === "containerd-only" && report(
      s,
      at,
      `runtime "k8s" needs Kubernetes, but region "${name}" runs nodePool.mode "containerd-only" (no Kubernetes to apply manifests to); use runtime "container" there, or a region whose mode is k8s or k3s-worker`
    );
    let r = region.value.spec;
    spec.runtime === "container" && nodeAddresses(r.provider, r.network?.cidr ?? DEFAULT_CIDR, r.nodePool).length === 0 && report(
      s,
      at,
      r.provider === "onprem" ? `runtime "container" needs nodePool.hosts in region "${name}" (the containerd nodes Ansible deploys to)` : `runtime "container" needs machines in region "${name}", whose pool is a managed k8s node pool; use runtime "k8s" there, or a containerd-only or k3s-worker region`
    );
  });
}
function checkDerivedNames(services, report) {
  let claims = /* @__PURE__ */ new Map(), claim = (s, path, what, name, owner) => {
    let key = `${what}/${name}`, other = claims.get(key);
    other !== void 0 && other !== owner ? report(
      s,
      path,
      `${what} "${name}" would be shared by ${other} and ${owner}; rename one of them`
    ) : claims.set(key, owner);
  };
  for (let s of services) {
    let { tenant, project, env, publicName } = s.value.spec, namespace = namespaceOf(tenant, project, env);
    namespace.length > 63 && report(
      s,
      ["spec", "project"],
      `namespace "${namespace}" (tenant-project-env) is longer than 63 characters; shorten a name`
    ), claim(
      s,
      ["spec", "project"],
      "namespace",
      namespace,
      `tenant ${tenant}, project ${project}, env ${env}`
    ), publicName && claim(s, ["spec", "publicName"], "public name", publicName, `service ${s.name}`);
  }
}
function checkGtm(g, k, ref, report) {
  let spec = g.value.spec, providers = k.Platform[0]?.value.spec.dns.providers ?? [];
  k.Platform.length > 0 && !providers.some((p) => p.name === spec.provider) && report(
    g,
    ["spec", "provider"],
    `unknown DNS provider "${spec.provider}"; the Platform defines ${providers.map((p) => p.name).join(", ")}`
  ), spec.publicName !== spec.zone && !spec.publicName.endsWith(`.${spec.zone}`) && report(g, ["spec", "publicName"], `"${spec.publicName}" is not inside zone "${spec.zone}"`);
  let seen = /* @__PURE__ */ new Set();
  spec.regions.forEach((r, i) => {
    ref(g, ["spec", "regions", i, "region"], "Region", r.region), seen.has(r.region) && report(g, ["spec", "regions", i, "region"], `region "${r.region}" is listed twice`), seen.add(r.region);
  }), spec.regions.forEach((r, i) => {
    (r.failover ?? []).forEach((t, j) => {
      let at = ["spec", "regions", i, "failover", j];
      t === r.region ? report(g, at, `region "${r.region}" fails over to itself`) : seen.has(t) || report(
        g,
        at,
        `failover target "${t}" is not one of this policy's regions (${[...seen].join(", ")})`
      );
    });
  });
}
function checkAutoscale(policies, ref, report) {
  let byRegion = /* @__PURE__ */ new Map();
  for (let a of policies) {
    let spec = a.value.spec;
    spec.min > spec.max && report(a, ["spec", "min"], `min (${spec.min}) is greater than max (${spec.max})`);
    let region = ref(a, ["spec", "region"], "Region", spec.region);
    if (region) {
      let pool = region.value.spec.nodePool;
      spec.min < pool.min && report(
        a,
        ["spec", "min"],
        `min (${spec.min}) is below region "${spec.region}"'s nodePool.min (${pool.min})`
      ), spec.max > pool.max && report(
        a,
        ["spec", "max"],
        `max (${spec.max}) is above region "${spec.region}"'s nodePool.max (${pool.max})`
      );
    }
    let other = byRegion.get(spec.region);
    other ? report(
      a,
      ["spec", "region"],
      `region "${spec.region}" already has AutoscalePolicy "${other.name}" (${other.file})`
    ) : byRegion.set(spec.region, a);
  }
}
function checkCompositions(comps, ref, report) {
  let byName = new Map(comps.map((c) => [c.name, c]));
  for (let c of comps) {
    let tenantName = c.value.metadata.labels?.[TENANT_LABEL], tenant = tenantName === void 0 ? void 0 : ref(c, ["metadata", "labels", TENANT_LABEL], "Tenant", tenantName);
    c.value.spec.regions.forEach((r, i) => {
      ref(c, ["spec", "regions", i], "Region", r) && tenant && !tenant.value.spec.regions.includes(r) && report(
        c,
        ["spec", "regions", i],
        `tenant "${tenantName}" may not use region "${r}"; it may use ${tenant.value.spec.regions.join(", ") || "no region"}`
      );
    }), (c.value.spec.dependsOn ?? []).forEach((d, i) => {
      ref(c, ["spec", "dependsOn", i], "Composition", d);
    });
  }
  let state = /* @__PURE__ */ new Map(), stack = [], visit = (c) => {
    state.set(c.name, "open"), stack.push(c.name), (c.value.spec.dependsOn ?? []).forEach((dep, i) => {
      let target = byName.get(dep);
      if (target)
        if (state.get(dep) === "open") {
          let cycle = [...stack.slice(stack.indexOf(dep)), dep];
          report(c, ["spec", "dependsOn", i], `dependency cycle: ${cycle.join(" \u2192 ")}`);
        } else state.has(dep) || visit(target);
    }), stack.pop(), state.set(c.name, "done");
  };
  for (let c of [...comps].sort((a, b) => a.name < b.name ? -1 : 1))
    state.has(c.name) || visit(c);
}
function checkModuleSources(comps, platform, report) {
  if (!platform) return;
  let allowed = platform.value.spec.moduleSources ?? [];
  for (let c of comps) {
    let source = c.value.spec.module.source, prefix = allowed.find((p) => source.startsWith(p)), climbs = prefix !== void 0 && /(^|[/\\])\.\.([/\\?]|$)/.test(source.slice(prefix.length));
    prefix !== void 0 && !climbs || report(
      c,
      ["spec", "module", "source"],
      climbs ? `module source "${source}" leaves the allowed prefix "${prefix}" with a ".." segment` : allowed.length === 0 ? `module source "${source}" is not allowed: the Platform lists no moduleSources; add a prefix to Platform.spec.moduleSources (${platform.file})` : `module source "${source}" is not allowed; Platform.spec.moduleSources allows ${allowed.map((p) => `"${p}"`).join(", ")}`
    );
  }
}
function compareVersions(a, b) {
  let pa = a.split(".").map(Number), pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    let d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// lib/model/index.ts
var MAX_PARTIAL_CHECKS = 50;
async function validateConfig(dir, root = dir) {
  let { config, problems, partial } = await loadDocuments(dir), refused = new Set(partial.map((doc) => doc.kind)), refProblems = config.docs.length > 0 || problems.length === 0 ? checkReferences(config, refused) : [], partialProblems = partial.slice(0, MAX_PARTIAL_CHECKS).flatMap((doc) => partialReferences(config, doc));
  return {
    config,
    problems: sortProblems(underRoot(root, [...problems, ...refProblems, ...partialProblems]))
  };
}
function partialReferences(config, doc) {
  let byKind = { ...config.byKind, [doc.kind]: [...config.byKind[doc.kind], doc] }, found;
  try {
    found = checkReferences({ ...config, docs: [...config.docs, doc], byKind });
  } catch {
    return [];
  }
  return found.filter((p) => p[PARTIAL] === "typed").map(({ file, line, column, message }) => ({ file, line, column, message }));
}

export {
  strictestEnvironment,
  unitEnvironmentName,
  GITHUB_OIDC_ISSUER,
  fitName,
  identityNames,
  AWS_ROLE_PATH,
  GCP_POOL_ID,
  GCP_PROVIDER_ID,
  ALICLOUD_OIDC_PROVIDER,
  trustedSubjects,
  stateBackendOf,
  namespaceOf,
  DEFAULT_CIDR,
  createsMachines,
  nodeSubnets,
  nodeAddresses,
  validateConfig
};
