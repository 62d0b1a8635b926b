import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  desiredRecordSets,
  gtmStatusPath,
  parseGtmRecord,
  trafficShares
} from "./chunk-CDZX4FQ5.js";
import "./chunk-F4ZNFUQ3.js";
import "./chunk-CBTUWG5K.js";
import "./chunk-J47NM74G.js";
import {
  recordPath
} from "./chunk-66DGTW55.js";
import {
  parseStatus,
  statusPath
} from "./chunk-Y6AZDA4C.js";
import {
  checkoutRoot
} from "./chunk-TRJHGE6R.js";
import {
  decodeTfvars,
  readNodeCount
} from "./chunk-WRVK7YPS.js";
import {
  listUnits
} from "./chunk-YDHX6COO.js";
import {
  resolveMatrix,
  routeComposition
} from "./chunk-6UBVXZZE.js";
import {
  htmlText
} from "./chunk-4WYCSGYA.js";
import {
  readBlobs
} from "./chunk-66JDLIDC.js";
import {
  git,
  gitText
} from "./chunk-ZPMZPS3A.js";
import {
  validateConfig
} from "./chunk-CS2LBCZH.js";
import {
  DNS_WEIGHTING
} from "./chunk-D3CWFSWO.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-STEYPZ26.js";
import "./chunk-WAWDWLZY.js";
import {
  DEFAULT_STATUS_BRANCH
} from "./chunk-KY6UT24Y.js";
import "./chunk-FM3IK77Q.js";
import "./chunk-XSFAT2KL.js";
import {
  Layers
} from "./chunk-R6XTO7R2.js";
import {
  ConfigurationError,
  UsageError
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/console/index.ts
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

// lib/console/git-read.ts
var MAX_DECISIONS = 100, MAX_POOL_COMMITS = 500;
async function readStatusBranch(repoDir, branch, historyOf) {
  let ref;
  for (let candidate of [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`])
    if ((await git(repoDir, ["rev-parse", "--verify", "--quiet", `${candidate}^{commit}`], {
      ok: [0, 1, 128]
    })).code === 0) {
      ref = candidate;
      break;
    }
  if (!ref) return;
  let head = (await commitLog(repoDir, ["-n", "1", ref]))[0].commit, names = (await gitText(repoDir, ["ls-tree", "-r", "-z", "--name-only", head.sha])).split("\0").filter((f2) => f2.endsWith(".json")), blobs = await readBlobs(
    repoDir,
    names.map((file) => ({ commit: head.sha, file }))
  ), files = /* @__PURE__ */ new Map();
  for (let [i, name] of names.entries()) files.set(name, parseJson(blobs[i]));
  let history = /* @__PURE__ */ new Map(), wanted = [];
  if (historyOf.length > 0) {
    for (let entry of await commitLog(repoDir, ["--name-only", ref, "--", ...historyOf]))
      for (let file of entry.files) {
        if (!file.endsWith(".json")) continue;
        wanted.filter((w) => w.file === file).length < MAX_DECISIONS && wanted.push({ commit: entry.commit, file });
      }
    let versions = await readBlobs(
      repoDir,
      wanted.map((w) => ({ commit: w.commit.sha, file: w.file }))
    );
    wanted.forEach((w, i) => {
      let list = history.get(w.file) ?? [];
      list.push({ ...w.commit, value: parseJson(versions[i]) }), history.set(w.file, list);
    });
  }
  return { ref, head, files, history };
}
async function firstParentVersions(repoDir, folder) {
  let out = /* @__PURE__ */ new Map();
  if ((await git(repoDir, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], {
    ok: [0, 1, 128]
  })).code !== 0) return out;
  let log = await commitLog(repoDir, [
    "--first-parent",
    "-m",
    "--name-only",
    `--max-count=${MAX_POOL_COMMITS}`,
    "HEAD",
    "--",
    folder
  ]), wanted = [];
  for (let entry of log.reverse())
    for (let file of new Set(entry.files)) wanted.push({ commit: entry.commit, file });
  let blobs = await readBlobs(
    repoDir,
    wanted.map((w) => ({ commit: w.commit.sha, file: w.file }))
  );
  return wanted.forEach((w, i) => {
    let b = blobs[i], list = out.get(w.file) ?? [];
    list.push({
      sha: w.commit.sha,
      at: w.commit.at,
      text: b instanceof Uint8Array ? Buffer.from(b).toString("utf8") : void 0
    }), out.set(w.file, list);
  }), out;
}
async function recentSubjects(repoDir, limit = 2e3) {
  let out = /* @__PURE__ */ new Map();
  if ((await git(repoDir, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], {
    ok: [0, 1, 128]
  })).code !== 0) return out;
  for (let { commit } of await commitLog(repoDir, [`--max-count=${limit}`, "HEAD"]))
    out.set(commit.sha, commit.message.split(`
`)[0] ?? "");
  return out;
}
async function commitLog(repoDir, args) {
  let text = await gitText(repoDir, ["log", "-z", "--format=%x1e%H%x00%cI%x00%B%x00", ...args]), out = [], records = [];
  for (let piece of text.split("").slice(1)) {
    let nul = piece.indexOf("\0");
    records.length > 0 && !/^[0-9a-f]{40,64}$/.test(piece.slice(0, Math.max(nul, 0))) ? records[records.length - 1] += `${piece}` : records.push(piece);
  }
  for (let record of records) {
    let [sha = "", at = "", message = "", ...rest] = record.split("\0"), files = rest.map((f2) => f2.replace(/^\n/, "")).filter((f2) => f2 !== "");
    out.push({ commit: { sha, at, message: message.trimEnd() }, files });
  }
  return out;
}
function parseJson(blob) {
  if (blob instanceof Uint8Array)
    try {
      return JSON.parse(Buffer.from(blob).toString("utf8"));
    } catch {
      return;
    }
}

// lib/console/html.ts
import { createHash } from "node:crypto";
var Html = class {
  constructor(text) {
    this.text = text;
  }
  text;
  toString() {
    return this.text;
  }
};
function part(v) {
  return v instanceof Html ? v.text : v == null || v === !1 ? "" : Array.isArray(v) ? v.map(part).join("") : htmlText(v);
}
function html(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += part(values[i]) + strings[i + 1];
  return new Html(out);
}
var join = (parts, sep = "") => new Html(parts.map(part).join(sep));
function anchor(prefix, name) {
  return `${prefix}-${name.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0).toString(16)}_`)}`;
}
var REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
function githubLink(repository, what, text) {
  let href;
  return REPOSITORY.test(repository) && ("commit" in what && /^[0-9a-f]{7,64}$/.test(what.commit) ? href = `https://github.com/${repository}/commit/${what.commit}` : "pull" in what && Number.isSafeInteger(what.pull) && what.pull > 0 ? href = `https://github.com/${repository}/pull/${what.pull}` : "run" in what && /^[0-9]{1,20}$/.test(what.run) && (href = `https://github.com/${repository}/actions/runs/${what.run}`)), href ? html`<a href="${href}">${text}</a>` : html`${text}`;
}
function when(iso) {
  let t = Date.parse(iso);
  return Number.isNaN(t) ? iso : `${new Date(t).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
var shortSha = (sha) => html`<code>${sha.slice(0, 12)}</code>`, PAGES = [
  { file: "index.html", title: "Cloud", nav: "Cloud" },
  { file: "traffic.html", title: "Traffic", nav: "Traffic" },
  { file: "capacity.html", title: "Capacity", nav: "Capacity" },
  { file: "changes.html", title: "Changes", nav: "Changes" },
  { file: "policy.html", title: "Policy", nav: "Policy" }
], CSS = `
:root{color-scheme:light;--fg:#1b1f24;--muted:#4d5663;--line:#cfd6de;--bg:#fff;--soft:#f3f5f8;--link:#0b57c2}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
header{background:#102a43;color:#fff;padding:.6rem 1.2rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
header p{margin:0;font-weight:600}
header a{color:#fff}
header code{background:transparent;color:#fff}
nav ul{list-style:none;margin:0;padding:0;display:flex;gap:.4rem;flex-wrap:wrap}
nav a{display:block;padding:.25rem .6rem;border-radius:4px;text-decoration:none}
nav a[aria-current=page]{background:#fff;color:#102a43;font-weight:600}
main{padding:1rem 1.2rem;max-width:1200px}
footer{padding:1rem 1.2rem;color:var(--muted);border-top:1px solid var(--line)}
a{color:var(--link)}
h1{font-size:1.5rem;margin:.2rem 0 .8rem}
h2{font-size:1.2rem;margin:1.6rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1.1rem 0 .4rem}
table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:14px}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft)}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
code{font:13px ui-monospace,SFMono-Regular,Menlo,monospace;background:var(--soft);padding:0 .2rem;border-radius:3px;overflow-wrap:anywhere}
.muted{color:var(--muted)}
.chips{display:inline-flex;flex-wrap:wrap;gap:.25rem;list-style:none;margin:0;padding:0}
.chips li a,.chips li span{display:inline-block;border:1px solid var(--line);border-radius:10px;padding:0 .45rem;font-size:13px}
.state-up{color:#116329}.state-degraded{color:#7a4d00}.state-down{color:#b3261e}
.state-applied{color:#116329}.state-pending,.state-held,.state-in-progress{color:#7a4d00}.state-failed{color:#b3261e}.state-never{color:var(--muted)}
figure{margin:.5rem 0 1rem}
figcaption{color:var(--muted);font-size:13px}
svg{max-width:100%;height:auto}
svg text{font:12px system-ui,sans-serif}
details>summary{cursor:pointer}
ul.tree{margin:.2rem 0;padding-left:1.2rem}
`, CSS_HASH = createHash("sha256").update(CSS).digest("base64");
function pageHtml(page, body, footer) {
  let csp = `default-src 'none'; style-src 'sha256-${CSS_HASH}'; img-src 'none'; base-uri 'none'; form-action 'none'`, nav = PAGES.map(
    (p) => html`<li><a href="${p.file}"${p.file === page.file ? html` aria-current="page"` : ""}>${p.nav}</a></li>`
  ), status = footer.statusHead ? html`status branch <code>${footer.statusBranch}</code> at ${githubLink(footer.repository, { commit: footer.statusHead.sha }, shortSha(footer.statusHead.sha))} (${when(footer.statusHead.at)})` : html`no status branch <code>${footer.statusBranch}</code> in this checkout: nothing recorded yet`;
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${page.title} · CloudNeutral console</title>
<style>${new Html(CSS)}</style>
</head><body>
<header><p>CloudNeutral · <code>${footer.repository}</code></p>
<nav aria-label="Console pages"><ul>${nav}</ul></nav></header>
<main id="main">
${body}
</main>
<footer>Built ${footer.builtAt} from the repository and ${status}. A static page: no script, no server.</footer>
</body></html>
`.text;
}

// lib/console/views.ts
var byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
function percent(x) {
  return `${Number((x * 100).toFixed(1))}%`;
}

// lib/console/model-config.ts
function tenantViews(config) {
  let services = /* @__PURE__ */ new Map();
  for (let s of config.byKind.Service) {
    let key = `${s.value.spec.tenant}\0${s.value.spec.project}\0${s.value.spec.env}`, list = services.get(key) ?? [];
    list.push({
      name: s.name,
      size: s.value.spec.size,
      runtime: s.value.spec.runtime,
      regions: s.value.spec.regions,
      ...s.value.spec.publicName ? { publicName: s.value.spec.publicName } : {}
    }), services.set(key, list);
  }
  let projects = /* @__PURE__ */ new Map();
  for (let p of config.byKind.Project) {
    let envs = p.value.spec.environments.map((env) => ({
      name: env,
      services: (services.get(`${p.value.spec.tenant}\0${p.name}\0${env}`) ?? []).sort(byName)
    })), list = projects.get(p.value.spec.tenant) ?? [];
    list.push({ name: p.name, owners: p.value.spec.owners, envs }), projects.set(p.value.spec.tenant, list);
  }
  return config.byKind.Tenant.map((t) => ({
    name: t.name,
    ...t.value.spec.displayName ? { displayName: t.value.spec.displayName } : {},
    owners: t.value.spec.owners,
    regions: t.value.spec.regions,
    budget: t.value.spec.budget.monthly,
    projects: (projects.get(t.name) ?? []).sort(byName)
  })).sort(byName);
}
function regionViews(config) {
  let served = /* @__PURE__ */ new Map();
  for (let s of config.byKind.Service)
    for (let r of s.value.spec.regions) served.set(r, (served.get(r) ?? 0) + 1);
  return config.byKind.Region.map((r) => {
    let s = r.value.spec;
    return {
      name: r.name,
      provider: s.provider,
      location: s.location,
      mode: s.nodePool.mode,
      min: s.nodePool.min,
      max: s.nodePool.max,
      weight: s.weight,
      addresses: s.ingress.addresses,
      ...s.nodePool.instanceType ? { instanceType: s.nodePool.instanceType } : {},
      services: served.get(r.name) ?? 0
    };
  }).sort(byName);
}
function policyView(config, matrix, matrixSource) {
  let envs = config.byKind.Environment.map((e) => ({
    name: e.name,
    approvals: e.value.spec.approvals,
    protected: e.value.spec.protected
  })), rules = [], bundles = [];
  for (let p of config.byKind.Policy) {
    let spec = p.value.spec, m = spec.match, match = [
      m?.kinds ? `kinds ${m.kinds.join(", ")}` : "",
      m?.lifecycles ? `layers ${m.lifecycles.join(", ")}` : "",
      m?.environments ? `environments ${m.environments.join(", ")}` : ""
    ].filter(Boolean).join("; ") || "everything";
    for (let v of spec.validations ?? [])
      rules.push({
        policy: p.name,
        ...spec.description ? { description: spec.description } : {},
        match,
        rule: v.expression,
        message: v.message,
        severity: v.severity ?? "deny"
      });
    spec.opa && bundles.push({ policy: p.name, bundle: spec.opa.bundle });
  }
  return {
    platformOwners: config.byKind.Platform[0]?.value.spec.owners ?? [],
    tenants: config.byKind.Tenant.map((t) => ({
      name: t.name,
      owners: t.value.spec.owners,
      projects: config.byKind.Project.filter((p) => p.value.spec.tenant === t.name).map((p) => ({ name: p.name, owners: p.value.spec.owners })).sort(byName)
    })).sort(byName),
    environments: envs,
    matrix,
    ...matrixSource ? { matrixSource } : {},
    gates: Layers.flatMap(
      (layer) => envs.map((e) => ({
        layer,
        env: e.name,
        approvals: Math.max(matrix[layer].approvals, e.approvals),
        window: matrix[layer].maintenanceWindow
      }))
    ),
    compositions: config.byKind.Composition.map((c) => ({
      name: c.name,
      layer: c.value.spec.lifecycle,
      regions: c.value.spec.regions,
      route: routeComposition(matrix, c.value)
    })).sort(byName),
    rules,
    bundles
  };
}

// lib/console/model-status.ts
function trafficViews(input) {
  let { config, status } = input, providers = config.byKind.Platform[0]?.value.spec.dns.providers ?? [], ingress = Object.fromEntries(
    config.byKind.Region.map((r) => [r.name, { addresses: r.value.spec.ingress.addresses }])
  );
  return config.byKind.GtmPolicy.map((p) => {
    let spec = p.value.spec, provider = providers.find((d) => d.name === spec.provider), weighting = provider ? DNS_WEIGHTING[provider.type] : "native", file = gtmStatusPath(p.name), raw = status?.files.get(file), parsed = raw === void 0 ? void 0 : parseGtmRecord(raw), record = typeof parsed == "object" ? parsed : void 0, regions = spec.regions.map((r) => {
      let state = record?.state.regions[r.region], figures = record?.degraded?.[r.region], weight = state ? state.weight : r.weight;
      if (!state)
        return {
          region: r.region,
          baseWeight: r.weight,
          weight,
          state: "up",
          evidence: "no decision recorded: up until evidence"
        };
      let counts = `${state.failures}/${spec.hysteresis.failures} failed probes in a row`;
      if (state.state === "down")
        return { region: r.region, baseWeight: r.weight, weight, state: "down", evidence: counts };
      if (figures) {
        let parts = [
          figures.errorRate !== void 0 ? `error rate ${percent(figures.errorRate)}` : "",
          figures.latencySeconds !== void 0 ? `latency ${figures.latencySeconds} s` : ""
        ].filter(Boolean);
        return {
          region: r.region,
          baseWeight: r.weight,
          weight,
          state: "degraded",
          evidence: `${parts.join(", ")}; ${counts}`
        };
      }
      return { region: r.region, baseWeight: r.weight, weight, state: "up", evidence: counts };
    }), shares = sharesOf(spec.publicName, regions, ingress, weighting), decisions = (status?.history.get(file) ?? []).flatMap((v) => {
      let rec = parseGtmRecord(v.value);
      if (typeof rec == "string") return [];
      let weights = Object.fromEntries(
        Object.entries(rec.state.regions).map(([name, s]) => [name, s.weight])
      );
      return [{ sha: v.sha, at: v.at, message: v.message, weights }];
    });
    return {
      policy: p.name,
      publicName: spec.publicName,
      provider: spec.provider,
      weighting,
      recorded: record !== void 0,
      failOpen: record?.failOpen ?? !1,
      alert: record?.alert ?? !1,
      dnsPending: record?.dnsPending ?? !1,
      regions: regions.map((r) => ({ ...r, share: shares[r.region] ?? 0 })),
      decisions,
      unlisted: Object.keys(record?.state.regions ?? {}).filter(
        (name) => !spec.regions.some((r) => r.region === name)
      ),
      ...typeof parsed == "string" ? { unreadable: `${file}: ${parsed}` } : {}
    };
  });
}
function sharesOf(publicName, regions, ingress, weighting) {
  let decision = {
    publicName,
    state: { regions: {} },
    regions: regions.map((r) => ({
      region: r.region,
      state: r.state === "down" ? "down" : "up",
      previousState: null,
      baseWeight: r.weight,
      previousWeight: null,
      weight: r.weight,
      reason: ""
    })),
    failOpen: !1,
    alert: !1
  }, mine = Object.fromEntries(
    regions.map((r) => [r.region, ingress[r.region] ?? { addresses: [] }])
  ), { records } = desiredRecordSets(decision, mine, 60, weighting);
  return trafficShares(records, mine);
}
function capacityViews(input) {
  let { config, status } = input, policies = new Map(config.byKind.AutoscalePolicy.map((a) => [a.value.spec.region, a]));
  return config.byKind.Region.map((r) => {
    let policy = policies.get(r.name)?.value.spec, file = `node-pool/${r.name}.tfvars`, history = [];
    for (let v of input.poolHistory.get(file) ?? []) {
      if (v.text === void 0) continue;
      let nodes2;
      try {
        nodes2 = readNodeCount(v.text, file).count;
      } catch {
        continue;
      }
      history.at(-1)?.nodes !== nodes2 && history.push({ sha: v.sha, at: v.at, nodes: nodes2, subject: input.subjects.get(v.sha) ?? "" });
    }
    let raw = status?.files.get(statusPath(r.name)), recorded = raw === void 0 ? void 0 : parseStatus(raw, r.name), nodes = input.nodeCounts.get(r.name);
    return {
      region: r.name,
      ...nodes !== void 0 ? { nodes } : {},
      min: policy?.min ?? r.value.spec.nodePool.min,
      max: policy?.max ?? r.value.spec.nodePool.max,
      autoscaled: policy !== void 0,
      history,
      recommendations: recorded?.recommendations ?? [],
      ...recorded?.last ? { last: recorded.last } : {},
      ...recorded?.pull ? { pull: { number: recorded.pull.number, desired: recorded.pull.desired } } : {},
      ...recorded?.rejected ? { rejected: recorded.rejected } : {},
      decisions: (status?.history.get(statusPath(r.name)) ?? []).map(({ value: _, ...c }) => c)
    };
  }).sort((a, b) => a.region < b.region ? -1 : 1);
}

// lib/console/model-units.ts
function unitViews(input, matrix) {
  let records = input.units.map(
    (u) => asUnitRecord(input.status?.files.get(recordPath(u.id)), u.id)
  ), lastApply;
  for (let r of records)
    r?.lastApplied && (!lastApply || r.lastApplied.at > lastApply.at) && (lastApply = { commit: r.lastApplied.commit, at: r.lastApplied.at, run: r.lastApplied.run });
  let compositions = input.config.byKind.Composition.map((c) => c.value);
  return { units: input.units.map((u, i) => {
    let record = records[i], route = matrix[u.layer];
    for (let c of compositions) {
      if (c.spec.lifecycle !== u.layer || !c.spec.regions.includes(u.region)) continue;
      let r = routeComposition(matrix, c);
      r.approvals > route.approvals && (route = { ...route, approvals: r.approvals });
    }
    let subject = record?.lastApplied ? input.subjects.get(record.lastApplied.commit) : void 0, pull = subject ? pullOf(subject) : void 0;
    return {
      id: u.id,
      layer: u.layer,
      region: u.region,
      engine: u.engine,
      dependsOn: u.dependsOn,
      route,
      state: unitState(record),
      ...record ? { record } : {},
      ...subject !== void 0 ? { subject } : {},
      ...pull !== void 0 ? { pull } : {},
      inLastApply: lastApply !== void 0 && record?.lastApplied?.run === lastApply.run && record.lastApplied.commit === lastApply.commit
    };
  }), ...lastApply ? { lastApply } : {} };
}
function unitState(r) {
  return r ? r.inProgress ? "in-progress" : r.held ? "held" : r.lastFailure && r.pendingSince ? "failed" : r.pendingSince ? "pending" : r.lastApplied ? "applied" : "never" : "never";
}
function pullOf(subject) {
  let m = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
  return m ? Number(m[1]) : void 0;
}
function asUnitRecord(value, unit) {
  if (typeof value != "object" || value === null || Array.isArray(value)) return;
  let v = value, entry = (e) => {
    if (typeof e != "object" || e === null) return;
    let o = e;
    return typeof o.commit == "string" && typeof o.at == "string" ? {
      commit: o.commit,
      hash: typeof o.hash == "string" ? o.hash : "",
      at: o.at,
      run: typeof o.run == "string" ? o.run : String(o.run ?? ""),
      result: o.result === "no-changes" ? "no-changes" : "applied"
    } : void 0;
  }, strings = (o, keys) => {
    if (typeof o != "object" || o === null) return;
    let r = o;
    return keys.every((k) => typeof r[k] == "string") ? r : void 0;
  }, lastApplied = entry(v.lastApplied), applied = Array.isArray(v.applied) ? v.applied.map(entry).filter((e) => e !== void 0) : [], record = { unit, applied };
  lastApplied && (record.lastApplied = lastApplied), typeof v.pendingSince == "string" && (record.pendingSince = v.pendingSince);
  let progress = strings(v.inProgress, ["commit", "run", "since"]);
  progress && (record.inProgress = { commit: progress.commit, run: progress.run, since: progress.since });
  let failure = strings(v.lastFailure, ["commit", "run", "at", "error"]);
  failure && (record.lastFailure = {
    commit: failure.commit,
    run: failure.run,
    at: failure.at,
    error: failure.error
  });
  let held = strings(v.held, ["commit", "run", "at", "until"]);
  held && (record.held = { commit: held.commit, run: held.run, at: held.at, until: held.until });
  let correction = strings(v.lastCorrection, ["commit", "hash", "run", "at"]);
  return correction && (record.lastCorrection = {
    commit: correction.commit,
    hash: correction.hash,
    run: correction.run,
    at: correction.at
  }), record;
}

// lib/console/model.ts
function consoleData(input) {
  let { config } = input, platform = config.byKind.Platform[0]?.value.spec, matrixDoc = config.byKind.DecisionMatrix[0], matrix = resolveMatrix(matrixDoc);
  return {
    repository: platform?.repository ?? "",
    builtAt: input.builtAt.toISOString(),
    statusBranch: input.statusBranch,
    ...input.status ? { statusHead: input.status.head } : {},
    tenants: tenantViews(config),
    regions: regionViews(config),
    traffic: trafficViews(input),
    capacity: capacityViews(input),
    ...unitViews(input, matrix),
    policy: policyView(config, matrix, matrixDoc?.name),
    counts: {
      services: config.byKind.Service.length,
      regions: config.byKind.Region.length,
      units: input.units.length
    }
  };
}
function nodeCountOf(bytes, file) {
  if (bytes)
    try {
      return readNodeCount(decodeTfvars(bytes, file), file).count;
    } catch {
      return;
    }
}

// lib/console/svg.ts
var PALETTE = [
  "#0b57c2",
  "#b3261e",
  "#116329",
  "#7a4d00",
  "#6f3fb5",
  "#00677f",
  "#a4336b"
], f = (n) => Number(n.toFixed(1));
function stepChart(options) {
  let width = options.width ?? 640, height = 220, pad = { l: 44, r: 110, t: 26, b: 28 }, all = options.series.flatMap((s) => s.points);
  if (all.length === 0) return html``;
  let values = [...all.map((p) => p.v), ...(options.marks ?? []).map((m) => m.v)], t0 = Math.min(...all.map((p) => p.t)), t1 = Math.max(options.until, ...all.map((p) => p.t), t0 + 1), v0 = Math.min(0, ...values), v1 = Math.max(...values, v0 + 1), x = (t) => f(pad.l + (t - t0) / (t1 - t0) * (width - pad.l - pad.r)), y = (v) => f(height - pad.b - (v - v0) / (v1 - v0) * (height - pad.t - pad.b)), id = options.id, ticks = niceTicks(v0, v1), lines = options.series.map((s, i) => {
    let colour = PALETTE[i % PALETTE.length];
    if (s.dots)
      return join(
        s.points.map(
          (p) => html`<circle cx="${x(p.t)}" cy="${y(p.v)}" r="3.5" fill="none" stroke="${colour}" stroke-width="1.5"/>`
        )
      );
    let d = "";
    return s.points.forEach((p, k) => {
      d += k === 0 ? `M${x(p.t)} ${y(p.v)}` : `H${x(p.t)}V${y(p.v)}`;
    }), s.points.at(-1) && (d += `H${x(t1)}`), html`<path d="${d}" fill="none" stroke="${colour}" stroke-width="2"/>`;
  }), legend = options.series.map(
    (s, i) => html`<text x="${width - pad.r + 8}" y="${pad.t + 12 + i * 16}" fill="${PALETTE[i % PALETTE.length]}">${s.dots ? "\u25CB " : "\u2014 "}${s.label}</text>`
  ), marks = (options.marks ?? []).map(
    (m) => html`<line x1="${pad.l}" x2="${width - pad.r}" y1="${y(m.v)}" y2="${y(m.v)}" stroke="#8a949e" stroke-dasharray="4 3"/><text x="${pad.l + 4}" y="${y(m.v) - 3}">${m.label} ${m.v}</text>`
  );
  return html`<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}"><title id="${id}">${options.title}</title>
<g>${ticks.map((v) => html`<line x1="${pad.l}" x2="${width - pad.r}" y1="${y(v)}" y2="${y(v)}" stroke="#e3e8ee"/><text x="${pad.l - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`)}</g>
<text x="${pad.l}" y="${height - 8}">${day(t0)}</text><text x="${width - pad.r}" y="${height - 8}" text-anchor="end">${day(t1)}</text>
<text x="4" y="12">${options.yLabel}</text>
${marks}${lines}${legend}</svg>`;
}
function shareBar(id, title, parts) {
  let at = 0, segments = parts.filter((p) => p.share > 0).map((p, i) => {
    let w = p.share * 640, seg = html`<rect x="${f(at)}" y="4" width="${f(w)}" height="22" fill="${PALETTE[i % PALETTE.length]}"/>${w > 70 ? html`<text x="${f(at + 6)}" y="20" fill="#fff">${p.label} ${pct(p.share)}</text>` : ""}`;
    return at += w, seg;
  }), none = at === 0 ? html`<text x="6" y="20">no region in the answer</text>` : "";
  return html`<svg viewBox="0 0 ${640} ${46}" width="${640}" height="${46}" role="img" aria-labelledby="${id}"><title id="${id}">${title}</title><rect x="0" y="4" width="${640}" height="22" fill="#eef1f5"/>${segments}${none}</svg>`;
}
var STATE_FILL = {
  applied: "#dff3e4",
  pending: "#fff1cc",
  held: "#fff1cc",
  "in-progress": "#fff1cc",
  failed: "#fbe0dd",
  never: "#eef1f5"
};
function layerGraph(id, title, columns, nodes) {
  let rows = /* @__PURE__ */ new Map(), pos = /* @__PURE__ */ new Map();
  for (let n of nodes) {
    let row = rows.get(n.column) ?? 0;
    rows.set(n.column, row + 1), pos.set(n.id, { x: 10 + n.column * 190, y: 30 + row * 30 });
  }
  let width = columns.length * 190 + 10, height = 30 + Math.max(1, ...rows.values()) * 30 + 10, boxW = 160, edges = nodes.flatMap(
    (n) => n.dependsOn.flatMap((d) => {
      let a = pos.get(d), b = pos.get(n.id);
      return !a || !b ? [] : [
        html`<path d="M${a.x + boxW} ${a.y + 11}C${a.x + boxW + 15} ${a.y + 11} ${b.x - 15} ${b.y + 11} ${b.x} ${b.y + 11}" fill="none" stroke="#8a949e"/>`
      ];
    })
  ), boxes = nodes.map((n) => {
    let p = pos.get(n.id);
    return html`<g><rect x="${p.x}" y="${p.y}" width="${boxW}" height="22" rx="4" fill="${STATE_FILL[n.state] ?? "#eef1f5"}" stroke="${n.emphasis ? "#0b57c2" : "#8a949e"}" stroke-width="${n.emphasis ? 2.5 : 1}"/><text x="${p.x + 6}" y="${p.y + 15}">${n.label.length > 24 ? `${n.label.slice(0, 23)}\u2026` : n.label}</text></g>`;
  }), heads = columns.map(
    (c, i) => html`<text x="${10 + i * 190}" y="18" font-weight="600">${c}</text>`
  );
  return html`<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}"><title id="${id}">${title}</title>${heads}${edges}${boxes}</svg>`;
}
function pct(x) {
  return `${Number((x * 100).toFixed(1))}%`;
}
function day(t) {
  return new Date(t).toISOString().slice(0, 16).replace("T", " ");
}
function niceTicks(lo, hi) {
  let span = hi - lo, step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1e3].find((s) => span / s <= 5) ?? 1e3, out = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) out.push(v);
  return out;
}

// lib/console/pages-capacity.ts
var LISTED = 10;
function capacityPage(data) {
  return html`<h1>Capacity</h1>
<p>Node counts from <code>infra/node-pool/&lt;region&gt;.tfvars</code> along the main branch's first-parent history (a merged pull request counts from its merge); the autoscaler's recommendations and its open pull requests as it recorded them on the status branch (<code>autoscale/&lt;region&gt;.json</code>): the console reads no API, so a pull request closed since the last run still shows until the next one.</p>
<table class="capacity"><thead><tr><th scope="col">region</th><th scope="col" class="n">nodes</th><th scope="col" class="n">min</th><th scope="col" class="n">max</th><th scope="col">last recommendation</th><th scope="col">open autoscale PR</th></tr></thead><tbody>
${data.capacity.map(
    (c) => html`<tr data-region="${c.region}"><th scope="row"><a href="#${anchor("capacity", c.region)}">${c.region}</a></th><td class="n nodes">${c.nodes ?? "?"}</td><td class="n">${c.min}</td><td class="n">${c.max}</td><td>${c.last ? html`${c.last.recommendation} (${when(c.last.at)})` : html`<span class="muted">none</span>`}</td><td>${pullCell(data, c)}</td></tr>`
  )}
</tbody></table>
${data.capacity.map((c) => regionSection(data, c))}`;
}
function pullCell(data, c) {
  return c.pull ? html`${githubLink(data.repository, { pull: c.pull.number }, `#${c.pull.number}`)} → ${c.pull.desired} nodes` : html`<span class="muted">none</span>`;
}
function regionSection(data, c) {
  let id = anchor("capacity", c.region), now = Date.parse(data.builtAt), series = [
    { label: "nodes", points: c.history.map((h) => ({ t: Date.parse(h.at), v: h.nodes })) },
    ...c.recommendations.length > 0 ? [
      {
        label: "recommended",
        dots: !0,
        points: c.recommendations.map((r) => ({ t: Date.parse(r.at), v: r.nodes }))
      }
    ] : []
  ], chart = c.history.length + c.recommendations.length > 0 ? html`<figure>${stepChart({
    id: `${id}-chart`,
    title: `${c.region}: node count over time, with the autoscaler's recommendations`,
    yLabel: "nodes",
    until: now,
    series,
    marks: [
      { label: "min", v: c.min },
      { label: "max", v: c.max }
    ]
  })}<figcaption>Node count (line) and recommendations (circles); dashed lines are the bounds.</figcaption></figure>` : html`<p class="muted">No history of the node-pool file in this checkout.</p>`;
  return html`<section aria-labelledby="${id}">
<h2 id="${id}">${c.region}: ${c.nodes ?? "?"} nodes</h2>
<p>${c.autoscaled ? html`Autoscaled between ${c.min} and ${c.max} nodes.` : html`No AutoscalePolicy: the pool's bounds are ${c.min}–${c.max}.`}${c.rejected ? html` A person declined ${c.rejected.nodes} nodes by closing #${c.rejected.pull} (${when(c.rejected.at)}).` : ""}</p>
${c.last ? html`<p>Last decision (${when(c.last.at)}): ${c.last.current} → ${c.last.desired} nodes, recommended ${c.last.recommendation}. ${c.last.reason}</p>` : ""}
${chart}
${c.history.length > 0 ? html`<details><summary>${c.history.length} count change(s) on the main branch</summary><table><thead><tr><th scope="col">when</th><th scope="col">commit</th><th scope="col" class="n">nodes</th><th scope="col">merged</th></tr></thead><tbody>${[
    ...c.history
  ].reverse().slice(0, LISTED).map((h) => {
    let pull = pullOf(h.subject);
    return html`<tr><td>${when(h.at)}</td><td>${githubLink(data.repository, { commit: h.sha }, shortSha(h.sha))}</td><td class="n">${h.nodes}</td><td>${pull ? githubLink(data.repository, { pull }, `#${pull}`) : h.subject}</td></tr>`;
  })}</tbody></table></details>` : ""}
${c.decisions.length > 0 ? html`<details><summary>${c.decisions.length} autoscaler decision(s) recorded</summary><table><thead><tr><th scope="col">when</th><th scope="col">decision and reason</th></tr></thead><tbody>${c.decisions.slice(0, LISTED).map(
    (d) => html`<tr><td>${when(d.at)}</td><td>${d.message}</td></tr>`
  )}</tbody></table></details>` : ""}
</section>`;
}

// lib/console/pages-changes.ts
function changesPage(data) {
  let last = data.lastApply, columns = Layers.filter((l) => data.units.some((u) => u.layer === l)), graph = data.units.length > 0 ? html`<figure>${layerGraph(
    "apply-graph",
    "Units in apply order, layer by layer; the last apply's units outlined",
    columns,
    data.units.map((u) => ({
      id: u.id,
      column: columns.indexOf(u.layer),
      label: u.id,
      state: u.state,
      emphasis: u.inLastApply,
      dependsOn: u.dependsOn
    }))
  )}<figcaption>Left to right: foundation first. Green applied, amber pending or held, red failed, grey never applied; a thick outline marks the last apply's units.</figcaption></figure>` : html`<p class="muted">No units in infra/.</p>`, waiting = data.units.filter((u) => u.state !== "applied" && u.state !== "never");
  return html`<h1>Changes</h1>
<p>${last ? html`Last apply: ${githubLink(data.repository, { commit: last.commit }, shortSha(last.commit))} at ${when(last.at)} (run ${githubLink(data.repository, { run: last.run }, last.run)}).` : html`Nothing applied yet: no unit has a record on the status branch.`} ${waiting.length} unit(s) pending, held or failing.</p>
${graph}
<table class="units"><thead><tr><th scope="col">unit</th><th scope="col">layer</th><th scope="col">state</th><th scope="col">last applied</th><th scope="col">PR</th><th scope="col">why not applied</th><th scope="col">drift</th></tr></thead><tbody>
${data.units.map((u) => unitRow(data, u))}
</tbody></table>`;
}
function unitRow(data, u) {
  let r = u.record, applied = r?.lastApplied ? html`${githubLink(data.repository, { commit: r.lastApplied.commit }, shortSha(r.lastApplied.commit))} <span class="muted">${when(r.lastApplied.at)}, ${r.lastApplied.result}</span>` : html`<span class="muted">never</span>`, pull = u.pull ? githubLink(data.repository, { pull: u.pull }, `#${u.pull}`) : u.subject ? html`<span class="muted">${u.subject}</span>` : "", why = r ? r.inProgress ? html`being applied by run ${r.inProgress.run} since ${when(r.inProgress.since)}` : r.held ? html`held for the maintenance window until ${when(r.held.until)} (changes since ${shortSha(r.pendingSince ?? r.held.commit)})` : r.lastFailure && r.pendingSince ? html`failed at ${shortSha(r.lastFailure.commit)} (${when(r.lastFailure.at)}): ${r.lastFailure.error.split(`
`)[0]}` : r.pendingSince ? html`pending since ${shortSha(r.pendingSince)}` : "" : "", drift = html`${u.route.drift === "correct" ? "corrects drift" : "alerts on drift"} (${u.route.reconcile})${r?.lastCorrection ? html`; last corrected to ${shortSha(r.lastCorrection.commit)} at ${when(r.lastCorrection.at)}` : ""}`;
  return html`<tr data-unit="${u.id}"><th scope="row">${u.id}</th><td>${u.layer}</td><td class="state-${u.state}">${u.state}</td><td class="applied">${applied}</td><td>${pull}</td><td>${why}</td><td>${drift}</td></tr>`;
}

// lib/console/pages-cloud.ts
var BACKENDS_FILE = "backends.html";
function cloudPage(data) {
  let services = (list) => list.length === 0 ? html`<p class="muted">no services</p>` : html`<table><thead><tr><th scope="col">service</th><th scope="col">size</th><th scope="col">runtime</th><th scope="col">regions</th><th scope="col">public name</th></tr></thead><tbody>${list.map(
    (s) => html`<tr><td>${s.name}</td><td>${s.size}</td><td>${s.runtime}</td><td><ul class="chips">${s.regions.map(
      (r) => html`<li><a href="${BACKENDS_FILE}#${anchor("region", r)}">${r}</a></li>`
    )}</ul></td><td>${s.publicName ?? ""}</td></tr>`
  )}</tbody></table>`, tenants = data.tenants.map(
    (t) => html`<section aria-labelledby="${anchor("tenant", t.name)}">
<h2 id="${anchor("tenant", t.name)}">Tenant ${t.name}${t.displayName ? html` <span class="muted">— ${t.displayName}</span>` : ""}</h2>
<p>Regions allowed: ${t.regions.join(", ")}. Monthly budget: ${t.budget} USD. Owners: ${t.owners.join(", ")}.</p>
${t.projects.map(
      (p) => html`<h3>Project ${t.name} / ${p.name}</h3>
${p.envs.map((e) => html`<details${e.services.length > 0 && e.services.length <= 50 ? html` open` : ""}><summary>${e.name}: ${e.services.length} service(s)</summary>${services(e.services)}</details>`)}`
    )}
</section>`
  );
  return html`<h1>Cloud</h1>
<p>${data.counts.services} services of ${data.tenants.length} tenants over ${data.counts.regions} virtual regions. Where a region really runs is on <a href="${BACKENDS_FILE}">Region backends</a>.</p>
${tenants}`;
}
function backendsPage(data) {
  return html`<h1>Region backends</h1>
<p>Each virtual region and the real cloud behind it. <a href="index.html">Back to the virtual cloud</a>.</p>
<table><thead><tr><th scope="col">region</th><th scope="col">provider</th><th scope="col">location</th><th scope="col">pool mode</th><th scope="col" class="n">min</th><th scope="col" class="n">max</th><th scope="col">instance type</th><th scope="col" class="n">base weight</th><th scope="col">ingress</th><th scope="col" class="n">services</th></tr></thead><tbody>
${data.regions.map(
    (r) => html`<tr id="${anchor("region", r.name)}"><th scope="row">${r.name}</th><td>${r.provider}</td><td>${r.location}</td><td>${r.mode}</td><td class="n">${r.min}</td><td class="n">${r.max}</td><td>${r.instanceType ?? ""}</td><td class="n">${r.weight}</td><td>${r.addresses.join(", ")}</td><td class="n">${r.services}</td></tr>`
  )}
</tbody></table>`;
}

// lib/console/pages-policy.ts
function policyPage(data) {
  let p = data.policy, envs = p.environments;
  return html`<h1>Policy</h1>
<h2>Owners</h2>
<p>Platform owners (approve policy, matrix, region, size, environment, GTM and autoscale changes): ${p.platformOwners.join(", ")}.</p>
<table><thead><tr><th scope="col">tenant</th><th scope="col">tenant owners</th><th scope="col">project</th><th scope="col">project owners</th></tr></thead><tbody>
${p.tenants.flatMap(
    (t) => (t.projects.length > 0 ? t.projects : [{ name: "", owners: [] }]).map(
      (pr) => html`<tr><th scope="row">${t.name}</th><td>${t.owners.join(", ")}</td><td>${pr.name}</td><td>${pr.owners.join(", ")}</td></tr>`
    )
  )}
</tbody></table>
<h2>Gates per layer and environment</h2>
<p>Approvals a change needs: the larger of what its layer's row and its environment ask for; rows marked “window” also wait for the region's maintenance window.</p>
<table class="gates"><thead><tr><th scope="col">layer</th>${envs.map((e) => html`<th scope="col" class="n">${e.name}${e.protected ? " (protected)" : ""}</th>`)}</tr></thead><tbody>
${Layers.map(
    (layer) => html`<tr><th scope="row">${layer}</th>${envs.map((e) => {
      let g = p.gates.find((x) => x.layer === layer && x.env === e.name);
      return html`<td class="n">${g.approvals}${g.window ? " + window" : ""}</td>`;
    })}</tr>`
  )}
</tbody></table>
<h2>Decision matrix</h2>
<p>${p.matrixSource ? html`Built-in rows with the overrides of DecisionMatrix <code>${p.matrixSource}</code>.` : "The built-in rows: no DecisionMatrix document overrides them."}</p>
<table class="matrix"><thead><tr><th scope="col">layer</th><th scope="col">engine</th><th scope="col">reconcile</th><th scope="col">drift</th><th scope="col" class="n">approvals</th><th scope="col">window</th><th scope="col">backup</th><th scope="col">gate</th></tr></thead><tbody>
${Layers.map((l) => {
    let r = p.matrix[l];
    return html`<tr><th scope="row">${l}</th><td>${r.engine}</td><td>${r.reconcile}</td><td>${r.drift}</td><td class="n">${r.approvals}</td><td>${r.maintenanceWindow ? "yes" : "no"}</td><td>${r.backup}</td><td>${r.gate}</td></tr>`;
  })}
</tbody></table>
${p.compositions.length > 0 ? html`<h3>Compositions as routed</h3><table><thead><tr><th scope="col">composition</th><th scope="col">layer</th><th scope="col">regions</th><th scope="col">engine</th><th scope="col" class="n">approvals</th><th scope="col">backup</th></tr></thead><tbody>${p.compositions.map(
    (c) => html`<tr><th scope="row">${c.name}</th><td>${c.layer}</td><td>${c.regions.join(", ")}</td><td>${c.route.engine}</td><td class="n">${c.route.approvals}</td><td>${c.route.backup}</td></tr>`
  )}</tbody></table>` : ""}
<h2>Rules</h2>
${p.rules.length + p.bundles.length === 0 ? html`<p class="muted">No Policy documents.</p>` : html`<table><thead><tr><th scope="col">policy</th><th scope="col">applies to</th><th scope="col">rule</th><th scope="col">message</th><th scope="col">severity</th></tr></thead><tbody>${p.rules.map(
    (r) => html`<tr><th scope="row">${r.policy}${r.description ? html`<br><span class="muted">${r.description}</span>` : ""}</th><td>${r.match}</td><td><code>${r.rule}</code></td><td>${r.message}</td><td>${r.severity}</td></tr>`
  )}${p.bundles.map((b) => html`<tr><th scope="row">${b.policy}</th><td>OPA bundle</td><td><code>${b.bundle}</code></td><td></td><td></td></tr>`)}</tbody></table>`}`;
}

// lib/console/pages-traffic.ts
var LISTED2 = 30;
function trafficPage(data) {
  return data.traffic.length === 0 ? html`<h1>Traffic</h1><p>No GtmPolicy in platform-config: no public name is steered.</p>` : html`<h1>Traffic</h1>
<p>Effective weights as the last recorded GTM decision serves them, from <code>gtm/&lt;policy&gt;.json</code> on the status branch; each commit there is one decision.</p>
${data.traffic.map((t) => policySection(data, t))}`;
}
function policySection(data, t) {
  let id = anchor("gtm", t.policy), flags = [
    t.alert ? "every weighted region is down: alert raised" : "",
    t.failOpen ? "failing open: base weights served" : "",
    t.dnsPending ? "the DNS does not serve this decision yet" : ""
  ].filter(Boolean), how = t.weighting === "native" ? html`<code>${t.provider}</code> weights answers natively: shares follow the weights.` : html`<code>${t.provider}</code> can only include or drop a region: every address in the answer gets an equal share.`, now = Date.parse(data.builtAt), regionNames = t.regions.map((r) => r.region), chartable = [...t.decisions].reverse(), chart = chartable.length > 0 ? html`<figure>${stepChart({
    id: `${id}-chart`,
    title: `${t.publicName}: effective weight per region over time`,
    yLabel: "weight",
    until: now,
    series: regionNames.map((r) => ({
      label: r,
      points: chartable.map((d) => ({ t: Date.parse(d.at), v: d.weights[r] ?? 0 }))
    }))
  })}<figcaption>Effective weights after each recorded decision (the table below lists them).</figcaption></figure>` : "";
  return html`<section aria-labelledby="${id}">
<h2 id="${id}"><code>${t.publicName}</code> <span class="muted">(GtmPolicy ${t.policy})</span></h2>
${t.unreadable ? html`<p class="state-down">The record could not be read (${t.unreadable}); showing base weights.</p>` : ""}
${t.recorded ? "" : html`<p class="muted">No decision recorded on the status branch yet: base weights from the policy.</p>`}
${flags.length > 0 ? html`<p class="state-down">${flags.join("; ")}.</p>` : ""}
${t.unlisted.length > 0 ? html`<p>The record also holds ${t.unlisted.map((r, i) => html`${i > 0 ? ", " : ""}<code>${r}</code>`)}, which the policy no longer lists.</p>` : ""}
<p>${how}</p>
<figure>${shareBar(
    `${id}-shares`,
    `${t.publicName}: traffic shares`,
    t.regions.map((r) => ({ label: r.region, share: r.share }))
  )}<figcaption>Share of answers per region.</figcaption></figure>
<table class="weights"><thead><tr><th scope="col">region</th><th scope="col">state</th><th scope="col" class="n">base weight</th><th scope="col" class="n">effective weight</th><th scope="col" class="n">share</th><th scope="col">evidence</th></tr></thead><tbody>
${t.regions.map(
    (r) => html`<tr data-region="${r.region}"><th scope="row">${r.region}</th><td class="state-${r.state}">${r.state}</td><td class="n">${r.baseWeight}</td><td class="n weight">${r.weight}</td><td class="n share">${percent(r.share)}</td><td>${r.evidence}</td></tr>`
  )}
</tbody></table>
<h3>Decisions</h3>
${chart}
${t.decisions.length === 0 ? html`<p class="muted">No decision in the status branch's history.</p>` : html`<table class="decisions"><thead><tr><th scope="col">when</th><th scope="col">commit</th><th scope="col">decision and reason</th>${regionNames.map((r) => html`<th scope="col" class="n">${r}</th>`)}</tr></thead><tbody>
${t.decisions.slice(0, LISTED2).map(
    (d) => html`<tr><td>${when(d.at)}</td><td>${githubLink(data.repository, { commit: d.sha }, shortSha(d.sha))}</td><td>${d.message}</td>${regionNames.map((r) => html`<td class="n">${d.weights[r] ?? ""}</td>`)}</tr>`
  )}
</tbody></table>${t.decisions.length > LISTED2 ? html`<p class="muted">${t.decisions.length - LISTED2} older decision(s) in the chart only.</p>` : ""}`}
</section>`;
}

// lib/console/index.ts
var MARKER = ".cloudneutral-console", BODIES = {
  "index.html": cloudPage,
  "traffic.html": trafficPage,
  "capacity.html": capacityPage,
  "changes.html": changesPage,
  "policy.html": policyPage
};
function consoleSite(data) {
  let footer = {
    repository: data.repository,
    builtAt: data.builtAt,
    statusBranch: data.statusBranch,
    ...data.statusHead ? { statusHead: data.statusHead } : {}
  }, files = /* @__PURE__ */ new Map();
  for (let page of PAGES) files.set(page.file, pageHtml(page, BODIES[page.file](data), footer));
  let backends = { file: BACKENDS_FILE, title: "Region backends", nav: "" };
  return files.set(BACKENDS_FILE, pageHtml(backends, backendsPage(data), footer)), files;
}
async function readConsoleData(options) {
  if (options.statusBranch !== void 0 && !/^[A-Za-z0-9._/-]+$/.test(options.statusBranch))
    throw new UsageError(
      `status branch ${JSON.stringify(options.statusBranch)} is not a branch name (letters, digits and . _ / - only)`
    );
  let infraDir = path.resolve(options.infraDir), root = await checkoutRoot(path.resolve(options.configDir)), guess = options.statusBranch ?? DEFAULT_STATUS_BRANCH, poolFolder = root ? path.relative(root, path.join(infraDir, "node-pool")) : "", reads = root ? Promise.all([
    readStatusBranch(root, guess, ["gtm", "autoscale"]),
    firstParentVersions(root, poolFolder.split(path.sep).join("/")),
    recentSubjects(root)
  ]) : Promise.resolve([void 0, /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()]), [{ config, problems }, [guessed, history, subjects]] = await Promise.all([
    validateConfig(options.configDir),
    reads
  ]);
  if (problems.length > 0) throw new ConfigurationError(problems);
  let statusBranch = options.statusBranch ?? config.byKind.Platform[0]?.value.spec.statusBranch ?? DEFAULT_STATUS_BRANCH, status = root && statusBranch !== guess ? await readStatusBranch(root, statusBranch, ["gtm", "autoscale"]) : guessed, units = listUnits(infraDir), nodeCounts = /* @__PURE__ */ new Map();
  await Promise.all(
    config.byKind.Region.map(async ({ name: region }) => {
      let file = path.join(infraDir, "node-pool", `${region}.tfvars`), count = nodeCountOf(await readFile(file).catch(() => {
      }), file);
      count !== void 0 && nodeCounts.set(region, count);
    })
  );
  let poolHistory = new Map(
    [...history].map(([file, points]) => [
      path.posix.relative(
        path.relative(root ?? "", infraDir).split(path.sep).join("/"),
        file
      ),
      points
    ])
  );
  return consoleData({
    config,
    units,
    nodeCounts,
    poolHistory,
    status,
    statusBranch,
    subjects,
    builtAt: options.now ?? /* @__PURE__ */ new Date()
  });
}
async function buildConsole(options) {
  let out = path.resolve(options.out), present = await readdir(out).catch(() => {
  });
  if (present && present.length > 0 && !present.includes(MARKER))
    throw new UsageError(
      `refusing to replace ${options.out}: it is not empty and not a site console build wrote (no ${MARKER} in it)`
    );
  let data = await readConsoleData(options), site = consoleSite(data), staging = `${out}.tmp-${randomBytes(4).toString("hex")}`;
  await mkdir(staging, { recursive: !0 });
  try {
    let files = [];
    for (let [file, text] of site)
      await writeFile(path.join(staging, file), text), files.push({ file, bytes: Buffer.byteLength(text) });
    return await writeFile(path.join(staging, MARKER), `written by cloudneutral console build
`), await rm(out, { recursive: !0, force: !0 }), await rename(staging, out), { out, files, bytes: files.reduce((n, f2) => n + f2.bytes, 0), data };
  } catch (err) {
    throw await rm(staging, { recursive: !0, force: !0 }), err;
  }
}
export {
  MARKER,
  buildConsole,
  consoleSite,
  readConsoleData
};
