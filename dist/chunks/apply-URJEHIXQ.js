import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  issueMarker,
  openMarkedIssues
} from "./chunk-YYUTBJUR.js";
import {
  affectedSinceApplied,
  hasIdAndStatus,
  readUnitResults,
  unitById,
  writeUnitResult
} from "./chunk-JGNMLCGV.js";
import {
  listUnits,
  parseUnitId,
  routeSinceApplied
} from "./chunk-C2G3KJRP.js";
import {
  snapshotAt
} from "./chunk-2VNZUL4L.js";
import "./chunk-DUPYH4Q3.js";
import "./chunk-EZ4IOWSM.js";
import {
  firstParentCommits,
  resolveCommit
} from "./chunk-GOEM2NLZ.js";
import {
  matrixEntries,
  matrixOutputs
} from "./chunk-XMLGC6YC.js";
import {
  fenced,
  readReviewed
} from "./chunk-P3VVBASZ.js";
import {
  planMarkdown
} from "./chunk-AKU4YV6T.js";
import {
  inlineCode,
  markdownText
} from "./chunk-GCILZPZ6.js";
import {
  encryptBackup
} from "./chunk-EUCEDX4W.js";
import "./chunk-PC3UXLJJ.js";
import "./chunk-DQ7PU7NH.js";
import "./chunk-N4SQIPCK.js";
import {
  digestDifference
} from "./chunk-L72VYRUJ.js";
import "./chunk-65PPA6I5.js";
import {
  REMOVED_MESSAGE,
  engineFor
} from "./chunk-MVVZDAL2.js";
import {
  pool
} from "./chunk-67MDLEXD.js";
import {
  parseMarker,
  upsertStickyComment
} from "./chunk-5DRW3FRM.js";
import {
  statusStore
} from "./chunk-4A54ULV7.js";
import "./chunk-WXA26J57.js";
import "./chunk-XPURT6RJ.js";
import "./chunk-NKEZGRMP.js";
import "./chunk-WAWDWLZY.js";
import {
  Layers
} from "./chunk-3763KEMA.js";
import {
  tableCell
} from "./chunk-GPRVIFN3.js";
import "./chunk-53UA33VZ.js";
import {
  errorMessage
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/apply/index.ts
import path3 from "node:path";

// lib/apply/run.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// lib/apply/records.ts
var recordPath = (unit) => `apply/${unit}.json`, empty = (unit) => ({ unit, applied: [] }), ConcurrentApplyError = class extends Error {
  name = "ConcurrentApplyError";
}, AlreadyAppliedError = class extends Error {
  constructor(entry) {
    super(
      `already applied at ${entry.commit.slice(0, 12)} (plan ${entry.hash.slice(0, 12)}, run ${entry.run})`
    );
    this.entry = entry;
  }
  entry;
  name = "AlreadyAppliedError";
}, released = (r) => {
  let { inProgress: _, ...rest } = r;
  return rest;
};
function applyRecords(store, run) {
  let read = async (unit) => await store.read(recordPath(unit)) ?? empty(unit);
  async function claim(unit, commit, since, now, purpose = "apply") {
    await store.write(
      recordPath(unit),
      (current) => {
        let r = current ?? empty(unit), done = r.applied.find((e) => e.commit === commit);
        if (done && purpose === "apply") throw new AlreadyAppliedError(done);
        let held = r.inProgress;
        if (held && held.run !== run && now.getTime() - Date.parse(held.since) < 216e5)
          throw new ConcurrentApplyError(
            `${unit} is being applied by run ${held.run} (commit ${held.commit.slice(0, 12)}, since ${held.since}); not applying it twice \u2014 the next run converges`
          );
        let claimed = { ...r, inProgress: { commit, run, since: now.toISOString() } };
        return purpose === "apply" ? { ...claimed, pendingSince: r.pendingSince ?? since } : claimed;
      },
      () => `${purpose} ${unit}: claimed by run ${run} at ${commit.slice(0, 12)}`
    );
  }
  async function succeeded(unit, entry) {
    await store.write(
      recordPath(unit),
      (current) => {
        let { pendingSince: _, ...rest } = released(current ?? empty(unit));
        return { ...rest, lastApplied: entry, applied: [entry, ...rest.applied].slice(0, 50) };
      },
      () => `apply ${unit}: ${entry.result} at ${entry.commit.slice(0, 12)} (plan ${entry.hash.slice(0, 12)}, run ${entry.run})`
    );
  }
  async function failed(unit, attempt) {
    await store.write(
      recordPath(unit),
      (current) => {
        let r = released(current ?? empty(unit));
        return {
          ...r,
          pendingSince: r.pendingSince ?? attempt.since,
          lastFailure: {
            commit: attempt.commit,
            run,
            at: attempt.now.toISOString(),
            error: attempt.error.slice(0, 2e3)
          }
        };
      },
      () => `apply ${unit}: not applied at ${attempt.commit.slice(0, 12)} (run ${run}): ${attempt.error.split(`
`)[0]?.slice(0, 120)}`
    );
  }
  async function corrected(unit, correction) {
    await store.write(
      recordPath(unit),
      (current) => ({
        ...released(current ?? empty(unit)),
        lastCorrection: {
          commit: correction.commit,
          hash: correction.hash,
          run,
          at: correction.now.toISOString()
        }
      }),
      () => `drift ${unit}: corrected to ${correction.commit.slice(0, 12)} (plan ${correction.hash.slice(0, 12)}, run ${run})`
    );
  }
  async function release(unit, why) {
    await store.write(
      recordPath(unit),
      (current) => released(current ?? empty(unit)),
      () => `${unit}: claim released by run ${run}: ${why.split(`
`)[0]?.slice(0, 120)}`
    );
  }
  return { read, claim, succeeded, failed, corrected, release };
}

// lib/apply/review-gate.ts
function reviewGate(unit, plan, reviews) {
  if (!plan.changed) return { kind: "no-changes" };
  if (!reviews) return { kind: "apply" };
  let review = reviews.byUnit.get(unit.id);
  if (!review) {
    let why = reviews.problems.length > 0 ? ` (${reviews.problems.join("; ")})` : "";
    return {
      kind: "refuse",
      why: `${unit.id}: no merged PR since ${unit.since.slice(0, 12)} has a reviewed plan for it${why}; not applied without one.`
    };
  }
  return review.hash !== plan.hash ? { kind: "refuse", why: mismatch(unit.id, review, plan.hash, plan.entries) } : { kind: "apply" };
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
var BLOCKING = /* @__PURE__ */ new Set(["refused", "failed", "skipped", "concurrent", "removed"]), FAILED = /* @__PURE__ */ new Set(["refused", "failed", "concurrent", "skipped"]), isFailure = (status) => FAILED.has(status), applyFailed = (results) => results.some((r) => isFailure(r.status)), message = (err) => errorMessage(err);
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
  let backup, output;
  try {
    let route = options.routes.get(id);
    (route?.backup === "state-snapshot" || route?.backup === "pre-change-snapshot") && engine.backup && options.backup && (backup = await keepBackup(affected, await engine.backup(unit, options.ctx), options)), output = (await engine.apply(unit, plan, options.ctx)).output;
  } catch (err) {
    return failed("failed", message(err), { hash: plan.hash });
  }
  let last = output.trim().split(`
`).filter(Boolean).pop() ?? "applied", kept = { hash: plan.hash, ...backup ? { backup } : {} };
  try {
    await records.succeeded(id, { ...entry, at: now().toISOString(), result: "applied" });
  } catch (err) {
    return done(
      "applied",
      `${id}: ${last}
(applied, but not recorded on the status branch: ${message(err)})`,
      kept
    );
  }
  return done("applied", `${id}: ${last}`, kept);
}
function dependencies(affected, all) {
  let explicit = affected.unit?.dependsOn ?? [];
  if (affected.layer !== "applications" && affected.layer !== "config") return explicit;
  let rank = Layers.indexOf(affected.layer), below = all.filter(
    (other) => other.region === affected.region && Layers.indexOf(other.layer) < rank
  );
  return [...explicit, ...below.map((other) => other.id)];
}
async function applyUnits(options) {
  let results = [], blocked = /* @__PURE__ */ new Map();
  for (let layer of Layers) {
    let units = options.affected.filter((affected) => affected.layer === layer), ready = [];
    for (let affected of units) {
      let cause = dependencies(affected, options.affected).find((d) => blocked.has(d));
      if (!cause) {
        ready.push(affected);
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
  removed: "\u26A0\uFE0F"
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
function applyMarkdown(results, commit) {
  let ok = !applyFailed(results), rows = results.map(
    (r) => `| ${inlineCode(r.id)} | ${markdownText(r.layer)} | ${ICON[r.status]} ${markdownText(r.status)} | ${tableCell(markdownText(r.message.split(`
`)[0] ?? ""))} |`
  ), details = results.filter((r) => r.message.includes(`
`)).map(
    (r) => `<details><summary>${inlineCode(r.id)}</summary>

${fenced(r.message)}

</details>`
  );
  return [
    `### CloudNeutral apply at ${inlineCode(commit.slice(0, 12))}: ${ok ? "\u2705 done" : "\u274C not everything was applied"}`,
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
  let failed = options.results.filter((r) => isFailure(r.status)), applied = options.results.filter((r) => r.status === "applied").length;
  await gh.rest.repos.createCommitStatus({
    ...repo,
    sha: options.commit,
    context: STATUS_CONTEXT,
    state: failed.length > 0 ? "failure" : "success",
    description: (failed.length > 0 ? `${failed.length} unit(s) not applied: ${failed.map((r) => r.id).join(", ")}` : `${applied} unit(s) applied`).slice(0, 140),
    ...options.targetUrl ? { target_url: options.targetUrl } : {}
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
async function checkUnit(unit, options, open) {
  let policy = options.routes.get(unit.id)?.drift ?? "alert", base = { id: unit.id, policy }, engine = await (options.engineFor ?? engineFor)(unit.engine);
  try {
    let plan = await engine.plan(unit, options.ctx);
    if (!plan.changed)
      return await resolveAlert(options, open, unit), { ...base, status: "in-sync", message: `${unit.id}: no drift` };
    let what = plan.summary ? planMarkdown(plan.summary, { title: unit.id, open: !0, maxChars: 5e4 }) : fenced(plan.text), pending = options.pending?.has(unit.id) ?? !1;
    if (policy === "alert" || pending) {
      let where = options.github?.runUrl ? ` ([run](${options.github.runUrl}))` : "", why = pending ? "It also has changes that are not applied yet (waiting for review, refused or failed), so it is not corrected: apply it through a reviewed PR." : "Drift policy: **alert** \u2014 change it back, or change the configuration to match.", body = `### Drift in ${inlineCode(unit.id)}

The infrastructure no longer matches ${inlineCode(options.commit.slice(0, 12))}${where}. ${why}

${what}`, issue = await alert(options, open, unit, body), note = pending ? "drifted; alerted (changes pending apply)" : "drifted; alerted";
      return { ...base, status: "drifted", message: `${unit.id}: ${note}`, issue };
    }
    await options.records.claim(unit.id, options.commit, options.commit, options.now(), "correct");
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
    let text = errorMessage(err);
    return {
      ...base,
      status: "failed",
      message: err instanceof ConcurrentApplyError ? text : `${unit.id}: ${text}`
    };
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
  corrected: "\u{1F527}",
  failed: "\u274C"
};
function driftMarkdown(results, commit) {
  let drifted = results.filter((r) => r.status !== "in-sync").length;
  return [
    `### CloudNeutral drift check at ${inlineCode(commit.slice(0, 12))}: ${drifted} of ${results.length} unit(s) drifted or failed`,
    "",
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

// lib/apply/reviews.ts
async function pullReview(gh, repo, commit, author) {
  let { data: pulls } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: commit
  }), pull = pulls.find((p) => p.merge_commit_sha === commit && p.merged_at);
  if (!pull) return;
  let reviewed;
  for await (let page of gh.paginate.iterator(gh.rest.issues.listComments, {
    ...repo,
    issue_number: pull.number,
    per_page: 100
  }))
    for (let c of page.data)
      c.user?.login === author && (reviewed = readReviewed(parseMarker(c.body)) ?? reviewed);
  return reviewed ? reviewed.commit !== pull.head.sha ? {
    pull: pull.number,
    problem: `PR #${pull.number}'s plan comment is for ${reviewed.commit.slice(0, 12)}, but it was merged at ${pull.head.sha.slice(0, 12)}: its last push was never planned`
  } : { pull: pull.number, reviewed } : { pull: pull.number, problem: `PR #${pull.number} has no plan comment by ${author}` };
}
async function findReviews(gh, repo, options) {
  let cache = /* @__PURE__ */ new Map(), reviewOf = (commit) => {
    let p = cache.get(commit);
    return p || (p = pullReview(gh, repo, commit, options.author), cache.set(commit, p)), p;
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
  ), last = new Map(
    await Promise.all(
      units.map(async (u) => {
        let r = await options.records.read(u.id);
        return [u.id, r.pendingSince ?? r.lastApplied?.commit];
      })
    )
  ), fallback = !options.before || NULL_SHA.test(options.before) ? `${head}~1` : options.before, found = await affectedSinceApplied({
    repoDir: options.repoDir,
    infraDir,
    head,
    lastApplied: (id) => last.get(id),
    fallback
  }), configDir = options.configDir ?? "platform-config", trusted = await snapshotAt(options.repoDir, found.head, configDir), routes = await routeSinceApplied(
    options.repoDir,
    configDir,
    trusted.config,
    found.affected
  );
  return { ...found, routes };
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
    return found;
  }, reviews = (affected) => findReviews(gh, repo, {
    repoDir: options.repoDir,
    head: commit,
    sinceOf: new Map(affected.map((unit) => [unit.id, unit.since])),
    author: options.planAuthor
  });
  return {
    commit,
    records,
    infraDir,
    now,
    engineContext,
    scope,
    applyingScope,
    headPull: async () => {
      try {
        return (await reviews([])).headPull;
      } catch (err) {
        log.warning(`could not find the PR merged as ${commit.slice(0, 12)}: ${errorMessage(err)}`);
        return;
      }
    },
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
      ...options.engineFor ? { engineFor: options.engineFor } : {}
    }),
    publish: async (results, pull) => {
      let markdown = applyMarkdown(results, commit);
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
  }, result = await applyUnit(unit, await run.unitOptions(scope, [unit])), file = await writeUnitResult(options.resultsDir, result.id, result);
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
async function applyDrift(options) {
  let run = await session(options), scope = await run.scope(), results = await detectDrift({
    units: listUnits(run.infraDir),
    routes: scope.routes,
    pending: new Set(scope.affected.map((affected) => affected.id)),
    ctx: await run.engineContext(),
    records: run.records,
    commit: run.commit,
    run: options.run,
    now: run.now,
    github: options.github,
    ...options.engineFor ? { engineFor: options.engineFor } : {}
  }), failed = results.filter((r) => r.status === "failed"), drifted = results.filter((r) => r.status !== "in-sync").map((r) => r.id);
  return {
    results,
    markdown: driftMarkdown(results, run.commit),
    drifted,
    outputs: { drifted: JSON.stringify(drifted) },
    ...failed.length > 0 ? { failure: `drift: ${failed.map((r) => r.message.split(`
`)[0]).join("; ")}` } : {}
  };
}
export {
  applyAll,
  applyDrift,
  applyFailed,
  applyMatrix,
  applyReport,
  applyStack,
  isFailure,
  reviewGate
};
