import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  regionSources,
  sourceToken
} from "./chunk-IMM24FY4.js";
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/metrics/hub.ts
async function loadSources(configDir, kind, only, env) {
  let { validateConfig } = await import("./model-DVBFPU34.js"), { assertNoProblems } = await import("./load-WL6AUJ25.js"), { config, problems } = await validateConfig(configDir);
  assertNoProblems(problems);
  let all = regionSources(config, kind), wanted = [...new Set(only.flatMap((r) => r.split(",")).map((r) => r.trim()))].filter(
    (r) => r !== ""
  ), unknown = wanted.filter((r) => !all.has(r));
  if (unknown.length > 0)
    throw new UsageError(
      `no region ${unknown.map((r) => JSON.stringify(r)).join(", ")}; the configuration has ${[...all.keys()].join(", ") || "none"}`
    );
  if (all.size === 0) throw new UsageError(`${configDir}: no Region documents`);
  return [...all].filter(([name]) => wanted.length === 0 || wanted.includes(name)).map(([region, s]) => {
    if (s === void 0) return { region, url: void 0 };
    let token = sourceToken(s, env);
    return { region, url: s.url, ...token !== void 0 ? { token } : {} };
  });
}
function distinctSources(sources) {
  let byKey = /* @__PURE__ */ new Map(), unconfigured = [];
  for (let s of sources) {
    if (s.url === void 0) {
      unconfigured.push(s.region);
      continue;
    }
    let key = JSON.stringify([s.url, typeof s.token == "string" ? s.token : null]), seen = byKey.get(key);
    seen ? seen.regions.push(s.region) : byKey.set(key, {
      regions: [s.region],
      url: s.url,
      ...s.token !== void 0 ? { token: s.token } : {}
    });
  }
  return { sources: [...byKey.values()], unconfigured };
}
var UNIT = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
function durationSeconds(flag, text) {
  let parts = [...text.matchAll(/(\d+)([smhdw])/g)], whole = parts.map((m) => m[0]).join(""), seconds = parts.reduce((n, m) => n + Number(m[1]) * (UNIT[m[2] ?? "s"] ?? 1), 0);
  if (text === "" || whole !== text || seconds <= 0)
    throw new UsageError(
      `${flag} must be a duration such as 90s, 15m, 1h30m or 7d, not ${JSON.stringify(text)}`
    );
  return seconds;
}
function timeFlag(flag, text) {
  let d = /^\d+(\.\d+)?$/.test(text) ? new Date(Number(text) * 1e3) : new Date(text);
  if (!/^\d+(\.\d+)?$/.test(text) && !/^\d{4}-\d{2}-\d{2}T/.test(text))
    throw new UsageError(
      `${flag} must be RFC 3339 (2026-12-03T10:00:00Z) or Unix seconds, not ${JSON.stringify(text)}`
    );
  if (Number.isNaN(d.getTime()))
    throw new UsageError(`${flag} is not a valid time: ${JSON.stringify(text)}`);
  return d;
}
export {
  distinctSources,
  durationSeconds,
  loadSources,
  timeFlag
};
