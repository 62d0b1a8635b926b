// The Cloudflare DNS provider, on the official `cloudflare` SDK: a zone is read with one
// list call per page and changed through the batch endpoint, at most 200 record changes
// per call. Ownership lives in each record's `comment` (see cloudflare-records.ts).
import { BaseRecords, type RecordResponse } from "cloudflare/resources/dns/records";
import { BasePools } from "cloudflare/resources/load-balancers/pools/pools";
import { BaseZones } from "cloudflare/resources/zones/zones";
import { createClient } from "cloudflare/tree-shakable";
import { UsageError } from "../../errors.ts";
import { type Logger, silentLogger } from "../../logger.ts";
import { normalizeName } from "../normalize.ts";
import {
  assertApplicable,
  type DnsCallCounts,
  type DnsProvider,
  isEmptyPlan,
} from "../provider.ts";
import { packBatches, setChanges } from "./cloudflare-batch.ts";
import { describeError, type Fetch, watchedFetch } from "./cloudflare-http.ts";
import { type CloudflareRecordSet, cloudflareName, recordSetsOf } from "./cloudflare-records.ts";
import { poolOriginWeights } from "./cloudflare-weights.ts";

/** The free plan's limit; paid plans take 3,500, but 200 is safe on every zone. */
export const CLOUDFLARE_BATCH_SIZE = 200;
const DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4";

export type CloudflareWeights = "membership" | "load-balancer";

export interface CloudflareProviderOptions {
  /** The provider's name in the Platform (`spec.dns.providers[].name`). */
  name: string;
  /** The environment variable holding the API token (the Platform's `credentials.tokenEnv`). */
  tokenEnv: string;
  /** Where `tokenEnv` is looked up; `process.env` by default. */
  env?: Readonly<Record<string, string | undefined>>;
  /** How the GtmPolicy serves weights; `membership` by default. */
  weights?: CloudflareWeights;
  baseURL?: string;
  /** Zone ids by zone name, to spare the lookup of each zone by name. */
  zoneIds?: Readonly<Record<string, string>>;
  /** Retries of one call after a 429, 5xx, timeout or lost connection; 4 by default. */
  maxRetries?: number;
  /**
   * Longest `retry-after` (seconds) worth waiting for; 60 by default. A longer one fails the
   * run at once: the next scheduled run comes sooner than the wait would end.
   */
  maxRetryAfterSeconds?: number;
  /** Per attempt, milliseconds; 30 s by default. */
  timeoutMs?: number;
  /** Records per list page; 5,000 by default, so most zones are one call. */
  pageSize?: number;
  logger?: Logger;
  /** For tests: the `fetch` under the SDK. */
  fetch?: Fetch;
}

export interface CloudflarePool {
  accountId: string;
  poolId: string;
}

export interface CloudflareProvider extends DnsProvider {
  readonly type: "cloudflare";
  /**
   * Where weights go: `membership` through the record sets (as capabilities.weights says), or
   * `load-balancer` through `setPoolWeights`, the public name then pointing at the balancer.
   */
  readonly weightsVia: CloudflareWeights;
  /**
   * Sets a Load Balancer pool's origin weights from region weights (origins are named after
   * regions): one read, and one PATCH when a weight changes. `calls` counts both.
   */
  setPoolWeights(
    pool: CloudflarePool,
    weights: Readonly<Record<string, number>>,
  ): Promise<{ calls: number; changed: boolean }>;
}

export function createCloudflareProvider(options: CloudflareProviderOptions): CloudflareProvider {
  const logger = options.logger ?? silentLogger;
  const fromEnv = (options.env ?? process.env)[options.tokenEnv];
  if (!fromEnv)
    throw new UsageError(
      `DNS provider "${options.name}": the Cloudflare API token is missing: set the environment variable ${options.tokenEnv} (named by credentials.tokenEnv)`,
    );
  const token: string = fromEnv;
  const counts: DnsCallCounts = { reads: 0, writes: 0, retries: 0 };
  const client = createClient({
    resources: [BaseRecords, BaseZones, BasePools],
    apiToken: token,
    // Explicit nulls: the SDK would otherwise pick other credentials up from the environment.
    apiKey: null,
    apiEmail: null,
    userServiceKey: null,
    baseURL: options.baseURL ?? DEFAULT_BASE_URL,
    maxRetries: options.maxRetries ?? 4,
    timeout: options.timeoutMs ?? 30_000,
    // The SDK's own logging can print request details; ours never sees the token.
    logLevel: "off",
    fetch: watchedFetch(counts, options.maxRetryAfterSeconds ?? 60, logger, options.fetch),
  });
  const pageSize = options.pageSize ?? 5000;
  const zoneIds = new Map(
    Object.entries(options.zoneIds ?? {}).map(([name, id]) => [normalizeName(name), id]),
  );
  /** What the last read saw, by zone: apply needs the record ids behind each set. */
  const lastRead = new Map<string, Map<string, CloudflareRecordSet>>();

  async function guard<T>(what: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw new Error(`Cloudflare: ${what} failed: ${describeError(error, token)}`, {
        cause: error,
      });
    }
  }

  async function zoneIdOf(zone: string): Promise<string> {
    const known = zoneIds.get(normalizeName(zone));
    if (known) return known;
    const name = cloudflareName(zone);
    const page = await guard(`looking up zone ${name}`, () =>
      client.zones.list({ name, per_page: 5 }),
    );
    const found = page.result.find((z) => z.name.toLowerCase() === name);
    if (!found)
      throw new UsageError(`Cloudflare has no zone named ${name} that the API token can see`);
    zoneIds.set(normalizeName(zone), found.id);
    return found.id;
  }

  async function readZone(zone: string): Promise<Map<string, CloudflareRecordSet>> {
    const zoneId = await zoneIdOf(zone);
    const records: RecordResponse[] = [];
    let page = await guard(`listing the records of ${zone}`, () =>
      client.dns.records.list({ zone_id: zoneId, per_page: pageSize }),
    );
    for (;;) {
      records.push(...page.result);
      // The SDK's own iteration asks for one more page to learn it is empty; result_info
      // already says how many pages there are.
      const info: { page?: number; total_pages?: number } = page.result_info;
      const more =
        info.total_pages !== undefined
          ? (info.page ?? 1) < info.total_pages
          : page.result.length >= pageSize;
      if (!more) break;
      const current = page;
      page = await guard(`listing the records of ${zone}`, () => current.getNextPage());
    }
    const sets = recordSetsOf(records);
    lastRead.set(normalizeName(zone), sets);
    return sets;
  }

  return {
    name: options.name,
    type: "cloudflare",
    // Record sets can only say membership; a load balancer's weights go by setPoolWeights.
    capabilities: { weights: "membership", batchSize: CLOUDFLARE_BATCH_SIZE, ownership: "comment" },
    weightsVia: options.weights ?? "membership",
    calls: () => ({ ...counts }),

    async read(zone) {
      const sets = await readZone(zone);
      return [...sets.values()].map((s) => s.set);
    },

    /**
     * Uses the record ids of this provider's last read of the zone (reading first if there
     * was none), so a reconcile costs one read and ⌈changes/200⌉ batch calls.
     */
    async apply(zone, plan) {
      assertApplicable(options.name, zone, plan);
      if (isEmptyPlan(plan)) return { calls: 0 };
      const key = normalizeName(zone);
      const current = lastRead.get(key) ?? (await readZone(zone));
      // Whatever happens next, the ids read before are stale: the next apply reads again.
      lastRead.delete(key);
      // Everything is checked and built before the first write, so a plan that cannot be
      // carried out changes nothing.
      const batches = packBatches(setChanges(plan, current), CLOUDFLARE_BATCH_SIZE);
      const zoneId = await zoneIdOf(zone);
      const before = counts.writes;
      for (const [i, batch] of batches.entries()) {
        const { keys, ...body } = batch;
        try {
          await client.dns.records.batch({ zone_id: zoneId, ...nonEmpty(body) });
        } catch (error) {
          const done = i === 0 ? "none" : i === 1 ? "batch 1" : `batches 1–${i}`;
          throw new Error(
            `${options.name}: Cloudflare rejected batch ${i + 1} of ${batches.length} for ${zone} (${keys.length} record sets from ${keys[0]}): ${describeError(error, token)}. ` +
              `A batch applies all or nothing and no record set spans two, so ${done} applied and every record set is as it was or as planned; the next run converges.`,
            { cause: error },
          );
        }
      }
      return { calls: counts.writes - before };
    },

    async setPoolWeights(pool, weights) {
      const before = counts.reads + counts.writes;
      const params = { account_id: pool.accountId };
      const current = await guard(`reading load balancer pool ${pool.poolId}`, () =>
        client.loadBalancers.pools.get(pool.poolId, params),
      );
      const origins = poolOriginWeights(current.origins ?? [], weights);
      if (origins)
        await guard(`setting the origin weights of pool ${pool.poolId}`, () =>
          client.loadBalancers.pools.edit(pool.poolId, { ...params, origins }),
        );
      return { calls: counts.reads + counts.writes - before, changed: origins !== null };
    },
  };
}

/** Empty lists left out, so a batch says only what it does. */
function nonEmpty<T extends Record<string, unknown[]>>(body: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(body) as [keyof T, T[keyof T]][])
    if (v.length > 0) out[k] = v;
  return out;
}
