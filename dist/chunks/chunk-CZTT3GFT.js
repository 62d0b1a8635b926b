import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  planUnits
} from "./chunk-25EYJSIE.js";
import {
  pool
} from "./chunk-67MDLEXD.js";
import {
  affects,
  listUnits,
  parseUnitId,
  sortUnits
} from "./chunk-YDHX6COO.js";
import {
  routeUnits
} from "./chunk-KNIVJF6P.js";
import {
  changeSet,
  snapshotAt
} from "./chunk-TTYZOKXK.js";
import {
  changedPaths,
  mergeBase,
  resolveCommit
} from "./chunk-DBPEO2ZL.js";
import {
  readBlobs,
  treeIds
} from "./chunk-66JDLIDC.js";
import {
  git
} from "./chunk-ZPMZPS3A.js";
import {
  UsageError,
  errorMessage
} from "./chunk-Q3YCBL2Q.js";

// lib/report/results.ts
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
async function writeUnitResult(dir, id, result) {
  await mkdir(dir, { recursive: !0 });
  let file = path.join(dir, `${id.replaceAll("/", "__")}.json`);
  return await writeFile(`${file}.tmp`, `${JSON.stringify(result)}
`), await rename(`${file}.tmp`, file), file;
}
async function readUnitResults(dir, isResult) {
  let found = /* @__PURE__ */ new Map(), entries = await readdir(dir, { recursive: !0, withFileTypes: !0 }).catch(() => []);
  for (let e of entries) {
    if (!e.isFile() || !e.name.endsWith(".json")) continue;
    let file = path.join(e.parentPath, e.name), value;
    try {
      value = JSON.parse(await readFile(file, "utf8"));
    } catch (err) {
      throw new UsageError(`result file ${file} is not JSON: ${errorMessage(err)}`);
    }
    if (!isResult(value)) throw new UsageError(`result file ${file} is not a unit result`);
    found.set(value.id, value);
  }
  return found;
}
var hasIdAndStatus = (v) => typeof v == "object" && v !== null && typeof v.id == "string" && typeof v.status == "string";

// lib/stacks/affected.ts
import path2 from "node:path";
async function affectedByPull(o) {
  let infraDir = o.infraDir ?? "infra", { changes } = await changeSet({
    repoDir: o.repoDir,
    base: o.base,
    head: o.head ?? "HEAD",
    configDir: o.configDir,
    templatesDir: o.templatesDir,
    infraDir
  }), edited = await changedPaths(o.repoDir, changes.mergeBase, changes.head, infraDir), rendered = changes.stacks.flatMap((s) => s.files), units = listUnits(path2.join(o.repoDir, infraDir));
  return { affected: match(units, [...edited, ...rendered], changes.mergeBase), mergeBase: changes.mergeBase, head: changes.head };
}
async function affectedSinceApplied(o) {
  let infraDir = o.infraDir ?? "infra", head = await resolveCommit(o.repoDir, o.head ?? "HEAD", "head"), fallback = await resolveCommit(o.repoDir, o.fallback, "before"), units = listUnits(path2.join(o.repoDir, infraDir)).filter(
    (u) => !o.only || o.only.includes(u.id)
  ), warnings = [], sinceOf = /* @__PURE__ */ new Map(), unrecorded = [], bases = /* @__PURE__ */ new Map(), baseOf = (recorded) => {
    let found = bases.get(recorded);
    return found || (found = resolveCommit(o.repoDir, recorded, "applied").then(
      (c) => mergeBase(o.repoDir, c, head)
    ), bases.set(recorded, found)), found;
  };
  for (let u of units) {
    let recorded = o.lastApplied(u.id);
    if (recorded === void 0) {
      unrecorded.push(u);
      continue;
    }
    try {
      sinceOf.set(u.id, await baseOf(recorded));
    } catch {
      warnings.push(
        `${u.id}: the last applied commit ${recorded.slice(0, 12)} is not in this history; counting from when the unit appeared, as for a unit never applied`
      ), unrecorded.push(u);
    }
  }
  let appeared = await appearances(
    o.repoDir,
    head,
    unrecorded.map((u) => path2.posix.join(infraDir, u.id))
  ), appearedOf = /* @__PURE__ */ new Map();
  for (let [i, u] of unrecorded.entries()) {
    let a = appeared[i];
    a && appearedOf.set(u.id, a.commit), sinceOf.set(u.id, a?.before ?? a?.commit ?? fallback);
  }
  let byDiff = /* @__PURE__ */ new Map();
  for (let since of /* @__PURE__ */ new Set([...sinceOf.values(), fallback]))
    byDiff.set(since, await changedPaths(o.repoDir, since, head, infraDir));
  let affected = [];
  for (let u of units) {
    let since = sinceOf.get(u.id), hit = match([u], byDiff.get(since), since).find((a) => a.id === u.id), always = unrecorded.includes(u) || o.pending?.(u.id) === !0, found = hit ?? (always ? { ...unitFields(u), files: [], since } : void 0);
    if (!found) continue;
    let first = appearedOf.get(u.id);
    affected.push(first ? { ...found, appeared: first } : found);
  }
  let removed = match([], byDiff.get(fallback), fallback).filter(
    (a) => !o.only || o.only.includes(a.id)
  );
  return { affected: sortUnits([...affected, ...removed]), head, warnings };
}
var unitFields = (u) => ({ id: u.id, layer: u.layer, region: u.region, unit: u });
async function appearances(repoDir, head, dirs) {
  if (dirs.length === 0) return [];
  let touching = await pool(
    dirs,
    4,
    async (dir) => (await git(repoDir, ["--literal-pathspecs", "rev-list", "--first-parent", head, "--", dir])).stdout.toString().split(`
`).filter(Boolean)
  ), specs = dirs.flatMap(
    (dir, i) => touching[i].map((commit) => ({ commit: `${commit}^`, dir }))
  ), trees = await treeIds(repoDir, specs), at = 0, firsts = touching.map((commits) => {
    let start = at;
    at += commits.length;
    let i = commits.findIndex((_, j) => trees[start + j] === void 0);
    return i < 0 ? commits.at(-1) : commits[i];
  }), found = firsts.filter((c) => c !== void 0), parents = /* @__PURE__ */ new Map();
  if (found.length > 0) {
    let listed = await git(repoDir, [
      "log",
      "--no-walk=unsorted",
      "--format=%H %P",
      ...new Set(found)
    ]);
    for (let line of listed.stdout.toString().split(`
`).filter(Boolean)) {
      let [commit, parent] = line.split(" ");
      parents.set(commit, parent || void 0);
    }
  }
  return firsts.map((commit) => commit ? { commit, before: parents.get(commit) } : void 0);
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

// lib/plan/pull.ts
var MAX_DIFF_FILES = 200;
async function pullScope(o) {
  let found = await affectedByPull(o), configDir = o.configDir ?? "platform-config", [trusted, head] = await Promise.all([
    snapshotAt(o.repoDir, o.base, configDir),
    snapshotAt(o.repoDir, found.head, configDir)
  ]), routes = routeUnits(trusted.config, found.affected, head.config);
  return { ...found, routes };
}
async function fileDiffs(o, scope) {
  let infra = o.infraDir ?? "infra", files = [...new Set(scope.affected.flatMap((a) => a.files))].sort().slice(0, MAX_DIFF_FILES), blobs = await readBlobs(
    o.repoDir,
    files.flatMap((file) => [
      { commit: scope.mergeBase, file: `${infra}/${file}` },
      { commit: scope.head, file: `${infra}/${file}` }
    ])
  ), text = (b) => {
    if (!(b instanceof Uint8Array)) return;
    let t = Buffer.from(b).toString("utf8");
    return t.includes("\0") ? void 0 : t;
  }, out = [];
  return files.forEach((file, i) => {
    let before = text(blobs[2 * i]), after = text(blobs[2 * i + 1]);
    before !== after && out.push({ path: file, before, after });
  }), out;
}
function planScope(scope, ctx, only, concurrency = 4) {
  let chosen = only ? scope.affected.filter((a) => only.includes(a.id)) : scope.affected;
  return planUnits(chosen, ctx, concurrency);
}
async function checkedOutAt(repoDir, head) {
  let [wanted, actual] = await Promise.all([
    resolveCommit(repoDir, head, "head"),
    resolveCommit(repoDir, "HEAD", "the checkout")
  ]);
  if (wanted !== actual)
    throw new UsageError(
      `the checkout is at ${actual.slice(0, 12)}, not the head ${wanted.slice(0, 12)}: check out the PR's head commit (actions/checkout with ref: the head sha)`
    );
  return actual;
}
function unitById(infraDir, id) {
  let unit = listUnits(infraDir).find((u) => u.id === id);
  if (!unit) throw new UsageError(`no unit ${JSON.stringify(id)} under ${infraDir}`);
  return { id, layer: unit.layer, region: unit.region, unit, files: [], since: "" };
}
function writeResult(dir, result) {
  return writeUnitResult(dir, result.id, result);
}
async function readResults(dir, scope) {
  let found = await readUnitResults(dir, (v) => hasIdAndStatus(v));
  return scope.affected.map((a) => {
    let base = {
      id: a.id,
      layer: a.layer,
      region: a.region,
      files: a.files,
      status: "failed"
    }, r = found.get(a.id);
    return r ? r.commit !== scope.head ? {
      ...base,
      error: `its job planned ${String(r.commit).slice(0, 12)}, not the head ${scope.head.slice(0, 12)}`
    } : r : {
      ...base,
      error: "no job reported a plan for this unit (its job failed or was cancelled)"
    };
  });
}

export {
  writeUnitResult,
  readUnitResults,
  hasIdAndStatus,
  affectedSinceApplied,
  pullScope,
  fileDiffs,
  planScope,
  checkedOutAt,
  unitById,
  writeResult,
  readResults
};
