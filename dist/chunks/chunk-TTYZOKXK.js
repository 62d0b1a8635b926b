import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  buildModel,
  manifestOf,
  renderFiles
} from "./chunk-UVLJIHVO.js";
import {
  loadTemplates
} from "./chunk-5SZOY3OE.js";
import {
  changedPaths,
  mergeBase,
  resolveCommit
} from "./chunk-DBPEO2ZL.js";
import {
  materialise,
  readBlobs,
  treeIds
} from "./chunk-66JDLIDC.js";
import {
  hasControlCharacters
} from "./chunk-ZPMZPS3A.js";
import {
  validateConfig
} from "./chunk-CS2LBCZH.js";
import {
  MAX_FILE_BYTES
} from "./chunk-STEYPZ26.js";
import {
  unitOf
} from "./chunk-N4SQIPCK.js";
import {
  parsePlanJson,
  planResourceEntries
} from "./chunk-65PPA6I5.js";
import {
  Layers
} from "./chunk-R6XTO7R2.js";
import {
  ConfigurationError,
  UsageError,
  sortProblems
} from "./chunk-Q3YCBL2Q.js";

// lib/policy/changes.ts
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path2 from "node:path";

// lib/policy/plan-resources.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
async function readPlans(repoDir, plans) {
  let out = [];
  for (let { stack, file } of plans) {
    let full = path.resolve(repoDir, file), text;
    try {
      text = await readFile(full, "utf8");
    } catch (err) {
      throw new UsageError(`plan file of ${stack} (${full}): ${err.message}`);
    }
    let plan = parsePlanJson(text, stack);
    for (let r of resourceChanges(stack, plan)) out.push(r);
  }
  return out;
}
function resourceChanges(stack, plan) {
  return planResourceEntries(stack, plan).map((e) => ({
    stack,
    address: e.address,
    type: e.type,
    actions: e.actions
  }));
}

// lib/policy/unrendered.ts
var TOOLCHAIN_DIRS = [".github/workflows", "actions", "dist"];
function unrenderedChanges(edited, atHead, rendered, outDir) {
  let owned = rendered ? [...rendered.files, manifestOf(rendered.files)] : [], files = new Map(owned.map((f) => [f.path, f.content])), seeds = new Set(rendered?.seeds.map((s) => s.path)), why = (c, blob) => {
    if (!rendered) return "the head's configuration does not render";
    if (!(blob instanceof Uint8Array))
      return files.has(c.path) || seeds.has(c.path) ? "render produces this file" : void 0;
    let text = Buffer.from(blob).toString("utf8");
    if (seeds.has(c.path))
      return isNodeCount(text) ? void 0 : "holds more than the desired node count";
    let expected = files.get(c.path);
    return expected === void 0 ? "render does not produce this file" : expected === text ? void 0 : "differs from what render produces";
  };
  return edited.flatMap((c, i) => {
    let reason = why(c, atHead[i]), repoPath = outDir === "" ? c.path : `${outDir}/${c.path}`;
    return reason ? [{ path: repoPath, change: c.change, reason }] : [];
  });
}
function isNodeCount(text) {
  let lines = text.split(`
`).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
  return lines.length === 1 && /^node_count\s*=\s*[0-9]{1,6}$/.test(lines[0]);
}
async function guardedFiles(o) {
  let { repoDir, since, head, dirs } = o, inRepo = (dir, file) => dir ? `${dir}/${file}` : file, atHead = await readBlobs(
    repoDir,
    o.edited.map((c) => ({ commit: head, file: inRepo(dirs.infraDir, c.path) }))
  ), toolchain = [...TOOLCHAIN_DIRS, dirs.templatesDir].filter((d) => d !== ""), byDir = await Promise.all(
    toolchain.map(async (dir) => ({ dir, changed: await changedPaths(repoDir, since, head, dir) }))
  ), reason = "renders, runs or judges what reaches a cloud", notDocuments = dirs.configDir ? (await changedPaths(repoDir, since, head, dirs.configDir)).filter((c) => !/\.ya?ml$/.test(c.path)).map((c) => ({
    path: inRepo(dirs.configDir, c.path),
    change: c.change,
    reason: "a file of the configuration that is not a document"
  })) : [];
  return [
    ...unrenderedChanges(o.edited, atHead, o.rendered, dirs.infraDir),
    ...byDir.flatMap(
      ({ dir, changed }) => changed.map((c) => ({ path: inRepo(dir, c.path), change: c.change, reason }))
    ),
    ...notDocuments
  ];
}

// lib/policy/changes.ts
async function changeSet(options) {
  let repoDir = path2.resolve(options.repoDir), configDir = repoRelative(options.configDir ?? "platform-config", "configDir"), templatesDir = repoRelative(options.templatesDir ?? "templates", "templatesDir"), infraDir = repoRelative(options.infraDir ?? "infra", "infraDir"), base = await resolveCommit(repoDir, options.base, "base"), head = await resolveCommit(repoDir, options.head ?? "HEAD", "head"), since = await mergeBase(repoDir, base, head), [baseConfig, baseTemplates, headConfig, headTemplates] = await treeIds(repoDir, [
    { commit: since, dir: configDir },
    { commit: since, dir: templatesDir },
    { commit: head, dir: configDir },
    { commit: head, dir: templatesDir }
  ]), unchanged = baseConfig === headConfig && baseTemplates === headTemplates, work = await mkdtemp(path2.join(tmpdir(), "cn-changes-"));
  try {
    let labels = { configLabel: configDir, templatesLabel: templatesDir }, load = (name, config, templates) => loadRevision(repoDir, path2.join(work, name), labels, config, templates), [before, after] = unchanged ? await load("base", baseConfig, baseTemplates).then((r) => [r, r]) : await Promise.all([
      load("base", baseConfig, baseTemplates),
      load("head", headConfig, headTemplates)
    ]), edited = await changedPaths(repoDir, since, head, infraDir), outputs = await renderBoth(before, after, labels, { unchanged, edited }), rendered = outputs.before && outputs.after ? diffOutputs(outputs.before, outputs.after) : [];
    return { changes: {
      base,
      head,
      mergeBase: since,
      documents: unchanged ? [] : documentChanges(before.snapshot, after.snapshot),
      stacks: stackChanges([...rendered, ...edited]),
      resources: await readPlans(repoDir, options.planFiles ?? []),
      guarded: await guardedFiles({
        repoDir,
        since,
        head,
        dirs: { configDir, templatesDir, infraDir },
        edited,
        rendered: outputs.after
      })
    }, base: before.snapshot, head: after.snapshot };
  } finally {
    await rm(work, { recursive: !0, force: !0 });
  }
}
async function snapshotAt(repoDir, ref, configDir = "platform-config") {
  let dir = repoRelative(configDir, "configDir"), commit = await resolveCommit(path2.resolve(repoDir), ref, "base"), [tree] = await treeIds(path2.resolve(repoDir), [{ commit, dir }]), work = await mkdtemp(path2.join(tmpdir(), "cn-snapshot-"));
  try {
    let labels = { configLabel: dir, templatesLabel: "templates" };
    return (await loadRevision(path2.resolve(repoDir), work, labels, tree, void 0)).snapshot;
  } finally {
    await rm(work, { recursive: !0, force: !0 });
  }
}
function repoRelative(dir, option) {
  let clean = path2.posix.normalize(dir.split(path2.sep).join("/")).replace(/\/+$/, "");
  if (path2.posix.isAbsolute(clean) || clean === ".." || clean.startsWith("../") || hasControlCharacters(clean))
    throw new UsageError(
      `${option} ${JSON.stringify(dir)} must be a directory inside the repository`
    );
  return clean === "." ? "" : clean;
}
async function loadRevision(repoDir, work, labels, configTree, templatesTree) {
  let configCopy = path2.join(work, "config"), templatesCopy = path2.join(work, "templates");
  await mkdir(configCopy, { recursive: !0 });
  let [, bigTemplates] = await Promise.all([
    configTree ? materialise(repoDir, configTree, configCopy, (f) => /\.ya?ml$/.test(f), MAX_FILE_BYTES) : [],
    templatesTree ? materialise(
      repoDir,
      templatesTree,
      templatesCopy,
      (f) => f.endsWith(".hbs"),
      MAX_FILE_BYTES
    ) : []
  ]), { config, problems } = await validateConfig(configCopy, labels.configLabel), tooBig = bigTemplates.map((file) => ({
    root: ".",
    file: `${labels.templatesLabel}/${file}`,
    line: 1,
    column: 1,
    message: `template is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; split it`
  }));
  return {
    // The copy is temporary: name the directory as the repository does.
    snapshot: {
      config: { ...config, dir: labels.configLabel },
      problems: sortProblems([...problems, ...tooBig])
    },
    templates: templatesCopy
  };
}
async function renderBoth(before, after, labels, o) {
  let valid = (r) => r.snapshot.problems.length === 0;
  if (!o.unchanged && valid(before) && valid(after)) {
    let [a, b] = await Promise.all([
      renderRevision(before, labels),
      renderRevision(after, labels)
    ]);
    return { before: a, after: b };
  }
  return o.edited.length > 0 && valid(after) ? { after: await renderRevision(after, labels) } : {};
}
function diffOutputs(a, b) {
  let old = new Map(a.files.map((f) => [f.path, f.content])), out = [];
  for (let f of b.files) {
    let previous = old.get(f.path);
    previous === void 0 ? out.push({ path: f.path, change: "create" }) : previous !== f.content && out.push({ path: f.path, change: "update" }), old.delete(f.path);
  }
  for (let gone of old.keys()) out.push({ path: gone, change: "delete" });
  let seeded = new Set(a.seeds.map((s) => s.path));
  for (let s of b.seeds) seeded.has(s.path) || out.push({ path: s.path, change: "create" });
  return out;
}
async function renderRevision(revision, labels) {
  try {
    let templates = await loadTemplates(revision.templates, labels.templatesLabel);
    return renderFiles(buildModel(revision.snapshot.config), templates, labels);
  } catch (err) {
    if (!(err instanceof ConfigurationError)) throw err;
    let snapshot = revision.snapshot;
    snapshot.problems = sortProblems([...snapshot.problems, ...err.problems]);
    return;
  }
}
var LAYERS = Layers, isLayer = (s) => s !== void 0 && LAYERS.includes(s);
function unitFor(file) {
  let parts = file.split("/"), [top, second, third] = parts;
  if (top === "node-pool") {
    let region = parts.length === 2 ? /^(.+)\.tfvars$/.exec(second ?? "")?.[1] : void 0;
    return region ? { unit: `stacks/k8s-base/${region}`, layer: "k8s-base", region } : void 0;
  }
  if (top === "stacks")
    return parts.length >= 4 && isLayer(second) && third ? { unit: unitOf(file), layer: second, region: third } : void 0;
  let layer = top === "k8s" || top === "gateway" ? "applications" : top === "ansible" ? "config" : void 0;
  return layer && second && parts.length >= 3 ? { unit: unitOf(file), layer, region: second } : void 0;
}
function stackChanges(changed) {
  let units = /* @__PURE__ */ new Map(), seen = /* @__PURE__ */ new Set();
  for (let c of changed) {
    let where = unitFor(c.path);
    if (!where || seen.has(c.path)) continue;
    seen.add(c.path);
    let unit = units.get(where.unit) ?? { ...where, files: [] };
    units.set(where.unit, unit), unit.files.push({ path: c.path, change: c.change });
  }
  let byPath = (a, b) => a.path < b.path ? -1 : 1;
  return [...units.values()].map((u) => ({ ...u, files: u.files.sort(byPath) })).sort((a, b) => a.unit < b.unit ? -1 : 1);
}
function documentChanges(base, head) {
  let before = byKey(base.config.docs), after = byKey(head.config.docs), out = [], where = (d, side) => ({
    root: side.config.dir,
    file: d.file,
    ...d.at(["metadata", "name"])
  });
  for (let [key, doc] of after) {
    let old = before.get(key);
    if (old && deepEqual(old.value, doc.value)) continue;
    let common = { kind: doc.kind, name: doc.name, at: where(doc, head) };
    old ? out.push({ ...common, change: "changed", old: old.value, new: doc.value }) : out.push({ ...common, change: "added", new: doc.value });
  }
  for (let [key, doc] of before)
    after.has(key) || head.config.invalid.has(key) || out.push({
      kind: doc.kind,
      name: doc.name,
      change: "removed",
      old: doc.value,
      at: where(doc, base)
    });
  let order = (d) => `${d.kind}/${d.name}`;
  return out.sort((a, b) => order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0);
}
function byKey(docs) {
  let map = /* @__PURE__ */ new Map();
  for (let d of docs) {
    let key = `${d.kind}/${d.name}`;
    map.has(key) || map.set(key, d);
  }
  return map;
}
function deepEqual(a, b) {
  if (a === b) return !0;
  if (typeof a != "object" || typeof b != "object" || a === null || b === null)
    return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) || Array.isArray(b))
    return !Array.isArray(a) || !Array.isArray(b) || a.length !== b.length ? !1 : a.every((v, i) => deepEqual(v, b[i]));
  let x = a, y = b, keys = Object.keys(x);
  return keys.length !== Object.keys(y).length ? !1 : keys.every((k) => Object.hasOwn(y, k) && deepEqual(x[k], y[k]));
}

export {
  changeSet,
  snapshotAt,
  deepEqual
};
