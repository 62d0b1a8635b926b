import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  decisionMessage,
  parseStatus,
  pastRecommendations,
  recordDecision,
  statusPath
} from "./chunk-Y6AZDA4C.js";
import {
  DEFAULT_NODE_QUERIES,
  expandQuery,
  valuesByNode
} from "./chunk-5TVWZLSY.js";
import {
  instantQuery
} from "./chunk-X5TJOQ53.js";
import {
  regionSources,
  sourceToken
} from "./chunk-IMM24FY4.js";
import {
  readStatusFromGit,
  scaleEvents
} from "./chunk-TRJHGE6R.js";
import {
  decide
} from "./chunk-P65MNMF3.js";
import {
  DEFAULT_INTERVAL_SECONDS,
  DEFAULT_WARMUP_SECONDS,
  DEFAULT_WINDOW_SECONDS,
  eventSeconds,
  historySeconds,
  policyForRun
} from "./chunk-4XNVKP4A.js";
import {
  decodeTfvars,
  readNodeCount,
  tfvarsFile
} from "./chunk-WRVK7YPS.js";
import {
  pool
} from "./chunk-67MDLEXD.js";
import {
  validateConfig
} from "./chunk-CS2LBCZH.js";
import {
  DEFAULT_STATUS_BRANCH
} from "./chunk-KY6UT24Y.js";
import {
  MetricsUnavailableError,
  QueryError,
  redactUrl
} from "./chunk-JE64DLF2.js";
import {
  DEFAULT_AUTO_MERGE
} from "./chunk-LRUJNPW5.js";
import {
  ConfigurationError,
  UsageError,
  errorMessage
} from "./chunk-Q3YCBL2Q.js";

// lib/metrics/node-metrics.ts
async function nodeMetrics(url, region, options) {
  let queries = { ...DEFAULT_NODE_QUERIES, ...options.queries }, values = {
    scope: { ...options.match, region },
    windowSeconds: options.windowSeconds,
    warmupSeconds: options.warmupSeconds
  }, ask = async (what) => {
    let promql = expandQuery(queries[what], values), label = `${what} of the nodes of region ${region}`, byNode = valuesByNode(await instantQuery(url, promql, options), promql, label);
    if (byNode.size === 0)
      throw new MetricsUnavailableError(`${label}: the query returned nothing`, {
        reason: "empty"
      });
    return byNode;
  }, [usage, capacity, ready] = await Promise.all([ask("usage"), ask("capacity"), ask("ready")]), known = [...capacity.values()].filter((c) => Number.isFinite(c) && c > 0), pool2 = median(known);
  if (pool2 === void 0)
    throw new MetricsUnavailableError(
      `capacity of the nodes of region ${region}: no node has one`,
      {
        reason: "empty"
      }
    );
  let names = [.../* @__PURE__ */ new Set([...usage.keys(), ...capacity.keys(), ...ready.keys()])].sort(), capacityFilledIn = [];
  return { nodes: names.map((name) => {
    let c = capacity.get(name), hasCapacity = c !== void 0 && Number.isFinite(c) && c > 0;
    hasCapacity || capacityFilledIn.push(name);
    let u = usage.get(name), node = {
      name,
      capacity: hasCapacity ? c : pool2,
      ready: hasCapacity && ready.get(name) === 1
    };
    return u !== void 0 && Number.isFinite(u) && u >= 0 && (node.usage = u), node;
  }), capacityFilledIn };
}
function median(xs) {
  if (xs.length === 0) return;
  let s = [...xs].sort((a, b) => a - b), mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

// lib/autoscale/observe.ts
async function observeRegion(target, status, options) {
  let { region, spec } = target, current = target.count.count, run = policyForRun(spec, current, options.intervalSeconds), common = { target, current, run }, windowSeconds = spec.windowSeconds ?? DEFAULT_WINDOW_SECONDS, warmupSeconds = spec.warmupSeconds ?? DEFAULT_WARMUP_SECONDS, metrics, source = target.prometheus, token = sourceToken(source, options.env);
  if (token instanceof Error)
    return {
      ...common,
      kind: "no-data",
      message: `no data: the Prometheus of region ${region}: ${token.message}; no decision this run, staying at ${current}`
    };
  try {
    metrics = await nodeMetrics(source.url, region, {
      ...token !== void 0 ? { token } : {},
      windowSeconds,
      warmupSeconds,
      ...spec.queries ? { queries: spec.queries } : {},
      time: options.now,
      timeoutMs: options.query.timeoutMs,
      attempts: options.query.attempts,
      ...options.query.backoffMs === void 0 ? {} : { backoffMs: options.query.backoffMs },
      logger: options.log
    });
  } catch (err) {
    if (err instanceof MetricsUnavailableError)
      return { ...common, kind: "no-data", message: noData(err, source.url, current) };
    if (err instanceof QueryError)
      return {
        ...common,
        kind: "failed",
        message: `${target.policyFile}: a node query of region ${region} is wrong: ${err.message}`
      };
    throw err;
  }
  let since = new Date(options.now.getTime() - eventSeconds(run.policy) * 1e3), events = await scaleEvents({ file: target.tfvarsPath, since, log: options.log }), decision = decide({
    policy: run.policy,
    current,
    nodes: metrics.nodes,
    now: options.now,
    recommendations: pastRecommendations(status, {
      now: options.now,
      current,
      windowSeconds: historySeconds(run.policy)
    }),
    events
  });
  return decision.recommendation === null ? { ...common, kind: "no-data", message: `no data: ${decision.reason}` } : {
    ...common,
    kind: "decided",
    decision: { ...decision, recommendation: decision.recommendation },
    nodes: metrics.nodes,
    capacityFilledIn: metrics.capacityFilledIn,
    windowSeconds,
    warmupSeconds
  };
}
function noData(err, url, current) {
  return `no data: ${err.reason === "unreachable" ? `Prometheus at ${shownUrl(url)} unreachable` : err.reason === "timeout" ? `Prometheus at ${shownUrl(url)} did not answer in time` : err.message}; no decision this run, staying at ${current} (never a scale-down without data)`;
}
function shownUrl(url) {
  try {
    return redactUrl(new URL(url));
  } catch {
    return "(an invalid URL)";
  }
}

// lib/autoscale/targets.ts
import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
async function loadTargets(options) {
  let real = (p) => realpath(p).catch(() => p), repoDir = await real(path.resolve(options.repoDir ?? ".")), configDir = await real(path.resolve(repoDir, options.configDir)), infraDir = await real(path.resolve(repoDir, options.infraDir)), rel = (p) => path.relative(repoDir, p).split(path.sep).join("/") || ".", { config, problems } = await validateConfig(configDir, rel(configDir));
  if (problems.length > 0) throw new ConfigurationError(problems);
  let policies = config.byKind.AutoscalePolicy, known = policies.map((p) => p.value.spec.region).sort(), wanted = options.regions?.filter((r) => r !== "") ?? [], unknown = wanted.filter((r) => !known.includes(r));
  if (unknown.length > 0)
    throw new UsageError(
      `no AutoscalePolicy for region ${unknown.map((r) => JSON.stringify(r)).join(", ")}; regions with one: ${known.join(", ") || "none"}`
    );
  let platform = config.byKind.Platform[0], configured = platform?.value.spec.metrics?.prometheus.url, prometheusUrl = options.prometheusUrl || configured;
  if (options.prometheusUrl && !isHttpUrl(options.prometheusUrl))
    throw new UsageError("the Prometheus URL given is not an http(s) URL");
  let sources = regionSources(config, "metrics"), sourceOf = (region) => options.prometheusUrl ? { url: options.prometheusUrl } : sources.get(region), blind = policies.filter((p) => wanted.length === 0 || wanted.includes(p.value.spec.region)).filter((p) => sourceOf(p.value.spec.region) === void 0).map((p) => p.value.spec.region);
  if (blind.length > 0) {
    let at = platform ? platform.at(["spec"], !0) : { line: 1, column: 1 };
    problems.push({
      root: rel(configDir),
      file: platform ? platform.file : ".",
      ...at,
      message: `no metrics.prometheus.url for region ${[...new Set(blind)].sort().join(", ")}: the autoscaler reads node metrics from the region's Prometheus (Region.spec.metrics, else the Platform's metrics; or pass its URL as prometheus-url)`
    });
  }
  let targets = [];
  for (let doc of [...policies].sort(
    (a, b) => a.value.spec.region < b.value.spec.region ? -1 : 1
  )) {
    let spec = doc.value.spec;
    if (wanted.length > 0 && !wanted.includes(spec.region)) continue;
    let tfvarsPath = path.join(infraDir, "node-pool", `${spec.region}.tfvars`), file = tfvarsFile(rel(infraDir), spec.region);
    try {
      let bytes = await readFile(tfvarsPath).catch((err) => {
        throw err.code !== "ENOENT" ? err : new ConfigurationError([
          {
            root: ".",
            file,
            line: 1,
            column: 1,
            message: `the node pool file of region ${spec.region} is missing; render creates it (cloudneutral render)`
          }
        ]);
      }), text = decodeTfvars(bytes, file), count = readNodeCount(text, file), pool2 = config.byKind.Region.find((r) => r.name === spec.region)?.value.spec.nodePool;
      if (pool2 && (count.count < pool2.min || count.count > pool2.max))
        throw new ConfigurationError([
          {
            root: ".",
            file,
            line: count.line,
            column: count.column,
            message: `${count.count} nodes is outside region ${spec.region}'s pool bounds [${pool2.min}, ${pool2.max}] (Region.spec.nodePool); fix the count or the bounds`
          }
        ]);
      targets.push({
        region: spec.region,
        policyFile: `${rel(configDir)}/${doc.file}`,
        spec,
        tfvarsFile: file,
        tfvarsPath,
        text,
        count,
        prometheus: sourceOf(spec.region) ?? { url: "" }
      });
    } catch (err) {
      if (!(err instanceof ConfigurationError)) throw err;
      problems.push(...err.problems);
    }
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return {
    prometheusUrl: prometheusUrl ?? "",
    statusBranch: platform?.value.spec.statusBranch ?? DEFAULT_STATUS_BRANCH,
    targets
  };
}
function isHttpUrl(text) {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return !1;
  }
}

// lib/autoscale/propose.ts
var PARALLEL_REGIONS = 4;
async function proposeAutoscale(options) {
  let { log, github, dryRun } = options;
  if (!dryRun && !github)
    throw new UsageError("proposing changes needs a GitHub token; without one, use a dry run");
  let loaded = await loadTargets(options), now = options.now ?? /* @__PURE__ */ new Date(), prometheus = shownSources(loaded.targets, loaded.prometheusUrl), env = options.env ?? process.env;
  for (let t of loaded.targets) {
    let secret = t.prometheus.tokenEnv ? env[t.prometheus.tokenEnv] : void 0;
    secret && options.mask?.(secret);
  }
  let statusBranch = github?.statusBranch || loaded.statusBranch, repoDir = options.repoDir ?? ".", store = github ? (await import("./status-store-H4OBCECI.js")).statusStore(github.gh, {
    repo: github.repo,
    branch: statusBranch,
    log
  }) : void 0, readStatus = async (region) => {
    let path2 = statusPath(region), raw = store ? await store.read(path2).catch((err) => {
      if (!(err instanceof SyntaxError)) throw err;
      log.warning(`${statusBranch}:${path2} is not JSON; reading it as empty`);
    }) : await readStatusFromGit(repoDir, statusBranch, path2);
    return parseStatus(raw, region);
  }, statuses = await pool(loaded.targets, PARALLEL_REGIONS, (t) => readStatus(t.region)), query = {
    timeoutMs: options.query?.timeoutMs ?? 1e4,
    attempts: options.query?.attempts ?? 3,
    ...options.query?.backoffMs === void 0 ? {} : { backoffMs: options.query.backoffMs }
  }, observeOptions = {
    env,
    now,
    intervalSeconds: options.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS,
    query,
    log
  }, decisions = await pool(
    loaded.targets,
    PARALLEL_REGIONS,
    (t) => observeRegion(t, statuses[loaded.targets.indexOf(t)], observeOptions)
  ), regions = [];
  for (let [i, d] of decisions.entries()) {
    let result = await act(d, statuses[i]);
    result.outcome === "no-data" || result.outcome === "stale" || result.outcome === "failed" ? log.warning(`autoscale ${result.region}: ${result.message}`) : log.info(`autoscale ${result.region}: ${result.message}`), regions.push(result);
  }
  return { prometheus, at: now.toISOString(), dryRun, regions };
  async function act(d, status) {
    let base = {
      region: d.target.region,
      current: d.current,
      tfvarsFile: d.target.tfvarsFile,
      policyFile: d.target.policyFile
    };
    if (d.kind !== "decided")
      return {
        ...base,
        desired: d.current,
        recommendation: null,
        reason: d.message,
        outcome: d.kind,
        message: d.message
      };
    let decided = {
      ...base,
      desired: d.decision.desired,
      recommendation: d.decision.recommendation,
      reason: d.decision.reason
    };
    if (dryRun || !github || !store) {
      let message = d.decision.desired === d.current ? `would stay at ${d.current}` : `would propose ${d.current} \u2192 ${d.decision.desired}`;
      return { ...decided, outcome: "dry-run", message };
    }
    let { readFileAt } = await import("./git-data-GGXSASWK.js"), { reconcilePull } = await import("./pull-request-2UPGQ3SL.js"), failed = (what, err) => ({
      ...decided,
      outcome: "failed",
      message: `${what}: ${errorMessage(err)}`
    }), pr;
    try {
      if (await readFileAt(github.gh, github.repo, d.target.tfvarsFile, github.base) !== d.target.text)
        return {
          ...decided,
          outcome: "stale",
          message: `${d.target.tfvarsFile} on ${github.base} differs from this run's checkout; the next run decides on the new count`
        };
      pr = await reconcilePull(
        {
          gh: github.gh,
          repo: github.repo,
          base: github.base,
          log,
          now,
          prometheus: shownUrl(d.target.prometheus.url),
          ...github.settleMs === void 0 ? {} : { settleMs: github.settleMs }
        },
        d,
        status
      );
    } catch (err) {
      return failed("could not update the pull request", err);
    }
    let done = {
      ...decided,
      outcome: pr.outcome,
      ...pr.number === void 0 ? {} : { pull: pr.number },
      message: pr.message
    }, own = pr.status.pull;
    if (pr.outcome === "unchanged" && own) {
      let { mergeOwnPull } = await import("./merge-67FPGLE4.js"), merge;
      try {
        merge = await mergeOwnPull(
          { gh: github.gh, repo: github.repo, base: github.base },
          {
            region: d.target.region,
            current: d.current,
            pull: own,
            mode: options.autoMerge ?? DEFAULT_AUTO_MERGE
          }
        );
      } catch (err) {
        return failed(`${pr.message}, but merging it failed`, err);
      }
      done = merge.merged ? {
        ...done,
        outcome: "merged",
        merge,
        message: `${d.current} \u2192 ${own.desired}: #${own.number} merged: ${merge.reason}`
      } : { ...done, merge, message: `${pr.message}, not merged: ${merge.reason}` }, merge.merged && delete pr.status.pull;
    }
    try {
      let keep = historySeconds(d.run.policy);
      await store.write(
        statusPath(d.target.region),
        (current) => recordDecision(
          {
            ...parseStatus(current, d.target.region),
            pull: pr.status.pull,
            rejected: pr.status.rejected
          },
          d.decision,
          d.current,
          now,
          keep
        ),
        () => decisionMessage(d.target.region, d.current, d.decision, done.outcome)
      );
    } catch (err) {
      return failed(`${pr.message}, but the decision was not recorded on ${statusBranch}`, err);
    }
    return done;
  }
}
function runFailed(run) {
  return run.regions.some((r) => r.outcome === "failed");
}
function shownSources(targets, fallback) {
  let urls = [...new Set(targets.map((t) => t.prometheus.url))];
  return urls.length <= 1 ? shownUrl(urls[0] ?? fallback) : targets.map((t) => `${t.region}: ${shownUrl(t.prometheus.url)}`).join(", ");
}

export {
  proposeAutoscale,
  runFailed
};
