import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  affectedSinceApplied
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
import "./chunk-ESHY5GZE.js";
import "./chunk-K6WOVJVR.js";
import "./chunk-N4SQIPCK.js";
import {
  listUnits
} from "./chunk-GA4PO7KL.js";
import "./chunk-GCILZPZ6.js";
import "./chunk-HYEIGLEA.js";
import "./chunk-DUJ6IMNW.js";
import "./chunk-PC3UXLJJ.js";
import "./chunk-QIDO7VDN.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";

// lib/apply/scope.ts
import path from "node:path";
var NULL_SHA = /^0+$/;
async function applyScope(o) {
  let infraDir = o.infraDir ?? "infra", head = o.head ?? "HEAD", units = listUnits(path.join(o.repoDir, infraDir)).filter(
    (u) => !o.only || o.only.includes(u.id)
  ), last = new Map(
    await Promise.all(
      units.map(async (u) => {
        let r = await o.records.read(u.id);
        return [u.id, r.pendingSince ?? r.lastApplied?.commit];
      })
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
