import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  Layers
} from "./chunk-N5PQ57XD.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-Q3YCBL2Q.js";

// lib/stacks/inventory.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
var LAYERS = Layers, REGION = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, LOCAL_SOURCE = /^\s*source\s*=\s*"(\.\.?\/[^"]*)"/gm, dirs = (dir) => existsSync(dir) ? readdirSync(dir, { withFileTypes: !0 }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
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
          watch: [id, ...localModules(infraDir, id)]
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
      let id = `${top}/${region}`;
      units.push({ id, layer, region, engine, varFiles: [], dependsOn: [], watch: [id] });
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
  listUnits,
  sortUnits,
  affects,
  parseUnitId
};
