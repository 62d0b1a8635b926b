import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  AlreadyAppliedError,
  ConcurrentApplyError,
  applyRecords
} from "./chunk-66DGTW55.js";
import {
  maintenanceWindowState,
  utcTime
} from "./chunk-JPRWNDMR.js";
import {
  describeAuthorisation,
  nodePoolPath,
  preauthorise
} from "./chunk-ONU3LM4D.js";
import {
  parseRecord,
  readAttestation,
  recordDigest,
  reviewAudience
} from "./chunk-UW3AMOI6.js";
import {
  issueMarker,
  openMarkedIssues
} from "./chunk-YYUTBJUR.js";
import {
  encryptBackup
} from "./chunk-EUCEDX4W.js";
import "./chunk-NYTFFUUD.js";
import "./chunk-WRVK7YPS.js";
import {
  affectedSinceApplied,
  hasIdAndStatus,
  readUnitResults,
  unitById,
  writeUnitResult
} from "./chunk-CZTT3GFT.js";
import {
  REMOVED_MESSAGE,
  engineFor
} from "./chunk-25EYJSIE.js";
import {
  pool
} from "./chunk-67MDLEXD.js";
import {
  setCommitStatus
} from "./chunk-AFRXJFVW.js";
import {
  PLAN_COMMENT_KEY,
  fenced
} from "./chunk-P3VVBASZ.js";
import {
  planMarkdown
} from "./chunk-AKU4YV6T.js";
import {
  listUnits,
  parseUnitId
} from "./chunk-YDHX6COO.js";
import {
  routeSinceApplied,
  routeUnits
} from "./chunk-KNIVJF6P.js";
import {
  snapshotAt
} from "./chunk-TTYZOKXK.js";
import "./chunk-6UBVXZZE.js";
import "./chunk-UVLJIHVO.js";
import "./chunk-5SZOY3OE.js";
import "./chunk-4WYCSGYA.js";
import {
  changedPaths,
  firstParentCommits,
  resolveCommit
} from "./chunk-DBPEO2ZL.js";
import {
  readBlobs
} from "./chunk-66JDLIDC.js";
import "./chunk-7Q6NB2VU.js";
import "./chunk-ZPMZPS3A.js";
import {
  inlineCode,
  markdownText
} from "./chunk-GCILZPZ6.js";
import "./chunk-CS2LBCZH.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-STEYPZ26.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-N4SQIPCK.js";
import {
  digestDifference
} from "./chunk-APUQBNXB.js";
import "./chunk-65PPA6I5.js";
import {
  parseMarker,
  upsertStickyComment
} from "./chunk-5DRW3FRM.js";
import {
  statusStore
} from "./chunk-KY6UT24Y.js";
import "./chunk-FM3IK77Q.js";
import "./chunk-XSFAT2KL.js";
import {
  matrixEntries,
  matrixOutputs
} from "./chunk-EAHMTDDF.js";
import "./chunk-5RKDWX5Z.js";
import {
  Layers
} from "./chunk-R6XTO7R2.js";
import {
  tableCell
} from "./chunk-GPRVIFN3.js";
import "./chunk-53UA33VZ.js";
import {
  UsageError,
  errorMessage
} from "./chunk-Q3YCBL2Q.js";
import {
  __export
} from "./chunk-BOG7BZ5N.js";

// lib/apply/index.ts
import path3 from "node:path";

// lib/apply/run.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// lib/apply/review-gate.ts
function reviewGate(unit, plan, reviews) {
  if (!plan.changed) return { kind: "no-changes" };
  if (!reviews) return { kind: "apply" };
  let review = reviews.byUnit.get(unit.id);
  if (!review) {
    let why = reviews.problems.length > 0 ? ` (${reviews.problems.join("; ")})` : "";
    return unit.appeared !== void 0 ? {
      kind: "refuse",
      why: `${unit.id}: pending \u2014 it has no apply record, and no PR merged since it appeared (${unit.appeared.slice(0, 12)}) has a reviewed plan for it${why}; not applied without one. Open a PR that changes it so that plan-comment plans it for review.`
    } : {
      kind: "refuse",
      why: `${unit.id}: no merged PR since ${unit.since.slice(0, 12)} has a reviewed plan for it${why}; not applied without one.`
    };
  }
  return review.hash !== plan.hash ? { kind: "refuse", why: mismatch(unit.id, review, plan.hash, plan.entries) } : { kind: "apply", review };
}
function mismatch(id, review, hash, entries) {
  let lines = [
    `${id}: the plan now (${hash.slice(0, 12)}) is not the plan reviewed in PR #${review.pull} at ${review.commit.slice(0, 12)} (${review.hash.slice(0, 12)}); not applied.`
  ];
  if (review.entries && entries) {
    let difference = digestDifference(review.entries, entries), list = (what, xs) => xs.length > 0 ? [`  ${what}: ${xs.slice(0, 20).join(", ")}${xs.length > 20 ? ", \u2026" : ""}`] : [];
    lines.push(
      "What differs:",
      ...list("new since review", difference.added),
      ...list("no longer planned", difference.removed),
      ...list("planned differently", difference.changed)
    );
  }
  return lines.push("Open a PR (or push to one) so that plan-comment plans it again for review."), lines.join(`
`);
}

// lib/apply/run.ts
var BLOCKING = /* @__PURE__ */ new Set([
  "refused",
  "failed",
  "skipped",
  "concurrent",
  "removed",
  "held"
]), FAILED = /* @__PURE__ */ new Set(["refused", "failed", "concurrent", "skipped"]), isFailure = (status) => FAILED.has(status), applyFailed = (results) => results.some((r) => isFailure(r.status)), message = (err) => errorMessage(err);
async function keepBackup(affected, state, options) {
  if (!options.backup?.publicKey) {
    options.ctx.log.warning(
      `${affected.id}: no backup-public-key, so the state backup is not kept beyond this job (state holds secrets; it leaves the job only encrypted)`
    );
    return;
  }
  let file = path.join(
    options.backup.dir,
    `${affected.id.replaceAll("/", "__")}.${options.commit.slice(0, 12)}.tfstate.enc`
  );
  return await mkdir(options.backup.dir, { recursive: !0, mode: 448 }), await writeFile(file, `${JSON.stringify(encryptBackup(state, options.backup.publicKey))}
`, {
    mode: 384
  }), file;
}
async function applyUnit(affected, options) {
  let { records, commit, now } = options, id = affected.id, startedAt = now().toISOString(), done = (status, text, extra = {}) => ({
    id,
    layer: affected.layer,
    region: affected.region,
    status,
    message: text,
    startedAt,
    finishedAt: now().toISOString(),
    ...extra
  });
  if (!affected.unit) return done("removed", `${id}: ${REMOVED_MESSAGE}`);
  let unit = affected.unit, failed = async (status, text, extra = {}) => {
    try {
      await records.failed(id, { commit, since: affected.since, error: text, now: now() });
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
    await records.claim(id, commit, affected.since, now());
  } catch (err) {
    return err instanceof AlreadyAppliedError ? done("already-applied", `${id}: ${err.message}`, { hash: err.entry.hash }) : err instanceof ConcurrentApplyError ? done("concurrent", err.message) : done("failed", `${id}: could not claim it on the status branch: ${message(err)}`);
  }
  let plan, engine = await (options.engineFor ?? engineFor)(unit.engine);
  try {
    plan = await engine.plan(unit, options.ctx);
  } catch (err) {
    return failed("failed", message(err));
  }
  let entry = { commit, hash: plan.hash, run: options.run }, gate = reviewGate(affected, plan, options.reviews);
  if (gate.kind === "no-changes") {
    try {
      await records.succeeded(id, { ...entry, at: now().toISOString(), result: "no-changes" });
    } catch (err) {
      return done("no-changes", `${id}: nothing to change (not recorded: ${message(err)})`, {
        hash: plan.hash
      });
    }
    return done("no-changes", `${id}: nothing to change`, { hash: plan.hash });
  }
  if (gate.kind === "refuse") return failed("refused", gate.why, { hash: plan.hash });
  let window;
  try {
    window = await options.windowGate?.(affected, options.routes.get(id), now());
  } catch (err) {
    return failed("failed", `${id}: could not decide its maintenance window: ${message(err)}`);
  }
  if (window?.kind === "hold")
    return holdUnit(affected, options, window.hold, { hash: plan.hash, startedAt });
  let because = window?.kind === "preauthorised" ? `
${window.note}` : "", backup, output;
  try {
    let route = options.routes.get(id);
    (route?.backup === "state-snapshot" || route?.backup === "pre-change-snapshot") && engine.backup && options.backup && (backup = await keepBackup(affected, await engine.backup(unit, options.ctx), options)), output = (await engine.apply(unit, plan, options.ctx)).output;
  } catch (err) {
    return failed("failed", message(err), { hash: plan.hash });
  }
  let reviewed = gate.review ? ` (reviewed in PR #${gate.review.pull})` : "", last = `${output.trim().split(`
`).filter(Boolean).pop() ?? "applied"}${reviewed}`, kept = { hash: plan.hash, ...backup ? { backup } : {} };
  try {
    await records.succeeded(id, { ...entry, at: now().toISOString(), result: "applied" });
  } catch (err) {
    return done(
      "applied",
      `${id}: ${last}${because}
(applied, but not recorded on the status branch: ${message(err)})`,
      kept
    );
  }
  return done("applied", `${id}: ${last}${because}`, kept);
}
async function holdUnit(affected, options, hold, extra = {}) {
  let { now } = options, text = `${affected.id}: held until ${utcTime(hold.until)}: ${hold.why}; its changes stay pending for the next run`;
  try {
    await options.records.held(affected.id, {
      commit: options.commit,
      since: affected.since,
      until: hold.until,
      now: now()
    });
  } catch (err) {
    text += `
(and it could not be recorded on the status branch: ${message(err)})`;
  }
  return {
    id: affected.id,
    layer: affected.layer,
    region: affected.region,
    status: "held",
    message: text,
    heldUntil: hold.until.toISOString(),
    finishedAt: now().toISOString(),
    ...extra
  };
}
function dependencies(affected, all) {
  let explicit = affected.unit?.dependsOn ?? [];
  if (affected.layer !== "applications" && affected.layer !== "config") return explicit;
  let rank = Layers.indexOf(affected.layer), below = all.filter(
    (other) => other.region === affected.region && Layers.indexOf(other.layer) < rank
  );
  return [...explicit, ...below.map((other) => other.id)];
}
async function heldDependency(affected, all, records) {
  for (let cause of dependencies(affected, all)) {
    let held = (await records.read(cause)).held;
    if (held) return waitFor(cause, new Date(held.until));
  }
}
var waitFor = (cause, until) => ({
  until,
  why: `it waits for ${cause}, which is held until ${utcTime(until)}`
});
async function applyUnits(options) {
  let results = [], blocked = /* @__PURE__ */ new Map(), holds = /* @__PURE__ */ new Map();
  for (let layer of Layers) {
    let units = options.affected.filter((affected) => affected.layer === layer), ready = [];
    for (let affected of units) {
      let cause = dependencies(affected, options.affected).find((d) => blocked.has(d));
      if (!cause) {
        ready.push(affected);
        continue;
      }
      let until = holds.get(cause);
      if (until) {
        results.push(await holdUnit(affected, options, waitFor(cause, until))), blocked.set(affected.id, "held"), holds.set(affected.id, until);
        continue;
      }
      let skipped = {
        id: affected.id,
        layer: affected.layer,
        region: affected.region,
        status: "skipped",
        message: `${affected.id}: not applied because ${cause} did not apply (${blocked.get(cause)})`
      };
      results.push(skipped), blocked.set(affected.id, "skipped");
    }
    let done = await pool(
      ready,
      options.concurrency ?? 4,
      (affected) => applyUnit(affected, options)
    );
    for (let r of done) BLOCKING.has(r.status) && blocked.set(r.id, r.status);
    for (let r of done) r.heldUntil && holds.set(r.id, new Date(r.heldUntil));
    results.push(...done);
  }
  return results;
}

// lib/apply/audit.ts
var APPLY_COMMENT_KEY = "apply", STATUS_CONTEXT = "cloudneutral/apply", ICON = {
  applied: "\u2705",
  "no-changes": "\u2705",
  "already-applied": "\u21A9\uFE0F",
  refused: "\u26D4",
  failed: "\u274C",
  skipped: "\u23ED\uFE0F",
  concurrent: "\u23F8\uFE0F",
  removed: "\u26A0\uFE0F",
  held: "\u23F3"
}, nodeId = (i) => `u${i}`;
function applyGraph(results) {
  let lines = ["```mermaid", "flowchart LR"], layers = Layers.filter((l) => results.some((r) => r.layer === l));
  layers.forEach((layer, li) => {
    lines.push(`  subgraph L${li}["${layer}"]`), results.forEach((r, i) => {
      if (r.layer !== layer) return;
      let label = `${r.id.replace(/[^a-z0-9/-]/g, "_")} ${r.status}`;
      lines.push(`    ${nodeId(i)}["${ICON[r.status]} ${label}"]`);
    }), lines.push("  end");
  });
  for (let i = 1; i < layers.length; i++) lines.push(`  L${i - 1} --> L${i}`);
  return lines.push("```"), lines.join(`
`);
}
function heldSummary(results) {
  let held = results.filter((r) => r.status === "held");
  if (held.length === 0) return;
  let first = held.map((r) => r.heldUntil ?? "").sort()[0];
  return `${held.length} unit(s) held for a maintenance window${first ? ` (the first until ${utcTime(new Date(first))})` : ""}`;
}
function applyMarkdown(results, commit) {
  let ok = !applyFailed(results), held = heldSummary(results), rows = results.map(
    (r) => `| ${inlineCode(r.id)} | ${markdownText(r.layer)} | ${ICON[r.status]} ${markdownText(r.status)} | ${tableCell(markdownText(r.message.split(`
`)[0] ?? ""))} |`
  ), details = results.filter((r) => r.message.includes(`
`)).map(
    (r) => `<details><summary>${inlineCode(r.id)}</summary>

${fenced(r.message)}

</details>`
  );
  return [
    `### CloudNeutral apply at ${inlineCode(commit.slice(0, 12))}: ${ok ? held ? `\u23F3 ${held}; the scheduled apply takes them when it opens` : "\u2705 done" : "\u274C not everything was applied"}`,
    "",
    results.length === 0 ? "No unit was affected." : `| unit | layer | result | detail |
|---|---|---|---|`,
    ...rows,
    "",
    ...results.length > 0 ? [applyGraph(results), ""] : [],
    ...details
  ].join(`
`);
}
async function publishAudit(gh, repo, options) {
  let failed = options.results.filter((r) => isFailure(r.status)), applied = options.results.filter((r) => r.status === "applied").length, held = heldSummary(options.results);
  await setCommitStatus(gh, repo, options.commit, {
    context: STATUS_CONTEXT,
    state: failed.length > 0 ? "failure" : held ? "pending" : "success",
    description: failed.length > 0 ? `${failed.length} unit(s) not applied: ${failed.map((r) => r.id).join(", ")}` : held ? `${applied} unit(s) applied, ${held}` : `${applied} unit(s) applied`,
    ...options.targetUrl ? { targetUrl: options.targetUrl } : {}
  }), options.pull !== void 0 && await upsertStickyComment(
    gh,
    { ...repo, issueNumber: options.pull, key: APPLY_COMMENT_KEY },
    { head: options.markdown, sections: [], fullTextAt: options.targetUrl ?? "the job summary" }
  );
}
function expectedResults(expected, found) {
  return expected.map(
    (u) => found.get(u.id) ?? {
      ...u,
      status: "failed",
      message: `${u.id}: no result \u2014 its job failed, was cancelled, or was skipped because an earlier layer did not apply`
    }
  );
}

// lib/apply/drift.ts
var DRIFT_LABEL = "cloudneutral-drift";
function driftUnits(units, routes) {
  return units.filter((u) => {
    let r = routes.get(u.id);
    return r !== void 0 && (r.reconcile === "on_drift" || r.reconcile === "periodic");
  });
}
var subjectOf = (unit) => ({ unit: unit.id });
async function alert(options, open, unit, body) {
  if (!options.github) return;
  let { gh, repo } = options.github, text = `${issueMarker("drift", subjectOf(unit))}
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
async function resolveAlert(options, open, unit) {
  let found = open.get(JSON.stringify(subjectOf(unit)));
  if (!options.github || !found) return;
  let { gh, repo } = options.github;
  await gh.rest.issues.createComment({
    ...repo,
    issue_number: found.number,
    body: `${inlineCode(unit.id)} is back in sync at ${inlineCode(options.commit.slice(0, 12))}.`
  }), await gh.rest.issues.update({
    ...repo,
    issue_number: found.number,
    state: "closed",
    state_reason: "completed"
  });
}
async function driftPlan(unit, engine, options, record) {
  return engine.drift ? engine.drift(unit, options.ctx, { hash: (await record()).lastApplied?.hash }) : engine.plan(unit, options.ctx);
}
async function notCorrectable(unit, options, record) {
  if (options.pending?.has(unit.id) || (await record()).pendingSince !== void 0)
    return {
      why: "It also has changes that are not applied yet (waiting for review, refused or failed), so it is not corrected: apply it through a reviewed PR.",
      note: "changes pending apply"
    };
  if (!(await record()).lastApplied)
    return {
      why: "No apply of it is on record, so what the head holds was never applied through a review: it is not corrected. Apply it through a reviewed PR.",
      note: "never applied"
    };
}
async function checkUnit(unit, options, open) {
  let route = options.routes.get(unit.id), policy = route?.drift ?? "alert", base = { id: unit.id, policy, ...route ? { environment: route.environment } : {} }, engine = await (options.engineFor ?? engineFor)(unit.engine), where = options.github?.runUrl ? ` ([run](${options.github.runUrl}))` : "", head = inlineCode(options.commit.slice(0, 12)), correcting = !1, read, record = () => (read ??= options.records.read(unit.id), read);
  try {
    let plan = await driftPlan(unit, engine, options, record);
    if (!plan.changed)
      return await resolveAlert(options, open, unit), { ...base, status: "in-sync", message: `${unit.id}: no drift` };
    let what = plan.summary ? planMarkdown(plan.summary, { title: unit.id, open: !0, maxChars: 5e4 }) : fenced(plan.text), refused = policy === "correct" ? await notCorrectable(unit, options, record) : void 0;
    if (policy === "alert" || refused) {
      let why = refused?.why ?? "Drift policy: **alert** \u2014 change it back, or change the configuration to match.", body = `### Drift in ${inlineCode(unit.id)}

The infrastructure no longer matches ${head}${where}. ${why}

${what}`, issue = await alert(options, open, unit, body), note = refused ? `drifted; alerted (${refused.note})` : "drifted; alerted";
      return { ...base, status: "drifted", message: `${unit.id}: ${note}`, issue };
    }
    if ((options.mode ?? "check") === "check") {
      let env = route ? ` in ${route.environment}` : "";
      return {
        ...base,
        status: "to-correct",
        message: `${unit.id}: drifted; to be corrected${env}`
      };
    }
    correcting = !0, await options.records.claim(unit.id, options.commit, options.commit, options.now(), "correct");
    try {
      await engine.apply(unit, plan, options.ctx);
    } catch (err) {
      throw await options.records.release(unit.id, errorMessage(err)), err;
    }
    return await options.records.corrected(unit.id, {
      commit: options.commit,
      hash: plan.hash,
      now: options.now()
    }), await resolveAlert(options, open, unit), { ...base, status: "corrected", message: `${unit.id}: drifted; corrected by apply` };
  } catch (err) {
    let text = errorMessage(err), message3 = err instanceof ConcurrentApplyError ? text : `${unit.id}: ${text}`, issue = correcting && !(err instanceof ConcurrentApplyError) ? await alert(
      options,
      open,
      unit,
      `### Drift in ${inlineCode(unit.id)}

The infrastructure no longer matches ${head}${where}, and correcting it failed:

${fenced(text)}`
    ).catch(() => {
    }) : void 0;
    return { ...base, status: "failed", message: message3, ...issue !== void 0 ? { issue } : {} };
  }
}
async function detectDrift(options) {
  let open = options.github ? await openMarkedIssues(options.github.gh, options.github.repo, DRIFT_LABEL, "drift") : /* @__PURE__ */ new Map();
  return pool(
    driftUnits(options.units, options.routes),
    options.concurrency ?? 4,
    (u) => checkUnit(u, options, open)
  );
}

// lib/apply/drift-report.ts
var ICON2 = {
  "in-sync": "\u2705",
  drifted: "\u26A0\uFE0F",
  "to-correct": "\u23F3",
  corrected: "\u{1F527}",
  failed: "\u274C"
};
function driftMarkdown(results, commit) {
  let drifted = results.filter((r) => r.status !== "in-sync").length;
  return [
    `### CloudNeutral drift check at ${inlineCode(commit.slice(0, 12))}: ${drifted} of ${results.length} unit(s) drifted or failed`,
    "",
    ...results.length === 0 ? ["No unit's matrix row reconciles on drift or periodically: nothing was checked.", ""] : [],
    "| unit | policy | result | issue |",
    "|---|---|---|---|",
    ...results.map(
      (r) => `| ${inlineCode(r.id)} | ${r.policy} | ${ICON2[r.status]} ${markdownText(r.message.split(`
`)[0] ?? "")} | ${r.issue === void 0 ? "" : `#${r.issue}`} |`
    ),
    ""
  ].join(`
`);
}

// lib/apply/drift-scope.ts
function driftScope(options) {
  return {
    units: options.units,
    routes: routeUnits(options.config, options.units),
    pending: new Set(options.affected.map((a) => a.id))
  };
}
function correctionUnits(units, ids, commit) {
  return units.filter((u) => ids.includes(u.id)).map((u) => ({
    id: u.id,
    layer: u.layer,
    region: u.region,
    unit: u,
    files: [],
    since: commit
  }));
}

// node_modules/jose/dist/webapi/lib/buffer_utils.js
var encoder = new TextEncoder(), decoder = new TextDecoder(), strictDecoder = new TextDecoder("utf-8", { fatal: !0 }), UINT32_RANGE = 2 ** 32;
function concat(...buffers) {
  let size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size), i = 0;
  for (let buffer of buffers)
    buf.set(buffer, i), i += buffer.length;
  return buf;
}
var NON_ASCII = /[^\x00-\x7f]/;
function encode(string) {
  if (typeof string == "string" && string.length >= 128) {
    if (NON_ASCII.test(string))
      throw new TypeError("non-ASCII string encountered in encode()");
    return encoder.encode(string);
  }
  let bytes = new Uint8Array(string.length);
  for (let i = 0; i < string.length; i++) {
    let code = string.charCodeAt(i);
    if (code > 127)
      throw new TypeError("non-ASCII string encountered in encode()");
    bytes[i] = code;
  }
  return bytes;
}
function decodeBase64(encoded, url = !1) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  let binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// node_modules/jose/dist/webapi/util/errors.js
var errors_exports = {};
__export(errors_exports, {
  JOSEAlgNotAllowed: () => JOSEAlgNotAllowed,
  JOSEError: () => JOSEError,
  JOSENotSupported: () => JOSENotSupported,
  JWEDecryptionFailed: () => JWEDecryptionFailed,
  JWEInvalid: () => JWEInvalid,
  JWKInvalid: () => JWKInvalid,
  JWKSInvalid: () => JWKSInvalid,
  JWKSMultipleMatchingKeys: () => JWKSMultipleMatchingKeys,
  JWKSNoMatchingKey: () => JWKSNoMatchingKey,
  JWKSTimeout: () => JWKSTimeout,
  JWSInvalid: () => JWSInvalid,
  JWSSignatureVerificationFailed: () => JWSSignatureVerificationFailed,
  JWTClaimValidationFailed: () => JWTClaimValidationFailed,
  JWTExpired: () => JWTExpired,
  JWTInvalid: () => JWTInvalid
});
var JOSEError = class extends Error {
  static code = "ERR_JOSE_GENERIC";
  code = "ERR_JOSE_GENERIC";
  constructor(message3, options) {
    super(message3, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
  }
}, JWTClaimValidationFailed = class extends JOSEError {
  static code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  claim;
  reason;
  payload;
  constructor(message3, payload, claim = "unspecified", reason = "unspecified") {
    super(message3, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}, JWTExpired = class extends JOSEError {
  static code = "ERR_JWT_EXPIRED";
  code = "ERR_JWT_EXPIRED";
  claim;
  reason;
  payload;
  constructor(message3, payload, claim = "unspecified", reason = "unspecified") {
    super(message3, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}, JOSEAlgNotAllowed = class extends JOSEError {
  static code = "ERR_JOSE_ALG_NOT_ALLOWED";
  code = "ERR_JOSE_ALG_NOT_ALLOWED";
}, JOSENotSupported = class extends JOSEError {
  static code = "ERR_JOSE_NOT_SUPPORTED";
  code = "ERR_JOSE_NOT_SUPPORTED";
}, JWEDecryptionFailed = class extends JOSEError {
  static code = "ERR_JWE_DECRYPTION_FAILED";
  code = "ERR_JWE_DECRYPTION_FAILED";
  constructor(message3 = "decryption operation failed", options) {
    super(message3, options);
  }
}, JWEInvalid = class extends JOSEError {
  static code = "ERR_JWE_INVALID";
  code = "ERR_JWE_INVALID";
}, JWSInvalid = class extends JOSEError {
  static code = "ERR_JWS_INVALID";
  code = "ERR_JWS_INVALID";
}, JWTInvalid = class extends JOSEError {
  static code = "ERR_JWT_INVALID";
  code = "ERR_JWT_INVALID";
}, JWKInvalid = class extends JOSEError {
  static code = "ERR_JWK_INVALID";
  code = "ERR_JWK_INVALID";
}, JWKSInvalid = class extends JOSEError {
  static code = "ERR_JWKS_INVALID";
  code = "ERR_JWKS_INVALID";
}, JWKSNoMatchingKey = class extends JOSEError {
  static code = "ERR_JWKS_NO_MATCHING_KEY";
  code = "ERR_JWKS_NO_MATCHING_KEY";
  constructor(message3 = "no applicable key found in the JSON Web Key Set", options) {
    super(message3, options);
  }
}, JWKSMultipleMatchingKeys = class extends JOSEError {
  [Symbol.asyncIterator] = async function* () {
  };
  static code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  constructor(message3 = "multiple matching keys found in the JSON Web Key Set", options) {
    super(message3, options);
  }
}, JWKSTimeout = class extends JOSEError {
  static code = "ERR_JWKS_TIMEOUT";
  code = "ERR_JWKS_TIMEOUT";
  constructor(message3 = "request timed out", options) {
    super(message3, options);
  }
}, JWSSignatureVerificationFailed = class extends JOSEError {
  static code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  constructor(message3 = "signature verification failed", options) {
    super(message3, options);
  }
};

// node_modules/jose/dist/webapi/util/base64url.js
var invalid = "The input to be decoded is not correctly encoded.";
function decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), !0);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}

// node_modules/jose/dist/webapi/lib/validate.js
function isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return !1;
  let prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isJwkSet(input) {
  return isObject(input) && Array.isArray(input.keys) && Array.from(input.keys).every(isObject);
}
function isDisjoint(...headers) {
  let parameters = /* @__PURE__ */ new Set();
  for (let header of headers)
    if (header)
      for (let parameter of Object.keys(header)) {
        if (parameters.has(parameter))
          return !1;
        parameters.add(parameter);
      }
  return !0;
}
function decodeBase64url(value, label, ErrorClass) {
  try {
    return decode(value);
  } catch (cause) {
    throw new ErrorClass(`Failed to base64url decode the ${label}`, { cause });
  }
}
function encodeAsciiMember(value, label, ErrorClass) {
  try {
    return encode(value);
  } catch (cause) {
    throw new ErrorClass(`The ${label} is not a valid base64url string`, { cause });
  }
}
function parseJoseHeader(encodedProtectedHeader, ErrorClass, message3) {
  let parsed;
  try {
    parsed = JSON.parse(strictDecoder.decode(decode(encodedProtectedHeader)));
  } catch (cause) {
    throw new ErrorClass(message3, { cause });
  }
  if (!isObject(parsed))
    throw new ErrorClass(message3);
  return parsed;
}
var JWS_RECOGNIZED = { __proto__: null, b64: !0 };
function validateAlgorithms(option, algorithms) {
  if (algorithms !== void 0 && (!Array.isArray(algorithms) || algorithms.some((s) => typeof s != "string")))
    throw new TypeError(`"${option}" option must be an array of strings`);
  return algorithms === void 0 ? void 0 : new Set(algorithms);
}
function validateCrit(Err, recognizedDefault, recognizedOption, protectedHeader, joseHeader) {
  if (joseHeader.crit !== void 0 && protectedHeader?.crit === void 0)
    throw new Err('"crit" (Critical) Header Parameter MUST be integrity protected');
  if (!protectedHeader || protectedHeader.crit === void 0)
    return [];
  if (!Array.isArray(protectedHeader.crit) || protectedHeader.crit.length === 0 || protectedHeader.crit.some((input) => typeof input != "string" || input.length === 0))
    throw new Err('"crit" (Critical) Header Parameter MUST be an array of non-empty strings when present');
  let recognized = recognizedOption === void 0 ? recognizedDefault : { __proto__: null, ...recognizedOption, ...recognizedDefault };
  for (let parameter of protectedHeader.crit) {
    if (!(parameter in recognized))
      throw new JOSENotSupported(`Extension Header Parameter "${parameter}" is not recognized`);
    if (!Object.hasOwn(joseHeader, parameter) || joseHeader[parameter] === void 0)
      throw new Err(`Extension Header Parameter "${parameter}" is missing`);
    if (recognized[parameter] && (!Object.hasOwn(protectedHeader, parameter) || protectedHeader[parameter] === void 0))
      throw new Err(`Extension Header Parameter "${parameter}" MUST be integrity protected`);
  }
  return protectedHeader.crit;
}
function validateB64(protectedHeader, extensions) {
  if (extensions.includes("b64")) {
    let b64 = protectedHeader.b64;
    if (typeof b64 != "boolean")
      throw new JWSInvalid('The "b64" (base64url-encode payload) Header Parameter must be a boolean');
    return b64;
  }
  return !0;
}

// node_modules/jose/dist/webapi/lib/key.js
var tag = (key) => key[Symbol.toStringTag], jwkMatchesOp = (entry, key, usage) => {
  let { alg } = entry;
  if (key.use !== void 0) {
    let expected = usage === "sign" || usage === "verify" ? "sig" : "enc";
    if (key.use !== expected)
      throw new TypeError(`Invalid key for this operation, its "use" must be "${expected}" when present`);
  }
  if (key.kty === "AKP" && key.alg === void 0)
    throw new TypeError('missing "alg" (Algorithm) Parameter value');
  if (key.alg !== void 0 && key.alg !== alg)
    throw new TypeError(`Invalid key for this operation, its "alg" must be "${alg}" when present`);
  if (Array.isArray(key.key_ops)) {
    let expectedKeyOp = usage === "encrypt" || usage === "decrypt" ? entry.ops?.[usage === "encrypt" ? 0 : 1] : usage;
    if (expectedKeyOp && !key.key_ops.includes(expectedKeyOp))
      throw new TypeError(`Invalid key for this operation, its "key_ops" must include "${expectedKeyOp}" when present`);
  }
};
async function prepareKey(entry, key, usage) {
  let { alg, secret } = entry, requiresPrivateKey = usage === "decrypt" || usage === "sign";
  if (secret && key instanceof Uint8Array)
    return key;
  let normalized, keyObject;
  if (isObject(key)) {
    if (normalized = normalizeJwk(key), typeof normalized.kty != "string")
      throw invalidKeyType(alg, key, secret);
    if (!(secret ? normalized.kty === "oct" && typeof normalized.k == "string" : normalized.kty !== "oct" && (requiresPrivateKey ? normalized.kty === "AKP" && typeof normalized.priv == "string" || typeof normalized.d == "string" : normalized.d === void 0 && normalized.priv === void 0)))
      throw new TypeError(secret ? 'JSON Web Key for symmetric algorithms must have JWK "kty" (Key Type) equal to "oct" and the JWK "k" (Key Value) present' : `JSON Web Key for this operation must be a ${requiresPrivateKey ? "private" : "public"} JWK`);
    if (jwkMatchesOp(entry, normalized, usage), normalized.kty === "oct")
      return decode(normalized.k);
    if (!Object.isFrozen(key)) {
      let { key_ops } = key;
      Array.isArray(key_ops) && Object.freeze(key_ops), Object.freeze(key);
    }
  } else {
    if (!isKeyLike(key))
      throw invalidKeyType(alg, key, secret);
    let expectedType = secret ? "secret" : requiresPrivateKey ? "private" : "public";
    if (key.type !== expectedType && (secret || ["secret", "public", "private"].includes(key.type)))
      throw new TypeError(`${tag(key)} instances must be of type "${expectedType}" for the ${alg} algorithm`);
    if (isCryptoKey(key))
      return key;
    if (keyObject = key, keyObject.type === "secret")
      return keyObject.export();
  }
  cache ||= /* @__PURE__ */ new WeakMap();
  let cacheKey = key, cached = cache.get(cacheKey);
  if (cached?.[alg])
    return cached[alg];
  if (cached || cache.set(cacheKey, cached = {}), keyObject && typeof keyObject.toCryptoKey == "function") {
    let isPublic = keyObject.type === "public", crv = nist[keyObject.asymmetricKeyDetails?.namedCurve], params = entry.resolve?.({ crv, asymmetricKeyType: keyObject.asymmetricKeyType }) ?? entry.subtle;
    return cached[alg] = keyObject.toCryptoKey(params, isPublic, entry.usages[isPublic ? 0 : 1]);
  }
  return normalized ??= keyObject.export({ format: "jwk" }), normalized.alg = alg, cached[alg] = await jwkToKey(entry, normalized);
}
var cache, nist = {
  __proto__: null,
  prime256v1: "P-256",
  secp384r1: "P-384",
  secp521r1: "P-521"
};
var isCryptoKey = (key) => {
  if (key?.[Symbol.toStringTag] === "CryptoKey")
    return !0;
  try {
    return key instanceof CryptoKey;
  } catch {
    return !1;
  }
}, isKeyObject = (key) => key?.[Symbol.toStringTag] === "KeyObject", isKeyLike = (key) => isCryptoKey(key) || isKeyObject(key);
function message2(msg, actual, ...types) {
  if (types.length > 2) {
    let last = types.pop();
    msg += `one of type ${types.join(", ")}, or ${last}.`;
  } else types.length === 2 ? msg += `one of type ${types[0]} or ${types[1]}.` : msg += `of type ${types[0]}.`;
  return actual == null ? msg += ` Received ${actual}` : typeof actual == "function" && actual.name ? msg += ` Received function ${actual.name}` : typeof actual == "object" && actual != null && actual.constructor?.name && (msg += ` Received an instance of ${actual.constructor.name}`), msg;
}
function invalidKeyType(alg, actual, secret) {
  let types = ["CryptoKey", "KeyObject", "JSON Web Key"];
  return secret && types.push("Uint8Array"), new TypeError(message2(`Key for the ${alg} algorithm must be `, actual, ...types));
}
var unusable = (name, prop = "algorithm.name") => new TypeError(`CryptoKey does not support this operation, its ${prop} must be ${name}`);
function checkUsage(key, usage) {
  if (usage && !key.usages.includes(usage))
    throw new TypeError(`CryptoKey does not support this operation, its usages must include ${usage}.`);
}
function checkModulusLength(alg, key) {
  let { modulusLength } = key.algorithm;
  if (typeof modulusLength != "number" || modulusLength < 2048)
    throw new TypeError(`${alg} requires key modulusLength to be 2048 bits or larger`);
}
function checkCryptoKey(key, expected, usage) {
  let algorithm = key.algorithm;
  if (algorithm.name !== expected.name)
    throw unusable(expected.name);
  if (expected.hash && algorithm.hash?.name !== expected.hash)
    throw unusable(expected.hash, "algorithm.hash");
  if (expected.namedCurve && algorithm.namedCurve !== expected.namedCurve)
    throw unusable(expected.namedCurve, "algorithm.namedCurve");
  if (expected.length !== void 0 && algorithm.length !== expected.length)
    throw unusable(expected.length, "algorithm.length");
  checkUsage(key, usage);
}
function snapshotJwk(jwk) {
  return { __proto__: null, ...jwk };
}
function normalizeJwk(jwk) {
  let normalized = snapshotJwk(jwk);
  if (normalized.ext !== void 0 && typeof normalized.ext != "boolean")
    throw new TypeError('"ext" (Extractable) Parameter must be a boolean');
  if (normalized.key_ops !== void 0) {
    let value = normalized.key_ops, keyOps = Array.isArray(value) ? [...value] : void 0;
    if (!keyOps || keyOps.some((operation) => typeof operation != "string") || new Set(keyOps).size !== keyOps.length)
      throw new TypeError('"key_ops" (Key Operations) Parameter must be an array of unique strings');
    normalized.key_ops = keyOps;
  }
  return normalized;
}
async function jwkToKey(entry, jwk, extractable) {
  if (!entry.kty.includes(jwk.kty))
    throw new JOSENotSupported('Invalid or unsupported JWK "alg" (Algorithm) Parameter value');
  let algorithm = entry.resolve?.({ kty: jwk.kty, crv: jwk.crv }) ?? entry.subtle, isPrivate = !!(jwk.d || jwk.priv), keyData = { ...jwk, ext: extractable ?? jwk.ext };
  return keyData.kty !== "AKP" && delete keyData.alg, delete keyData.use, crypto.subtle.importKey("jwk", keyData, algorithm, keyData.ext ?? !isPrivate, jwk.key_ops ?? entry.usages[isPrivate ? 1 : 0]);
}
async function rawKey(key, expected, usage, extractable = !1) {
  return key instanceof Uint8Array && (key = await crypto.subtle.importKey("raw", key, expected, extractable, [usage])), checkCryptoKey(key, expected, usage), key;
}

// node_modules/jose/dist/webapi/lib/key_descriptor.js
function table(entries) {
  let out = { __proto__: null };
  for (let alg in entries)
    out[alg] = { ...entries[alg], alg };
  return out;
}

// node_modules/jose/dist/webapi/lib/jws_algorithms.js
var sig = [["verify"], ["sign"]];
function hmac(bits) {
  let subtle = { name: "HMAC", hash: `SHA-${bits}` };
  return { kty: ["oct"], secret: !0, subtle, signing: subtle, usages: sig };
}
function rsa(bits, saltLength) {
  let subtle = { name: saltLength ? "RSA-PSS" : "RSASSA-PKCS1-v1_5", hash: `SHA-${bits}` };
  return {
    kty: ["RSA"],
    subtle,
    signing: saltLength ? { ...subtle, saltLength } : subtle,
    usages: sig,
    minRsaBits: 2048
  };
}
function ecdsa(crv, bits) {
  return {
    kty: ["EC"],
    crv,
    subtle: { name: "ECDSA", namedCurve: crv },
    signing: { name: "ECDSA", hash: `SHA-${bits}` },
    usages: sig
  };
}
function eddsa() {
  let subtle = { name: "Ed25519" };
  return {
    kty: ["OKP"],
    crv: "Ed25519",
    subtle,
    signing: subtle,
    usages: sig
  };
}
function mldsa(parameterSet) {
  let subtle = { name: `ML-DSA-${parameterSet}` };
  return {
    kty: ["AKP"],
    subtle,
    signing: subtle,
    usages: sig
  };
}
var JWS = table({
  HS256: hmac(256),
  HS384: hmac(384),
  HS512: hmac(512),
  RS256: rsa(256),
  RS384: rsa(384),
  RS512: rsa(512),
  PS256: rsa(256, 32),
  PS384: rsa(384, 48),
  PS512: rsa(512, 64),
  ES256: ecdsa("P-256", 256),
  ES384: ecdsa("P-384", 384),
  ES512: ecdsa("P-521", 512),
  EdDSA: eddsa(),
  Ed25519: eddsa(),
  "ML-DSA-44": mldsa(44),
  "ML-DSA-65": mldsa(65),
  "ML-DSA-87": mldsa(87)
});
function jwsAlgorithm(alg) {
  let entry = typeof alg == "string" ? JWS[alg] : void 0;
  if (!entry)
    throw new JOSENotSupported(`alg ${alg} is not supported either by JOSE or your javascript runtime`);
  return entry;
}

// node_modules/jose/dist/webapi/lib/jws_verify.js
function prepareVerify(options) {
  return [options && validateAlgorithms("algorithms", options.algorithms), options?.crit];
}
function parseProtectedHeader(encodedProtectedHeader) {
  return encodedProtectedHeader === void 0 ? {} : parseJoseHeader(encodedProtectedHeader, JWSInvalid, "JWS Protected Header is invalid");
}
function encodeCompactUnencodedPayload(payload) {
  try {
    return encode(payload);
  } catch (cause) {
    throw new JWSInvalid("JWS Compact Serialization payload must use only ASCII characters", {
      cause
    });
  }
}
async function verifySignature(jws, shared, key, encodeUnencodedPayload, parsedProtected) {
  let { protected: encodedProtectedHeader, header, payload: inputPayload } = jws, protectedHeader = parsedProtected ?? parseProtectedHeader(encodedProtectedHeader);
  if (!isDisjoint(protectedHeader, header))
    throw new JWSInvalid("JWS Protected and JWS Unprotected Header Parameter names must be disjoint");
  let joseHeader = { ...protectedHeader, ...header }, b64 = validateB64(protectedHeader, validateCrit(JWSInvalid, JWS_RECOGNIZED, shared[1], protectedHeader, joseHeader)), { alg } = joseHeader;
  if (typeof alg != "string" || !alg)
    throw new JWSInvalid('JWS "alg" (Algorithm) Header Parameter missing or invalid');
  if (shared[0] && !shared[0].has(alg))
    throw new JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed');
  if (b64) {
    if (typeof inputPayload != "string")
      throw new JWSInvalid("JWS Payload must be a string");
  } else if (typeof inputPayload != "string" && !(inputPayload instanceof Uint8Array))
    throw new JWSInvalid("JWS Payload must be a string or an Uint8Array instance");
  let signingPayload = b64 || typeof inputPayload != "string" ? inputPayload : encodeUnencodedPayload(inputPayload), resolvedKey = !1;
  typeof key == "function" && (key = await key(protectedHeader, jws), resolvedKey = !0);
  let entry = jwsAlgorithm(alg), signingInput = concat(encodedProtectedHeader !== void 0 ? encode(encodedProtectedHeader) : new Uint8Array(), encode("."), typeof signingPayload == "string" ? shared[2] ??= encodeAsciiMember(signingPayload, "payload", JWSInvalid) : signingPayload), signature = decodeBase64url(jws.signature, "signature", JWSInvalid), verificationKey = await prepareKey(entry, key, "verify"), cryptoKey = await rawKey(verificationKey, entry.subtle, "verify");
  entry.minRsaBits && checkModulusLength(entry.alg, cryptoKey);
  let verified = !1;
  try {
    verified = await crypto.subtle.verify(entry.signing, cryptoKey, signature, signingInput);
  } catch (cause) {
    throw new JWSSignatureVerificationFailed(void 0, { cause });
  }
  if (!verified)
    throw new JWSSignatureVerificationFailed();
  let result = { payload: typeof signingPayload == "string" ? decodeBase64url(signingPayload, "payload", JWSInvalid) : signingPayload };
  return encodedProtectedHeader !== void 0 && (result.protectedHeader = protectedHeader), header !== void 0 && (result.unprotectedHeader = header), resolvedKey ? [{ ...result, key: verificationKey }, b64] : [result, b64];
}
async function verifyCompact(jws, shared, key) {
  if (jws instanceof Uint8Array && (jws = decoder.decode(jws)), typeof jws != "string")
    throw new JWSInvalid("Compact JWS must be a string or Uint8Array");
  let { 0: protectedHeader, 1: payload, 2: signature, length } = jws.split(".");
  if (length !== 3)
    throw new JWSInvalid("Invalid Compact JWS");
  return verifySignature({ payload, protected: protectedHeader, signature }, shared, key, encodeCompactUnencodedPayload);
}

// node_modules/jose/dist/webapi/lib/jwt_claims_set.js
var epoch = (date) => Math.floor(date.getTime() / 1e3), multipliers = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31557600
}, REGEX = /^(\+|\-)? ?(\d+|\d+\.\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)(?: (ago|from now))?$/i, checkFailed = "check_failed";
function invalidDuration() {
  throw new TypeError("Invalid time period format");
}
function secs(str) {
  typeof str != "string" && invalidDuration();
  let matched = REGEX.exec(str);
  (!matched || matched[4] && matched[1]) && invalidDuration();
  let value = parseFloat(matched[2]), durationSeconds = Math.round(value * multipliers[matched[3][0].toLowerCase()]);
  return Number.isFinite(durationSeconds) || invalidDuration(), matched[1] === "-" || matched[4]?.toLowerCase() === "ago" ? -durationSeconds : durationSeconds;
}
function validateInput(label, input) {
  if (!Number.isFinite(input))
    throw new TypeError(`Invalid ${label} input`);
  return input;
}
var normalizeTyp = (value) => {
  let normalized = value.toLowerCase();
  return value.includes("/") ? normalized : `application/${normalized}`;
}, checkAudiencePresence = (audPayload, audOption) => typeof audPayload == "string" ? audOption.includes(audPayload) : Array.isArray(audPayload) ? audOption.some((aud) => audPayload.includes(aud)) : !1;
function validateNumericDate(claimsSet, claim, required = !1) {
  let value = claimsSet[claim];
  if (!(value === void 0 && !required)) {
    if (typeof value != "number")
      throw new JWTClaimValidationFailed(`"${claim}" claim must be a number`, claimsSet, claim, "invalid");
    return value;
  }
}
function unexpectedClaim(claimsSet, claim) {
  throw new JWTClaimValidationFailed(`unexpected "${claim}" claim value`, claimsSet, claim, checkFailed);
}
function validateClaimsSet(protectedHeader, claimsSetBytes, options = {}) {
  let claimsSet;
  try {
    claimsSet = JSON.parse(strictDecoder.decode(claimsSetBytes));
  } catch (cause) {
    throw new JWTInvalid("JWT Claims Set must be a top-level JSON object", { cause });
  }
  if (!isObject(claimsSet))
    throw new JWTInvalid("JWT Claims Set must be a top-level JSON object");
  let { typ } = options;
  if (typ !== void 0 && (typeof protectedHeader.typ != "string" || normalizeTyp(protectedHeader.typ) !== normalizeTyp(typ)))
    throw new JWTClaimValidationFailed('unexpected "typ" JWT header value', claimsSet, "typ", checkFailed);
  let { requiredClaims = [], issuer, subject, audience, maxTokenAge } = options, presenceCheck = [...requiredClaims];
  maxTokenAge !== void 0 && presenceCheck.push("iat"), audience !== void 0 && presenceCheck.push("aud"), subject !== void 0 && presenceCheck.push("sub"), issuer !== void 0 && presenceCheck.push("iss");
  for (let claim of new Set(presenceCheck.reverse()))
    if (!Object.hasOwn(claimsSet, claim))
      throw new JWTClaimValidationFailed(`missing required "${claim}" claim`, claimsSet, claim, "missing");
  issuer !== void 0 && !(Array.isArray(issuer) ? issuer : [issuer]).includes(claimsSet.iss) && unexpectedClaim(claimsSet, "iss"), subject !== void 0 && claimsSet.sub !== subject && unexpectedClaim(claimsSet, "sub"), audience !== void 0 && !checkAudiencePresence(claimsSet.aud, typeof audience == "string" ? [audience] : audience) && unexpectedClaim(claimsSet, "aud");
  let { clockTolerance } = options, tolerance = 0;
  if (typeof clockTolerance == "string")
    tolerance = secs(clockTolerance);
  else if (clockTolerance !== void 0) {
    if (typeof clockTolerance != "number")
      throw new TypeError("Invalid clockTolerance option type");
    tolerance = clockTolerance;
  }
  if (validateInput("clockTolerance option", tolerance), tolerance < 0)
    throw new TypeError("Invalid clockTolerance option input");
  let { currentDate } = options, now = validateInput("currentDate option", epoch(currentDate === void 0 ? /* @__PURE__ */ new Date() : currentDate)), iat = validateNumericDate(claimsSet, "iat", maxTokenAge !== void 0), nbf = validateNumericDate(claimsSet, "nbf");
  if (nbf !== void 0 && nbf > now + tolerance)
    throw new JWTClaimValidationFailed('"nbf" claim timestamp check failed', claimsSet, "nbf", checkFailed);
  let exp = validateNumericDate(claimsSet, "exp");
  if (exp !== void 0 && exp <= now - tolerance)
    throw new JWTExpired('"exp" claim timestamp check failed', claimsSet, "exp", checkFailed);
  if (maxTokenAge !== void 0) {
    let age = now - iat, max = validateInput("maxTokenAge option", typeof maxTokenAge == "number" ? maxTokenAge : secs(maxTokenAge));
    if (max < 0)
      throw new TypeError("Invalid maxTokenAge option input");
    if (age - tolerance > max)
      throw new JWTExpired('"iat" claim timestamp check failed (too far in the past)', claimsSet, "iat", checkFailed);
    if (age < -tolerance)
      throw new JWTClaimValidationFailed('"iat" claim timestamp check failed (it should be in the past)', claimsSet, "iat", checkFailed);
  }
  return claimsSet;
}

// node_modules/jose/dist/webapi/jwt/verify.js
async function jwtVerify(jwt, key, options) {
  let [verified, b64] = await verifyCompact(jwt, prepareVerify(options), key);
  if (!b64)
    throw new JWTInvalid("JWTs MUST NOT use unencoded payload");
  let payload = validateClaimsSet(verified.protectedHeader, verified.payload, options);
  return { ...verified, payload };
}

// node_modules/jose/dist/webapi/jwks/local.js
function isUsableJWK(jwk, entry, alg, kid) {
  let { kty, key_ops: keyOps, ext, kid: jwkKid, alg: jwkAlg, use, crv } = jwk;
  return (ext === void 0 || typeof ext == "boolean") && (keyOps === void 0 || Array.isArray(keyOps) && keyOps.every((operation, index) => typeof operation == "string" && keyOps.indexOf(operation) === index) && keyOps.includes("verify")) && entry.kty.includes(kty) && (kid === void 0 || typeof kid == "string" && kid === jwkKid) && (jwkAlg === void 0 ? kty !== "AKP" : alg === jwkAlg) && (use === void 0 || use === "sig") && (!entry.crv || crv === entry.crv);
}
async function importWithAlgCache(cache2, jwk, entry) {
  let cached = cache2.get(jwk) || cache2.set(jwk, {}).get(jwk), { alg } = entry;
  if (cached[alg] === void 0) {
    let pending = jwkToKey(entry, jwk, !0).then((key) => {
      if (key.type !== "public")
        throw new JWKSInvalid("JSON Web Key Set members must be public keys");
      return cached[alg] = key, key;
    }).catch((error) => {
      throw cached[alg] === pending && delete cached[alg], error;
    });
    cached[alg] = pending;
  }
  return cached[alg];
}
function createLocalJWKSet(jwks) {
  let snapshot;
  try {
    snapshot = structuredClone(jwks);
  } catch (cause) {
    throw new JWKSInvalid("JSON Web Key Set malformed", { cause });
  }
  if (!isJwkSet(snapshot))
    throw new JWKSInvalid("JSON Web Key Set malformed");
  let metadata = snapshot.keys.map((jwk) => {
    let normalized = snapshotJwk(jwk);
    return Array.isArray(normalized.key_ops) && (normalized.key_ops = [...normalized.key_ops]), normalized;
  }), cached = /* @__PURE__ */ new WeakMap();
  return Object.defineProperty(async (protectedHeader, token) => {
    let { alg, kid } = { ...protectedHeader, ...token?.header }, entry = typeof alg == "string" ? JWS[alg] : void 0;
    if (!entry || entry.secret)
      throw new JOSENotSupported('Unsupported "alg" value for a JSON Web Key Set');
    let candidates = snapshot.keys.filter((_, index) => isUsableJWK(metadata[index], entry, alg, kid)), { 0: jwk, length } = candidates;
    if (!length)
      throw new JWKSNoMatchingKey();
    if (length !== 1) {
      let error = new JWKSMultipleMatchingKeys();
      throw error[Symbol.asyncIterator] = async function* () {
        for (let jwk2 of candidates)
          try {
            yield await importWithAlgCache(cached, jwk2, entry);
          } catch {
          }
      }, error;
    }
    return importWithAlgCache(cached, jwk, entry);
  }, "jwks", {
    value: () => structuredClone(snapshot)
  });
}

// node_modules/jose/dist/webapi/jwks/remote.js
function isCloudflareWorkers() {
  return typeof WebSocketPair < "u" || typeof navigator < "u" && navigator.userAgent === "Cloudflare-Workers" || typeof EdgeRuntime < "u" && EdgeRuntime === "vercel";
}
var USER_AGENT;
(typeof navigator > "u" || !navigator.userAgent?.startsWith?.("Mozilla/5.0 ")) && (USER_AGENT = "jose/v6.2.18");
var customFetch = /* @__PURE__ */ Symbol();
async function fetchJwks(url, headers, signal, fetchImpl = fetch) {
  let response = await fetchImpl(url, {
    method: "GET",
    signal,
    redirect: "manual",
    headers
  }).catch((err) => {
    throw err.name === "TimeoutError" ? new JWKSTimeout(void 0, { cause: err }) : err;
  });
  if (response.status !== 200)
    throw new JOSEError("Expected 200 OK from the JSON Web Key Set HTTP response");
  try {
    return await response.json();
  } catch (cause) {
    throw signal.aborted ? new JWKSTimeout(void 0, { cause }) : new JOSEError("Failed to parse the JSON Web Key Set HTTP response as JSON", { cause });
  }
}
var jwksCache = /* @__PURE__ */ Symbol();
function isFreshFor(timestamp, duration) {
  return Number.isFinite(timestamp) && Date.now() < timestamp + duration;
}
function validateDuration(value, fallback, option) {
  if (Number.isNaN(value))
    throw new TypeError(`"${option}" option must not be NaN`);
  if (typeof value == "number" && value < 0)
    throw new TypeError(`"${option}" option must not be negative`);
  return typeof value == "number" ? value : fallback;
}
function createRemoteJWKSet(url, options) {
  if (!(url instanceof URL))
    throw new TypeError("url must be an instance of URL");
  let href = new URL(url.href).href, opts = options ?? {}, timeoutOption = opts.timeoutDuration;
  if (typeof timeoutOption == "number" && (!Number.isInteger(timeoutOption) || timeoutOption < 0))
    throw new TypeError('"timeoutDuration" option must be a non-negative integer');
  let timeoutDuration = typeof timeoutOption == "number" ? timeoutOption : 5e3, cooldownDuration = validateDuration(opts.cooldownDuration, 3e4, "cooldownDuration"), cacheMaxAge = validateDuration(opts.cacheMaxAge, 6e5, "cacheMaxAge"), headers = new Headers(opts.headers);
  USER_AGENT && !headers.has("User-Agent") && headers.set("User-Agent", USER_AGENT), headers.has("accept") || headers.set("accept", "application/json, application/jwk-set+json");
  let fetchImpl = opts[customFetch], cache2 = opts[jwksCache], jwksTimestamp, pendingFetch, reloadSequence = 0, appliedSequence = 0, local;
  if (cache2 && typeof cache2 == "object") {
    let { uat, jwks } = cache2;
    isFreshFor(uat, cacheMaxAge) && isJwkSet(jwks) && (jwksTimestamp = uat, local = createLocalJWKSet(jwks));
  }
  let reload = async () => {
    if (pendingFetch && isCloudflareWorkers() && (pendingFetch = void 0), !pendingFetch) {
      let sequence = ++reloadSequence, current = pendingFetch = fetchJwks(href, headers, AbortSignal.timeout(timeoutDuration), fetchImpl).then((json) => {
        let next = createLocalJWKSet(json);
        if (sequence <= appliedSequence)
          return;
        local = next;
        let updatedAt = Date.now();
        cache2 && (cache2.uat = updatedAt, cache2.jwks = json), jwksTimestamp = updatedAt, appliedSequence = sequence;
      }).finally(() => {
        pendingFetch === current && (pendingFetch = void 0);
      });
    }
    await pendingFetch;
  };
  return Object.defineProperties(async (protectedHeader, token) => {
    (!local || !isFreshFor(jwksTimestamp, cacheMaxAge)) && await reload();
    try {
      return await local(protectedHeader, token);
    } catch (err) {
      if (err instanceof JWKSNoMatchingKey && !isFreshFor(jwksTimestamp, cooldownDuration))
        return await reload(), local(protectedHeader, token);
      throw err;
    }
  }, {
    coolingDown: {
      get: () => isFreshFor(jwksTimestamp, cooldownDuration),
      enumerable: !0
    },
    fresh: {
      get: () => isFreshFor(jwksTimestamp, cacheMaxAge),
      enumerable: !0
    },
    reload: {
      value: reload,
      enumerable: !0
    },
    reloading: {
      get: () => !!pendingFetch,
      enumerable: !0
    },
    jwks: {
      value: () => local?.jwks(),
      enumerable: !0
    }
  });
}

// node_modules/jose/dist/webapi/util/decode_jwt.js
function decodeJwt(jwt) {
  if (typeof jwt != "string")
    throw new JWTInvalid("JWTs must use Compact JWS serialization, JWT must be a string");
  let { 1: encodedPayload, length } = jwt.split(".");
  if (length === 5)
    throw new JWTInvalid("Only JWTs using Compact JWS serialization can be decoded");
  if (length !== 3)
    throw new JWTInvalid("Invalid JWT");
  if (!encodedPayload)
    throw new JWTInvalid("JWTs must contain a payload");
  let claimsSetBytes;
  try {
    claimsSetBytes = decode(encodedPayload);
  } catch (cause) {
    throw new JWTInvalid("Failed to base64url decode the payload", { cause });
  }
  let claimsSet;
  try {
    claimsSet = JSON.parse(strictDecoder.decode(claimsSetBytes));
  } catch (cause) {
    throw new JWTInvalid("Failed to parse the decoded payload as JSON", { cause });
  }
  if (!isObject(claimsSet))
    throw new JWTInvalid("Invalid JWT Claims Set");
  return claimsSet;
}

// lib/review/verify.ts
var GITHUB_OIDC_ISSUER = "https://token.actions.githubusercontent.com", DEFAULT_TRUSTED_WORKFLOW = "pr-review.yml";
function trustedWorkflowRef(policy) {
  let file = policy.workflow.includes("/") ? policy.workflow.replace(/^\.\//, "") : `.github/workflows/${policy.workflow}`;
  return `${policy.repository}/${file}@refs/heads/${policy.defaultBranch}`;
}
var refuse = (check, why) => ({ ok: !1, check, why }), same = (a, b) => typeof a == "string" && a.toLowerCase() === b.toLowerCase(), SKEW_SECONDS = 60;
async function verifiedPayload(token, policy) {
  let iat;
  try {
    iat = decodeJwt(token).iat;
  } catch {
    return { why: "the token is not a JWT" };
  }
  if (typeof iat != "number") return { why: "the token has no issue time (iat)" };
  try {
    let { payload } = await jwtVerify(token, policy.keys, {
      issuer: policy.issuer,
      algorithms: ["RS256"],
      currentDate: new Date(iat * 1e3),
      clockTolerance: SKEW_SECONDS
    });
    return { payload };
  } catch (err) {
    return err instanceof errors_exports.JWTClaimValidationFailed ? { why: `the token's ${err.claim} claim is wrong (${err.message})` } : err instanceof errors_exports.JWSSignatureVerificationFailed ? { why: `the token's signature does not verify with ${policy.issuer}'s keys` } : err instanceof errors_exports.JWKSNoMatchingKey ? { why: `no key of ${policy.issuer} signed the token` } : { why: `the token could not be verified: ${errorMessage(err)}` };
  }
}
async function verifyAttestation(stored, policy, pull) {
  if (!stored) return refuse("attestation", "the plan comment carries no attested review record");
  let record = parseRecord(stored.record);
  if (typeof record == "string") return refuse("record", record);
  let verified = await verifiedPayload(stored.token, policy);
  if ("why" in verified) return refuse("signature", verified.why);
  let claims = verified.payload, audience = reviewAudience(stored.record), aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!aud.includes(audience))
    return refuse(
      "audience",
      `the token attests a record with sha256 ${String(aud[0] ?? "").replace(/^cloudneutral-review:/, "").slice(0, 12) || "(none)"}, the stored record's is ${recordDigest(stored.record).slice(0, 12)}: the record was changed after it was attested`
    );
  if (!same(claims.repository, policy.repository))
    return refuse(
      "repository",
      `the token is for ${String(claims.repository)}, not ${policy.repository}`
    );
  if (!same(record.repository, policy.repository))
    return refuse("repository", `the record is for ${record.repository}, not ${policy.repository}`);
  let trusted = trustedWorkflowRef(policy);
  if (claims.workflow_ref !== trusted)
    return refuse(
      "workflow",
      `the token's workflow_ref is ${String(claims.workflow_ref)}, not the trusted ${trusted}`
    );
  let job = claims.job_workflow_ref;
  if (job !== void 0 && !(typeof job == "string" && (job.toLowerCase().startsWith(`${policy.repository.toLowerCase()}/`) && job.endsWith(`@refs/heads/${policy.defaultBranch}`) || policy.jobWorkflow !== void 0 && job === policy.jobWorkflow)))
    return refuse(
      "workflow",
      `the token's job_workflow_ref ${String(job)} is not a workflow of ${policy.repository} on ${policy.defaultBranch}${policy.jobWorkflow ? ` nor ${policy.jobWorkflow}` : ""}`
    );
  if (record.pull !== pull.number)
    return refuse("pull", `the record is for PR #${record.pull}, not PR #${pull.number}`);
  if (record.head !== pull.head)
    return refuse(
      "head",
      `the record is for ${record.head.slice(0, 12)}, but the PR was merged at ${pull.head.slice(0, 12)}: its last push was never reviewed`
    );
  let issuedAt = new Date((claims.iat ?? 0) * 1e3);
  return pull.lastPushAt && (claims.iat ?? 0) < Math.floor(pull.lastPushAt.getTime() / 1e3) ? refuse(
    "pushed-after",
    `the record was attested at ${issuedAt.toISOString()}, before the PR's last push at ${pull.lastPushAt.toISOString()}`
  ) : record.verdict === "deny" ? refuse("verdict", "the policy verdict of the review is deny") : { ok: !0, record, issuedAt, workflowRef: trusted };
}
function issuerKeys(issuer) {
  let keys, discover = async () => {
    let url = `${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`, res = await fetch(url, { signal: AbortSignal.timeout(15e3) });
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    let doc = await res.json();
    if (doc.issuer !== issuer) throw new Error(`${url} names the issuer ${String(doc.issuer)}`);
    if (typeof doc.jwks_uri != "string") throw new Error(`${url} has no jwks_uri`);
    return createRemoteJWKSet(new URL(doc.jwks_uri));
  };
  return async (header, token) => (keys ??= discover().catch((err) => {
    throw keys = void 0, err;
  }), (await keys)(header, token));
}

// lib/apply/reviews.ts
var isMap = (v) => typeof v == "object" && v !== null && !Array.isArray(v);
async function lastForcePush(gh, repo, pull) {
  let last;
  for await (let page of gh.paginate.iterator(gh.rest.issues.listEvents, {
    ...repo,
    issue_number: pull,
    per_page: 100
  }))
    for (let e of page.data) {
      if (e.event !== "head_ref_force_pushed") continue;
      let at = new Date(e.created_at);
      (!last || at > last) && (last = at);
    }
  return last;
}
async function pullReview(gh, repo, commit, author, trust) {
  let { data: pulls } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: commit
  }), pull = pulls.find((p) => p.merge_commit_sha === commit && p.merged_at);
  if (!pull) return;
  let marked = [];
  for await (let page of gh.paginate.iterator(gh.rest.issues.listComments, {
    ...repo,
    issue_number: pull.number,
    per_page: 100
  }))
    for (let c of page.data) {
      let meta = parseMarker(c.body);
      c.user?.login === author && meta?.key === PLAN_COMMENT_KEY && marked.push({ id: c.id, meta });
    }
  if (marked.length === 0)
    return { pull: pull.number, problem: `PR #${pull.number} has no plan comment by ${author}` };
  let policy = await trust(), facts = {
    number: pull.number,
    head: pull.head.sha,
    lastPushAt: await lastForcePush(gh, repo, pull.number)
  }, verified = [], refused = [];
  for (let { id, meta } of marked) {
    let v = await verifyAttestation(readAttestation(meta), policy, facts);
    v.ok ? verified.push({ meta, v }) : refused.push(`comment ${id}: ${v.check}: ${v.why}`);
  }
  if (refused.length > 0)
    return {
      pull: pull.number,
      problem: `PR #${pull.number}'s review is refused (${refused.join("; ")})`
    };
  let newest = verified.reduce((a, b) => b.v.issuedAt > a.v.issuedAt ? b : a), { record } = newest.v, entries = isMap(newest.meta.entries) ? newest.meta.entries : {}, digests = {};
  for (let unit of Object.keys(record.hashes)) {
    let e = entries[unit];
    isMap(e) && Object.values(e).every((x) => typeof x == "string") && (digests[unit] = e);
  }
  return {
    pull: pull.number,
    reviewed: {
      commit: record.head,
      hashes: record.hashes,
      entries: digests,
      attested: { workflowRef: newest.v.workflowRef, at: newest.v.issuedAt }
    }
  };
}
function trustPolicy(gh, repo, options = {}) {
  let policy;
  return () => (policy ??= (async () => {
    let issuer = options.issuer ?? GITHUB_OIDC_ISSUER;
    return {
      repository: `${repo.owner}/${repo.repo}`,
      defaultBranch: options.defaultBranch ?? (await gh.rest.repos.get({ ...repo })).data.default_branch,
      workflow: options.workflow ?? DEFAULT_TRUSTED_WORKFLOW,
      ...options.jobWorkflow ? { jobWorkflow: options.jobWorkflow } : {},
      issuer,
      keys: options.keys ?? issuerKeys(issuer)
    };
  })(), policy);
}
async function findReviews(gh, repo, options) {
  let cache2 = /* @__PURE__ */ new Map(), trust = trustPolicy(gh, repo, options.trust), reviewOf = (commit) => {
    let p = cache2.get(commit);
    return p || (p = pullReview(gh, repo, commit, options.author, trust), cache2.set(commit, p)), p;
  }, commitsSince = /* @__PURE__ */ new Map();
  for (let since of new Set(options.sinceOf.values()))
    commitsSince.set(
      since,
      await firstParentCommits(options.repoDir, since, options.head, options.limit ?? 50)
    );
  let byUnit = /* @__PURE__ */ new Map(), problems = /* @__PURE__ */ new Set();
  for (let [unit, since] of options.sinceOf)
    for (let commit of commitsSince.get(since) ?? []) {
      let r = await reviewOf(commit);
      r?.problem && problems.add(r.problem);
      let hash = r?.reviewed?.hashes[unit];
      if (!r?.reviewed || !hash) continue;
      let entries = r.reviewed.entries[unit];
      byUnit.set(unit, {
        hash,
        commit: r.reviewed.commit,
        pull: r.pull,
        attested: r.reviewed.attested,
        ...entries ? { entries } : {}
      });
      break;
    }
  let head = await reviewOf(options.head);
  return { byUnit, problems: [...problems], ...head ? { headPull: head.pull } : {} };
}

// lib/apply/scope.ts
import path2 from "node:path";
var NULL_SHA = /^0+$/;
async function applyScope(options) {
  let infraDir = options.infraDir ?? "infra", head = options.head ?? "HEAD", units = listUnits(path2.join(options.repoDir, infraDir)).filter(
    (u) => !options.only || options.only.includes(u.id)
  ), read = await Promise.all(units.map((u) => options.records.read(u.id))), last = new Map(
    units.map((u, i) => [u.id, read[i].pendingSince ?? read[i].lastApplied?.commit])
  ), pending = new Set(
    units.filter((_, i) => read[i].pendingSince !== void 0).map((u) => u.id)
  ), fallback = !options.before || NULL_SHA.test(options.before) ? `${head}~1` : options.before, found = await affectedSinceApplied({
    repoDir: options.repoDir,
    infraDir,
    head,
    lastApplied: (id) => last.get(id),
    pending: (id) => pending.has(id),
    fallback,
    ...options.only ? { only: options.only } : {}
  }), configDir = options.configDir ?? "platform-config", trusted = await snapshotAt(options.repoDir, found.head, configDir), routes = await routeSinceApplied(
    options.repoDir,
    configDir,
    trusted.config,
    found.affected.map((u) => u.appeared === void 0 ? u : { ...u, since: fallback })
  );
  return { ...found, routes, config: trusted.config };
}

// lib/apply/window-gate.ts
function windowHold(unit, route, windows, now) {
  if (!route?.maintenanceWindow) return;
  let window = windows.find((w) => w !== void 0);
  if (!window) return;
  let state = maintenanceWindowState(window, now);
  if (!state.open)
    return {
      until: state.next,
      why: `${unit.layer} changes in ${unit.region} wait for its maintenance window (${window.days.join(", ")} ${window.start} UTC, ${window.durationMinutes} min)`
    };
}
function windowGate(o) {
  let configs = /* @__PURE__ */ new Map(), configAt = (commit) => {
    let c = configs.get(commit);
    return c || (c = snapshotAt(o.repoDir, commit, o.configDir).then((s) => s.config), configs.set(commit, c)), c;
  }, windowOf = (config, region) => config.byKind.Region.find((r) => r.name === region)?.value.spec.maintenanceWindow;
  return async (affected, route, now) => {
    if (!route?.maintenanceWindow) return;
    let [head, since] = await Promise.all([configAt(o.head), configAt(affected.since)]), hold = windowHold(
      affected,
      route,
      [windowOf(head, affected.region), windowOf(since, affected.region)],
      now
    );
    if (!hold) return;
    let authorised = await countAuthorisation(o, affected, [head, since]);
    return authorised.ok ? { kind: "preauthorised", note: `applied outside its maintenance window: ${describeAuthorisation(authorised)}` } : { kind: "hold", hold };
  };
}
async function countAuthorisation(o, affected, trusted) {
  let file = `${o.infraDir.replace(/\/+$/, "")}/${nodePoolPath(affected.region)}`, no = (why) => ({ ok: !1, unit: affected.id, why });
  if (!o.autoscaleAuthor) return no("no autoscale author is configured");
  if (affected.files.length !== 1 || affected.files[0] !== nodePoolPath(affected.region))
    return no(`the change is not ${nodePoolPath(affected.region)} alone`);
  let [before, after] = await readBlobs(o.repoDir, [
    { commit: affected.since, file },
    { commit: o.head, file }
  ]), authors;
  try {
    authors = await changeAuthors(o, affected, file);
  } catch (err) {
    return no(`could not tell who carried the change: ${err.message}`);
  }
  return preauthorise({
    unit: affected,
    authors,
    bot: o.autoscaleAuthor,
    trusted,
    file,
    before: before ?? "missing",
    after: after ?? "missing"
  });
}
async function changeAuthors(o, affected, file) {
  let limit = o.limit ?? 200, commits = await firstParentCommits(o.repoDir, affected.since, o.head, limit);
  if (commits.length >= limit) throw new Error(`more than ${limit} commits since the last apply`);
  let dir = file.slice(0, file.lastIndexOf("/")), name = file.slice(dir.length + 1), authors = [];
  for (let commit of commits) {
    if (!(await changedPaths(o.repoDir, `${commit}^1`, commit, dir)).some((c) => c.path === name)) continue;
    let { data: pulls } = await o.github.gh.rest.repos.listPullRequestsAssociatedWithCommit({
      ...o.github.repo,
      commit_sha: commit
    }), pull = pulls.find((p) => p.merge_commit_sha === commit && p.merged_at);
    authors.push(pull?.user?.login ?? `a push of ${commit.slice(0, 12)} without a merged PR`);
  }
  return authors;
}

// lib/apply/index.ts
async function session(options) {
  let { gh, repo, runUrl } = options.github, log = options.log, records = applyRecords(
    statusStore(gh, { repo, branch: options.statusBranch, log }),
    options.run
  ), commit = await resolveCommit(options.repoDir, options.head, "head"), infraDir = path3.resolve(options.repoDir, options.infraDir), now = options.now ?? (() => /* @__PURE__ */ new Date()), engineContext = async () => ({
    ...await options.engineContext(),
    infraDir
  }), scope = async (only) => applyScope({
    repoDir: options.repoDir,
    infraDir: options.infraDir,
    configDir: options.configDir,
    head: commit,
    ...options.before !== void 0 ? { before: options.before } : {},
    records,
    ...only ? { only } : {}
  }), applyingScope = async (only) => {
    let found = await scope(only);
    for (let warning of found.warnings) log.warning(warning);
    if (!options.heldOnly) return found;
    let held = await Promise.all(
      found.affected.map(async (u) => (await records.read(u.id)).held !== void 0)
    );
    return { ...found, affected: found.affected.filter((_, i) => held[i]) };
  }, reviews = (affected) => findReviews(gh, repo, {
    repoDir: options.repoDir,
    head: commit,
    sinceOf: new Map(affected.map((unit) => [unit.id, unit.since])),
    author: options.planAuthor,
    ...options.trust ? { trust: options.trust } : {}
  }), headPull = async () => {
    try {
      return (await reviews([])).headPull;
    } catch (err) {
      log.warning(`could not find the PR merged as ${commit.slice(0, 12)}: ${errorMessage(err)}`);
      return;
    }
  }, holdOutsideWindow = windowGate({
    repoDir: options.repoDir,
    infraDir: options.infraDir,
    configDir: options.configDir,
    head: commit,
    github: { gh, repo },
    autoscaleAuthor: options.autoscaleAuthor ?? ""
  });
  return {
    commit,
    records,
    infraDir,
    now,
    engineContext,
    scope,
    applyingScope,
    headPull,
    unitOptions: async (found, affected) => ({
      commit,
      affected,
      routes: found.routes,
      reviews: options.requireReview ? await reviews(affected) : void 0,
      records,
      ctx: await engineContext(),
      ...options.backup ? { backup: options.backup } : {},
      run: options.run,
      now,
      ...options.engineFor ? { engineFor: options.engineFor } : {},
      windowGate: holdOutsideWindow
    }),
    publish: async (results, pull) => {
      let markdown = applyMarkdown(results, commit);
      if (options.heldOnly && results.length === 0) return { results, markdown, outputs: {} };
      try {
        await publishAudit(gh, repo, {
          commit,
          pull,
          results,
          markdown,
          ...runUrl !== void 0 ? { targetUrl: runUrl } : {}
        });
      } catch (err) {
        log.warning(`could not publish the audit (status, PR comment): ${errorMessage(err)}`);
      }
      return {
        results,
        markdown,
        outputs: {},
        ...applyFailed(results) ? { failure: "apply: not every unit was applied; see the job summary" } : {}
      };
    }
  };
}
async function applyAll(options) {
  let run = await session(options), scope = await run.applyingScope(), unitOptions = await run.unitOptions(scope, scope.affected), results = await applyUnits(unitOptions), pull = unitOptions.reviews ? unitOptions.reviews.headPull : await run.headPull(), outcome = await run.publish(results, pull), statuses = results.map((r) => ({ unit: r.id, status: r.status }));
  return { ...outcome, outputs: { results: JSON.stringify(statuses) } };
}
async function applyMatrix(options) {
  let scope = await (await session(options)).applyingScope();
  return { outputs: matrixOutputs(matrixEntries(scope.affected, scope.routes)) };
}
async function applyStack(options) {
  let run = await session(options), scope = await run.applyingScope([options.stack]), unit = scope.affected.find((affected) => affected.id === options.stack) ?? {
    ...unitById(run.infraDir, options.stack),
    since: run.commit
  }, unitOptions = await run.unitOptions(scope, [unit]), hold = await heldDependency(unit, listUnits(run.infraDir), run.records), result = hold ? await holdUnit(unit, unitOptions, hold) : await applyUnit(unit, unitOptions), file = await writeUnitResult(options.resultsDir, result.id, result);
  return options.log.info(result.message), {
    result,
    file,
    outputs: { result: file },
    ...applyFailed([result]) ? { failure: result.message } : {}
  };
}
async function applyReport(options) {
  let run = await session(options), found = await readUnitResults(
    options.resultsDir,
    (value) => hasIdAndStatus(value)
  ), expected = options.expectedUnits.flatMap((id) => {
    let where = parseUnitId(id);
    return where ? [{ id, ...where }] : [];
  });
  return run.publish(expectedResults(expected, found), await run.headPull());
}
async function driftRun(options, only) {
  let run = await session(options), scope = await run.scope(only), units = listUnits(run.infraDir).filter((u) => !only || only.includes(u.id)), found = driftScope({ config: scope.config, units, affected: scope.affected });
  return { run, found, check: async (mode) => detectDrift({
    ...found,
    mode,
    ctx: await run.engineContext(),
    records: run.records,
    commit: run.commit,
    run: options.run,
    now: run.now,
    github: options.github,
    ...options.engineFor ? { engineFor: options.engineFor } : {}
  }), outcome: (results) => {
    let failed = results.filter((r) => r.status === "failed"), drifted = results.filter((r) => r.status !== "in-sync").map((r) => r.id);
    return {
      results,
      markdown: driftMarkdown(results, run.commit),
      drifted,
      outputs: { drifted: JSON.stringify(drifted) },
      ...failed.length > 0 ? { failure: `drift: ${failed.map((r) => r.message.split(`
`)[0]).join("; ")}` } : {}
    };
  } };
}
async function applyDrift(options) {
  let { run, found, check, outcome } = await driftRun(options), results = await check("check"), ids = results.filter((r) => r.status === "to-correct").map((r) => r.id), entries = matrixEntries(correctionUnits(found.units, ids, run.commit), found.routes), done = outcome(results);
  return {
    ...done,
    outputs: { ...done.outputs, ...matrixOutputs(entries, { perLayerLimit: !1 }) }
  };
}
async function applyCorrect(options) {
  let { found, check, outcome } = await driftRun(options, [options.stack]);
  if (!found.units.some((u) => u.id === options.stack))
    throw new UsageError(`correct: no unit ${options.stack} in ${options.infraDir}`);
  if (driftUnits(found.units, found.routes).length === 0)
    throw new UsageError(
      `correct: ${options.stack} is not reconciled on drift or periodically (its matrix row says ${found.routes.get(options.stack)?.reconcile}); nothing is corrected`
    );
  return outcome(await check("correct"));
}
export {
  applyAll,
  applyCorrect,
  applyDrift,
  applyFailed,
  applyMatrix,
  applyReport,
  applyStack,
  isFailure,
  reviewGate
};
