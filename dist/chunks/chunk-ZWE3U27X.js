import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  deployEnvironmentOf,
  namespaceOf
} from "./chunk-5G2L36B5.js";
import {
  Layers
} from "./chunk-QIDO7VDN.js";
import {
  ConfigurationError
} from "./chunk-Q3YCBL2Q.js";

// lib/render/context.ts
var BLUE_PORT = 18080, GREEN_PORT = 28080, defaultCidr = "10.0.0.0/16";
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
      sources: sourcesOf(`Service/${doc.name}`, `Size/${spec.size}`, `Region/${regionName}`)
    };
  });
}
function buildModel(config) {
  let k = config.byKind, platformDoc = k.Platform[0], platform = platformDoc.value.spec, fileOf = new Map(config.docs.map((d) => [`${d.kind}/${d.name}`, d.file])), sourcesOf = (...keys) => [
    ...new Set(keys.map((key) => fileOf.get(key)).filter((f) => f !== void 0))
  ].sort(), regions = [...k.Region].sort(byName).map((d) => regionView(d, sourcesOf)), regionMap = new Map(regions.map((r) => [r.name, r])), sizes = new Map(k.Size.map((s) => [s.name, s.value])), services = [...k.Service].sort(byName).flatMap((d) => serviceViews(d, regionMap, sizes, sourcesOf)).sort((a, b) => byName({ name: `${a.region}/${a.name}` }, { name: `${b.region}/${b.name}` })), servicesIn = new Map(regions.map((r) => [r.name, []]));
  for (let s of services) servicesIn.get(s.region).push(s);
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
  let hostsOf = (r) => [...r.nodePool.hosts ?? []], gateways = regions.map((region) => ({
    region,
    routes: servicesIn.get(region.name).filter((s) => s.publicName).map((service) => {
      let blueGreen = service.runtime === "container", servers = blueGreen ? hostsOf(region).flatMap((h) => [`${h}:${BLUE_PORT}`, `${h}:${GREEN_PORT}`]) : region.ingress.addresses.map((a) => `${a}:80`);
      return { service, upstream: service.name.replace(/-/g, "_"), servers, blueGreen };
    })
  })), ansible = regions.map((region) => ({
    region,
    hosts: hostsOf(region),
    bluePort: BLUE_PORT,
    greenPort: GREEN_PORT,
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
`, emit = (path, template, context, sources) => {
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
    body.trim() !== "" && files.push({ path, content: `${header(sources, template)}${body.trimEnd()}
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

export {
  buildModel,
  renderFiles
};
