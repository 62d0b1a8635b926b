import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  vectorOf
} from "./chunk-5TVWZLSY.js";
import {
  instantQuery
} from "./chunk-X5TJOQ53.js";
import {
  sourceRequest
} from "./chunk-4O7L4F3E.js";
import {
  pool
} from "./chunk-67MDLEXD.js";
import {
  NODE_LABEL,
  SCOPE_LABELS
} from "./chunk-7Q6NB2VU.js";
import {
  MetricsUnavailableError,
  redactUrl
} from "./chunk-JE64DLF2.js";
import "./chunk-BOG7BZ5N.js";

// lib/metrics/label-check.ts
var ALL = '{__name__=~".+"}';
function lacking(label) {
  let pool2 = label === "region" ? "" : `,${NODE_LABEL}=""`;
  return `{__name__=~".+",${label}=""${pool2}}`;
}
async function checkLabels(sources, unconfigured, options) {
  let checked = await pool(sources, options.concurrency ?? 4, (s) => checkSource(s, options)), partial = unconfigured.length > 0 || checked.some((c) => c.status === "missing"), gaps = checked.reduce((n, c) => n + (c.status === "ok" ? c.gaps.length : 0), 0);
  return { sources: checked, unconfigured: [...unconfigured], partial, gaps };
}
async function checkSource(s, options) {
  let shown;
  try {
    shown = redactUrl(new URL(s.url));
  } catch {
    shown = "(an invalid URL)";
  }
  let head = { regions: s.regions, source: shown };
  if (s.token instanceof Error)
    return { ...head, status: "missing", reason: "not-configured", error: s.token.message };
  let request = {
    ...sourceRequest(options, s.token),
    ...options.time ? { time: options.time } : {}
  }, byJob = async (selector) => {
    let query = `count by (job) (${selector})`, out = /* @__PURE__ */ new Map();
    for (let { labels, sample } of vectorOf(await instantQuery(s.url, query, request), query))
      out.set(labels.job ?? "", sample.value);
    return out;
  };
  try {
    let [totals, ...without] = await Promise.all([
      byJob(ALL),
      ...SCOPE_LABELS.map((label) => byJob(lacking(label)))
    ]), gaps = [];
    for (let [job, series] of [...totals ?? /* @__PURE__ */ new Map()].sort(
      ([a], [b]) => a < b ? -1 : a > b ? 1 : 0
    )) {
      let missing = {};
      SCOPE_LABELS.forEach((label, i) => {
        let n = without[i]?.get(job);
        n !== void 0 && n > 0 && (missing[label] = n);
      }), Object.keys(missing).length > 0 && gaps.push({ job, series, missing });
    }
    return { ...head, status: "ok", jobs: totals?.size ?? 0, gaps };
  } catch (err) {
    if (err instanceof MetricsUnavailableError)
      return { ...head, status: "missing", reason: err.reason, error: err.message };
    throw err;
  }
}
export {
  checkLabels
};
