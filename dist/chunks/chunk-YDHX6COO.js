import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  Layers
} from "./chunk-R6XTO7R2.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-Q3YCBL2Q.js";

// lib/stacks/inventory.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
var LAYERS = Layers, REGION = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, LOCAL_SOURCE = /^\s*source\s*=\s*"(\.\.?\/[^"]*)"/gm, SAFE = /^[A-Za-z0-9:/@._+=,-]{1,300}$/;
function parseIdentity(raw, id) {
  if (raw === void 0) return;
  let bad = (why) => new ConfigurationError([
    {
      root: ".",
      file: `infra/${id}/stack.json`,
      line: 1,
      column: 1,
      message: `identity: ${why}; run render`
    }
  ]), o = raw;
  if (typeof o != "object" || o === null) throw bad("expected an object");
  if (o.provider !== "aws" && o.provider !== "gcp" && o.provider !== "alicloud")
    throw bad("provider must be aws, gcp or alicloud");
  let str = (v, name, required) => {
    if (!(v === void 0 && !required)) {
      if (typeof v != "string" || !SAFE.test(v)) throw bad(`${name} is not a plain name`);
      return v;
    }
  }, side = (v, use) => {
    let s = v;
    if (typeof s != "object" || s === null) throw bad(`${use} must be an object`);
    let subjects = Array.isArray(s.subjects) ? s.subjects : [];
    return {
      roleArn: str(s.roleArn, `${use}.roleArn`, o.provider !== "gcp"),
      serviceAccount: str(s.serviceAccount, `${use}.serviceAccount`, o.provider === "gcp"),
      subjects: subjects.map((x, i) => str(x, `${use}.subjects[${i}]`, !0))
    };
  };
  return {
    provider: o.provider,
    account: str(o.account, "account", !0),
    workloadIdentityProvider: str(
      o.workloadIdentityProvider,
      "workloadIdentityProvider",
      o.provider === "gcp"
    ),
    oidcProviderArn: str(o.oidcProviderArn, "oidcProviderArn", o.provider === "alicloud"),
    plan: side(o.plan, "plan"),
    apply: side(o.apply, "apply")
  };
}
var dirs = (dir) => existsSync(dir) ? readdirSync(dir, { withFileTypes: !0 }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
function inside(infraDir, abs) {
  let rel = path.relative(infraDir, abs).split(path.sep).join("/");
  return rel === "" || rel.startsWith("../") || path.isAbsolute(rel) ? void 0 : rel;
}
function localModules(infraDir, dir, seen = /* @__PURE__ */ new Set()) {
  let abs = path.join(infraDir, dir);
  if (!existsSync(abs)) return [];
  for (let file of readdirSync(abs).sort()) {
    if (!file.endsWith(".tf")) continue;
    let text = readFileSync(path.join(abs, file), "utf8");
    for (let m of text.matchAll(LOCAL_SOURCE)) {
      let target = inside(infraDir, path.resolve(abs, m[1]));
      target === void 0 || seen.has(target) || target === dir || (seen.add(target), localModules(infraDir, target, seen));
    }
  }
  return [...seen].sort();
}
function readStackJson(file, id) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new ConfigurationError([
      {
        root: ".",
        file: `infra/${id}/stack.json`,
        line: 1,
        column: 1,
        message: `cannot read the stack description: ${errorMessage(err)}; run render`
      }
    ]);
  }
}
function listUnits(infraDir) {
  let units = [];
  for (let layer of dirs(path.join(infraDir, "stacks")))
    if (LAYERS.includes(layer))
      for (let region of dirs(path.join(infraDir, "stacks", layer))) {
        let id = `stacks/${layer}/${region}`, file = path.join(infraDir, id, "stack.json");
        if (!REGION.test(region) || !existsSync(file)) continue;
        let json = readStackJson(file, id), varFiles = (json.varFiles ?? []).flatMap((v) => {
          let rel = inside(infraDir, path.resolve(infraDir, id, v));
          return rel === void 0 ? [] : [rel];
        });
        units.push({
          id,
          layer,
          region,
          engine: json.engine === "ansible" || json.engine === "gitops" ? json.engine : "terraform",
          varFiles,
          dependsOn: (json.dependsOn ?? []).map((d) => `stacks/${d}`),
          watch: [id, ...localModules(infraDir, id)],
          identity: parseIdentity(json.identity, id)
        });
      }
  let regional = [
    ["k8s", "applications", "gitops"],
    ["gateway", "applications", "gitops"],
    ["ansible", "config", "ansible"]
  ];
  for (let [top, layer, engine] of regional)
    for (let region of dirs(path.join(infraDir, top))) {
      if (!REGION.test(region)) continue;
      let id = `${top}/${region}`, pool = `node-pool/${region}.tfvars`, varFiles = top === "ansible" && existsSync(path.join(infraDir, pool)) ? [pool] : [];
      units.push({ id, layer, region, engine, varFiles, dependsOn: [], watch: [id] });
    }
  return sortUnits(units);
}
function sortUnits(units) {
  let rank = (u) => LAYERS.indexOf(u.layer);
  return [...units].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
function affects(unit, file) {
  return unit.varFiles.includes(file) || unit.watch.some((d) => file === d || file.startsWith(`${d}/`));
}
function parseUnitId(id) {
  let parts = id.split("/");
  if (parts[0] === "stacks" && parts.length === 3 && LAYERS.includes(parts[1]))
    return { layer: parts[1], region: parts[2] };
  if (parts.length !== 2) return;
  let layer = parts[0] === "k8s" || parts[0] === "gateway" ? "applications" : parts[0] === "ansible" ? "config" : void 0;
  return layer ? { layer, region: parts[1] } : void 0;
}

export {
  localModules,
  listUnits,
  sortUnits,
  affects,
  parseUnitId
};
