import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  REMOVED_MESSAGE,
  pool
} from "./chunk-3WEU2VQU.js";
import {
  engineFor
} from "./chunk-DUWZGTRN.js";
import {
  digestDifference
} from "./chunk-GJKJQNJ4.js";
import {
  ConcurrentApplyError
} from "./chunk-RYMIKQCK.js";
import {
  Layers
} from "./chunk-3LKBZQVJ.js";

// lib/apply/run.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
var FAILED = /* @__PURE__ */ new Set(["refused", "failed", "concurrent"]), message = (err) => err instanceof Error ? err.message : String(err);
function mismatch(id, reviewed, hash, entries) {
  let lines = [
    `${id}: the plan now (${hash.slice(0, 12)}) is not the plan reviewed at ${reviewed.commit.slice(0, 12)} (${reviewed.hashes[id]?.slice(0, 12)}); not applied.`
  ], before = reviewed.entries[id];
  if (before && entries) {
    let d = digestDifference(before, entries), list = (what, xs) => xs.length > 0 ? [`  ${what}: ${xs.slice(0, 20).join(", ")}${xs.length > 20 ? ", \u2026" : ""}`] : [];
    lines.push(
      "What differs:",
      ...list("new since review", d.added),
      ...list("no longer planned", d.removed),
      ...list("planned differently", d.changed)
    );
  }
  return lines.push("Re-run the plan on a new PR (or push to this one before merging) to review it."), lines.join(`
`);
}
async function applyUnit(a, o) {
  let base = { id: a.id, layer: a.layer, region: a.region }, startedAt = o.now().toISOString(), done = (status, msg, extra = {}) => ({
    ...base,
    status,
    message: msg,
    startedAt,
    finishedAt: o.now().toISOString(),
    ...extra
  });
  if (!a.unit) return done("refused", `${a.id}: ${REMOVED_MESSAGE}`);
  let already = (await o.records.read(a.id)).applied.find((e) => e.commit === o.commit);
  if (already)
    return done(
      "already-applied",
      `${a.id}: already applied at ${o.commit.slice(0, 12)} (plan ${already.hash.slice(0, 12)}, run ${already.run})`,
      { hash: already.hash }
    );
  let requireReview = o.requireReview ?? !0;
  if (requireReview && !o.reviewed?.hashes[a.id]) {
    let why = o.reviewed ? `the plan comment of the merged PR (at ${o.reviewed.commit.slice(0, 12)}) has no plan hash for ${a.id}` : o.reviewedMissing ?? "no reviewed plan was found";
    return done("refused", `${a.id}: ${why}; not applied without a reviewed plan.`);
  }
  try {
    await o.records.claim(a.id, o.commit, o.now());
  } catch (err) {
    if (err instanceof ConcurrentApplyError) return done("concurrent", err.message);
    throw err;
  }
  try {
    let engine = await engineFor(a.unit.engine), plan = await engine.plan(a.unit, o.ctx);
    if (requireReview && o.reviewed && plan.hash !== o.reviewed.hashes[a.id]) {
      let text = mismatch(a.id, o.reviewed, plan.hash, plan.entries);
      return await o.records.failed(a.id, o.commit, text, o.now()), done("refused", text, { hash: plan.hash });
    }
    let entry = { commit: o.commit, hash: plan.hash, run: o.run };
    if (!plan.changed)
      return await o.records.succeeded(a.id, {
        ...entry,
        at: o.now().toISOString(),
        result: "no-changes"
      }), done("no-changes", `${a.id}: nothing to change`, { hash: plan.hash });
    let backup, route = o.routes.get(a.id);
    if ((route?.backup === "state-snapshot" || route?.backup === "pre-change-snapshot") && engine.backup && o.backupDir) {
      let state = await engine.backup(a.unit, o.ctx);
      backup = path.join(
        o.backupDir,
        `${a.id.replaceAll("/", "__")}.${o.commit.slice(0, 12)}.tfstate`
      ), await mkdir(o.backupDir, { recursive: !0, mode: 448 }), await writeFile(backup, state, { mode: 384 });
    }
    let { output } = await engine.apply(a.unit, plan, o.ctx);
    await o.records.succeeded(a.id, { ...entry, at: o.now().toISOString(), result: "applied" });
    let last = output.trim().split(`
`).filter(Boolean).pop() ?? "applied";
    return done("applied", `${a.id}: ${last}`, { hash: plan.hash, backup });
  } catch (err) {
    let text = message(err);
    return await o.records.failed(a.id, o.commit, text, o.now()), done("failed", text);
  }
}
async function applyUnits(o) {
  let results = [], stoppedBy;
  for (let layer of Layers) {
    let units = o.affected.filter((a) => a.layer === layer);
    if (units.length === 0) continue;
    if (stoppedBy) {
      for (let a of units)
        results.push({
          id: a.id,
          layer: a.layer,
          region: a.region,
          status: "skipped",
          message: `${a.id}: not applied because ${stoppedBy} did not apply`
        });
      continue;
    }
    let done = await pool(units, o.concurrency ?? 4, (a) => applyUnit(a, o));
    results.push(...done);
    let bad = done.find((r) => FAILED.has(r.status));
    bad && (stoppedBy = bad.id);
  }
  return results;
}
var applyFailed = (results) => results.some((r) => FAILED.has(r.status));

export {
  applyUnit,
  applyUnits,
  applyFailed
};
