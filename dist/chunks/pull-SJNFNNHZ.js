import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  affectedByPull
} from "./chunk-AUPX7ZNU.js";
import {
  snapshotAt
} from "./chunk-GSBB5FMK.js";
import "./chunk-33PEBUHQ.js";
import "./chunk-6O3EO5Y7.js";
import "./chunk-LABUN7PV.js";
import "./chunk-CFJX3WRP.js";
import "./chunk-N4SQIPCK.js";
import {
  routeUnits
} from "./chunk-TACJXU6S.js";
import "./chunk-AMMRA53U.js";
import {
  planUnits
} from "./chunk-3WEU2VQU.js";
import "./chunk-DUWZGTRN.js";
import "./chunk-GJKJQNJ4.js";
import "./chunk-GN6SVRLO.js";
import {
  listUnits
} from "./chunk-PT4KNHSP.js";
import {
  readBlob
} from "./chunk-5SD6RE45.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-3LKBZQVJ.js";
import {
  UsageError
} from "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";

// lib/plan/pull.ts
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
var MAX_DIFF_FILES = 200;
async function pullScope(o) {
  let found = await affectedByPull(o), trusted = await snapshotAt(o.repoDir, o.base, o.configDir ?? "platform-config"), routes = routeUnits(trusted.config, found.affected);
  return { ...found, routes };
}
async function fileDiffs(o, scope) {
  let infra = o.infraDir ?? "infra", files = [...new Set(scope.affected.flatMap((a) => a.files))].sort().slice(0, MAX_DIFF_FILES), read = async (commit, file) => {
    try {
      let bytes = await readBlob(o.repoDir, commit, `${infra}/${file}`), text = Buffer.from(bytes).toString("utf8");
      return text.includes("\0") ? void 0 : text;
    } catch {
      return;
    }
  }, out = [];
  for (let file of files) {
    let [before, after] = await Promise.all([
      read(scope.mergeBase, file),
      read(scope.head, file)
    ]);
    before !== after && out.push({ path: file, before, after });
  }
  return out;
}
function planScope(scope, ctx, only, concurrency = 4) {
  let chosen = only ? scope.affected.filter((a) => only.includes(a.id)) : scope.affected;
  return planUnits(chosen, ctx, concurrency);
}
function unitById(infraDir, id) {
  let unit = listUnits(infraDir).find((u) => u.id === id);
  if (!unit) throw new UsageError(`no unit ${JSON.stringify(id)} under ${infraDir}`);
  return { id, layer: unit.layer, region: unit.region, unit, files: [], since: "" };
}
var resultFile = (dir, id) => path.join(dir, `${id.replaceAll("/", "__")}.json`);
async function writeResult(dir, result) {
  await mkdir(dir, { recursive: !0 });
  let file = resultFile(dir, result.id);
  return await writeFile(`${file}.tmp`, `${JSON.stringify(result)}
`), await rename(`${file}.tmp`, file), file;
}
async function readResults(dir, scope) {
  let found = /* @__PURE__ */ new Map(), entries = await readdir(dir, { recursive: !0, withFileTypes: !0 }).catch(() => []);
  for (let e of entries) {
    if (!e.isFile() || !e.name.endsWith(".json")) continue;
    let file = path.join(e.parentPath, e.name), r;
    try {
      r = JSON.parse(await readFile(file, "utf8"));
    } catch (err) {
      throw new UsageError(`result file ${file} is not JSON: ${err.message}`);
    }
    if (typeof r?.id != "string" || typeof r.status != "string")
      throw new UsageError(`result file ${file} is not a plan result`);
    found.set(r.id, r);
  }
  return scope.affected.map(
    (a) => found.get(a.id) ?? {
      id: a.id,
      layer: a.layer,
      region: a.region,
      files: a.files,
      status: "failed",
      error: "no job reported a plan for this unit (its job failed or was cancelled)"
    }
  );
}
export {
  fileDiffs,
  planScope,
  pullScope,
  readResults,
  unitById,
  writeResult
};
