// DNS providers against real servers: zone files served by PowerDNS' bind backend, the
// PowerDNS HTTP API on its sqlite backend (LUA records on), answers checked with dig.
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planChangeCount, planDns } from "../lib/dns/diff.ts";
import type { DnsProvider } from "../lib/dns/provider.ts";
import {
  decodeCharacterStrings,
  encodeCharacterStrings,
} from "../lib/dns/providers/character-string.ts";
import { requestWithRetry } from "../lib/dns/providers/http.ts";
import { createDnsProvider } from "../lib/dns/providers/index.ts";
import { formatMasterFile, parseMasterFile } from "../lib/dns/providers/master-file.ts";
import { formatOwnerMarker, parseOwnerMarker } from "../lib/dns/providers/ownership.ts";
import { createPowerDnsProvider, type PowerDnsOptions } from "../lib/dns/providers/powerdns.ts";
import { luaTargets, shadowConflicts, weightedRecordSet } from "../lib/dns/providers/weighted.ts";
import { createZoneFileProvider, zoneFilePath } from "../lib/dns/providers/zonefile.ts";
import type { RecordSet } from "../lib/dns/types.ts";
import { UsageError } from "../lib/errors.ts";
import { startFaultyProxy } from "./pdns/proxy.ts";
import { type PdnsServer, startPdns } from "./pdns/server.ts";

const OWNER = "gtm-test";
const FAST = { attempts: 4, baseDelayMs: 20, maxDelayMs: 200 };
const TXT_VALUES = ['say "hi" \\ back', "café ☕ ok", "x".repeat(300)];

/** A little of every type, at names under `zone`. */
function sampleZone(zone: string): RecordSet[] {
  return [
    { name: `api.${zone}`, type: "A", ttl: 30, values: ["192.0.2.1", "192.0.2.2"] },
    { name: `api.${zone}`, type: "AAAA", ttl: 30, values: ["2001:db8::1"] },
    { name: `www.${zone}`, type: "CNAME", ttl: 60, values: [`api.${zone}`] },
    { name: zone, type: "MX", ttl: 300, values: [`10 mail.${zone}`] },
    { name: zone, type: "CAA", ttl: 300, values: ['0 issue "letsencrypt.org"'] },
    { name: `_sip._tcp.${zone}`, type: "SRV", ttl: 300, values: [`10 5 5060 sip.${zone}`] },
    { name: `txt.${zone}`, type: "TXT", ttl: 60, values: TXT_VALUES },
  ];
}

/** read → plan → apply, as a reconcile does; returns the plan and the apply's calls. */
async function reconcile(provider: DnsProvider, zone: string, desired: RecordSet[], adopt = false) {
  const plan = planDns(await provider.read(zone), desired, { owner: OWNER, adopt });
  const { calls } = await provider.apply(zone, plan);
  return { plan, calls };
}

async function expectSampleAnswers(pdns: PdnsServer, zone: string): Promise<void> {
  expect((await pdns.dig(`api.${zone}`, "A")).sort()).toEqual(["192.0.2.1", "192.0.2.2"]);
  expect(await pdns.dig(`api.${zone}`, "AAAA")).toEqual(["2001:db8::1"]);
  expect(await pdns.dig(`www.${zone}`, "CNAME")).toEqual([`api.${zone}`]);
  expect(await pdns.dig(zone, "MX")).toEqual([`10 mail.${zone}`]);
  expect(await pdns.dig(`_sip._tcp.${zone}`, "SRV")).toEqual([`10 5 5060 sip.${zone}`]);
  // dig prints TXT in zone-file syntax: decoding it gives back the exact text we wrote.
  const txt = (await pdns.dig(`txt.${zone}`, "TXT")).map(decodeCharacterStrings).sort();
  expect(txt).toEqual([...TXT_VALUES].sort());
}

describe("formats", () => {
  it("quotes TXT text per RFC 1035 §5.1 and reads it back", () => {
    expect(encodeCharacterStrings('a"b\\c é')).toBe('"a\\"b\\\\c \\195\\169"');
    expect(encodeCharacterStrings("")).toBe('""');
    const long = encodeCharacterStrings("y".repeat(300));
    expect(long).toBe(`"${"y".repeat(255)}" "${"y".repeat(45)}"`);
    for (const t of [...TXT_VALUES, "", '\\\\""', "🙂".repeat(100)])
      expect(decodeCharacterStrings(encodeCharacterStrings(t))).toBe(t);
    expect(() => encodeCharacterStrings("two\nlines")).toThrow(/control character "\\n"/);
    expect(() => decodeCharacterStrings('"open')).toThrow(/unterminated/);
  });

  it("parses what people write in zone files and prints one canonical spelling", () => {
    const text = [
      "$ORIGIN example.com.",
      "$TTL 1h",
      "@ IN SOA ns hostmaster ( 7 ; serial",
      "   3600 600 604800 300 )",
      "www 60 IN CNAME api ; relative target",
      "    IN A 192.0.2.9",
      "api IN 30 A 192.0.2.1",
      "$ORIGIN sub.example.com.",
      'note TXT "hello ; not a comment" more',
    ].join("\n");
    const zone = parseMasterFile(text, "example.com.", "z.zone");
    expect(zone.soa).toMatchObject({
      mname: "ns.example.com.",
      serial: 7,
      minimum: 300,
      ttl: 3600,
    });
    expect(zone.records).toEqual([
      { name: "www.example.com.", ttl: 60, type: "CNAME", rdata: "api.example.com." },
      { name: "www.example.com.", ttl: 3600, type: "A", rdata: "192.0.2.9" },
      { name: "api.example.com.", ttl: 30, type: "A", rdata: "192.0.2.1" },
      {
        name: "note.sub.example.com.",
        ttl: 3600,
        type: "TXT",
        rdata: '"hello ; not a comment" more',
      },
    ]);
    const printed = formatMasterFile(zone, ["test"]);
    expect(formatMasterFile(parseMasterFile(printed, "example.com.", "z"), ["test"])).toBe(printed);
    expect(printed.split("\n").slice(3, 5)).toEqual([
      "@\t3600\tIN\tSOA\tns.example.com. hostmaster.example.com. 7 3600 600 604800 300",
      "api\t30\tIN\tA\t192.0.2.1",
    ]);
    expect(() => parseMasterFile("$INCLUDE other", "example.com.", "z.zone")).toThrow(/z.zone:1/);
  });

  it("marks ownership in the external-dns manner", () => {
    expect(formatOwnerMarker(OWNER, "A")).toBe("heritage=cloudneutral,owner=gtm-test,type=A");
    expect(parseOwnerMarker("heritage=cloudneutral,owner=gtm-test")).toEqual({ owner: OWNER });
    expect(parseOwnerMarker("heritage=external-dns,owner=x")).toBeNull();
    expect(parseOwnerMarker("ask alice before changing")).toBeNull();
  });

  it("turns weighted targets into a LUA record or a membership set, canonically", () => {
    const answer = {
      name: "API.example.com",
      type: "A" as const,
      ttl: 30,
      targets: [
        { address: "192.0.2.20", weight: 2 },
        { address: "192.0.2.10", weight: 6 },
        { address: "192.0.2.30", weight: 0 },
      ],
    };
    expect(weightedRecordSet(answer, "membership")).toEqual({
      name: "api.example.com.",
      type: "A",
      ttl: 30,
      values: ["192.0.2.10", "192.0.2.20"],
    });
    const lua = weightedRecordSet(answer, "native");
    expect(lua?.values).toEqual([`A "pickwrandom({{3,'192.0.2.10'},{1,'192.0.2.20'}})"`]);
    expect(luaTargets(lua!.values[0]!)).toEqual([
      { address: "192.0.2.10", weight: 3 },
      { address: "192.0.2.20", weight: 1 },
    ]);
    const degraded = {
      ...answer,
      targets: [
        { address: "192.0.2.10", weight: 1 },
        { address: "192.0.2.20", weight: 0.5 },
      ],
    };
    expect(weightedRecordSet(degraded, "native")?.values[0]).toContain(
      "{2,'192.0.2.10'},{1,'192.0.2.20'}",
    );
    expect(weightedRecordSet({ ...answer, targets: [] }, "native")).toBeNull();
    expect(() => weightedRecordSet({ ...answer, type: "AAAA" }, "native")).toThrow(
      /not an address/,
    );
  });
});

describe("provider HTTP", () => {
  it("waits at least a 429's Retry-After (within the cap) before trying again", async () => {
    const replies = [
      new Response('{"error": "slow down"}', { status: 429, headers: { "Retry-After": "1" } }),
      new Response("{}", { status: 200 }),
    ];
    const fetch = async () => replies.shift() ?? new Response("", { status: 500 });
    const started = Date.now();
    const request = {
      method: "GET" as const,
      url: "http://127.0.0.1:9/",
      headers: {},
      timeoutMs: 1_000,
    };
    const res = await requestWithRetry(request, { fetch, baseDelayMs: 1, maxDelayMs: 5_000 });
    expect([res.status, res.attempts]).toEqual([200, 2]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });
});

describe("zonefile provider, served by PowerDNS' bind backend", () => {
  const zone = "example.com.";
  let root: string;
  let pdns: PdnsServer;
  // The zone file lives across the tests of this block, as it does across reconcile runs.
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "cn-zonefile-"));
  });
  afterAll(async () => {
    await pdns?.dispose();
    await rm(root, { recursive: true, force: true });
  });

  it("writes a zone file that is served as written; a second run reads once and writes nothing", async () => {
    const provider = createZoneFileProvider({ root });
    const first = await reconcile(provider, zone, sampleZone(zone));
    expect(first.plan.create).toHaveLength(7);
    expect(first.calls).toBe(1);
    const file = zoneFilePath(root, zone);
    const text = await readFile(file, "utf8");
    expect(text).toContain(
      "$ORIGIN example.com.\n$TTL 300\n@\t300\tIN\tSOA\tns.example.com. hostmaster.example.com. 1 ",
    );
    expect(text).toContain(
      '_cn-owner.api\t300\tIN\tTXT\t"heritage=cloudneutral,owner=gtm-test,type=A"',
    );

    pdns = await startPdns(
      { kind: "bind", zones: [{ name: "example.com", file }] },
      { lua: false },
    );
    await expectSampleAnswers(pdns, zone);

    const before = await stat(file);
    const second = await reconcile(provider, zone, sampleZone(zone));
    expect(planChangeCount(second.plan)).toBe(0);
    expect(second.calls).toBe(0);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
    expect(provider.calls()).toEqual({ reads: 2, writes: 1, retries: 0 });
  });

  it("keeps hand-written records, reports them as conflicts, bumps the serial on change", async () => {
    const provider = createZoneFileProvider({ root });
    const file = zoneFilePath(root, zone);
    await writeFile(
      file,
      `${await readFile(file, "utf8")}legacy 120 IN A 198.51.100.7\nhand\tIN A 198.51.100.8 ; by a person\n`,
    );
    const desired = sampleZone(zone).map((r) =>
      r.type === "A" ? { ...r, values: ["192.0.2.3"] } : r,
    );
    desired.push({ name: `hand.${zone}`, type: "A", ttl: 30, values: ["192.0.2.99"] });
    const { plan, calls } = await reconcile(provider, zone, desired);
    expect(plan.conflicts).toEqual([
      { name: `hand.${zone}`, type: "A", ttl: 300, values: ["198.51.100.8"], owner: null },
    ]);
    expect(plan.update.map((u) => u.to.name)).toEqual([`api.${zone}`]);
    expect(calls).toBe(1);
    expect(await readFile(file, "utf8")).toContain(
      "SOA\tns.example.com. hostmaster.example.com. 2 ",
    );
    await pdns.reloadZone("example.com");
    expect(await pdns.dig(`api.${zone}`, "A")).toEqual(["192.0.2.3"]);
    expect(await pdns.dig(`hand.${zone}`, "A")).toEqual(["198.51.100.8"]);
    expect(await pdns.dig(`legacy.${zone}`, "A")).toEqual(["198.51.100.7"]);
  });

  it("refuses stale, unsafe and unwritable plans without touching the file", async () => {
    const provider = createZoneFileProvider({ root });
    const file = zoneFilePath(root, zone);
    const desired = [{ name: `api.${zone}`, type: "A" as const, ttl: 30, values: ["192.0.2.4"] }];
    const plan = planDns(await provider.read(zone), desired, {
      owner: OWNER,
      policy: "upsert-only",
    });
    const edited = (await readFile(file, "utf8")).replace("192.0.2.3", "192.0.2.5");
    await writeFile(file, edited);
    await expect(provider.apply(zone, plan)).rejects.toThrow(
      /changed since the plan was made \(api\.example\.com\. A\)/,
    );
    await expect(
      provider.apply(zone, { ...plan, unsafe: true, reason: "too much" }),
    ).rejects.toThrow(/unsafe plan.*too much/);
    const bad = planDns(
      await provider.read(zone),
      [{ name: `t.${zone}`, type: "TXT", ttl: 1, values: ["a\nb"] }],
      { owner: OWNER, policy: "upsert-only" },
    );
    await expect(provider.apply(zone, bad)).rejects.toThrow(/control character/);
    expect(await readFile(file, "utf8")).toBe(edited);
  });
});

describe("powerdns provider (sqlite backend, HTTP API, LUA records)", () => {
  let pdns: PdnsServer;
  const options = (over: Partial<PowerDnsOptions> = {}): PowerDnsOptions => ({
    url: pdns.apiUrl,
    apiKey: pdns.apiKey,
    retry: FAST,
    ...over,
  });
  beforeAll(async () => {
    pdns = await startPdns({ kind: "gsqlite3" });
  });
  afterAll(async () => pdns?.dispose());

  it("applies a plan in one PATCH; a converged zone costs one read and zero writes", async () => {
    const zone = "example.net.";
    await pdns.createZone(zone);
    const provider = await createPowerDnsProvider(options());
    expect(provider.capabilities).toEqual({
      weights: "native",
      batchSize: Infinity,
      ownership: "comment",
    });
    const first = await reconcile(provider, zone, sampleZone(zone));
    expect([first.plan.create.length, first.calls]).toEqual([7, 1]);
    await expectSampleAnswers(pdns, zone);
    const second = await reconcile(provider, zone, sampleZone(zone));
    expect([planChangeCount(second.plan), second.calls]).toEqual([0, 0]);
    expect(provider.calls()).toEqual({ reads: 2, writes: 1, retries: 0 });
    // k changed record sets (a create, an update, a delete) still cost one PATCH.
    const changed = sampleZone(zone)
      .filter((r) => r.type !== "SRV")
      .map((r) => (r.type === "MX" ? { ...r, ttl: 600 } : r));
    changed.push({ name: `new.${zone}`, type: "A", ttl: 30, values: ["192.0.2.7"] });
    const third = await reconcile(provider, zone, changed);
    expect([
      third.plan.create.length,
      third.plan.update.length,
      third.plan.delete.length,
      third.calls,
    ]).toEqual([1, 1, 1, 1]);
    expect(await pdns.dig(`_sip._tcp.${zone}`, "SRV")).toEqual([]);
    expect(await pdns.dig(`new.${zone}`, "A")).toEqual(["192.0.2.7"]);
    expect(provider.calls()).toEqual({ reads: 3, writes: 2, retries: 0 });
  });

  it("answers LUA pickwrandom records in proportion to the weights", async () => {
    const zone = "example.org.";
    await pdns.createZone(zone);
    const provider = await createPowerDnsProvider(options());
    const answer = (w10: number, w20: number) => ({
      name: `app.${zone}`,
      type: "A" as const,
      ttl: 30,
      targets: [
        { address: "192.0.2.10", weight: w10 },
        { address: "192.0.2.20", weight: w20 },
      ],
    });
    const desired = (w10: number, w20: number) => [
      weightedRecordSet(answer(w10, w20), provider.capabilities.weights)!,
    ];
    await reconcile(provider, zone, desired(3, 1));
    const answers = await pdns.digMany(`app.${zone}`, "A", 400);
    expect(answers).toHaveLength(400);
    const share = answers.filter((a) => a === "192.0.2.10").length / 400;
    // 3:1 is 0.75; ±0.1 is more than four standard deviations of 400 draws.
    expect(share).toBeGreaterThan(0.65);
    expect(share).toBeLessThan(0.85);
    expect(
      planChangeCount(planDns(await provider.read(zone), desired(3, 1), { owner: OWNER })),
    ).toBe(0);
    await reconcile(provider, zone, desired(3, 0));
    expect(new Set(await pdns.digMany(`app.${zone}`, "A", 40))).toEqual(new Set(["192.0.2.10"]));
  });

  it("expresses weights by membership where LUA records are off, and switches in one PATCH", async () => {
    const zone = "example.edu.";
    await pdns.createZone(zone);
    const provider = await createPowerDnsProvider(options({ luaRecords: false }));
    expect(provider.capabilities.weights).toBe("membership");
    const answer = (w20: number) => ({
      name: `app.${zone}`,
      type: "A" as const,
      ttl: 30,
      targets: [
        { address: "192.0.2.10", weight: 2 },
        { address: "192.0.2.20", weight: w20 },
      ],
    });
    await reconcile(provider, zone, [weightedRecordSet(answer(1), "membership")!]);
    expect((await pdns.dig(`app.${zone}`, "A")).sort()).toEqual(["192.0.2.10", "192.0.2.20"]);
    await reconcile(provider, zone, [weightedRecordSet(answer(0), "membership")!]);
    expect(await pdns.dig(`app.${zone}`, "A")).toEqual(["192.0.2.10"]);
    const native = await createPowerDnsProvider(options());
    const { plan, calls } = await reconcile(native, zone, [
      weightedRecordSet(answer(1), "native")!,
    ]);
    expect([plan.create[0]?.type, plan.delete[0]?.type, calls]).toEqual(["LUA", "A", 1]);
    expect(new Set(await pdns.digMany(`app.${zone}`, "A", 60))).toEqual(
      new Set(["192.0.2.10", "192.0.2.20"]),
    );
    await expect(provider.apply(zone, { ...plan, delete: [] })).rejects.toThrow(
      /does not serve LUA records/,
    );
  });

  it("never touches a record someone else owns, reports it, and keeps people's notes on adoption", async () => {
    const zone = "example.info.";
    await pdns.createZone(zone);
    await rawPatch(pdns, zone, [
      rrset(`api.${zone}`, "A", "203.0.113.5", "heritage=cloudneutral,owner=other-team"),
      rrset(`old.${zone}`, "A", "203.0.113.6", "ask alice before changing"),
    ]);
    const provider = await createPowerDnsProvider(options());
    const desired: RecordSet[] = [
      { name: `api.${zone}`, type: "A", ttl: 30, values: ["192.0.2.1"] },
      { name: `old.${zone}`, type: "A", ttl: 30, values: ["192.0.2.2"] },
    ];
    const { plan } = await reconcile(provider, zone, desired);
    expect(plan.conflicts.map((r) => [r.name, r.owner])).toEqual([
      [`api.${zone}`, "other-team"],
      [`old.${zone}`, null],
    ]);
    expect(await pdns.dig(`api.${zone}`, "A")).toEqual(["203.0.113.5"]);
    const lua = [
      weightedRecordSet(
        { name: `api.${zone}`, type: "A", ttl: 30, targets: [{ address: "192.0.2.1", weight: 1 }] },
        "native",
      )!,
    ];
    expect(shadowConflicts(await provider.read(zone), lua, OWNER).map((r) => r.owner)).toEqual([
      "other-team",
    ]);
    const adopted = await reconcile(provider, zone, desired.slice(1), true);
    expect(adopted.plan.update).toHaveLength(1);
    expect(await pdns.dig(`old.${zone}`, "A")).toEqual(["192.0.2.2"]);
    const comments = (await rawZone(pdns, zone))
      .find((r) => r.name === `old.${zone}`)
      ?.comments.map((c) => c.content);
    expect(comments).toEqual(["ask alice before changing", "heritage=cloudneutral,owner=gtm-test"]);
    expect((await provider.read(zone)).find((r) => r.name === `api.${zone}`)?.owner).toBe(
      "other-team",
    );
  });

  it("rejects a plan PowerDNS refuses as a whole, with PowerDNS' reason", async () => {
    const zone = "example.io.";
    await pdns.createZone(zone);
    const provider = await createPowerDnsProvider(options());
    const desired: RecordSet[] = [
      { name: `fine.${zone}`, type: "A", ttl: 30, values: ["192.0.2.1"] },
      { name: `c.${zone}`, type: "CNAME", ttl: 30, values: [`fine.${zone}`] },
    ];
    // Planned on a read from before someone added an A at c (the planner would see the
    // clash, so the race is the way such a plan reaches PowerDNS).
    const plan = planDns(await provider.read(zone), desired, { owner: OWNER });
    await rawPatch(pdns, zone, [rrset(`c.${zone}`, "A", "203.0.113.1", "theirs")]);
    await expect(provider.apply(zone, plan)).rejects.toThrow(
      /rejected the changes to example\.io\. \(HTTP 422\): .*CNAME.*nothing was changed/,
    );
    expect(await pdns.dig(`fine.${zone}`, "A")).toEqual([]);
  });

  it("retries 5xx, 429 and lost answers, bounded, and says why it gave up", async () => {
    const zone = "example.biz.";
    await pdns.createZone(zone);
    const proxy = await startFaultyProxy(pdns.apiUrl);
    try {
      const provider = await createPowerDnsProvider(options({ url: proxy.url }));
      proxy.faults.push({ status: 503 }, { status: 429, retryAfter: "1" }, { status: 500 });
      const current = await provider.read(zone);
      proxy.faults.push({ status: 502 }, "drop", "lose-answer");
      const started = Date.now();
      const { calls } = await provider.apply(
        zone,
        planDns(current, sampleZone(zone), { owner: OWNER }),
      );
      expect(calls).toBe(1);
      // No wait on the lost answer's full timeout or beyond the capped backoff; loose, for a
      // busy machine.
      expect(Date.now() - started).toBeLessThan(30_000);
      await expectSampleAnswers(pdns, zone);
      expect(provider.calls()).toEqual({ reads: 1, writes: 1, retries: 6 });
      expect(proxy.seen.filter((s) => s.method === "PATCH").map((s) => s.fault)).toEqual([
        { status: 502 },
        "drop",
        "lose-answer",
        "pass",
      ]);
      expect(
        planChangeCount(planDns(await provider.read(zone), sampleZone(zone), { owner: OWNER })),
      ).toBe(0);

      const plan = planDns(await provider.read(zone), [], { owner: OWNER, force: true });
      proxy.faults.push(...Array.from({ length: 10 }, () => ({ status: 500 })));
      await expect(provider.apply(zone, plan)).rejects.toThrow(
        /PATCH .* failed after 4 attempt\(s\): HTTP 500: injected 500\. .*all 7 changes or none/,
      );
      proxy.faults.length = 0;
      expect(await provider.read(zone)).toHaveLength(8);

      const impatient = await createPowerDnsProvider(
        options({ url: proxy.url, timeoutMs: 300, retry: { attempts: 1 } }),
      );
      proxy.faults.push("hang");
      await expect(impatient.read(zone)).rejects.toThrow(
        /could not read example\.biz\.: GET .* failed after 1 attempt\(s\): no answer within 300 ms/,
      );
    } finally {
      await proxy.stop();
    }
  });

  it("fails clearly when PowerDNS goes down mid-run, and converges once it is back", async () => {
    const zone = "example.co.";
    await pdns.createZone(zone);
    const provider = await createPowerDnsProvider(options());
    await reconcile(provider, zone, sampleZone(zone).slice(0, 2));
    const before = await provider.read(zone);
    const plan = planDns(before, sampleZone(zone), { owner: OWNER });
    await pdns.stop();
    try {
      await expect(provider.apply(zone, plan)).rejects.toThrow(
        /failed after 4 attempt\(s\): fetch failed \(.*ECONNREFUSED.*\).*all 5 changes or none/,
      );
    } finally {
      await pdns.start();
    }
    expect(await provider.read(zone)).toEqual(before);
    const again = await reconcile(provider, zone, sampleZone(zone));
    expect(again.plan).toEqual(plan);
    await expectSampleAnswers(pdns, zone);
  });

  it("is made from the Platform, with the API key from the environment only", async () => {
    const entry = {
      name: "pdns",
      type: "powerdns" as const,
      url: `${pdns.apiUrl}/api/v1`,
      credentials: { tokenEnv: "PDNS_TEST_KEY" },
    };
    await expect(createDnsProvider(entry, { root: "/nonexistent", env: {} })).rejects.toThrow(
      UsageError,
    );
    const provider = await createDnsProvider(entry, {
      root: "/nonexistent",
      env: { PDNS_TEST_KEY: pdns.apiKey },
    });
    expect([provider.name, provider.type, provider.capabilities.weights]).toEqual([
      "pdns",
      "powerdns",
      "native",
    ]);
    const wrong = createDnsProvider(entry, {
      root: "/nonexistent",
      env: { PDNS_TEST_KEY: "not-the-key-42" },
    });
    await expect(wrong).rejects.toThrow(/refused the API key \(HTTP 401\)/);
    await expect(wrong).rejects.not.toThrow(/not-the-key-42/);
    const zonefile = await createDnsProvider(
      { name: "git", type: "zonefile" },
      { root: "/nonexistent", env: {} },
    );
    expect(zonefile.capabilities).toEqual({
      weights: "membership",
      batchSize: Infinity,
      ownership: "txt",
    });
  });
});

interface RawRRset {
  name: string;
  type: string;
  comments: { content: string }[];
}

function rrset(name: string, type: string, content: string, comment: string) {
  return {
    name,
    type,
    ttl: 300,
    changetype: "REPLACE",
    records: [{ content, disabled: false }],
    comments: [{ content: comment, account: "someone" }],
  };
}

async function rawPatch(pdns: PdnsServer, zone: string, rrsets: unknown[]): Promise<void> {
  const res = await fetch(`${pdns.apiUrl}/api/v1/servers/localhost/zones/${zone}`, {
    method: "PATCH",
    headers: { "X-API-Key": pdns.apiKey, "Content-Type": "application/json" },
    body: JSON.stringify({ rrsets }),
  });
  expect(res.status).toBe(204);
}

async function rawZone(pdns: PdnsServer, zone: string): Promise<RawRRset[]> {
  const res = await fetch(`${pdns.apiUrl}/api/v1/servers/localhost/zones/${zone}`, {
    headers: { "X-API-Key": pdns.apiKey },
  });
  return ((await res.json()) as { rrsets: RawRRset[] }).rrsets;
}
