// PowerDNS Authoritative through its HTTP API. A read is one GET of the zone; a plan is one
// PATCH carrying every change as REPLACE or DELETE, which PowerDNS applies in one backend
// transaction: the zone holds all of it or none of it, and sending it twice is harmless, so
// retries are safe. Ownership lives in the per-RRset comment (`heritage=cloudneutral,
// owner=…`), next to any notes people left there, which are kept. Weights are native where
// the server runs LUA records (`pickwrandom`), else membership.
import type { Logger } from "../../logger.ts";
import { recordKey } from "../diff.ts";
import { normalizeName, normalizeRecordSet, valueProblem } from "../normalize.ts";
import { assertApplicable, type DnsProvider, isEmptyPlan } from "../provider.ts";
import { RECORD_TYPES, type RecordSet, type RecordType } from "../types.ts";
import { decodeCharacterStrings, encodeCharacterStrings } from "./character-string.ts";
import {
  briefBody,
  describeRequest,
  type FetchLike,
  type HttpRequest,
  HttpRetryError,
  type RetryOptions,
  requestWithRetry,
} from "./http.ts";
import { formatOwnerMarker, HERITAGE, parseOwnerMarker } from "./ownership.ts";
import { canonicalLuaContent } from "./weighted.ts";

export interface PowerDnsOptions {
  /** The provider's name in the Platform; default `powerdns`. */
  name?: string;
  /** The API's base URL, e.g. `http://127.0.0.1:8081` (a trailing `/api/v1` is accepted). */
  url: string;
  /** Default `localhost`, PowerDNS' own name for itself. */
  serverId?: string;
  /** The value, not the variable: resolve it from the environment before (see index.ts). */
  apiKey: string;
  /**
   * Whether the server answers LUA records. Left out, it is read from the server's
   * `enable-lua-records` setting once, when the provider is made. Say `true` for servers
   * that enable them per zone (ENABLE-LUA-RECORDS metadata) instead.
   */
  luaRecords?: boolean;
  /** Per attempt; default 10 s. */
  timeoutMs?: number;
  retry?: RetryOptions;
  logger?: Logger;
  fetch?: FetchLike;
}

interface PdnsComment {
  content: string;
  account?: string;
  modified_at?: number;
}

interface PdnsRRset {
  name: string;
  type: string;
  ttl?: number;
  changetype?: "REPLACE" | "DELETE";
  records?: { content: string; disabled: boolean }[];
  comments?: PdnsComment[];
}

const MANAGED: ReadonlySet<string> = new Set(RECORD_TYPES);

export async function createPowerDnsProvider(options: PowerDnsOptions): Promise<DnsProvider> {
  const name = options.name ?? "powerdns";
  const base = options.url.replace(/\/+$/, "").replace(/\/api\/v1$/, "");
  const server = `${base}/api/v1/servers/${encodeURIComponent(options.serverId ?? "localhost")}`;
  const counts = { reads: 0, writes: 0, retries: 0 };
  /** Comments other than our marker, per record set, from the last read: kept on REPLACE. */
  const notes = new Map<string, PdnsComment[]>();

  const call = async (method: HttpRequest["method"], url: string, body?: unknown) => {
    const request: HttpRequest = {
      method,
      url,
      headers: { "X-API-Key": options.apiKey, Accept: "application/json" },
      timeoutMs: options.timeoutMs ?? 10_000,
    };
    if (body !== undefined) {
      request.body = JSON.stringify(body);
      request.headers["Content-Type"] = "application/json";
    }
    const response = await requestWithRetry(request, {
      ...options.retry,
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      onRetry: () => counts.retries++,
    });
    if (response.status === 401 || response.status === 403)
      throw new Error(
        `${name}: PowerDNS refused the API key (HTTP ${response.status}) for ${describeRequest(request)}: check the variable named by credentials.tokenEnv`,
      );
    return { ...response, request };
  };

  const lua = options.luaRecords ?? (await luaRecordsEnabled(name, server, call, options.logger));
  const zoneUrl = (zone: string) => `${server}/zones/${encodeURIComponent(zone)}`;

  return {
    name,
    type: "powerdns",
    capabilities: {
      weights: lua ? "native" : "membership",
      batchSize: Number.POSITIVE_INFINITY,
      ownership: "comment",
    },
    calls: () => ({ ...counts }),
    async read(zone) {
      const origin = normalizeName(zone);
      counts.reads++;
      const res = await call("GET", zoneUrl(origin)).catch((e: unknown) => {
        if (!(e instanceof HttpRetryError)) throw e;
        throw new Error(`${name}: could not read ${origin}: ${e.message}`, { cause: e });
      });
      if (res.status === 404 || res.status === 422)
        throw new Error(
          `${name}: PowerDNS has no zone ${origin}${briefBody(res.text)}; create the zone first (zones are foundation, not made by reconcilers)`,
        );
      if (res.status !== 200)
        throw new Error(
          `${name}: ${describeRequest(res.request)}: HTTP ${res.status}${briefBody(res.text)}`,
        );
      const rrsets = (JSON.parse(res.text) as { rrsets?: PdnsRRset[] }).rrsets ?? [];
      for (const key of [...notes.keys()]) if (key.startsWith(`${origin} `)) notes.delete(key);
      const out: RecordSet[] = [];
      for (const rr of rrsets) {
        if (!MANAGED.has(rr.type)) continue;
        const set: RecordSet = {
          name: rr.name,
          type: rr.type as RecordType,
          ttl: rr.ttl ?? 0,
          // A disabled record is not served, so it is not part of what the zone answers.
          values: (rr.records ?? [])
            .filter((r) => !r.disabled)
            .map((r) => recordValue(rr.type, r.content)),
          owner: ownerOf(rr.comments ?? []),
        };
        const normal = normalizeRecordSet(set);
        notes.set(
          `${origin} ${recordKey(normal)}`,
          (rr.comments ?? []).filter((c) => !isMarker(c)),
        );
        out.push(normal);
      }
      return out;
    },
    async apply(zone, plan) {
      const origin = normalizeName(zone);
      assertApplicable(name, origin, plan);
      if (isEmptyPlan(plan)) return { calls: 0 };
      const replace = (r: RecordSet): PdnsRRset => {
        const set = normalizeRecordSet(r);
        if (set.type === "LUA" && !lua)
          throw new Error(
            `${name}: ${recordKey(set)} is a LUA record, but this PowerDNS server does not serve LUA records (enable-lua-records)`,
          );
        if (typeof r.owner !== "string")
          throw new Error(`${name}: ${recordKey(set)} has no owner to mark`);
        for (const v of set.values) {
          const bad = valueProblem(set.type, v);
          if (bad) throw new Error(`${name}: ${recordKey(set)}: ${JSON.stringify(v)} ${bad}`);
        }
        const kept = notes.get(`${origin} ${recordKey(set)}`) ?? [];
        return {
          name: set.name,
          type: set.type,
          ttl: set.ttl,
          changetype: "REPLACE",
          records: set.values.map((v) => ({ content: contentOf(set.type, v), disabled: false })),
          comments: [
            ...kept.map((c) => ({ content: c.content, account: c.account ?? "" })),
            { content: formatOwnerMarker(r.owner), account: HERITAGE },
          ],
        };
      };
      const rrsets: PdnsRRset[] = [
        ...plan.delete.map((r) => ({
          name: normalizeName(r.name),
          type: r.type,
          changetype: "DELETE" as const,
        })),
        ...plan.update.map((u) => replace(u.to)),
        ...plan.create.map(replace),
      ];
      counts.writes++;
      let res: Awaited<ReturnType<typeof call>>;
      try {
        res = await call("PATCH", zoneUrl(origin), { rrsets });
      } catch (e) {
        if (!(e instanceof HttpRetryError)) throw e;
        throw new Error(
          `${name}: could not change ${origin}: ${e.message}. PowerDNS applies one PATCH in one transaction, so the zone holds all ${rrsets.length} changes or none of them; the next run reads which and converges`,
          { cause: e },
        );
      }
      if (res.status !== 204 && res.status !== 200)
        throw new Error(
          `${name}: PowerDNS rejected the changes to ${origin} (HTTP ${res.status})${briefBody(res.text)}; nothing was changed`,
        );
      return { calls: 1 };
    },
  };
}

type Call = (method: HttpRequest["method"], url: string) => Promise<HttpResponseWithRequest>;
type HttpResponseWithRequest = { status: number; text: string; request: HttpRequest };

/** The server's `enable-lua-records` setting; unreadable settings mean membership, said once. */
async function luaRecordsEnabled(
  name: string,
  server: string,
  call: Call,
  logger?: Logger,
): Promise<boolean> {
  const res = await call("GET", `${server}/config`).catch((e: unknown) => {
    if (!(e instanceof HttpRetryError)) throw e;
    throw new Error(`${name}: could not read the server's settings: ${e.message}`, { cause: e });
  });
  if (res.status !== 200) {
    logger?.warning(
      `${name}: cannot read the server's settings (HTTP ${res.status}); weights fall back to membership. Set luaRecords to say otherwise.`,
    );
    return false;
  }
  const settings = JSON.parse(res.text) as { name: string; value: string }[];
  const value = settings.find((s) => s.name === "enable-lua-records")?.value ?? "no";
  // "shared" (4.9+) also enables them, with one Lua state shared between queries.
  return value === "yes" || value === "shared";
}

function recordValue(type: string, content: string): string {
  if (type === "TXT") return decodeCharacterStrings(content);
  if (type === "LUA") return canonicalLuaContent(content);
  return content;
}

function contentOf(type: string, value: string): string {
  if (type === "TXT") return encodeCharacterStrings(value);
  if (type === "LUA") return canonicalLuaContent(value);
  return value;
}

function isMarker(c: PdnsComment): boolean {
  return parseOwnerMarker(c.content) !== null;
}

/** The owner the markers name; none, or markers naming different owners, is nobody. */
function ownerOf(comments: readonly PdnsComment[]): string | null {
  const owners = new Set(
    comments.map((c) => parseOwnerMarker(c.content)?.owner).filter((o) => o !== undefined),
  );
  return owners.size === 1 ? [...owners][0]! : null;
}
