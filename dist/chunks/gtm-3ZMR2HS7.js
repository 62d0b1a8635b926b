import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  GTM_LABEL,
  flushGtm,
  gtmDryRunMarkdown,
  gtmMemory,
  gtmRound,
  runGtm
} from "./chunk-QBY742OG.js";
import {
  gtmStatusPath
} from "./chunk-CDZX4FQ5.js";
import "./chunk-VOZ56BNN.js";
import "./chunk-F4ZNFUQ3.js";
import {
  decisionOutput,
  gtmRunMarkdown
} from "./chunk-564VSPFL.js";
import {
  gtmSetup,
  loadGtmSetup
} from "./chunk-QBRJVGJW.js";
import "./chunk-2SWB73RB.js";
import "./chunk-CBTUWG5K.js";
import "./chunk-XQWHKO4R.js";
import "./chunk-VZB5ED4X.js";
import "./chunk-J47NM74G.js";
import "./chunk-C37YV2F7.js";
import "./chunk-YYUTBJUR.js";
import "./chunk-IMM24FY4.js";
import {
  markdownText
} from "./chunk-GCILZPZ6.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-KY6UT24Y.js";
import "./chunk-FM3IK77Q.js";
import "./chunk-XSFAT2KL.js";
import "./chunk-GPRVIFN3.js";
import "./chunk-53UA33VZ.js";
import "./chunk-7EAAW733.js";
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/gtm/index.ts
import path from "node:path";

// lib/gtm/dispatch.ts
var GTM_DISPATCH_TYPE = "cloudneutral-gtm", ALLOWED = ["policy", "reason"], NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, MAX_REASON = 200;
function parseDispatch(eventType, payload, knownPolicies) {
  if (eventType !== GTM_DISPATCH_TYPE)
    throw new UsageError(
      `repository_dispatch event type ${quote(eventType)} is not ${GTM_DISPATCH_TYPE}`
    );
  if (payload == null) return {};
  if (typeof payload != "object" || Array.isArray(payload))
    throw new UsageError("client_payload must be a JSON object");
  let fields = payload, unknown = Object.keys(fields).filter((k) => !ALLOWED.includes(k));
  if (unknown.length > 0)
    throw new UsageError(
      `client_payload: unknown key(s) ${unknown.slice(0, 5).map(quote).join(", ")}; allowed: ${ALLOWED.join(", ")}`
    );
  let out = {};
  if (fields.policy !== void 0) {
    let policy = fields.policy;
    if (typeof policy != "string" || !NAME.test(policy))
      throw new UsageError(`client_payload.policy ${quote(policy)} is not a policy name`);
    if (!knownPolicies.includes(policy))
      throw new UsageError(
        `client_payload.policy: no GtmPolicy ${quote(policy)} here; known: ${knownPolicies.join(", ") || "none"}`
      );
    out.policy = policy;
  }
  if (fields.reason !== void 0) {
    let reason = fields.reason;
    if (typeof reason != "string" || reason.length > MAX_REASON || [...reason].some((c) => c < " " || c === "\x7F"))
      throw new UsageError(
        `client_payload.reason must be one line of at most ${MAX_REASON} printable characters`
      );
    out.reason = reason;
  }
  return out;
}
function quote(v) {
  let text = typeof v == "string" ? v : JSON.stringify(v) ?? String(v);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}\u2026` : text);
}

// lib/gtm/index.ts
async function reconcileGtm(request) {
  let setup = await loadGtmSetup(
    request.configDir,
    request.policies,
    path.relative(request.repoRoot, request.configDir) || "."
  ), dispatch;
  if (request.dispatch && (dispatch = parseDispatch(
    request.dispatch.eventType,
    request.dispatch.payload,
    setup.targets.map((t) => t.name)
  ), dispatch.policy && (setup = { ...setup, targets: setup.targets.filter((t) => t.name === dispatch.policy) })), setup.targets.length === 0)
    throw new UsageError(`${request.configDir}: no GtmPolicy to reconcile`);
  for (let variable of setup.secretEnv) {
    let value = request.env[variable];
    value && request.mask?.(value);
  }
  request.prometheusUrl && (setup = { ...setup, prometheusUrl: request.prometheusUrl, metricsSources: {} }), request.statusBranch && (setup.statusBranch = request.statusBranch);
  let { createDnsProvider } = await import("./providers-BSZ4SPQZ.js"), github = request.github, store = github ? (await import("./status-store-H4OBCECI.js")).statusStore(github.gh, {
    repo: github.repo,
    branch: setup.statusBranch,
    log: request.log
  }) : void 0, result = await runGtm({
    setup,
    dryRun: request.dryRun,
    ...request.force ? { force: !0 } : {},
    log: request.log,
    dnsProvider: request.dnsProvider ?? ((entry) => createDnsProvider(entry, {
      root: request.repoRoot,
      env: request.env,
      logger: request.log
    })),
    ...store ? { store } : {},
    ...github ? { alerts: github } : {},
    ...request.watch ? { watch: request.watch } : {},
    ...request.clock ? { clock: request.clock } : {},
    ...request.signal ? { signal: request.signal } : {},
    ...request.probes ? { probes: request.probes } : {},
    metrics: { ...request.metrics, env: request.env },
    onRound: async (round, i) => {
      let states = round.policies.map(
        (p) => `${p.policy}: ${p.decision.regions.map((r) => `${r.region}=${r.weight}`).join(" ")} dns=${p.dns.status}`
      ).join("; ");
      request.log.info(`gtm round ${i + 1}: ${states || "nothing due"}`), await request.onRound?.(round, i);
    }
  }), notes = [];
  dispatch && notes.push(
    `Triggered by repository_dispatch${dispatch.policy ? ` for ${dispatch.policy}` : ""}${dispatch.reason ? `: ${markdownText(dispatch.reason)}` : ""}.`
  ), store || notes.push(
    "No status branch (no GitHub token): every region started from no previous state; nothing recorded."
  );
  let mode = request.watch ? `watch, a round every ${request.watch.intervalSeconds} s for ${request.watch.forMinutes} min` : "one round";
  return {
    result,
    markdown: gtmRunMarkdown(result, { dryRun: request.dryRun, mode, notes }),
    decision: decisionOutput(result.last, request.dryRun),
    ...dispatch ? { dispatch } : {}
  };
}
export {
  GTM_DISPATCH_TYPE,
  GTM_LABEL,
  flushGtm,
  gtmDryRunMarkdown,
  gtmMemory,
  gtmRound,
  gtmSetup,
  gtmStatusPath,
  loadGtmSetup,
  parseDispatch,
  reconcileGtm,
  runGtm
};
