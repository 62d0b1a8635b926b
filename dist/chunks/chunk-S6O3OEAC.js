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
} from "./chunk-KSBIVUWP.js";
import {
  sortProblems,
  underRoot
} from "./chunk-Q3YCBL2Q.js";

// lib/model/names.ts
function namespaceOf(tenant, project, env) {
  return `${tenant}-${project}-${env}`;
}
function deployEnvironmentOf(tenant, env) {
  return `${tenant}-${env}`;
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
  platform && tf && platform.value.spec.stateBackend.type === "s3" && compareVersions(tf, "1.10") < 0 && report(
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
    ), spec.runtime === "container" && !region.value.spec.nodePool.hosts?.length && report(
      s,
      at,
      `runtime "container" needs nodePool.hosts in region "${name}" (the containerd nodes Ansible deploys to)`
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
    ), claim(
      s,
      ["spec", "env"],
      "GitHub environment",
      deployEnvironmentOf(tenant, env),
      `tenant ${tenant}, env ${env}`
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
  namespaceOf,
  deployEnvironmentOf,
  validateConfig
};
