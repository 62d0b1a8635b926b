import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  deployEnvironmentOf,
  namespaceOf
} from "./chunk-S6O3OEAC.js";
import {
  allocateContainerPorts
} from "./chunk-D3CWFSWO.js";
import {
  GATEWAY_PORTS,
  certificateOf
} from "./chunk-IQKTJLRH.js";
import {
  Layers
} from "./chunk-N5PQ57XD.js";
import {
  ConfigurationError
} from "./chunk-Q3YCBL2Q.js";

// lib/render/context.ts
var defaultCidr = "10.0.0.0/16";
function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function regionView(doc, sourcesOf) {
  let spec = doc.value.spec;
  return {
    name: doc.name,
    provider: spec.provider,
    location: spec.location,
    cidr: spec.network?.cidr ?? defaultCidr,
    ingress: spec.ingress,
    nodePool: {
      ...spec.nodePool,
      instanceType: spec.nodePool.instanceType ?? "",
      k8s: spec.nodePool.mode === "k8s",
      k3sWorker: spec.nodePool.mode === "k3s-worker",
      containerdOnly: spec.nodePool.mode === "containerd-only"
    },
    weight: spec.weight,
    sources: sourcesOf(`Region/${doc.name}`)
  };
}
function serviceViews(doc, regions, sizes, sourcesOf) {
  let spec = doc.value.spec, size = sizes.get(spec.size);
  return spec.regions.map((regionName) => {
    let region = regions.get(regionName), offer = size.spec.providers[region.provider];
    return {
      name: doc.name,
      tenant: spec.tenant,
      project: spec.project,
      env: spec.env,
      region: regionName,
      namespace: namespaceOf(spec.tenant, spec.project, spec.env),
      runtime: spec.runtime,
      image: spec.image,
      port: spec.port,
      healthPath: spec.healthPath,
      replicas: size.spec.replicas,
      cpu: size.spec.cpu,
      memory: size.spec.memory,
      instanceType: offer.instanceType,
      variables: Object.entries(spec.variables ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([name, value]) => ({
        name,
        value: spec.runtime === "k8s" ? value.replace(/\$\(/g, () => "$$(") : value
      })),
      labels: [
        ["cloudneutral.io/tenant", spec.tenant],
        ["cloudneutral.io/project", spec.project],
        ["cloudneutral.io/env", spec.env],
        ["cloudneutral.io/region", regionName],
        ["cloudneutral.io/service", doc.name]
      ].map(([name, value]) => ({ name, value })),
      publicName: spec.publicName,
      ports: void 0,
      tls: spec.publicName ? certificateOf(spec) : void 0,
      sources: sourcesOf(`Service/${doc.name}`, `Size/${spec.size}`, `Region/${regionName}`)
    };
  });
}
function buildModel(config, options = {}) {
  let k = config.byKind, platformDoc = k.Platform[0], platform = platformDoc.value.spec, fileOf = new Map(config.docs.map((d) => [`${d.kind}/${d.name}`, d.file])), sourcesOf = (...keys) => [
    ...new Set(keys.map((key) => fileOf.get(key)).filter((f) => f !== void 0))
  ].sort(), regions = [...k.Region].sort(byName).map((d) => regionView(d, sourcesOf)), regionMap = new Map(regions.map((r) => [r.name, r])), sizes = new Map(k.Size.map((s) => [s.name, s.value])), services = [...k.Service].sort(byName).flatMap((d) => serviceViews(d, regionMap, sizes, sourcesOf)).sort((a, b) => byName({ name: `${a.region}/${a.name}` }, { name: `${b.region}/${b.name}` })), servicesIn = new Map(regions.map((r) => [r.name, []]));
  for (let s of services) servicesIn.get(s.region).push(s);
  for (let list of servicesIn.values()) {
    let containers = list.filter((s) => s.runtime === "container"), ports = allocateContainerPorts(containers.map((s) => s.name));
    for (let s of containers) s.ports = ports.get(s.name);
  }
  let trustsByRegion = /* @__PURE__ */ new Map();
  for (let region of regions) {
    let pairs = /* @__PURE__ */ new Map();
    for (let s of servicesIn.get(region.name))
      pairs.set(deployEnvironmentOf(s.tenant, s.env), s);
    let trusts = [...pairs.keys()].sort().map((id) => {
      let svc = pairs.get(id);
      return {
        id,
        tenant: svc.tenant,
        env: svc.env,
        repository: platform.repository,
        subject: `repo:${platform.repository}:environment:${id}`
      };
    });
    trustsByRegion.set(region.name, trusts);
  }
  let comps = [...k.Composition].sort(byName), stacks = [];
  for (let region of regions) {
    let layers = /* @__PURE__ */ new Set(["foundation", "k8s-base"]);
    for (let c of comps)
      c.value.spec.regions.includes(region.name) && engineOf(c.value) === "terraform" && layers.add(c.value.spec.lifecycle);
    for (let layer of Layers) {
      if (!layers.has(layer)) continue;
      let members = comps.filter(
        (c) => c.value.spec.lifecycle === layer && c.value.spec.regions.includes(region.name) && engineOf(c.value) === "terraform"
      ), inStack = new Set(members.map((c) => c.name)), modules = members.map((c) => moduleView(c.value, inStack)), trusts = layer === "foundation" ? trustsByRegion.get(region.name) ?? [] : [], stateKey = `${platform.stateBackend.prefix ?? "stacks"}/${layer}/${region.name}`, stack = {
        layer,
        region,
        backend: {
          ...backendFlags(platform.stateBackend.type),
          type: platform.stateBackend.type,
          bucket: platform.stateBackend.bucket ?? "",
          region: platform.stateBackend.region ?? "",
          key: stateKey,
          stateKey: `${stateKey}/terraform.tfstate`
        },
        platformRepository: platform.repository,
        terraformVersion: platform.terraform?.version,
        // The s3 backend's lock file (use_lockfile) needs 1.10; validate refuses older pins.
        requiredVersion: `>= ${platform.terraform?.version ?? (platform.stateBackend.type === "s3" ? "1.10" : "1.6")}`,
        trusts,
        modules,
        sources: sourcesOf(
          `Platform/${platformDoc.name}`,
          `Region/${region.name}`,
          ...members.map((c) => `Composition/${c.name}`),
          ...trusts.map((t) => `Tenant/${t.tenant}`)
        )
      };
      stacks.push(stack);
    }
  }
  let hostsOf = (r) => [...r.nodePool.hosts ?? []], listen = gatewayListen(options.gatewayListen), gateways = regions.map((region) => ({
    region,
    listen,
    tls: servicesIn.get(region.name).some((s) => s.publicName && s.tls),
    routes: servicesIn.get(region.name).filter((s) => s.publicName).map((service) => {
      let blueGreen = service.runtime === "container", servers = blueGreen ? hostsOf(region).map((h) => `${h}:${service.ports.switchPort}`) : region.ingress.addresses.map((a) => `${a}:80`);
      return { service, upstream: service.name.replace(/-/g, "_"), servers, blueGreen };
    })
  })), ansible = regions.map((region) => ({
    region,
    hosts: hostsOf(region),
    services: servicesIn.get(region.name).filter((s) => s.runtime === "container")
  })).filter((a) => a.services.length > 0);
  return {
    regions,
    services,
    stacks,
    gateways,
    ansible
  };
}
function gatewayListen(o = {}) {
  let at = (port) => o.address ? `${o.address}:${port}` : String(port);
  return {
    https: at(o.https ?? GATEWAY_PORTS.https),
    plain: at(o.plain ?? GATEWAY_PORTS.plain)
  };
}
function engineOf(c) {
  if (c.spec.engine) return c.spec.engine;
  let layer = c.spec.lifecycle;
  return layer === "applications" ? "gitops" : layer === "config" ? "ansible" : "terraform";
}
function moduleView(c, inStack) {
  return {
    name: c.metadata.name,
    source: c.spec.module.source,
    version: c.spec.module.version,
    inputs: Object.entries(c.spec.inputs ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([name, value]) => ({ name, value })),
    dependsOn: (c.spec.dependsOn ?? []).filter((d) => inStack.has(d)).sort()
  };
}
function backendFlags(type) {
  return { s3: type === "s3", gcs: type === "gcs", oss: type === "oss", local: type === "local" };
}

// lib/render/render-files.ts
function renderFiles(model, templates, options) {
  let files = [], header = (sources, template) => `# Generated by cloudneutral render from ${sources.map((s) => `${options.configLabel}/${s}`).join(", ")}
# with ${options.templatesLabel}/${template}. Do not edit: change the sources and run render.
`, emit = (path2, template, context, sources) => {
    let t = templates.get(template);
    if (!t)
      throw new ConfigurationError([
        {
          root: ".",
          file: `${options.templatesLabel}/${template}`,
          line: 1,
          column: 1,
          message: "template not found"
        }
      ]);
    let body = t.render(context);
    body.trim() !== "" && files.push({ path: path2, content: `${header(sources, template)}${body.trimEnd()}
` });
  };
  for (let stack of model.stacks) renderStack(stack, templates, emit, files);
  let namespaces = /* @__PURE__ */ new Map();
  for (let s of model.services) {
    if (s.runtime !== "k8s") continue;
    let dir = `k8s/${s.region}/${s.namespace}`, members = namespaces.get(dir);
    members ? members.push(s) : namespaces.set(dir, [s]), emit(`${dir}/${s.name}.yaml`, "k8s/service.yaml.hbs", s, s.sources);
  }
  for (let [dir, members] of namespaces) {
    let s = members[0], labels = s.labels.filter((l) => !l.name.endsWith("/service")), context = {
      namespace: s.namespace,
      region: s.region,
      tenant: s.tenant,
      project: s.project,
      env: s.env,
      labels
    };
    emit(`${dir}/namespace.yaml`, "k8s/namespace.yaml.hbs", context, sourcesOfAll(members));
  }
  for (let g of model.gateways) {
    let sources = [
      .../* @__PURE__ */ new Set([...g.region.sources, ...sourcesOfAll(g.routes.map((r) => r.service))])
    ].sort();
    emit(`gateway/${g.region.name}/nginx.conf`, "gateway/nginx.conf.hbs", g, sources);
  }
  for (let a of model.ansible) {
    let sources = [.../* @__PURE__ */ new Set([...a.region.sources, ...sourcesOfAll(a.services)])].sort();
    emit(`ansible/${a.region.name}/inventory.yml`, "ansible/inventory.yml.hbs", a, sources), emit(
      `ansible/${a.region.name}/group_vars/containerd_nodes.yml`,
      "ansible/group_vars.yml.hbs",
      a,
      sources
    ), emit(`ansible/${a.region.name}/site.yml`, "ansible/site.yml.hbs", a, sources), emit(
      `ansible/${a.region.name}/deploy-service.yml`,
      "ansible/deploy-service.yml.hbs",
      a,
      sources
    );
  }
  let seeds = model.regions.map((r) => ({
    path: `node-pool/${r.name}.tfvars`,
    content: `# Desired node count of region ${r.name}. Created by render at the pool's min; owned by
# autoscale-propose from then on (render never rewrites it).
node_count = ${r.nodePool.min}
`
  }));
  return files.sort((a, b) => a.path < b.path ? -1 : 1), { files, seeds };
}
function renderStack(stack, templates, emit, files) {
  let dir = `stacks/${stack.layer}/${stack.region.name}`, provider = stack.region.provider, seen = /* @__PURE__ */ new Map();
  for (let template of [
    ...templates.list("terraform/common"),
    ...templates.list(`terraform/${provider}`),
    ...templates.list(`terraform/${provider}/${stack.layer}`)
  ]) {
    let name = template.slice(template.lastIndexOf("/") + 1).replace(/\.hbs$/, ""), other = seen.get(name);
    if (other)
      throw new ConfigurationError([
        {
          root: ".",
          file: `templates/${template}`,
          line: 1,
          column: 1,
          message: `renders ${dir}/${name}, which ${other} renders too`
        }
      ]);
    seen.set(name, template), emit(`${dir}/${name}`, template, stack, stack.sources);
  }
  let meta = {
    generatedBy: "cloudneutral render",
    generatedFrom: stack.sources,
    layer: stack.layer,
    region: stack.region.name,
    provider,
    location: stack.region.location,
    engine: "terraform",
    varFiles: stack.layer === "k8s-base" ? [`../../../node-pool/${stack.region.name}.tfvars`] : [],
    dependsOn: dependsOnLayers(stack)
  };
  files.push({ path: `${dir}/stack.json`, content: `${JSON.stringify(meta, null, 2)}
` });
}
function dependsOnLayers(stack) {
  let index = Layers.indexOf(stack.layer);
  return Layers.slice(0, index).filter((l) => l !== "applications").map((l) => `${l}/${stack.region.name}`);
}
function sourcesOfAll(services) {
  return [...new Set(services.flatMap((s) => s.sources))].sort();
}

// lib/render/output.ts
import { hash } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  writeFileSync
} from "node:fs";
import path from "node:path";
var MANIFEST_PATH = ".cloudneutral/render-manifest.json", sha256 = (s) => hash("sha256", s, "hex");
function listFiles(dir) {
  let listing = { files: /* @__PURE__ */ new Set(), links: /* @__PURE__ */ new Set() }, entries;
  try {
    entries = readdirSync(dir, { recursive: !0, withFileTypes: !0 });
  } catch (err) {
    if (err.code === "ENOENT") return listing;
    throw err;
  }
  for (let e of entries) {
    let rel = path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/");
    e.isSymbolicLink() ? listing.links.add(rel) : e.isFile() && listing.files.add(rel);
  }
  return listing;
}
function parseManifest(text, label) {
  try {
    let files = JSON.parse(text).files;
    if (files && typeof files == "object" && !Array.isArray(files)) return files;
  } catch {
  }
  throw new ConfigurationError([
    {
      root: ".",
      file: label,
      line: 1,
      column: 1,
      message: "render's manifest is not valid; restore it from git or delete it (render then refuses files it did not write)"
    }
  ]);
}
function manifestOf(files) {
  let manifest = {
    version: 1,
    files: Object.fromEntries(files.map((f) => [f.path, sha256(f.content)]))
  };
  return { path: MANIFEST_PATH, content: `${JSON.stringify(manifest, null, 2)}
` };
}
function planOutput(outDir, output, labelPrefix = "") {
  let { files: existing, links } = listFiles(outDir), readIfExists = (rel) => existing.has(rel) ? readFileSync(path.join(outDir, rel), "utf8") : void 0, previousText = readIfExists(MANIFEST_PATH), previous = previousText ? parseManifest(previousText, `${labelPrefix}${MANIFEST_PATH}`) : {}, owned = [...output.files, manifestOf(output.files)], wanted = new Set(owned.map((f) => f.path)), plan = {
    changes: [],
    previouslyOwned: Object.keys(previous),
    seeds: [],
    writes: /* @__PURE__ */ new Map(),
    deletes: [],
    unchanged: 0
  }, conflicts = [], change = (file, kind) => {
    plan.changes.push({ path: file.path, change: kind }), plan.writes.set(file.path, file.content);
  }, linked = (rel) => rel.split("/").some((_, i, parts) => links.has(parts.slice(0, i + 1).join("/")));
  for (let file of [...owned, ...output.seeds])
    linked(file.path) && conflicts.push({
      root: ".",
      file: `${labelPrefix}${file.path}`,
      line: 1,
      column: 1,
      message: "is (or is inside) a symbolic link; render never writes through links"
    });
  for (let file of owned) {
    if (linked(file.path)) continue;
    let current = readIfExists(file.path);
    current === file.content ? plan.unchanged++ : current === void 0 ? change(file, "create") : file.path in previous || file.path === MANIFEST_PATH ? change(file, "update") : conflicts.push({
      root: ".",
      file: `${labelPrefix}${file.path}`,
      line: 1,
      column: 1,
      message: "exists but was not generated by render; move it away or delete it so render can own this path"
    });
  }
  for (let seed of output.seeds)
    !existing.has(seed.path) && !linked(seed.path) && (change(seed, "create"), plan.seeds.push(seed.path));
  for (let old of Object.keys(previous).sort())
    wanted.has(old) || !existing.has(old) || (plan.changes.push({ path: old, change: "delete" }), plan.deletes.push(old));
  if (conflicts.length > 0) throw new ConfigurationError(conflicts);
  return plan.changes.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0), plan;
}
function applyOutput(outDir, plan) {
  let manifest = plan.writes.get(MANIFEST_PATH), made = /* @__PURE__ */ new Set(), put = (rel, content) => {
    let target = path.join(outDir, rel), dir = path.dirname(target);
    made.has(dir) || (mkdirSync(dir, { recursive: !0 }), made.add(dir)), writeFileSync(target, content);
  };
  if (manifest !== void 0) {
    let touched = /* @__PURE__ */ new Set([...plan.previouslyOwned, ...plan.writes.keys()]);
    touched.delete(MANIFEST_PATH);
    for (let seed of plan.seeds) touched.delete(seed);
    let files = Object.fromEntries([...touched].sort().map((p) => [p, "pending"]));
    put(MANIFEST_PATH, `${JSON.stringify({ version: 1, files }, null, 2)}
`);
  }
  for (let [rel, content] of plan.writes) rel !== MANIFEST_PATH && put(rel, content);
  for (let rel of plan.deletes)
    rmSync(path.join(outDir, rel), { force: !0 }), removeEmptyParents(outDir, path.dirname(rel));
  manifest !== void 0 && put(MANIFEST_PATH, manifest);
}
function removeEmptyParents(outDir, rel) {
  for (let dir = rel; dir !== "." && dir !== ""; dir = path.dirname(dir)) {
    let full = path.join(outDir, dir), left;
    try {
      left = readdirSync(full);
    } catch {
      return;
    }
    if (left.length > 0) return;
    rmdirSync(full);
  }
}

export {
  buildModel,
  renderFiles,
  manifestOf,
  planOutput,
  applyOutput
};
