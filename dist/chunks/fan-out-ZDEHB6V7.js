import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  injectMatchers
} from "./chunk-GUKYUECZ.js";
import {
  instantQuery,
  rangeQuery
} from "./chunk-X5TJOQ53.js";
import {
  sourceRequest
} from "./chunk-4O7L4F3E.js";
import {
  pool
} from "./chunk-67MDLEXD.js";
import {
  SCOPE_LABELS
} from "./chunk-7Q6NB2VU.js";
import {
  MetricsUnavailableError,
  QueryError
} from "./chunk-JE64DLF2.js";
import "./chunk-BOG7BZ5N.js";

// lib/metrics/fan-out.ts
async function queryRegions(promql, sources, options) {
  let scope = [];
  for (let name of SCOPE_LABELS) {
    let value = options.scope?.[name];
    if (value !== void 0) {
      if (value === "") throw new TypeError(`the ${name} label of a scope cannot be empty`);
      scope.push({ name, value });
    }
  }
  let scoped = injectMatchers(promql, scope), users = /* @__PURE__ */ new Map();
  for (let s of sources)
    if (s.url !== void 0) {
      let key = JSON.stringify([s.url, typeof s.token == "string" ? s.token : null]);
      users.set(key, (users.get(key) ?? 0) + 1);
    }
  let shared = (s) => (users.get(JSON.stringify([s.url, typeof s.token == "string" ? s.token : null])) ?? 0) > 1, answers = await pool(sources, options.concurrency ?? 8, async (s) => {
    if (s.url === void 0)
      return missing(s.region, "not-configured", "no metrics source is configured");
    if (s.token instanceof Error) return missing(s.region, "not-configured", s.token.message);
    let query = shared(s) ? injectMatchers(scoped, [{ name: "region", value: s.region }]) : scoped, request = sourceRequest(options, s.token);
    try {
      let result = options.range ? await rangeQuery(s.url, query, { ...request, ...options.range }) : await instantQuery(s.url, query, {
        ...request,
        ...options.time ? { time: options.time } : {}
      });
      return { region: s.region, result };
    } catch (err) {
      if (err instanceof MetricsUnavailableError) return missing(s.region, err.reason, err.message);
      throw err instanceof QueryError ? new QueryError(`region ${s.region}: ${err.message}`, {
        errorType: err.errorType,
        query: err.query,
        ...err.status !== void 0 ? { status: err.status } : {}
      }) : err;
    }
  });
  return merge(answers, options.range ? "matrix" : "vector");
}
function missing(region, reason, error) {
  return {
    region,
    missing: { region, status: "missing", reason, error }
  };
}
function withRegion(labels, region) {
  return labels.region === void 0 ? { ...labels, region } : labels;
}
function merge(answers, resultType) {
  let regions = [], warnings = [], type = resultType, byKey = /* @__PURE__ */ new Map();
  for (let a of answers) {
    if ("missing" in a) {
      regions.push(a.missing);
      continue;
    }
    let { result } = a, series;
    if (result.resultType === "matrix" && (type = "matrix"), result.resultType === "vector" || result.resultType === "matrix") series = result.result;
    else if (result.resultType === "scalar") series = [{ labels: {}, sample: result.result }];
    else
      throw new QueryError("the query answers a string, which cannot be merged across regions", {
        errorType: "bad_shape",
        query: ""
      });
    for (let s of series) {
      let labels = withRegion(s.labels, a.region), key = canonical(labels), seen = byKey.get(key);
      if (seen) {
        warnings.push(
          `region ${a.region}: series ${key} was also answered by region ${seen.region}; kept region ${seen.region}'s`
        );
        continue;
      }
      byKey.set(key, { region: a.region, series: { ...s, labels } });
    }
    warnings.push(...result.warnings.map((w) => `region ${a.region}: ${w}`)), regions.push({
      region: a.region,
      status: "ok",
      series: series.length,
      warnings: result.warnings
    });
  }
  let sorted = [...byKey.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0), missingRegions = regions.filter((r) => r.status === "missing").map((r) => r.region), common = { regions, partial: missingRegions.length > 0, missing: missingRegions, warnings };
  return type === "matrix" ? {
    resultType: type,
    result: sorted.map(([, v]) => v.series),
    ...common
  } : { resultType: type, result: sorted.map(([, v]) => v.series), ...common };
}
function canonical(labels) {
  return `{${Object.keys(labels).sort(
    (a, b) => a === "region" ? -1 : b === "region" ? 1 : a < b ? -1 : a > b ? 1 : 0
  ).map((n) => `${n}=${JSON.stringify(labels[n])}`).join(", ")}}`;
}
export {
  canonical,
  queryRegions
};
