import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  affectedSinceApplied
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
import "./chunk-GN6SVRLO.js";
import {
  listUnits
} from "./chunk-PT4KNHSP.js";
import "./chunk-5SD6RE45.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-3LKBZQVJ.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";

// lib/apply/scope.ts
import path from "node:path";
var NULL_SHA = /^0+$/;
async function applyScope(o) {
  let infraDir = o.infraDir ?? "infra", head = o.head ?? "HEAD", units = listUnits(path.join(o.repoDir, infraDir)), last = new Map(
    await Promise.all(
      units.map(async (u) => [u.id, (await o.records.read(u.id)).lastApplied?.commit])
    )
  ), fallback = !o.before || NULL_SHA.test(o.before) ? `${head}~1` : o.before, found = await affectedSinceApplied({
    repoDir: o.repoDir,
    infraDir,
    head,
    lastApplied: (id) => last.get(id),
    fallback
  }), trusted = await snapshotAt(o.repoDir, found.head, o.configDir ?? "platform-config");
  return { ...found, routes: routeUnits(trusted.config, found.affected) };
}
export {
  applyScope
};
