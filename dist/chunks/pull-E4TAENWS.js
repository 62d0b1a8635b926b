import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  affectedByPull
} from "./chunk-DYSJOPNC.js";
import {
  routeUnits
} from "./chunk-HC4YJGT2.js";
import {
  snapshotAt
} from "./chunk-MXGSYCSK.js";
import "./chunk-VL6BSS2I.js";
import "./chunk-SDDFM75N.js";
import "./chunk-IUB4H4NL.js";
import {
  hasIdAndStatus,
  readUnitResults,
  writeUnitResult
} from "./chunk-HS3NLA7O.js";
import {
  planUnits
} from "./chunk-VPTIX2NF.js";
import "./chunk-QMSWR5PO.js";
import "./chunk-67MDLEXD.js";
import "./chunk-ESHY5GZE.js";
import "./chunk-K6WOVJVR.js";
import "./chunk-N4SQIPCK.js";
import {
  listUnits
} from "./chunk-GA4PO7KL.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-HYEIGLEA.js";
import {
  readBlobs,
  resolveCommit
} from "./chunk-DUJ6IMNW.js";
import "./chunk-PC3UXLJJ.js";
import "./chunk-QIDO7VDN.js";
import {
  UsageError
} from "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";

// lib/plan/pull.ts
var MAX_DIFF_FILES = 200;
async function pullScope(o) {
  let found = await affectedByPull(o), trusted = await snapshotAt(o.repoDir, o.base, o.configDir ?? "platform-config"), routes = routeUnits(trusted.config, found.affected);
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
  checkedOutAt,
  fileDiffs,
  planScope,
  pullScope,
  readResults,
  unitById,
  writeResult
};
