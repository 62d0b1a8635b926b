import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  REMOVED_MESSAGE
} from "./chunk-VPTIX2NF.js";
import {
  engineFor
} from "./chunk-QMSWR5PO.js";
import {
  pool
} from "./chunk-67MDLEXD.js";
import {
  encryptBackup
} from "./chunk-LQV7SQED.js";
import {
  digestDifference
} from "./chunk-HCZOYBPB.js";
import {
  AlreadyAppliedError,
  ConcurrentApplyError
} from "./chunk-CHD3VOHP.js";
import {
  Layers
} from "./chunk-QIDO7VDN.js";

// lib/apply/run.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
var BLOCKING = /* @__PURE__ */ new Set(["refused", "failed", "skipped", "concurrent", "removed"]), FAILED = /* @__PURE__ */ new Set(["refused", "failed", "concurrent", "skipped"]), isFailure = (status) => FAILED.has(status), applyFailed = (results) => results.some((r) => isFailure(r.status)), message = (err) => err instanceof Error ? err.message : String(err);
function mismatch(id, review, hash, entries) {
  let lines = [
    `${id}: the plan now (${hash.slice(0, 12)}) is not the plan reviewed in PR #${review.pull} at ${review.commit.slice(0, 12)} (${review.hash.slice(0, 12)}); not applied.`
  ];
  if (review.entries && entries) {
    let d = digestDifference(review.entries, entries), list = (what, xs) => xs.length > 0 ? [`  ${what}: ${xs.slice(0, 20).join(", ")}${xs.length > 20 ? ", \u2026" : ""}`] : [];
    lines.push(
      "What differs:",
      ...list("new since review", d.added),
      ...list("no longer planned", d.removed),
      ...list("planned differently", d.changed)
    );
  }
  return lines.push("Open a PR (or push to one) so that plan-comment plans it again for review."), lines.join(`
`);
}
async function keepBackup(a, state, o) {
  if (!o.backup?.publicKey) {
    o.ctx.log.warning(
      `${a.id}: no backup-public-key, so the state backup is not kept beyond this job (state holds secrets; it leaves the job only encrypted)`
    );
    return;
  }
  let file = path.join(
    o.backup.dir,
    `${a.id.replaceAll("/", "__")}.${o.commit.slice(0, 12)}.tfstate.enc`
  );
  return await mkdir(o.backup.dir, { recursive: !0, mode: 448 }), await writeFile(file, `${JSON.stringify(encryptBackup(state, o.backup.publicKey))}
`, {
    mode: 384
  }), file;
}
async function applyUnit(a, o) {
  let startedAt = o.now().toISOString(), done = (status, msg, extra = {}) => ({
    id: a.id,
    layer: a.layer,
    region: a.region,
    status,
    message: msg,
    startedAt,
    finishedAt: o.now().toISOString(),
    ...extra
  });
  if (!a.unit) return done("removed", `${a.id}: ${REMOVED_MESSAGE}`);
  let unit = a.unit, failed = async (status, text, extra = {}) => {
    try {
      await o.records.failed(a.id, { commit: o.commit, since: a.since, error: text, now: o.now() });
    } catch (err) {
      return done(
        status,
        `${text}
(and it could not be recorded on the status branch: ${message(err)})`,
        extra
      );
    }
    return done(status, text, extra);
  };
  try {
    await o.records.claim(a.id, o.commit, a.since, o.now());
  } catch (err) {
    return err instanceof AlreadyAppliedError ? done("already-applied", `${a.id}: ${err.message}`, { hash: err.entry.hash }) : err instanceof ConcurrentApplyError ? done("concurrent", err.message) : done("failed", `${a.id}: could not claim it on the status branch: ${message(err)}`);
  }
  let plan, engine = await engineFor(unit.engine);
  try {
    plan = await engine.plan(unit, o.ctx);
  } catch (err) {
    return failed("failed", message(err));
  }
  let entry = { commit: o.commit, hash: plan.hash, run: o.run };
  if (!plan.changed) {
    try {
      await o.records.succeeded(a.id, {
        ...entry,
        at: o.now().toISOString(),
        result: "no-changes"
      });
    } catch (err) {
      return done("no-changes", `${a.id}: nothing to change (not recorded: ${message(err)})`, {
        hash: plan.hash
      });
    }
    return done("no-changes", `${a.id}: nothing to change`, { hash: plan.hash });
  }
  if (o.reviews) {
    let review = o.reviews.byUnit.get(a.id);
    if (!review) {
      let why = o.reviews.problems.length > 0 ? ` (${o.reviews.problems.join("; ")})` : "";
      return failed(
        "refused",
        `${a.id}: no merged PR since ${a.since.slice(0, 12)} has a reviewed plan for it${why}; not applied without one.`,
        { hash: plan.hash }
      );
    }
    if (review.hash !== plan.hash)
      return failed("refused", mismatch(a.id, review, plan.hash, plan.entries), {
        hash: plan.hash
      });
  }
  let backup, output;
  try {
    let route = o.routes.get(a.id);
    (route?.backup === "state-snapshot" || route?.backup === "pre-change-snapshot") && engine.backup && o.backup && (backup = await keepBackup(a, await engine.backup(unit, o.ctx), o)), output = (await engine.apply(unit, plan, o.ctx)).output;
  } catch (err) {
    return failed("failed", message(err), { hash: plan.hash });
  }
  let last = output.trim().split(`
`).filter(Boolean).pop() ?? "applied";
  try {
    await o.records.succeeded(a.id, { ...entry, at: o.now().toISOString(), result: "applied" });
  } catch (err) {
    return done(
      "applied",
      `${a.id}: ${last}
(applied, but not recorded on the status branch: ${message(err)})`,
      {
        hash: plan.hash,
        ...backup ? { backup } : {}
      }
    );
  }
  return done("applied", `${a.id}: ${last}`, { hash: plan.hash, ...backup ? { backup } : {} });
}
function dependencies(a, all) {
  let explicit = a.unit?.dependsOn ?? [];
  if (a.layer !== "applications" && a.layer !== "config") return explicit;
  let rank = Layers.indexOf(a.layer), below = all.filter((b) => b.region === a.region && Layers.indexOf(b.layer) < rank);
  return [...explicit, ...below.map((b) => b.id)];
}
async function applyUnits(o) {
  let results = [], blocked = /* @__PURE__ */ new Map();
  for (let layer of Layers) {
    let units = o.affected.filter((a) => a.layer === layer), ready = [];
    for (let a of units) {
      let cause = dependencies(a, o.affected).find((d) => blocked.has(d));
      if (!cause) {
        ready.push(a);
        continue;
      }
      let skipped = {
        id: a.id,
        layer: a.layer,
        region: a.region,
        status: "skipped",
        message: `${a.id}: not applied because ${cause} did not apply (${blocked.get(cause)})`
      };
      results.push(skipped), blocked.set(a.id, "skipped");
    }
    let done = await pool(ready, o.concurrency ?? 4, (a) => applyUnit(a, o));
    for (let r of done) BLOCKING.has(r.status) && blocked.set(r.id, r.status);
    results.push(...done);
  }
  return results;
}

export {
  isFailure,
  applyFailed,
  applyUnit,
  applyUnits
};
