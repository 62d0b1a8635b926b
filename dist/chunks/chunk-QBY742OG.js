import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  decisionChanged,
  desiredRecordSets,
  gtmRecord,
  gtmStatusPath,
  parseGtmRecord,
  recordMessage,
  sameRecord,
  trafficShares
} from "./chunk-CDZX4FQ5.js";
import {
  createZoneFileProvider
} from "./chunk-VOZ56BNN.js";
import {
  shadowConflicts
} from "./chunk-F4ZNFUQ3.js";
import {
  gtmRunMarkdown
} from "./chunk-564VSPFL.js";
import {
  loadGtmSetup
} from "./chunk-QBRJVGJW.js";
import {
  DEFAULT_MAX_CHANGE_RATIO,
  assessSafety,
  byNameThenType,
  percent,
  planChangeCount
} from "./chunk-XQWHKO4R.js";
import {
  normalizeName
} from "./chunk-J47NM74G.js";
import {
  silentLogger
} from "./chunk-C37YV2F7.js";
import {
  findMarkedIssue,
  issueMarker
} from "./chunk-YYUTBJUR.js";
import {
  sourceToken
} from "./chunk-IMM24FY4.js";
import {
  inlineCode,
  markdownText
} from "./chunk-GCILZPZ6.js";
import {
  DNS_WEIGHTING
} from "./chunk-D3CWFSWO.js";
import {
  tableCell
} from "./chunk-GPRVIFN3.js";
import {
  systemClock
} from "./chunk-7EAAW733.js";
import {
  errorMessage
} from "./chunk-Q3YCBL2Q.js";

// lib/probes/limit.ts
function createLimiter(concurrency) {
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError(`concurrency must be a whole number \u2265 1, not ${concurrency}`);
  let active = 0, waiting = [];
  return async (task) => {
    active >= concurrency ? await new Promise((resolve) => waiting.push(resolve)) : active++;
    try {
      return await task();
    } finally {
      let next = waiting.shift();
      next ? next() : active--;
    }
  };
}

// lib/gtm/alert.ts
var GTM_LABEL = "cloudneutral-gtm";
function alertBody(policy, decision, evidence, runUrl) {
  let marker = issueMarker("gtm", { policy }), name = inlineCode(decision.publicName), what = decision.failOpen ? `The policy fails open: ${name} keeps answering with every region at its base weight, so clients are still served if the probes are what broke.` : `The policy does not fail open: ${name} is answered with no address at all.`, rows = decision.regions.map((r) => {
    let e = evidence.find((x) => x.region === r.region);
    return `| ${inlineCode(r.region)} | ${tableCell(markdownText(r.reason))} | ${tableCell(markdownText(e?.probe.evidence ?? ""))} | ${tableCell(markdownText(e?.metrics ?? ""))} |`;
  });
  return [
    marker,
    `### Every region of ${name} looks down`,
    "",
    `${what} Check the regions and the probes from outside; this issue closes itself when a region is back (GtmPolicy ${inlineCode(policy)}).`,
    "",
    "| region | decision | probes | metrics |",
    "|---|---|---|---|",
    ...rows,
    "",
    runUrl ? `Seen by [this run](${runUrl}).` : ""
  ].join(`
`);
}
async function syncAlert(target, policy, decision, evidence, mayBeOpen) {
  let { gh, repo } = target;
  if (!decision.alert && !mayBeOpen) return { action: "none" };
  let found = await findMarkedIssue(gh, repo, {
    label: GTM_LABEL,
    kind: "gtm",
    subject: { policy }
  });
  if (decision.alert) {
    let body = alertBody(policy, decision, evidence, target.runUrl).slice(0, 6e4);
    if (found)
      return found.body === body ? { action: "kept", issue: found.number } : (await gh.rest.issues.update({ ...repo, issue_number: found.number, body }), { action: "updated", issue: found.number });
    let { data } = await gh.rest.issues.create({
      ...repo,
      title: `GTM: every region of ${decision.publicName} is down`,
      body,
      labels: [GTM_LABEL]
    });
    return { action: "opened", issue: data.number };
  }
  if (!found) return { action: "none" };
  let up = decision.regions.filter((r) => r.state === "up").map((r) => inlineCode(r.region));
  return await gh.rest.issues.createComment({
    ...repo,
    issue_number: found.number,
    body: `Recovered: ${up.join(", ")} ${up.length === 1 ? "is" : "are"} up again; ${inlineCode(decision.publicName)} is served by the effective weights.${target.runUrl ? ` ([run](${target.runUrl}))` : ""}`
  }), await gh.rest.issues.update({
    ...repo,
    issue_number: found.number,
    state: "closed",
    state_reason: "completed"
  }), { action: "closed", issue: found.number };
}

// lib/gtm/carry.ts
function carryDegraded(observations, previous) {
  let out = { ...observations }, carried = [];
  for (let [region, kept] of Object.entries(previous ?? {})) {
    let seen = out[region];
    if (!seen) continue;
    let next = { ...seen };
    (seen.errorRate ?? null) === null && kept.errorRate !== void 0 && (next.errorRate = kept.errorRate), (seen.latencySeconds ?? null) === null && kept.latencySeconds !== void 0 && (next.latencySeconds = kept.latencySeconds), (next.errorRate !== seen.errorRate || next.latencySeconds !== seen.latencySeconds) && (out[region] = next, carried.push(region));
  }
  return { observations: out, carried };
}
function degradedFigures(policy, observations, previous) {
  let limits = policy.degraded, out = {};
  if (!limits) return out;
  for (let { region } of policy.regions) {
    let seen = observations[region] ?? {}, kept = previous?.[region] ?? {}, entry = {}, errorRate = seen.errorRate ?? null, latency = seen.latencySeconds ?? null;
    limits.errorRate !== void 0 && errorRate !== null && errorRate > limits.errorRate && (entry.errorRate = kept.errorRate ?? errorRate), limits.latencySeconds !== void 0 && latency !== null && latency > limits.latencySeconds && (entry.latencySeconds = kept.latencySeconds ?? latency), Object.keys(entry).length > 0 && (out[region] = entry);
  }
  return out;
}

// lib/gtm/dns-sync.ts
async function syncZone(provider, zone, names, desired, options) {
  let before = provider.calls(), base = { provider: provider.name, zone: normalizeName(zone) }, spent = () => {
    let now = provider.calls();
    return {
      reads: now.reads - before.reads,
      writes: now.writes - before.writes,
      retries: now.retries - before.retries
    };
  }, ours = new Set(names.map((n) => normalizeName(n.name))), plan, conflicts = [], current = [];
  try {
    current = (await provider.read(zone)).filter((r) => ours.has(normalizeName(r.name)));
    let { diffDns } = await import("./diff-Y2C7NWJE.js"), at = (name) => (r) => normalizeName(r.name) === normalizeName(name), changes = mergeChanges(
      names.map(
        (n) => diffDns(current.filter(at(n.name)), desired.filter(at(n.name)), {
          owner: options.owner,
          policy: n.policy ?? "sync",
          adopt: n.adopt ?? !1
        })
      )
    ), safety = assessSafety(
      nameCounts(changes, current, options.owner),
      {
        maxUpdateRatio: Number.POSITIVE_INFINITY,
        maxDeleteRatio: DEFAULT_MAX_CHANGE_RATIO,
        force: options.force
      },
      describeVanishing
    );
    plan = { ...changes, ...safety }, conflicts = [...plan.conflicts, ...shadowConflicts(current, desired, options.owner)];
    let done = { ...base, plan, current, conflicts };
    return plan.unsafe ? { ...done, status: "refused", error: plan.reason ?? "unsafe plan", calls: spent() } : planChangeCount(plan) === 0 ? { ...done, status: "unchanged", calls: spent() } : options.dryRun ? { ...done, status: "planned", calls: spent() } : (await provider.apply(zone, plan), { ...done, status: "applied", calls: spent() });
  } catch (err) {
    return {
      ...base,
      status: "failed",
      ...plan ? { plan } : {},
      current,
      conflicts,
      error: errorMessage(err),
      calls: spent()
    };
  }
}
function mergeChanges(parts) {
  return {
    create: parts.flatMap((p) => p.create).sort(byNameThenType),
    update: parts.flatMap((p) => p.update).sort((a, b) => byNameThenType(a.to, b.to)),
    delete: parts.flatMap((p) => p.delete).sort(byNameThenType),
    conflicts: parts.flatMap((p) => p.conflicts).sort(byNameThenType)
  };
}
function planAt(plan, name) {
  if (!plan) return;
  let n = normalizeName(name), at = (r) => normalizeName(r.name) === n;
  return {
    create: plan.create.filter(at),
    update: plan.update.filter((u) => at(u.to)),
    delete: plan.delete.filter(at),
    conflicts: plan.conflicts.filter(at),
    unsafe: plan.unsafe,
    reason: plan.reason
  };
}
function nameCounts(changes, current, owner) {
  let kept = new Set(
    [...changes.create, ...changes.update.map((u) => u.to)].map((r) => normalizeName(r.name))
  ), gone = new Set(
    changes.delete.map((r) => normalizeName(r.name)).filter((name) => !kept.has(name))
  ), updated = new Set(changes.update.map((u) => normalizeName(u.to.name)));
  return { owned: new Set(current.filter((r) => r.owner === owner).map((r) => normalizeName(r.name))).size, updates: updated.size, deletes: gone.size };
}
function describeVanishing(b) {
  return `would stop answering ${b.count} of the ${b.counts.owned} names we serve in this zone, more than ${percent(b.maxRatio)}: check the policies' regions and failOpen`;
}

// lib/gtm/memory.ts
function gtmMemory() {
  return { policies: /* @__PURE__ */ new Map(), providers: /* @__PURE__ */ new Map() };
}
async function loadMemory(store, log, memory, policy) {
  let known = memory.policies.get(policy);
  if (known) return known;
  let stored;
  if (store) {
    let raw = await store.read(gtmStatusPath(policy));
    if (raw !== void 0) {
      let parsed = parseGtmRecord(raw);
      typeof parsed == "string" ? log.warning(
        `${store.branch}:${gtmStatusPath(policy)}: ${parsed}; GtmPolicy ${policy} starts from no state`
      ) : stored = parsed;
    }
  }
  let mem = { stored, current: stored };
  return memory.policies.set(policy, mem), mem;
}
async function recordDecision(store, dryRun, mem, policy, next, text, persist) {
  if (dryRun) return { written: !1, message: text, deferred: !1, unrecorded: "dry run" };
  if (!store)
    return { written: !1, message: text, deferred: !1, unrecorded: "no status branch" };
  let unchanged = sameRecord(mem.stored, next);
  return (persist === "all" ? !unchanged : decisionChanged(mem.stored, next)) ? writeRecord(store, mem, policy, next, text) : { written: !1, message: text, deferred: !unchanged };
}
async function writeRecord(store, mem, policy, next, text) {
  try {
    let result = await store.write(
      gtmStatusPath(policy),
      () => next,
      () => text
    );
    return mem.stored = next, {
      written: result.commit !== void 0,
      ...result.commit ? { commit: result.commit } : {},
      message: text,
      deferred: !1
    };
  } catch (err) {
    let error = errorMessage(err);
    return { written: !1, message: text, deferred: !0, error };
  }
}
async function flushRecords(store, memory) {
  let out = [];
  for (let [policy, mem] of memory.policies) {
    if (!mem.current || !mem.decision || sameRecord(mem.stored, mem.current)) continue;
    let text = recordMessage(mem.decision, mem.stored, mem.current);
    out.push({ policy, ...await writeRecord(store, mem, policy, mem.current, text) });
  }
  return out;
}

// lib/probes/http.ts
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
var MAX_BODY_BYTES = 64 * 1024;
async function probeRegions(targets, spec, options = {}) {
  let limiter = options.limiter ?? createLimiter(options.concurrency ?? 16);
  return Promise.all(
    targets.map(async (t) => {
      let addresses = await Promise.all(
        t.addresses.map((a) => limiter(() => probeAddress(a, spec, options.signal)))
      );
      return regionProbe(t.region, addresses);
    })
  );
}
function regionProbe(region, addresses) {
  let failed = addresses.filter((a) => a.result === "failed"), ok = addresses.filter((a) => a.result === "ok"), unknown = addresses.filter((a) => a.result === "unknown"), result, evidence;
  if (addresses.length === 0)
    result = "unknown", evidence = "no ingress address configured";
  else if (failed.length > 0)
    result = "failed", evidence = failed.map((a) => `${a.address}: ${a.detail}`).join("; "), ok.length > 0 && (evidence += ` (${ok.length}/${addresses.length} ok)`);
  else if (ok.length > 0) {
    result = "ok";
    let statuses = [...new Set(ok.map((a) => a.result === "ok" ? a.status : 0))].join("/"), slowest = Math.max(...ok.map((a) => a.result === "ok" ? a.ms : 0));
    evidence = `${ok.length}/${addresses.length} ok (HTTP ${statuses}, \u2264${slowest} ms)`, unknown.length > 0 && (evidence += `; not probed: ${unknown.map((a) => `${a.address}: ${a.detail}`).join("; ")}`);
  } else
    result = "unknown", evidence = `could not probe: ${unknown.map((a) => `${a.address}: ${a.detail}`).join("; ")}`;
  return { region, result, addresses, evidence };
}
function statusRange(expected) {
  let m = /^([1-5]\d{2})(?:-([1-5]\d{2}))?$/.exec(expected ?? "200-299");
  if (!m) throw new Error(`expected status ${JSON.stringify(expected)} is not NNN or NNN-NNN`);
  let min = Number(m[1]), max = Number(m[2] ?? m[1]);
  if (max < min) throw new Error(`expected status ${expected}: the range is empty`);
  return { min, max };
}
async function probeAddress(address, spec, signal) {
  if (isIP(address) === 0)
    return { address, result: "unknown", detail: "not an IP address; nothing probed" };
  if (signal?.aborted) return { address, result: "unknown", detail: "cancelled" };
  let range = statusRange(spec.expectedStatus), https_ = spec.scheme === "https", port = spec.port ?? (https_ ? 443 : 80), timeout = AbortSignal.timeout(spec.timeoutMs), both = signal ? AbortSignal.any([signal, timeout]) : timeout, started = performance.now(), ms = () => Math.round(performance.now() - started), failed = (failure, detail, status) => ({
    address,
    result: "failed",
    failure,
    detail,
    ms: ms(),
    ...status === void 0 ? {} : { status }
  });
  try {
    let { status, body } = await exchange(address, port, spec, both);
    if (status < range.min || status > range.max) {
      let want = range.min === range.max ? `${range.min}` : `${range.min}-${range.max}`;
      return failed("status", `HTTP ${status}, expected ${want}`, status);
    }
    return spec.bodyMatch !== void 0 && !(body ?? "").includes(spec.bodyMatch) ? failed("body", `HTTP ${status}, but the body lacks the expected text`, status) : { address, result: "ok", status, ms: ms() };
  } catch (err) {
    return timeout.aborted ? failed("timeout", `no answer within ${spec.timeoutMs} ms`) : signal?.aborted ? { address, result: "unknown", detail: "cancelled" } : classify(address, err, failed, spec.hostname);
  }
}
function exchange(address, port, spec, signal) {
  let secure = spec.scheme === "https", defaultPort = secure ? 443 : 80, options = {
    host: address,
    port,
    path: spec.path,
    method: "GET",
    // No keep-alive: each probe is a fresh connection, as a new client's would be.
    agent: !1,
    signal,
    headers: {
      host: port === defaultPort ? spec.hostname : `${spec.hostname}:${port}`,
      "user-agent": "cloudneutral-gtm-probe",
      accept: "*/*",
      connection: "close"
    }
  };
  return secure && (isIP(spec.hostname) === 0 && (options.servername = spec.hostname), spec.ca !== void 0 && (options.ca = spec.ca)), new Promise((resolve, reject) => {
    let req = (secure ? https : http).request(options, (res) => {
      let status = res.statusCode ?? 0;
      if (spec.bodyMatch === void 0) {
        res.destroy(), resolve({ status, body: void 0 });
        return;
      }
      let chunks = [], size = 0, done = !1, finish = () => {
        done || (done = !0, res.destroy(), resolve({ status, body: Buffer.concat(chunks).toString("utf8") }));
      };
      res.on("data", (chunk) => {
        chunks.push(chunk), size += chunk.length, (size >= MAX_BODY_BYTES || Buffer.concat(chunks).toString("utf8").includes(spec.bodyMatch ?? "")) && finish();
      }), res.on("end", finish), res.on("error", (err) => {
        done || reject(err);
      });
    });
    req.on("error", reject), req.end();
  });
}
function classify(address, err, failed, hostname) {
  let code = err?.code, c = typeof code == "string" ? code : "", message2 = errorMessage(err);
  switch (c) {
    case "ECONNREFUSED":
      return failed("refused", "connection refused");
    case "ECONNRESET":
    case "EPIPE":
      return failed("reset", "connection reset");
    case "EHOSTUNREACH":
    case "EHOSTDOWN":
    case "ETIMEDOUT":
      return failed("unreachable", `host unreachable (${c})`);
  }
  return message2 === "socket hang up" ? failed("reset", "connection closed without an answer") : c.startsWith("HPE_") ? failed("protocol", `not an HTTP answer (${c})`) : c.startsWith("ERR_TLS_") || c.startsWith("ERR_SSL_") || c.includes("CERT") || c === "DEPTH_ZERO_SELF_SIGNED_CERT" || c === "UNABLE_TO_VERIFY_LEAF_SIGNATURE" || c === "SELF_SIGNED_CERT_IN_CHAIN" || /certificate|handshake|tls|ssl/i.test(message2) ? failed("tls", `TLS: ${tlsProblem(c, message2, hostname)}`) : { address, result: "unknown", detail: c ? `${message2} (${c})` : message2 };
}
function tlsProblem(code, message2, hostname) {
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID") return `the certificate does not name ${hostname}`;
  if (code === "CERT_HAS_EXPIRED") return "the certificate has expired";
  if (code === "DEPTH_ZERO_SELF_SIGNED_CERT" || code === "SELF_SIGNED_CERT_IN_CHAIN" || code === "UNABLE_TO_VERIFY_LEAF_SIGNATURE" || code === "UNABLE_TO_GET_ISSUER_CERT_LOCALLY")
    return `the certificate is not trusted (${code})`;
  let line = message2.replace(/\s+/g, " ");
  return line.length > 120 ? `${line.slice(0, 120)}\u2026` : line;
}

// lib/gtm/observe.ts
async function observePolicy(target, options) {
  let check = target.spec.healthCheck, timeoutMs = Math.min(
    check.timeoutSeconds * 1e3,
    options.probeTimeoutMs ?? Number.POSITIVE_INFINITY
  ), spec = {
    scheme: target.probe.scheme,
    path: check.path,
    hostname: target.spec.publicName,
    timeoutMs,
    port: target.probe.port,
    ...check.expectedStatus !== void 0 ? { expectedStatus: check.expectedStatus } : {},
    ...check.bodyMatch !== void 0 ? { bodyMatch: check.bodyMatch } : {},
    ...options.ca !== void 0 ? { ca: options.ca } : {}
  }, regions = target.spec.regions.map((r) => r.region), [probes, health] = await Promise.all([
    probeRegions(
      regions.map((region) => ({ region, addresses: target.ingress[region]?.addresses ?? [] })),
      spec,
      { limiter: options.limiter, ...options.signal ? { signal: options.signal } : {} }
    ),
    Promise.all(regions.map((region) => metricsOf(target, region, options)))
  ]), observations = {}, evidence = [];
  for (let [i, region] of regions.entries()) {
    let probe = probes[i], m = health[i];
    observations[region] = {
      probe: probe.result,
      readyNodes: m.readyNodes,
      errorRate: m.errorRate,
      latencySeconds: m.latencySeconds
    }, evidence.push({ region, probe, ...m });
  }
  return { observations, evidence };
}
async function metricsOf(target, region, options) {
  let source = options.metricsSources?.[region] ?? (options.prometheusUrl ? { url: options.prometheusUrl } : void 0), unknown = (metrics) => ({
    readyNodes: null,
    errorRate: null,
    latencySeconds: null,
    metrics
  });
  if (source === void 0) return unknown("no Prometheus configured");
  let token = sourceToken(source, options.metrics.env ?? process.env);
  if (token instanceof Error) return unknown(`unknown: the region's Prometheus: ${token.message}`);
  let url = source.url, key = JSON.stringify([region, target.match ?? null]), pending = options.healthCache.get(key);
  pending || (pending = import("./region-health-Y67WVEFG.js").then(
    ({ regionHealth: regionHealth2 }) => regionHealth2(url, region, {
      timeoutMs: options.metrics.timeoutMs ?? 3e3,
      attempts: options.metrics.attempts ?? 2,
      logger: options.log,
      ...token !== void 0 ? { token } : {},
      ...options.metrics.time ? { time: options.metrics.time() } : {},
      ...target.match ? { match: target.match } : {},
      ...options.signal ? { signal: options.signal } : {}
    })
  ), options.healthCache.set(key, pending));
  let h;
  try {
    h = await pending;
  } catch (err) {
    return { readyNodes: null, errorRate: null, latencySeconds: null, metrics: `unknown: ${errorMessage(err)}` };
  }
  return {
    readyNodes: h.readyNodes ?? null,
    errorRate: h.errorRate ?? null,
    latencySeconds: h.latencySeconds ?? null,
    metrics: describeHealth(h)
  };
}
function describeHealth(h) {
  let parts = [];
  h.readyNodes !== void 0 && parts.push(`${h.readyNodes} ready nodes`), h.errorRate !== void 0 && parts.push(`errors ${Number((h.errorRate * 100).toFixed(2))}%`), h.latencySeconds !== void 0 && parts.push(`p95 ${Number(h.latencySeconds.toFixed(3))} s`);
  let reasons = [...new Set(h.problems.map((p) => p.error.message.replace(/^[^:]*: /, "")))], unknown = h.problems.map((p) => FIGURE[p.figure]);
  return unknown.length > 0 && parts.push(`unknown ${unknown.join(", ")}: ${reasons.join("; ")}`), parts.join(", ");
}
var FIGURE = { readyNodes: "ready nodes", errorRate: "error rate", latencySeconds: "latency" };

// lib/gtm/weights.ts
function gtmPolicyProblems(policy) {
  let problems = [], names = /* @__PURE__ */ new Set();
  for (let r of policy.regions)
    names.has(r.region) && problems.push(`region ${r.region} is listed twice`), names.add(r.region), (!Number.isInteger(r.weight) || r.weight < 0 || r.weight > 255) && problems.push(`region ${r.region}: weight must be a whole number from 0 to 255`);
  for (let r of policy.regions)
    for (let t of r.failover ?? [])
      t === r.region ? problems.push(`region ${r.region} fails over to itself`) : names.has(t) || problems.push(`region ${r.region} fails over to unknown ${t}`);
  let { down, up } = policy.hysteresis;
  (!Number.isInteger(down) || down < 1 || !Number.isInteger(up) || up < 1) && problems.push("hysteresis down and up must be whole numbers \u2265 1");
  let factor = policy.degraded?.factor;
  return factor !== void 0 && !(factor > 0 && factor <= 1) && problems.push("degraded factor must be in (0, 1]: a degraded region still serves"), problems;
}
function effectiveWeights(policy, observations, previous) {
  let problems = gtmPolicyProblems(policy);
  if (problems.length > 0) throw new Error(`invalid GTM policy: ${problems.join("; ")}`);
  let health = policy.regions.map(
    (r) => regionHealth(policy, r, observations[r.region] ?? {}, previous?.regions[r.region])
  ), isUp = new Map(health.map((h) => [h.region.region, h.next.state === "up"])), received = failoverShares(policy.regions, isUp), weighted = health.filter((h) => h.region.weight > 0), served = health.filter((h) => h.next.state === "up").reduce(
    (sum, h) => sum + h.region.weight + (received.get(h.region.region) ?? []).reduce((s, g) => s + g.amount, 0),
    0
  ), allDown = weighted.length > 0 && served === 0, failOpen = allDown && policy.failOpen, regions = health.map((h) => {
    let { region, next, prev } = h, notes = [...h.notes], weight = 0;
    if (failOpen)
      weight = region.weight, notes.push("failing open");
    else if (next.state === "up") {
      let gifts = received.get(region.region) ?? [];
      weight = region.weight + gifts.reduce((sum, g) => sum + g.amount, 0);
      for (let g of gifts) notes.push(`+${g.amount} from ${g.from}`);
      let degraded = degradation(policy, observations[region.region] ?? {});
      degraded && weight > 0 && (weight = Math.max(1, Math.round(weight * degraded.factor)), notes.push(`degraded (${degraded.why.join(", ")}) \xD7${degraded.factor}`)), weight = Math.min(weight, 255);
    }
    return next.weight = weight, {
      region: region.region,
      state: next.state,
      previousState: prev?.state ?? null,
      baseWeight: region.weight,
      previousWeight: prev?.weight ?? null,
      weight,
      reason: [next.state, ...notes].join(", ")
    };
  }), state = { regions: {} };
  for (let h of health) state.regions[h.region.region] = h.next;
  return { publicName: policy.publicName, state, regions, failOpen, alert: allDown };
}
function regionHealth(policy, region, seen, prev) {
  let { down, up } = policy.hysteresis, was = prev?.state ?? "up", failures = Math.min(prev?.failures ?? 0, down), successes = Math.min(prev?.successes ?? 0, up), ready = seen.readyNodes ?? null, tooFewNodes = ready !== null && ready < policy.minReadyNodes, probe = seen.probe ?? "unknown";
  probe === "ok" ? (failures = 0, successes = tooFewNodes ? 0 : Math.min(successes + 1, up)) : probe === "failed" ? (failures = Math.min(failures + 1, down), successes = 0) : tooFewNodes && (successes = 0);
  let state;
  tooFewNodes ? state = "down" : was === "up" ? state = failures >= down ? "down" : "up" : state = successes >= up ? "up" : "down";
  let notes = [];
  return tooFewNodes && notes.push(`${ready}/${policy.minReadyNodes} ready nodes`), state === "down" && failures >= down && notes.push(`${down}/${down} probes failed`), probe === "unknown" ? notes.push(`probe unknown, kept ${state}`) : state === "down" && !tooFewNodes && failures < down ? notes.push(`${successes}/${up} probes ok`) : state === "up" && was === "down" ? notes.push(`${up}/${up} probes ok`) : state === "up" && failures > 0 && notes.push(`${failures}/${down} probes failed`), { region, prev, next: { state, failures, successes, weight: 0 }, notes };
}
function failoverShares(regions, isUp) {
  let received = /* @__PURE__ */ new Map();
  for (let r of regions) {
    if (isUp.get(r.region) || r.weight === 0) continue;
    let targets = (r.failover ?? []).filter((t) => t !== r.region && isUp.get(t)), share = Math.floor(r.weight / Math.max(targets.length, 1)), remainder = r.weight - share * targets.length;
    for (let [i, t] of targets.entries()) {
      let amount = share + (i < remainder ? 1 : 0);
      amount !== 0 && received.set(t, [...received.get(t) ?? [], { from: r.region, amount }]);
    }
  }
  return received;
}
function degradation(policy, seen) {
  let limits = policy.degraded;
  if (!limits) return;
  let why = [], errorRate = seen.errorRate ?? null, latency = seen.latencySeconds ?? null;
  return limits.errorRate !== void 0 && errorRate !== null && errorRate > limits.errorRate && why.push(`error rate ${percent2(errorRate)} > ${percent2(limits.errorRate)}`), limits.latencySeconds !== void 0 && latency !== null && latency > limits.latencySeconds && why.push(`latency ${seconds(latency)} > ${seconds(limits.latencySeconds)}`), why.length > 0 ? { factor: limits.factor, why } : void 0;
}
function percent2(ratio) {
  return `${Number((ratio * 100).toFixed(2))}%`;
}
function seconds(s) {
  return `${Number(s.toFixed(3))}s`;
}

// lib/gtm/reconcile.ts
async function gtmRound(ctx, memory, persist) {
  let now = ctx.now ?? Date.now, at = new Date(now()), skipped = [], due = ctx.setup.targets.filter((t) => {
    let seen = memory.policies.get(t.name)?.observedAt;
    return seen === void 0 || now() - seen >= t.spec.healthCheck.intervalSeconds * 1e3 - 500;
  }), limiter = createLimiter(ctx.probes?.concurrency ?? 16), healthCache = /* @__PURE__ */ new Map(), ready = (await Promise.all(
    due.map(async (target) => {
      let mem = await loadMemory(ctx.store, ctx.log, memory, target.name).catch(
        (err) => {
          skipped.push({ policy: target.name, reason: `status branch: ${message(err)}` });
        }
      );
      if (!mem) return;
      let seen = await observePolicy(target, {
        limiter,
        healthCache,
        prometheusUrl: ctx.setup.prometheusUrl,
        ...ctx.setup.metricsSources ? { metricsSources: ctx.setup.metricsSources } : {},
        metrics: ctx.metrics ?? {},
        log: ctx.log,
        ...ctx.probes?.timeoutMs !== void 0 ? { probeTimeoutMs: ctx.probes.timeoutMs } : {},
        ...ctx.probes?.ca !== void 0 ? { ca: ctx.probes.ca } : {},
        ...ctx.signal ? { signal: ctx.signal } : {}
      });
      mem.observedAt = at.getTime();
      let kept = carryDegraded(seen.observations, mem.current?.degraded);
      for (let e of seen.evidence)
        kept.carried.includes(e.region) && (e.metrics += "; kept the figures it was degraded by");
      let decision = effectiveWeights(target.weights, kept.observations, mem.current?.state), degraded = degradedFigures(target.weights, kept.observations, mem.current?.degraded);
      return { target, mem, decision, degraded, evidence: seen.evidence };
    })
  )).filter((d) => d !== void 0), groups = /* @__PURE__ */ new Map();
  for (let d of ready) {
    let key = `${d.target.provider.name}
${d.target.spec.zone}`;
    groups.set(key, [...groups.get(key) ?? [], d]);
  }
  let synced = await Promise.all(
    [...groups.values()].map(async (group) => {
      let first = group[0].target, provider;
      try {
        provider = await providerOf(ctx, memory, first.provider);
      } catch (err) {
        let failed = {
          provider: first.provider.name,
          zone: first.spec.zone,
          status: "failed",
          current: [],
          conflicts: [],
          error: message(err),
          calls: { reads: 0, writes: 0, retries: 0 }
        };
        return { group, sync: failed, answers: void 0 };
      }
      let answers = group.map(
        (d) => desiredRecordSets(
          d.decision,
          d.target.ingress,
          d.target.spec.ttl,
          provider.capabilities.weights
        )
      ), sync = await syncZone(
        provider,
        first.spec.zone,
        group.map((d) => ({
          name: d.target.spec.publicName,
          ...d.target.spec.dns?.policy ? { policy: d.target.spec.dns.policy } : {},
          ...d.target.spec.dns?.adopt ? { adopt: !0 } : {}
        })),
        answers.flatMap((a) => a.records),
        { owner: ctx.setup.owner, dryRun: ctx.dryRun, force: ctx.force ?? !1 }
      );
      return { group, sync, answers };
    })
  ), zones = synced.map((z) => z.sync), results = [];
  for (let { group, sync, answers } of synced)
    for (let [i, d] of group.entries())
      results.push(await recordAndAlert(ctx, d, sync, answers?.[i], persist));
  let order = ctx.setup.targets.map((t) => t.name);
  results.sort((a, b) => order.indexOf(a.policy) - order.indexOf(b.policy));
  let ok = skipped.length === 0 && results.every(
    (r) => !["failed", "refused"].includes(r.dns.status) && !r.record.error && !r.alert.error
  );
  return { at, policies: results, zones, skipped, ok };
}
async function recordAndAlert(ctx, d, sync, answer, persist) {
  let { target, mem, decision } = d, name = target.spec.publicName, here = (r) => normalizeName(r.name) === normalizeName(name), plan = planAt(sync.plan, name), sameTypeConflict = (plan?.conflicts.length ?? 0) > 0, pending = sync.status === "failed" || sync.status === "refused" || sameTypeConflict, next = gtmRecord(target.name, decision, pending, d.degraded), note = sameTypeConflict ? "a record set someone else owns is in the way" : sync.error, wasAlert = mem.current?.alert === !0, changed = decisionChanged(mem.current, next), text = recordMessage(decision, mem.current, next, note ? oneLine(note) : void 0), record = await recordDecision(ctx.store, ctx.dryRun, mem, target.name, next, text, persist);
  mem.current = next, mem.decision = decision;
  let alert = { action: "none" };
  if (ctx.alerts && !ctx.dryRun)
    try {
      alert = await syncAlert(
        ctx.alerts,
        target.name,
        decision,
        d.evidence,
        wasAlert || !mem.alertChecked
      ), mem.alertChecked = !0;
    } catch (err) {
      alert = { action: "none", error: message(err) };
    }
  let desired = answer?.records ?? [], served = sync.current.filter((r) => here(r) && r.owner === ctx.setup.owner);
  return {
    policy: target.name,
    file: target.file,
    publicName: name,
    zone: target.spec.zone,
    provider: target.provider.name,
    decision,
    evidence: d.evidence,
    desired,
    unserved: answer?.unserved ?? [],
    shares: trafficShares(desired, target.ingress),
    sharesBefore: sync.plan && served.length > 0 ? trafficShares(served, target.ingress) : void 0,
    dns: {
      ...sync,
      current: sync.current.filter(here),
      conflicts: sync.conflicts.filter(here),
      ...plan ? { plan } : {}
    },
    changed,
    record,
    alert
  };
}
async function flushGtm(ctx, memory) {
  return !ctx.store || ctx.dryRun ? [] : flushRecords(ctx.store, memory);
}
function providerOf(ctx, memory, entry) {
  let pending = memory.providers.get(entry.name);
  return pending || (pending = ctx.dnsProvider(entry), memory.providers.set(entry.name, pending), pending.catch(() => memory.providers.delete(entry.name))), pending;
}
function message(err) {
  return errorMessage(err);
}
function oneLine(text) {
  let line = text.replace(/\s+/g, " ").trim();
  return line.length > 160 ? `${line.slice(0, 160)}\u2026` : line;
}

// lib/gtm/run.ts
async function runGtm(options) {
  let watch = options.watch;
  if (watch) {
    if (!(watch.intervalSeconds > 0)) throw new RangeError("watch interval must be > 0 seconds");
    if (!(watch.forMinutes >= 0)) throw new RangeError("watch duration must be \u2265 0 minutes");
  }
  let clock = options.clock ?? systemClock, now = options.now ?? (() => clock.now()), ctx = { ...options, now }, memory = gtmMemory(), recorded = [], troubled = [], before = /* @__PURE__ */ new Map(), start = now(), deadline = watch ? start + watch.forMinutes * 6e4 : start, rounds = 0, last;
  for (; ; ) {
    let round = await gtmRound(ctx, memory, watch ? "decisions" : "all");
    rounds++, last = round, round.ok || troubled.push(round);
    for (let p of round.policies)
      before.has(p.policy) || before.set(p.policy, {
        states: Object.fromEntries(p.decision.regions.map((r) => [r.region, r.previousState])),
        weights: Object.fromEntries(p.decision.regions.map((r) => [r.region, r.previousWeight])),
        shares: p.sharesBefore
      }), (p.record.written || p.changed && p.record.unrecorded) && recorded.push({
        at: round.at,
        policy: p.policy,
        message: p.record.message,
        ...p.record.commit ? { commit: p.record.commit } : {}
      });
    if (await options.onRound?.(round, rounds - 1), !watch || options.signal?.aborted) break;
    let step = watch.intervalSeconds * 1e3, nextStart = start + Math.ceil((now() - start + 1) / step) * step;
    if (nextStart >= deadline) break;
    try {
      await clock.sleep(nextStart - now(), options.signal);
    } catch {
      break;
    }
  }
  let flushed = await flushGtm(ctx, memory);
  for (let f of flushed)
    f.written && recorded.push({
      at: new Date(now()),
      policy: f.policy,
      message: f.message,
      ...f.commit ? { commit: f.commit } : {}
    });
  let flushErrors = flushed.flatMap((f) => f.error ? [f.error] : []), ok = last.ok && flushErrors.length === 0;
  return { rounds, last, troubled, recorded, before, flushErrors, ok };
}

// lib/gtm/dry-run.ts
async function gtmDryRunMarkdown(configDir, repoRoot, options = {}) {
  let timeoutMs = options.timeoutMs ?? 1e3, setup = await loadGtmSetup(configDir);
  if (setup.targets.length === 0) return `## GTM reconcile (dry run)

No GtmPolicy documents.
`;
  let standIns = [...new Set(setup.targets.map((t) => t.provider.name))], replaced = new Map(setup.targets.map((t) => [t.name, t.provider]));
  for (let t of setup.targets) t.provider = { name: "zonefile", type: "zonefile" };
  let result = await runGtm({
    setup,
    dryRun: !0,
    log: silentLogger,
    dnsProvider: async () => createZoneFileProvider({ root: repoRoot }),
    probes: { timeoutMs },
    metrics: { timeoutMs, attempts: 1 }
  }), evidence = result.last.policies.flatMap((p) => p.evidence), probes = evidence.flatMap((e) => e.probe.addresses), count = (r) => probes.filter((a) => a.result === r).length, unknownWhy = [
    ...new Set(probes.flatMap((a) => a.result === "unknown" ? [a.detail] : []))
  ].slice(0, 2), notes = [
    `Planned against the embedded zone-file provider (${[...new Set(setup.targets.map((t) => `infra/dns/${t.spec.zone}.zone`))].map((z) => `\`${z}\``).join(", ")}) in place of ${standIns.map((n) => `\`${n}\``).join(", ")}: nothing is written, no DNS server or credentials are needed.`,
    `Probes (${timeoutMs} ms each): ${count("ok")} of ${probes.length} ingress addresses answered, ${count("failed")} failed (evidence), ${count("unknown")} could not be probed from here (no evidence${unknownWhy.length > 0 ? `: ${unknownWhy.join("; ")}` : ""}).`,
    hysteresisNote(result.last.policies),
    ...result.last.policies.map((p) => weightingNote(p, replaced.get(p.policy))),
    metricsNote(
      setup.prometheusUrl ?? Object.values(setup.metricsSources ?? {}).find((s) => s)?.url,
      evidence.map((e) => e.readyNodes),
      timeoutMs
    )
  ];
  return gtmRunMarkdown(result, { dryRun: !0, mode: "one round, dry run", notes });
}
function metricsNote(url, ready, timeoutMs) {
  if (url === void 0)
    return "No Prometheus configured: ready nodes, error rate and latency are unknown.";
  let known = ready.filter((r) => r !== null).length;
  return known === 0 ? `Prometheus (each region's metrics source, else the Platform's) gave no figures within ${timeoutMs} ms: ready nodes, error rate and latency are unknown, which keeps every region as it was.` : `Prometheus gave ready nodes for ${known} of ${ready.length} region(s).`;
}
function hysteresisNote(policies) {
  let counted = policies.flatMap((p) => p.decision.regions.map((r) => r.reason)).map((r) => /up, (\d+)\/(\d+) probes failed/.exec(r)).find((m) => m), base = "No status branch here: every region starts up with no failed rounds, and this is one round. A region's probe fails when any of its addresses fails; the region goes down only after `hysteresis.failures` failed rounds in a row";
  if (!counted) return `${base}.`;
  let [text, n, of] = counted;
  return `${base}, so "${text}" below counts rounds, not addresses: this round's probe of the region failed, ${n} of the ${of} failed rounds that would take it down.`;
}
function weightingNote(p, original) {
  let served = p.decision.regions.filter((r) => r.weight > 0), total = served.reduce((n, r) => n + r.weight, 0), percent3 = (x) => `${Number((x * 100).toFixed(1))}%`, weights = served.map((r) => `${r.region} ${r.weight}`).join(", "), equal = served.every((r) => r.weight === served[0]?.weight), head = `\`${p.publicName}\`: weights ${weights || "none above 0"}; shares are by membership here (the zone-file stand-in can only include or drop a region, so each region in the answer gets ${served.length > 0 ? percent3(1 / served.length) : "nothing"})`;
  return equal || !original ? `${head}.` : DNS_WEIGHTING[original.type] === "native" ? `${head}; \`${original.name}\` (${original.type}), the policy's provider, weights natively and would give ${served.map((r) => `${r.region} ${percent3(r.weight / total)}`).join(", ")}.` : `${head}; \`${original.name}\` (${original.type}) cannot weight either.`;
}

export {
  GTM_LABEL,
  gtmMemory,
  gtmRound,
  flushGtm,
  runGtm,
  gtmDryRunMarkdown
};
