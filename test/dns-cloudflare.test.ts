// The Cloudflare DNS provider through the official SDK against a loopback simulator of the
// endpoints it uses: ownership by comment, ⌈k/200⌉ batch calls, one read per page for a
// converged zone, rate limits and server errors.
import { afterEach, describe, expect, it } from "vitest";
import { applyDnsPlan, byNameThenType, planDns } from "../lib/dns/diff.ts";
import { encodeCharacterStrings } from "../lib/dns/providers/character-string.ts";
import {
  type CloudflareProviderOptions,
  createCloudflareProvider,
} from "../lib/dns/providers/cloudflare.ts";
import { weightedRecordSet } from "../lib/dns/providers/weighted.ts";
import type { DnsPlanOptions, RecordSet } from "../lib/dns/types.ts";
import { UsageError } from "../lib/errors.ts";
import type { Logger } from "../lib/logger.ts";
import {
  type CloudflareSim,
  type SimOptions,
  startCloudflareSim,
} from "./cloudflare-sim/server.ts";

const ZONE = "example.com.";
const OWNER = "gtm-prod";
const OURS = `heritage=cloudneutral,owner=${OWNER}`;

const sims: CloudflareSim[] = [];
afterEach(async () => {
  for (const sim of sims.splice(0)) await sim.close();
});

async function sim(options: Partial<SimOptions> = {}): Promise<CloudflareSim> {
  const s = await startCloudflareSim({ zones: ["example.com"], ...options });
  sims.push(s);
  return s;
}

function logs(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (m: string) => void lines.push(m);
  return {
    lines,
    debug: keep,
    info: keep,
    warning: keep,
    group: (t, l) => keep([t, ...l].join("\n")),
  };
}

function provider(s: CloudflareSim, extra: Partial<CloudflareProviderOptions> = {}) {
  return createCloudflareProvider({
    name: "cf-test",
    tokenEnv: "CLOUDFLARE_API_TOKEN",
    env: { CLOUDFLARE_API_TOKEN: s.token },
    baseURL: s.baseURL,
    maxRetries: 2,
    ...extra,
  });
}

/** One reconcile: read, plan, apply. */
async function reconcile(
  p: ReturnType<typeof provider>,
  desired: RecordSet[],
  options: Partial<DnsPlanOptions> = {},
) {
  const current = await p.read(ZONE);
  const plan = planDns(current, desired, { owner: OWNER, ...options });
  const { calls } = await p.apply(ZONE, plan);
  return { current, plan, calls };
}

function aSets(k: number, base = 1, ttl = 60): RecordSet[] {
  return Array.from({ length: k }, (_, i) => ({
    name: `h${String(i).padStart(4, "0")}.example.com.`,
    type: "A" as const,
    ttl,
    values: [`192.0.2.${((i + base) % 250) + 1}`],
  }));
}

const batchCalls = (s: CloudflareSim) =>
  s.requests.filter((r) => r.method === "POST" && r.path.endsWith("/dns_records/batch"));
const writes = (s: CloudflareSim) => s.requests.filter((r) => r.method !== "GET");

describe("cloudflare provider: mapping", () => {
  it("reads records into record sets, with the owner their comment names", async () => {
    const s = await sim();
    const seed = (body: Record<string, unknown>) => s.seed("example.com", body);
    seed({ type: "A", name: "api.example.com", content: "192.0.2.2", ttl: 30, comment: OURS });
    seed({ type: "A", name: "api.example.com", content: "192.0.2.1", ttl: 30, comment: OURS });
    seed({
      type: "AAAA",
      name: "API.example.com",
      content: "2001:DB8:0::1",
      ttl: 30,
      comment: OURS,
    });
    seed({ type: "A", name: "www.example.com", content: "198.51.100.7", ttl: 300 });
    seed({
      type: "A",
      name: "other.example.com",
      content: "198.51.100.8",
      ttl: 300,
      comment: "heritage=cloudneutral,owner=staging",
    });
    seed({ type: "A", name: "mixed.example.com", content: "198.51.100.9", ttl: 60, comment: OURS });
    seed({
      type: "A",
      name: "mixed.example.com",
      content: "198.51.100.10",
      ttl: 60,
      comment: "added by hand",
    });
    seed({
      type: "MX",
      name: "example.com",
      content: "mail.example.com",
      priority: 10,
      ttl: 3600,
      comment: OURS,
    });
    seed({
      type: "TXT",
      name: "example.com",
      content: encodeCharacterStrings("x".repeat(300)),
      ttl: 3600,
    });
    seed({
      type: "SRV",
      name: "_sip._tcp.example.com",
      data: { priority: 10, weight: 5, port: 5060, target: "sip.example.com" },
      ttl: 3600,
    });
    seed({
      type: "CAA",
      name: "example.com",
      data: { flags: 0, tag: "issue", value: "letsencrypt.org" },
      ttl: 3600,
    });
    seed({ type: "HTTPS", name: "svc.example.com", content: "1 . alpn=h2", ttl: 300 });

    const sets = await provider(s).read(ZONE);
    const byKey = Object.fromEntries(sets.map((r) => [`${r.name} ${r.type}`, r]));
    expect(byKey["api.example.com. A"]).toEqual({
      name: "api.example.com.",
      type: "A",
      ttl: 30,
      values: ["192.0.2.1", "192.0.2.2"],
      owner: OWNER,
    });
    expect(byKey["api.example.com. AAAA"]?.values).toEqual(["2001:db8::1"]);
    expect(byKey["www.example.com. A"]?.owner).toBeNull();
    expect(byKey["other.example.com. A"]?.owner).toBe("staging");
    // A value someone added by hand makes the set nobody's: we must not rewrite it.
    expect(byKey["mixed.example.com. A"]?.owner).toBeNull();
    expect(byKey["example.com. MX"]?.values).toEqual(["10 mail.example.com."]);
    expect(byKey["example.com. TXT"]?.values).toEqual(["x".repeat(300)]);
    expect(byKey["_sip._tcp.example.com. SRV"]?.values).toEqual(["10 5 5060 sip.example.com."]);
    expect(byKey["example.com. CAA"]?.values).toEqual(['0 issue "letsencrypt.org"']);
    expect(byKey["svc.example.com. HTTPS"]).toBeUndefined();
    expect(sets).toHaveLength(9);
  });

  it("writes every managed type so that it reads back equal (no change planned)", async () => {
    const s = await sim();
    const p = provider(s);
    const desired: RecordSet[] = [
      {
        name: "example.com.",
        type: "MX",
        ttl: 3600,
        values: ["10 mx1.example.net.", "20 mx2.example.net."],
      },
      {
        name: "example.com.",
        type: "TXT",
        ttl: 3600,
        values: ["v=spf1 -all", `k=rsa; p=${"A".repeat(400)}`, 'say "hi" \\ bye', "é".repeat(200)],
      },
      { name: "example.com.", type: "CAA", ttl: 3600, values: ['0 issue "letsencrypt.org"'] },
      {
        name: "_sip._tcp.example.com.",
        type: "SRV",
        ttl: 300,
        values: ["10 5 5060 sip.example.com."],
      },
      { name: "www.example.com.", type: "CNAME", ttl: 300, values: ["api.example.com."] },
      {
        name: "sub.example.com.",
        type: "NS",
        ttl: 3600,
        values: ["ns1.example.net.", "ns2.example.net."],
      },
      { name: "api.example.com.", type: "AAAA", ttl: 60, values: ["2001:db8::1", "2001:db8::2"] },
    ];
    const first = await reconcile(p, desired);
    expect(first.calls).toBe(1);
    const again = planDns(await p.read(ZONE), desired, { owner: OWNER });
    expect([again.create, again.update, again.delete]).toEqual([[], [], []]);
    // Long text is split into strings of at most 255 bytes, as RFC 1035 wants.
    const txt = s.zone("example.com").records.find((r) => r.content.startsWith('"k=rsa'));
    expect(txt?.content.split('" "')).toHaveLength(2);
  });
});

describe("cloudflare provider: batches", () => {
  it("creates 450 record sets in 3 batch calls, and a converged zone costs one read and no write", async () => {
    const s = await sim();
    const p = provider(s, { pageSize: 100 });
    const desired = aSets(450);
    const { plan, calls } = await reconcile(p, desired);
    expect(plan.create).toHaveLength(450);
    expect(calls).toBe(3);
    expect(batchCalls(s)).toHaveLength(3);
    expect(s.zone("example.com").records).toHaveLength(450);

    s.requests.length = 0;
    const current = await p.read(ZONE);
    expect([...current].sort(byNameThenType)).toEqual(applyDnsPlan([], plan));
    // 450 records at 100 a page: 5 list calls, and no sixth to learn the list is over.
    const lists = s.requests.filter((r) => r.path.endsWith("/dns_records"));
    expect(lists.map((r) => r.query.get("page") ?? "1")).toEqual(["1", "2", "3", "4", "5"]);
    const next = planDns(current, desired, { owner: OWNER });
    expect(await p.apply(ZONE, next)).toEqual({ calls: 0 });
    expect(writes(s)).toHaveLength(0);
    // Since the provider was made: the zone lookup, 1 + 5 list pages, 3 batches, no retry.
    expect(p.calls()).toEqual({ reads: 7, writes: 3, retries: 0 });
  });

  it("updates and deletes with as few record writes as possible, each set in one batch", async () => {
    const s = await sim();
    const p = provider(s, { zoneIds: { [ZONE]: s.zone("example.com").id } });
    await reconcile(p, [
      ...aSets(300),
      {
        name: "multi.example.com.",
        type: "A",
        ttl: 60,
        values: ["192.0.2.1", "192.0.2.2", "192.0.2.3"],
      },
      { name: "alias.example.com.", type: "A", ttl: 60, values: ["192.0.2.9"] },
    ]);
    const before = new Map(s.zone("example.com").records.map((r) => [r.content + r.name, r.id]));
    s.requests.length = 0;
    // 150 changed addresses, 100 sets gone, 50 unchanged, one value swapped, an A becoming a CNAME.
    const desired = [
      ...aSets(150, 7),
      ...aSets(200).slice(150),
      {
        name: "multi.example.com.",
        type: "A" as const,
        ttl: 60,
        values: ["192.0.2.1", "192.0.2.2", "192.0.2.4"],
      },
      {
        name: "alias.example.com.",
        type: "CNAME" as const,
        ttl: 60,
        values: ["multi.example.com."],
      },
    ];
    const { plan, calls } = await reconcile(p, desired, { force: true });
    expect([plan.create.length, plan.update.length, plan.delete.length]).toEqual([1, 151, 101]);
    // 253 record changes: 2 batches, one read before them.
    expect(calls).toBe(2);
    const bodies = batchCalls(s).map((r) => r.body as Record<string, unknown[]>);
    expect(
      bodies.map(
        (b) => (b.deletes?.length ?? 0) + (b.patches?.length ?? 0) + (b.posts?.length ?? 0),
      ),
    ).toEqual([200, 53]);
    // A changed value is a patch of the record that held the old one.
    const multi = s.zone("example.com").records.filter((r) => r.name === "multi.example.com");
    expect(multi.map((r) => r.content).sort()).toEqual(["192.0.2.1", "192.0.2.2", "192.0.2.4"]);
    expect(multi.find((r) => r.content === "192.0.2.4")?.id).toBe(
      before.get("192.0.2.3multi.example.com"),
    );
    const again = planDns(await p.read(ZONE), desired, { owner: OWNER });
    expect([again.create, again.update, again.delete]).toEqual([[], [], []]);
  });

  it("leaves foreign records alone: a conflict at our name, a bystander elsewhere", async () => {
    const s = await sim();
    const theirs = s.seed("example.com", {
      type: "A",
      name: "api.example.com",
      content: "203.0.113.5",
      ttl: 300,
    });
    const staging = s.seed("example.com", {
      type: "A",
      name: "old.example.com",
      content: "203.0.113.6",
      ttl: 300,
      comment: "heritage=cloudneutral,owner=staging",
    });
    const snapshot = JSON.stringify([theirs, staging]);
    const p = provider(s);
    const { plan } = await reconcile(p, [
      { name: "api.example.com.", type: "A", ttl: 60, values: ["192.0.2.1"] },
      { name: "new.example.com.", type: "A", ttl: 60, values: ["192.0.2.2"] },
    ]);
    expect(plan.conflicts.map((r) => r.name)).toEqual(["api.example.com."]);
    const records = s.zone("example.com").records;
    expect(JSON.stringify(records.filter((r) => r.id === theirs.id || r.id === staging.id))).toBe(
      snapshot,
    );
    expect(records.map((r) => r.name).sort()).toEqual([
      "api.example.com",
      "new.example.com",
      "old.example.com",
    ]);
    // Adopting takes the record over in place: its comment now names us.
    await reconcile(
      p,
      [{ name: "api.example.com.", type: "A", ttl: 60, values: ["203.0.113.5"] }],
      { adopt: true, policy: "upsert-only" },
    );
    expect(records.length).toBe(3);
    expect(s.zone("example.com").records.find((r) => r.id === theirs.id)?.comment).toBe(OURS);
  });

  it("refuses an unsafe plan and a plan the zone no longer matches, writing nothing", async () => {
    const s = await sim();
    const p = provider(s);
    await reconcile(p, aSets(20));
    const current = await p.read(ZONE);
    const unsafe = planDns(current, aSets(20, 3), { owner: OWNER });
    await expect(p.apply(ZONE, unsafe)).rejects.toThrow(/refusing .* would update 20/);
    // Someone edits a record between the read a plan was made from and the apply.
    const stale = planDns(current, aSets(2, 3), { owner: OWNER, force: true });
    s.zone("example.com").records[0]!.content = "198.51.100.1";
    await p.read(ZONE);
    s.requests.length = 0;
    await expect(p.apply(ZONE, stale)).rejects.toThrow(
      /changed in Cloudflare since the plan was made/,
    );
    expect(writes(s)).toHaveLength(0);
  });
});

describe("cloudflare provider: faults", () => {
  it("waits as long as retry-after says through a burst of 429s, and never shows the token", async () => {
    const s = await sim();
    const log = logs();
    const p = provider(s, { logger: log });
    await p.read(ZONE);
    s.faults.add({ method: "POST", path: /\/batch$/, kind: "rate-limit", retryAfter: 1, times: 2 });
    const plan = planDns(await p.read(ZONE), aSets(3), { owner: OWNER });
    const { calls } = await p.apply(ZONE, plan);
    // One logical write; the two retries are counted apart.
    expect(calls).toBe(1);
    expect(p.calls().retries).toBe(2);
    const tries = batchCalls(s);
    expect(tries.map((r) => r.status)).toEqual([429, 429, 200]);
    for (let i = 1; i < tries.length; i++)
      expect(tries[i]!.at - tries[i - 1]!.at).toBeGreaterThanOrEqual(1000);
    expect(s.zone("example.com").records).toHaveLength(3);
    expect(log.lines.join("\n")).toMatch(/429 .*retry-after/);
    expect(log.lines.join("\n")).not.toContain(s.token);
  });

  it("gives up on a retry-after longer than it may wait, and after its bounded retries", async () => {
    const s = await sim();
    const log = logs();
    const p = provider(s, { logger: log, maxRetryAfterSeconds: 5 });
    s.faults.add({ path: /\/dns_records$/, kind: "rate-limit", retryAfter: 600 });
    const error = await p.read(ZONE).catch((e: unknown) => e);
    // It gave up at the first answer rather than waiting out the 600 s: one request, no retry
    // (counted, not timed, so a busy machine cannot fail it).
    expect(s.requests.filter((r) => r.status === 429)).toHaveLength(1);
    expect(String(error)).toMatch(/listing the records of example.com. failed: HTTP 429 \(971 /);
    expect(String(error)).not.toContain(s.token);
    s.faults.add({ path: /\/dns_records$/, kind: "rate-limit", retryAfter: 0, times: 10 });
    await expect(p.read(ZONE)).rejects.toThrow(/HTTP 429/);
    // maxRetries 2: the first try and two retries.
    expect(s.requests.filter((r) => r.status === 429)).toHaveLength(1 + 3);
    expect(log.lines.join("\n")).not.toContain(s.token);
  });

  it("leaves nothing half-applied when a batch keeps failing with 5xx, and says so", async () => {
    const s = await sim();
    const p = provider(s, { pageSize: 1000 });
    await reconcile(p, aSets(100));
    const before = JSON.stringify(s.zone("example.com").records);
    const plan = planDns(await p.read(ZONE), aSets(100, 5), { owner: OWNER, force: true });
    // The transaction does all its work, then aborts, on every try.
    s.faults.add({ method: "POST", path: /\/batch$/, kind: "batch-aborts", times: 3 });
    const error = await p.apply(ZONE, plan).catch((e: unknown) => e);
    expect(String(error)).toMatch(
      /rejected batch 1 of 1 for example.com. .*HTTP 500 .*none applied/,
    );
    expect(JSON.stringify(s.zone("example.com").records)).toBe(before);
  });

  it("after a failed middle batch, every set is old or new and the next run converges", async () => {
    const s = await sim();
    const p = provider(s);
    const desired = aSets(450);
    s.faults.add({
      method: "POST",
      path: /\/batch$/,
      kind: "server-error",
      status: 502,
      skip: 1,
      times: 3,
    });
    await expect(reconcile(p, desired)).rejects.toThrow(/batch 2 of 3 .*HTTP 502.*batch 1 applied/);
    expect(s.zone("example.com").records).toHaveLength(200);
    s.requests.length = 0;
    const { plan, calls } = await reconcile(p, desired);
    expect([plan.create.length, calls]).toEqual([250, 2]);
    const again = planDns(await p.read(ZONE), desired, { owner: OWNER });
    expect([again.create, again.update, again.delete]).toEqual([[], [], []]);
  });

  it("retries a batch that aborted once, without duplicating anything", async () => {
    const s = await sim();
    const p = provider(s);
    s.faults.add({ method: "POST", path: /\/batch$/, kind: "batch-aborts" });
    const { calls } = await reconcile(p, aSets(5));
    expect([calls, p.calls().retries]).toEqual([1, 1]);
    expect(s.zone("example.com").records).toHaveLength(5);
  });
});

describe("cloudflare provider: setup and weights", () => {
  it("names the missing token variable, never a value", () => {
    expect(() =>
      createCloudflareProvider({ name: "cf", tokenEnv: "CF_DNS_TOKEN", env: {} }),
    ).toThrow(UsageError);
    expect(() =>
      createCloudflareProvider({ name: "cf", tokenEnv: "CF_DNS_TOKEN", env: {} }),
    ).toThrow(/CF_DNS_TOKEN/);
  });

  it("looks a zone up by name once, and says when the token cannot see it", async () => {
    const s = await sim();
    const p = provider(s);
    await p.read(ZONE);
    await p.read(ZONE);
    expect(s.requests.map((r) => r.path.replace(/[0-9a-f]{32}/, "ID"))).toEqual([
      "/zones",
      "/zones/ID/dns_records",
      "/zones/ID/dns_records",
    ]);
    await expect(p.read("example.org.")).rejects.toThrow(/no zone named example.org/);
  });

  it("serves weights by membership: a region at weight 0 leaves the answer and comes back", async () => {
    const s = await sim();
    const p = provider(s);
    expect(p.capabilities.weights).toBe("membership");
    const answer = (us1: number) => {
      const set = weightedRecordSet(
        {
          name: "api.example.com.",
          type: "A",
          ttl: 30,
          targets: [
            { address: "192.0.2.10", weight: 100 },
            { address: "192.0.2.20", weight: us1 },
            { address: "192.0.2.30", weight: 20 },
          ],
        },
        p.capabilities.weights,
      );
      return set ? [set] : [];
    };
    const down = await reconcile(p, answer(0));
    expect(down.calls).toBe(1);
    const served = () =>
      s
        .zone("example.com")
        .records.map((r) => r.content)
        .sort();
    expect(served()).toEqual(["192.0.2.10", "192.0.2.30"]);
    const up = await reconcile(p, answer(100));
    expect([up.plan.update.length, up.calls]).toEqual([1, 1]);
    expect(served()).toEqual(["192.0.2.10", "192.0.2.20", "192.0.2.30"]);
    // The two addresses that stayed kept their records: only one was added.
    expect(batchCalls(s).at(-1)?.body).toEqual({
      posts: [expect.objectContaining({ content: "192.0.2.20", comment: OURS })],
    });
  });

  it("sets Load Balancer pool origin weights, and writes nothing when they hold", async () => {
    const origin = (name: string, address: string) => ({ name, address, enabled: true, weight: 1 });
    const s = await sim({
      pools: [
        {
          id: "p1",
          account_id: "acc1",
          name: "api",
          enabled: true,
          minimum_origins: 1,
          origins: [origin("jp1", "192.0.2.10"), origin("us1", "192.0.2.20")],
        },
      ],
    });
    const p = provider(s, { weights: "load-balancer" });
    expect(p.capabilities).toEqual({ weights: "membership", batchSize: 200, ownership: "comment" });
    expect(p.weightsVia).toBe("load-balancer");
    const pool = { accountId: "acc1", poolId: "p1" };
    expect(await p.setPoolWeights(pool, { jp1: 200, us1: 50 })).toEqual({
      calls: 2,
      changed: true,
    });
    expect(s.pools[0]!.origins.map((o) => [o.name, o.weight])).toEqual([
      ["jp1", 1],
      ["us1", 0.25],
    ]);
    expect(await p.setPoolWeights(pool, { jp1: 100, us1: 25 })).toEqual({
      calls: 1,
      changed: false,
    });
    await expect(p.setPoolWeights(pool, { eu1: 1 })).rejects.toThrow(/no origin named eu1/);
  });
});

describe("cloudflare from the Platform's provider list", () => {
  it("is made by createDnsProvider, with the token from the named variable", async () => {
    const { createDnsProvider } = await import("../lib/dns/providers/index.ts");
    const entry = {
      name: "cf",
      type: "cloudflare" as const,
      credentials: { tokenEnv: "CF_TOKEN" },
    };
    await expect(createDnsProvider(entry, { root: "/nonexistent", env: {} })).rejects.toThrow(
      /set the environment variable CF_TOKEN/,
    );
    const provider = await createDnsProvider(entry, {
      root: "/nonexistent",
      env: { CF_TOKEN: "t0ken" },
    });
    expect(provider.type).toBe("cloudflare");
    expect(provider.capabilities.batchSize).toBe(200);
  });
});
