import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  changeSet
} from "./chunk-MXGSYCSK.js";
import {
  affects,
  listUnits,
  parseUnitId,
  sortUnits
} from "./chunk-GA4PO7KL.js";
import {
  changedPaths,
  mergeBase,
  resolveCommit
} from "./chunk-DUJ6IMNW.js";

// lib/stacks/affected.ts
import path from "node:path";
async function affectedByPull(o) {
  let infraDir = o.infraDir ?? "infra", { changes } = await changeSet({
    repoDir: o.repoDir,
    base: o.base,
    head: o.head ?? "HEAD",
    configDir: o.configDir,
    templatesDir: o.templatesDir,
    infraDir
  }), edited = await changedPaths(o.repoDir, changes.mergeBase, changes.head, infraDir), rendered = changes.stacks.flatMap((s) => s.files), units = listUnits(path.join(o.repoDir, infraDir));
  return { affected: match(units, [...edited, ...rendered], changes.mergeBase), mergeBase: changes.mergeBase, head: changes.head };
}
async function affectedSinceApplied(o) {
  let infraDir = o.infraDir ?? "infra", head = await resolveCommit(o.repoDir, o.head ?? "HEAD", "head"), fallback = await resolveCommit(o.repoDir, o.fallback, "before"), units = listUnits(path.join(o.repoDir, infraDir)), warnings = [], sinceOf = /* @__PURE__ */ new Map();
  for (let u of units) {
    let recorded = o.lastApplied(u.id), since = fallback;
    if (recorded !== void 0)
      try {
        since = await mergeBase(
          o.repoDir,
          await resolveCommit(o.repoDir, recorded, "applied"),
          head
        );
      } catch {
        warnings.push(
          `${u.id}: the last applied commit ${recorded.slice(0, 12)} is not in this history; counting from ${fallback.slice(0, 12)}`
        );
      }
    sinceOf.set(u.id, since);
  }
  let byDiff = /* @__PURE__ */ new Map();
  for (let since of /* @__PURE__ */ new Set([...sinceOf.values(), fallback]))
    byDiff.set(since, await changedPaths(o.repoDir, since, head, infraDir));
  let affected = [];
  for (let u of units) {
    let since = sinceOf.get(u.id);
    affected.push(...match([u], byDiff.get(since), since));
  }
  let removed = match([], byDiff.get(fallback), fallback);
  return { affected: sortUnits([...affected, ...removed]), head, warnings };
}
function match(units, changed, since) {
  let out = /* @__PURE__ */ new Map(), known = new Set(units.map((u) => u.id));
  for (let c of changed) {
    let hit = !1;
    for (let u of units) {
      if (!affects(u, c.path)) continue;
      hit = !0;
      let a2 = out.get(u.id) ?? {
        id: u.id,
        layer: u.layer,
        region: u.region,
        unit: u,
        files: [],
        since
      };
      out.set(u.id, a2), a2.files.includes(c.path) || a2.files.push(c.path);
    }
    if (hit || c.change !== "delete") continue;
    let id = removedUnitOf(c.path), where = id === void 0 || known.has(id) ? void 0 : parseUnitId(id);
    if (id === void 0 || !where) continue;
    let a = out.get(id) ?? { id, ...where, unit: void 0, files: [], since };
    out.set(id, a), a.files.push(c.path);
  }
  for (let a of out.values()) a.files.sort();
  return sortUnits([...out.values()]);
}
function removedUnitOf(file) {
  let parts = file.split("/");
  if (parts[0] === "stacks" && parts.length >= 4) return parts.slice(0, 3).join("/");
  if (["k8s", "gateway", "ansible"].includes(parts[0]) && parts.length >= 3)
    return parts.slice(0, 2).join("/");
}

export {
  affectedByPull,
  affectedSinceApplied
};
