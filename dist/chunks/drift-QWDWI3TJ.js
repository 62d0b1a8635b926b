import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  issueMarker,
  openMarkedIssues
} from "./chunk-YYUTBJUR.js";
import {
  engineFor
} from "./chunk-QMSWR5PO.js";
import {
  pool
} from "./chunk-67MDLEXD.js";
import {
  fenced
} from "./chunk-P3VVBASZ.js";
import {
  planMarkdown
} from "./chunk-AKU4YV6T.js";
import {
  inlineCode
} from "./chunk-GCILZPZ6.js";
import {
  ConcurrentApplyError
} from "./chunk-CHD3VOHP.js";
import "./chunk-BOG7BZ5N.js";

// lib/apply/drift.ts
var DRIFT_LABEL = "cloudneutral-drift";
function driftUnits(units, routes) {
  return units.filter((u) => {
    let r = routes.get(u.id);
    return r !== void 0 && (r.reconcile === "on_drift" || r.reconcile === "periodic");
  });
}
var subjectOf = (unit) => ({ unit: unit.id });
async function alert(o, open, unit, body) {
  if (!o.github) return;
  let { gh, repo } = o.github, text = `${issueMarker("drift", subjectOf(unit))}
${body}`.slice(0, 6e4), found = open.get(JSON.stringify(subjectOf(unit)));
  if (found)
    return await gh.rest.issues.update({ ...repo, issue_number: found.number, body: text }), found.number;
  let { data } = await gh.rest.issues.create({
    ...repo,
    title: `Drift in ${unit.id}`,
    body: text,
    labels: [DRIFT_LABEL]
  });
  return data.number;
}
async function resolveAlert(o, open, unit) {
  let found = open.get(JSON.stringify(subjectOf(unit)));
  if (!o.github || !found) return;
  let { gh, repo } = o.github;
  await gh.rest.issues.createComment({
    ...repo,
    issue_number: found.number,
    body: `${inlineCode(unit.id)} is back in sync at ${inlineCode(o.commit.slice(0, 12))}.`
  }), await gh.rest.issues.update({
    ...repo,
    issue_number: found.number,
    state: "closed",
    state_reason: "completed"
  });
}
async function checkUnit(unit, o, open) {
  let policy = o.routes.get(unit.id)?.drift ?? "alert", base = { id: unit.id, policy }, engine = await engineFor(unit.engine);
  try {
    let plan = await engine.plan(unit, o.ctx);
    if (!plan.changed)
      return await resolveAlert(o, open, unit), { ...base, status: "in-sync", message: `${unit.id}: no drift` };
    let what = plan.summary ? planMarkdown(plan.summary, { title: unit.id, open: !0, maxChars: 5e4 }) : fenced(plan.text), pending = o.pending?.has(unit.id) ?? !1;
    if (policy === "alert" || pending) {
      let where = o.github?.runUrl ? ` ([run](${o.github.runUrl}))` : "", why = pending ? "It also has changes that are not applied yet (waiting for review, refused or failed), so it is not corrected: apply it through a reviewed PR." : "Drift policy: **alert** \u2014 change it back, or change the configuration to match.", body = `### Drift in ${inlineCode(unit.id)}

The infrastructure no longer matches ${inlineCode(o.commit.slice(0, 12))}${where}. ${why}

${what}`, issue = await alert(o, open, unit, body), note = pending ? "drifted; alerted (changes pending apply)" : "drifted; alerted";
      return { ...base, status: "drifted", message: `${unit.id}: ${note}`, issue };
    }
    await o.records.claim(unit.id, o.commit, o.commit, o.now(), "correct");
    try {
      await engine.apply(unit, plan, o.ctx);
    } catch (err) {
      throw await o.records.release(unit.id, err.message), err;
    }
    return await o.records.corrected(unit.id, { commit: o.commit, hash: plan.hash, now: o.now() }), await resolveAlert(o, open, unit), { ...base, status: "corrected", message: `${unit.id}: drifted; corrected by apply` };
  } catch (err) {
    let text = err instanceof Error ? err.message : String(err);
    return {
      ...base,
      status: "failed",
      message: err instanceof ConcurrentApplyError ? text : `${unit.id}: ${text}`
    };
  }
}
async function detectDrift(o) {
  let open = o.github ? await openMarkedIssues(o.github.gh, o.github.repo, DRIFT_LABEL, "drift") : /* @__PURE__ */ new Map();
  return pool(driftUnits(o.units, o.routes), o.concurrency ?? 4, (u) => checkUnit(u, o, open));
}
export {
  DRIFT_LABEL,
  detectDrift,
  driftUnits
};
