import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  createZoneFileProvider,
  zoneFilePath
} from "./chunk-EUM5SAZR.js";
import {
  canonicalLuaContent,
  luaTargets,
  shadowConflicts,
  weightedRecordSet
} from "./chunk-F4ZNFUQ3.js";
import {
  HERITAGE,
  assertApplicable,
  formatOwnerMarker,
  isEmptyPlan,
  parseOwnerMarker
} from "./chunk-O2U3KYF2.js";
import {
  decodeCharacterStrings,
  encodeCharacterStrings
} from "./chunk-CBTUWG5K.js";
import {
  RECORD_TYPES
} from "./chunk-VZB5ED4X.js";
import {
  recordKey
} from "./chunk-XQWHKO4R.js";
import {
  normalizeName,
  normalizeRecordSet,
  valueProblem
} from "./chunk-J47NM74G.js";
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/dns/providers/http.ts
function describeRequest(r) {
  return `${r.method} ${r.url}`;
}
var HttpRetryError = class extends Error {
  constructor(message, attempts, status) {
    super(message);
    this.attempts = attempts;
    this.status = status;
  }
  attempts;
  status;
  name = "HttpRetryError";
};
async function requestWithRetry(request, options) {
  let attempts = Math.max(1, options.attempts ?? 5), base = options.baseDelayMs ?? 250, cap = options.maxDelayMs ?? 1e4, doFetch = options.fetch ?? ((url, init) => fetch(url, init)), last = "", lastStatus = null;
  for (let attempt = 1; ; attempt++) {
    let retryAfterMs = null;
    try {
      let response = await doFetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body ?? null,
        signal: AbortSignal.timeout(request.timeoutMs)
      }), text = await response.text();
      if (response.status !== 429 && response.status < 500)
        return { status: response.status, text, attempts: attempt };
      lastStatus = response.status, last = `HTTP ${response.status}${briefBody(text)}`, retryAfterMs = retryAfter(response.headers.get("retry-after"));
    } catch (e) {
      lastStatus = null, last = networkReason(e, request.timeoutMs);
    }
    if (attempt >= attempts)
      throw new HttpRetryError(
        `${describeRequest(request)} failed after ${attempt} attempt(s): ${last}`,
        attempt,
        lastStatus
      );
    let backoff = Math.min(cap, base * 2 ** (attempt - 1)), delay = Math.min(cap, Math.max(retryAfterMs ?? 0, Math.random() * backoff));
    options.logger?.info(
      `${describeRequest(request)}: ${last}; retrying in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${attempts})`
    ), options.onRetry?.(), await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
function retryAfter(header) {
  if (header === null) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1e3;
  let at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}
function networkReason(e, timeoutMs) {
  if (e instanceof DOMException && (e.name === "TimeoutError" || e.name === "AbortError"))
    return `no answer within ${timeoutMs} ms`;
  if (e instanceof Error) {
    let cause = e.cause instanceof Error ? e.cause.message : null;
    return cause ? `${e.message} (${cause})` : e.message;
  }
  return String(e);
}
function briefBody(text) {
  let message = text;
  try {
    let parsed = JSON.parse(text);
    parsed && typeof parsed == "object" && "error" in parsed && (message = String(parsed.error));
  } catch {
  }
  let line = message.replace(/\s+/g, " ").trim();
  return line === "" ? "" : `: ${line.length > 200 ? `${line.slice(0, 200)}\u2026` : line}`;
}

// lib/dns/providers/powerdns.ts
var MANAGED = new Set(RECORD_TYPES);
async function createPowerDnsProvider(options) {
  let name = options.name ?? "powerdns", server = `${options.url.replace(/\/+$/, "").replace(/\/api\/v1$/, "")}/api/v1/servers/${encodeURIComponent(options.serverId ?? "localhost")}`, counts = { reads: 0, writes: 0, retries: 0 }, notes = /* @__PURE__ */ new Map(), call = async (method, url, body) => {
    let request = {
      method,
      url,
      headers: { "X-API-Key": options.apiKey, Accept: "application/json" },
      timeoutMs: options.timeoutMs ?? 1e4
    };
    body !== void 0 && (request.body = JSON.stringify(body), request.headers["Content-Type"] = "application/json");
    let response = await requestWithRetry(request, {
      ...options.retry,
      ...options.logger ? { logger: options.logger } : {},
      ...options.fetch ? { fetch: options.fetch } : {},
      onRetry: () => counts.retries++
    });
    if (response.status === 401 || response.status === 403)
      throw new Error(
        `${name}: PowerDNS refused the API key (HTTP ${response.status}) for ${describeRequest(request)}: check the variable named by credentials.tokenEnv`
      );
    return { ...response, request };
  }, lua = options.luaRecords ?? await luaRecordsEnabled(name, server, call, options.logger), zoneUrl = (zone) => `${server}/zones/${encodeURIComponent(zone)}`;
  return {
    name,
    type: "powerdns",
    capabilities: {
      weights: lua ? "native" : "membership",
      batchSize: Number.POSITIVE_INFINITY,
      ownership: "comment"
    },
    calls: () => ({ ...counts }),
    async read(zone) {
      let origin = normalizeName(zone);
      counts.reads++;
      let res = await call("GET", zoneUrl(origin)).catch((e) => {
        throw e instanceof HttpRetryError ? new Error(`${name}: could not read ${origin}: ${e.message}`, { cause: e }) : e;
      });
      if (res.status === 404 || res.status === 422)
        throw new Error(
          `${name}: PowerDNS has no zone ${origin}${briefBody(res.text)}; create the zone first (zones are foundation, not made by reconcilers)`
        );
      if (res.status !== 200)
        throw new Error(
          `${name}: ${describeRequest(res.request)}: HTTP ${res.status}${briefBody(res.text)}`
        );
      let rrsets = JSON.parse(res.text).rrsets ?? [];
      for (let key of [...notes.keys()]) key.startsWith(`${origin} `) && notes.delete(key);
      let out = [];
      for (let rr of rrsets) {
        if (!MANAGED.has(rr.type)) continue;
        let set = {
          name: rr.name,
          type: rr.type,
          ttl: rr.ttl ?? 0,
          // A disabled record is not served, so it is not part of what the zone answers.
          values: (rr.records ?? []).filter((r) => !r.disabled).map((r) => recordValue(rr.type, r.content)),
          owner: ownerOf(rr.comments ?? [])
        }, normal = normalizeRecordSet(set);
        notes.set(
          `${origin} ${recordKey(normal)}`,
          (rr.comments ?? []).filter((c) => !isMarker(c))
        ), out.push(normal);
      }
      return out;
    },
    async apply(zone, plan) {
      let origin = normalizeName(zone);
      if (assertApplicable(name, origin, plan), isEmptyPlan(plan)) return { calls: 0 };
      let replace = (r) => {
        let set = normalizeRecordSet(r);
        if (set.type === "LUA" && !lua)
          throw new Error(
            `${name}: ${recordKey(set)} is a LUA record, but this PowerDNS server does not serve LUA records (enable-lua-records)`
          );
        if (typeof r.owner != "string")
          throw new Error(`${name}: ${recordKey(set)} has no owner to mark`);
        for (let v of set.values) {
          let bad = valueProblem(set.type, v);
          if (bad) throw new Error(`${name}: ${recordKey(set)}: ${JSON.stringify(v)} ${bad}`);
        }
        let kept = notes.get(`${origin} ${recordKey(set)}`) ?? [];
        return {
          name: set.name,
          type: set.type,
          ttl: set.ttl,
          changetype: "REPLACE",
          records: set.values.map((v) => ({ content: contentOf(set.type, v), disabled: !1 })),
          comments: [
            ...kept.map((c) => ({ content: c.content, account: c.account ?? "" })),
            { content: formatOwnerMarker(r.owner), account: HERITAGE }
          ]
        };
      }, rrsets = [
        ...plan.delete.map((r) => ({
          name: normalizeName(r.name),
          type: r.type,
          changetype: "DELETE"
        })),
        ...plan.update.map((u) => replace(u.to)),
        ...plan.create.map(replace)
      ];
      counts.writes++;
      let res;
      try {
        res = await call("PATCH", zoneUrl(origin), { rrsets });
      } catch (e) {
        throw e instanceof HttpRetryError ? new Error(
          `${name}: could not change ${origin}: ${e.message}. PowerDNS applies one PATCH in one transaction, so the zone holds all ${rrsets.length} changes or none of them; the next run reads which and converges`,
          { cause: e }
        ) : e;
      }
      if (res.status !== 204 && res.status !== 200)
        throw new Error(
          `${name}: PowerDNS rejected the changes to ${origin} (HTTP ${res.status})${briefBody(res.text)}; nothing was changed`
        );
      return { calls: 1 };
    }
  };
}
async function luaRecordsEnabled(name, server, call, logger) {
  let res = await call("GET", `${server}/config`).catch((e) => {
    throw e instanceof HttpRetryError ? new Error(`${name}: could not read the server's settings: ${e.message}`, { cause: e }) : e;
  });
  if (res.status !== 200)
    return logger?.warning(
      `${name}: cannot read the server's settings (HTTP ${res.status}); weights fall back to membership. Set luaRecords to say otherwise.`
    ), !1;
  let value = JSON.parse(res.text).find((s) => s.name === "enable-lua-records")?.value ?? "no";
  return value === "yes" || value === "shared";
}
function recordValue(type, content) {
  return type === "TXT" ? decodeCharacterStrings(content) : type === "LUA" ? canonicalLuaContent(content) : content;
}
function contentOf(type, value) {
  return type === "TXT" ? encodeCharacterStrings(value) : type === "LUA" ? canonicalLuaContent(value) : value;
}
function isMarker(c) {
  return parseOwnerMarker(c.content) !== null;
}
function ownerOf(comments) {
  let owners = new Set(
    comments.map((c) => parseOwnerMarker(c.content)?.owner).filter((o) => o !== void 0)
  );
  return owners.size === 1 ? [...owners][0] : null;
}

// lib/dns/providers/index.ts
async function createDnsProvider(entry, context) {
  let where = `spec.dns.providers "${entry.name}"`;
  switch (entry.type) {
    case "zonefile":
      return createZoneFileProvider({ name: entry.name, root: context.root });
    case "powerdns": {
      if (!entry.url)
        throw new UsageError(`${where}: a powerdns provider needs url (its HTTP API)`);
      let variable = entry.credentials?.tokenEnv;
      if (!variable)
        throw new UsageError(
          `${where}: a powerdns provider needs credentials.tokenEnv (the API key's variable)`
        );
      let apiKey = context.env[variable];
      if (!apiKey)
        throw new UsageError(`${where}: the environment variable ${variable} is not set`);
      return createPowerDnsProvider({
        name: entry.name,
        url: entry.url,
        serverId: entry.serverId ?? "localhost",
        apiKey,
        ...context.logger ? { logger: context.logger } : {},
        ...context.fetch ? { fetch: context.fetch } : {},
        ...context.retry ? { retry: context.retry } : {},
        ...context.timeoutMs ? { timeoutMs: context.timeoutMs } : {}
      });
    }
    case "cloudflare": {
      let variable = entry.credentials?.tokenEnv;
      if (!variable)
        throw new UsageError(
          `${where}: a cloudflare provider needs credentials.tokenEnv (the API token's variable)`
        );
      let { createCloudflareProvider } = await import("./cloudflare-IHBPUA4W.js");
      return createCloudflareProvider({
        name: entry.name,
        tokenEnv: variable,
        env: context.env,
        ...context.logger ? { logger: context.logger } : {},
        ...context.timeoutMs ? { timeoutMs: context.timeoutMs } : {}
      });
    }
    default:
      throw new UsageError(`${where}: the ${entry.type} DNS provider is not available yet`);
  }
}
export {
  createDnsProvider,
  createPowerDnsProvider,
  createZoneFileProvider,
  luaTargets,
  shadowConflicts,
  weightedRecordSet,
  zoneFilePath
};
