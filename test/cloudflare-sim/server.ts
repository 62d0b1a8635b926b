// A loopback stand-in for the parts of Cloudflare's API v4 the DNS provider uses: zones by
// name, DNS record listing with `result_info` pages, the records batch endpoint, and Load
// Balancer pools. Every answer is in Cloudflare's envelope `{success, errors, messages,
// result}`; requests are logged with their times so tests can check how the client paced them.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { createFaultQueue, type Fault, type FaultQueue, faultReply } from "./faults.ts";
import {
  type BatchBody,
  buildRecord,
  CfFailure,
  cfId,
  runBatch,
  type SimRecord,
  type SimZone,
} from "./records.ts";

export interface SimOrigin {
  name: string;
  address: string;
  enabled: boolean;
  weight: number;
}

export interface SimPool {
  id: string;
  account_id: string;
  name: string;
  enabled: boolean;
  minimum_origins: number;
  origins: SimOrigin[];
  created_on: string;
  modified_on: string;
}

export interface SimRequest {
  method: string;
  /** Below the base URL, without the query. */
  path: string;
  query: URLSearchParams;
  status: number;
  /** `performance.now()` when the request arrived. */
  at: number;
  body: unknown;
}

export interface CloudflareSim {
  /** What the SDK's `baseURL` option takes. */
  baseURL: string;
  token: string;
  zones: SimZone[];
  pools: SimPool[];
  faults: FaultQueue;
  requests: SimRequest[];
  zone(name: string): SimZone;
  /** Adds a record as if someone made it in the dashboard. */
  seed(zoneName: string, body: Record<string, unknown>): SimRecord;
  close(): Promise<void>;
}

export interface SimOptions {
  zones: string[];
  pools?: Omit<SimPool, "created_on" | "modified_on">[];
  /** Changes one batch may hold (the free plan's 200 by default). */
  batchLimit?: number;
}

const BASE = "/client/v4";

export async function startCloudflareSim(options: SimOptions): Promise<CloudflareSim> {
  const token = `sim-${cfId()}`;
  const zones: SimZone[] = options.zones.map((name) => ({ id: cfId(), name, records: [] }));
  const now = new Date().toISOString();
  const pools: SimPool[] = (options.pools ?? []).map((p) => ({
    ...p,
    created_on: now,
    modified_on: now,
  }));
  const faults = createFaultQueue();
  const requests: SimRequest[] = [];
  const batchLimit = options.batchLimit ?? 200;

  const zoneNamed = (name: string) => {
    const zone = zones.find((z) => z.name === name);
    if (!zone) throw new Error(`no zone ${name} in the simulator`);
    return zone;
  };
  const zoneById = (id: string | undefined) => {
    const zone = zones.find((z) => z.id === id);
    if (!zone) throw new CfFailure(404, [{ code: 7003, message: "Could not route to /zones" }]);
    return zone;
  };

  /** `abort`: a batch-aborts fault, which lets a batch do all its work and then fail. */
  async function route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
    abort: Fault | undefined,
  ) {
    let m = /^\/zones$/.exec(path);
    if (m && method === "GET") {
      const name = query.get("name");
      return page(zones.filter((z) => name === null || z.name === name).map(zoneShape), query);
    }
    m = /^\/zones\/([^/]+)\/dns_records$/.exec(path);
    if (m && method === "GET") return page(zoneById(m[1]).records, query);
    m = /^\/zones\/([^/]+)\/dns_records\/batch$/.exec(path);
    if (m && method === "POST") {
      const zone = zoneById(m[1]);
      const { records, result } = runBatch(zone, (body ?? {}) as BatchBody, batchLimit);
      if (abort) {
        const reply = faultReply(abort);
        throw new CfFailure(reply.status, reply.errors);
      }
      zone.records = records;
      return { result };
    }
    m = /^\/accounts\/([^/]+)\/load_balancers\/pools\/([^/]+)$/.exec(path);
    if (m && (method === "GET" || method === "PATCH")) {
      const pool = pools.find((p) => p.account_id === m![1] && p.id === m![2]);
      if (!pool) throw new CfFailure(404, [{ code: 1002, message: "Pool not found" }]);
      if (method === "PATCH") patchPool(pool, body);
      const { account_id: _account, ...shown } = pool;
      return { result: shown };
    }
    throw new CfFailure(404, [{ code: 7000, message: "No route for that URI" }]);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const at = performance.now();
    const url = new URL(req.url ?? "/", "http://sim");
    const path = url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length) : url.pathname;
    const method = req.method ?? "GET";
    const raw = await readBody(req);
    let status = 200;
    let headers: Record<string, string> = {};
    let payload: Record<string, unknown>;
    let body: unknown;
    try {
      body = raw === "" ? undefined : parseJson(raw);
      if (req.headers.authorization !== `Bearer ${token}`)
        throw new CfFailure(403, [{ code: 10000, message: "Authentication error" }]);
      const fault = faults.take(method, path);
      if (fault && fault.kind !== "batch-aborts") {
        const reply = faultReply(fault);
        headers = reply.headers;
        throw new CfFailure(reply.status, reply.errors);
      }
      const answer = await route(method, path, url.searchParams, body, fault);
      payload = { success: true, errors: [], messages: [], ...answer };
    } catch (error) {
      if (!(error instanceof CfFailure)) throw error;
      status = error.status;
      payload = { success: false, errors: error.errors, messages: [], result: null };
    }
    requests.push({ method, path, query: url.searchParams, status, at, body });
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(payload));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(`simulator bug: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}${BASE}`,
    token,
    zones,
    pools,
    faults,
    requests,
    zone: zoneNamed,
    seed(zoneName, body) {
      const zone = zoneNamed(zoneName);
      const record = buildRecord(zone, body);
      zone.records.push(record);
      return record;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A zone as `GET /zones` lists it (the fields Cloudflare always sends). */
function zoneShape(zone: SimZone) {
  const created = "2024-01-01T00:00:00.000000Z";
  return {
    id: zone.id,
    name: zone.name,
    status: "active",
    paused: false,
    type: "full",
    development_mode: 0,
    name_servers: ["ada.ns.cloudflare.com", "bob.ns.cloudflare.com"],
    original_name_servers: null,
    original_registrar: null,
    original_dnshost: null,
    created_on: created,
    modified_on: created,
    activated_on: created,
    meta: { step: 2, custom_certificate_quota: 0, page_rule_quota: 3, phishing_detected: false },
    owner: { id: null, type: "user", email: null },
    account: { id: "sim-account", name: "Simulated account" },
    permissions: ["#dns_records:edit", "#dns_records:read", "#zone:read"],
    plan: {
      id: "0feeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
      name: "Free Website",
      price: 0,
      currency: "USD",
      frequency: "",
      is_subscribed: false,
      can_subscribe: false,
      legacy_id: "free",
      legacy_discount: false,
      externally_managed: false,
    },
  };
}

/** One page of a list, with Cloudflare's `result_info`. */
function page<T>(items: readonly T[], query: URLSearchParams) {
  const perPage = Number(query.get("per_page") ?? 100);
  const number = Number(query.get("page") ?? 1);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 5_000_000)
    throw new CfFailure(400, [{ code: 1004, message: "per_page must be between 1 and 5000000" }]);
  if (!Number.isInteger(number) || number < 1)
    throw new CfFailure(400, [{ code: 1004, message: "page must be a positive integer" }]);
  const result = items.slice((number - 1) * perPage, number * perPage);
  return {
    result,
    result_info: {
      page: number,
      per_page: perPage,
      count: result.length,
      total_count: items.length,
      total_pages: Math.ceil(items.length / perPage),
    },
  };
}

function patchPool(pool: SimPool, body: unknown): void {
  const patch = (body ?? {}) as { origins?: unknown };
  if (patch.origins !== undefined) {
    if (!Array.isArray(patch.origins) || patch.origins.length === 0)
      throw new CfFailure(400, [{ code: 1002, message: "origins must be a non-empty array" }]);
    const origins: SimOrigin[] = [];
    for (const o of patch.origins as Record<string, unknown>[]) {
      const weight = o.weight ?? 1;
      const steps = typeof weight === "number" ? weight * 100 : Number.NaN;
      if (!(steps >= 0 && steps <= 100 && Math.abs(steps - Math.round(steps)) < 1e-9))
        throw new CfFailure(400, [
          { code: 1002, message: "origin weight must be between 0 and 1 in steps of 0.01" },
        ]);
      if (typeof o.name !== "string" || typeof o.address !== "string")
        throw new CfFailure(400, [
          { code: 1002, message: "every origin needs a name and an address" },
        ]);
      origins.push({
        name: o.name,
        address: o.address,
        enabled: o.enabled !== false,
        weight: Math.round(steps) / 100,
      });
    }
    pool.origins = origins;
  }
  pool.modified_on = new Date().toISOString();
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new CfFailure(400, [{ code: 6007, message: "Malformed JSON in request body" }]);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
