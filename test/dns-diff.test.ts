// The DNS diff: normalisation, ownership, policies, the safety threshold, idempotence
// (checked over generated zones), input validation and `cloudneutral dns plan`.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { DNS_HELP, DNS_USAGE, dnsCommand } from "../cli/dns.ts";
import {
  applyDnsPlan,
  assessSafety,
  planChangeCount,
  planDns,
  resolveSafetyLimits,
  type SafetyCounts,
} from "../lib/dns/diff.ts";
import { normalizeRecordSet, normalizeValue } from "../lib/dns/normalize.ts";
import { parseRecordSets } from "../lib/dns/parse.ts";
import type {
  DnsPlan,
  DnsPlanOptions,
  RecordSet,
  RecordType,
  SafetyLimits,
} from "../lib/dns/types.ts";

const OURS = "cn-prod";

function rr(
  name: string,
  type: RecordType,
  values: string[],
  owner?: string | null,
  ttl = 30,
): RecordSet {
  return owner === undefined ? { name, type, ttl, values } : { name, type, ttl, values, owner };
}

/** "create:a.example.com. A" lines: what a plan does, in its order. */
function actions(plan: DnsPlan): string[] {
  return [
    ...plan.create.map((r) => `create:${r.name} ${r.type}`),
    ...plan.update.map((u) => `update:${u.to.name} ${u.to.type}`),
    ...plan.delete.map((r) => `delete:${r.name} ${r.type}`),
    ...plan.conflicts.map((r) => `conflict:${r.name} ${r.type}`),
  ];
}

describe("normalisation", () => {
  const cases: [type: RecordType, raw: string, normal: string][] = [
    ["A", "192.0.2.1", "192.0.2.1"],
    ["AAAA", "2001:DB8:0:0:0:0:0:1", "2001:db8::1"],
    ["AAAA", "2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["CNAME", "LB.Example.COM", "lb.example.com."],
    ["NS", "ns1.example.net.", "ns1.example.net."],
    ["PTR", "Host.Example.com", "host.example.com."],
    ["MX", "010   Mail.Example.com", "10 mail.example.com."],
    ["MX", "0 .", "0 ."],
    ["SRV", "10 5 0443 Sip.Example.com", "10 5 443 sip.example.com."],
    ["CAA", '0 ISSUE "letsencrypt.org"', '0 issue "letsencrypt.org"'],
    ["TXT", "Hello  World", "Hello  World"],
    ["TXT", "v=spf1 include:Example.com ~all", "v=spf1 include:Example.com ~all"],
    ["LUA", "A \"pickwrandom({{1, '192.0.2.1'}})\"", "A \"pickwrandom({{1, '192.0.2.1'}})\""],
  ];
  it.each(cases)("%s %j → %j", (type, raw, normal) => {
    expect(normalizeValue(type, raw)).toBe(normal);
  });

  it("lower-cases names, adds the trailing dot, sorts and deduplicates values", () => {
    expect(
      normalizeRecordSet(rr("API.Example.com", "A", ["192.0.2.2", "192.0.2.1", "192.0.2.2"])),
    ).toEqual({ name: "api.example.com.", type: "A", ttl: 30, values: ["192.0.2.1", "192.0.2.2"] });
  });
});

describe("planDns", () => {
  type Row = [
    title: string,
    current: RecordSet[],
    desired: RecordSet[],
    options: Partial<DnsPlanOptions>,
    expected: string[],
  ];
  const a = (values: string[], owner?: string | null, ttl = 30) =>
    rr("api.example.com.", "A", values, owner, ttl);
  const rows: Row[] = [
    ["empty zone, one desired: create", [], [a(["192.0.2.1"])], {}, ["create:api.example.com. A"]],
    ["equal: nothing", [a(["192.0.2.1"], OURS)], [a(["192.0.2.1"])], {}, []],
    [
      "equal after normalising case, dot and order: nothing",
      [rr("API.example.COM", "A", ["192.0.2.2", "192.0.2.1"], OURS)],
      [rr("api.example.com.", "A", ["192.0.2.1", "192.0.2.2"])],
      {},
      [],
    ],
    [
      "CNAME target spelled differently: nothing",
      [rr("www.example.com", "CNAME", ["LB.example.com"], OURS)],
      [rr("www.example.com.", "CNAME", ["lb.example.com."])],
      {},
      [],
    ],
    [
      "TXT differing only in case: update (TXT is data)",
      [rr("example.com.", "TXT", ["Token"], OURS)],
      [rr("example.com.", "TXT", ["token"])],
      {},
      ["update:example.com. TXT"],
    ],
    [
      "TTL differs: update",
      [a(["192.0.2.1"], OURS, 300)],
      [a(["192.0.2.1"])],
      {},
      ["update:api.example.com. A"],
    ],
    [
      "values differ: update",
      [a(["192.0.2.1"], OURS)],
      [a(["192.0.2.9"])],
      {},
      ["update:api.example.com. A"],
    ],
    [
      "same name, other type: create, the A is untouched",
      [a(["192.0.2.1"], OURS)],
      [a(["192.0.2.1"]), rr("api.example.com.", "AAAA", ["2001:db8::1"])],
      {},
      ["create:api.example.com. AAAA"],
    ],
    ["ours, not desired: delete", [a(["192.0.2.1"], OURS)], [], {}, ["delete:api.example.com. A"]],
    ["someone else's, not desired: left alone", [a(["192.0.2.1"], "team-b")], [], {}, []],
    ["nobody's, not desired: left alone", [a(["192.0.2.1"], null)], [], {}, []],
    ["no owner field, not desired: left alone", [a(["192.0.2.1"])], [], {}, []],
    [
      "someone else's at a desired name: conflict",
      [a(["192.0.2.1"], "team-b")],
      [a(["192.0.2.9"])],
      {},
      ["conflict:api.example.com. A"],
    ],
    [
      "nobody's at a desired name, even with equal data: conflict",
      [a(["192.0.2.1"], null)],
      [a(["192.0.2.1"])],
      {},
      ["conflict:api.example.com. A"],
    ],
    [
      "adopt: someone else's becomes an update",
      [a(["192.0.2.1"], "team-b")],
      [a(["192.0.2.9"])],
      { adopt: true },
      ["update:api.example.com. A"],
    ],
    [
      "adopt with equal data: an update that only takes ownership",
      [a(["192.0.2.1"], null)],
      [a(["192.0.2.1"])],
      { adopt: true },
      ["update:api.example.com. A"],
    ],
    ["adopt never deletes what is not ours", [a(["192.0.2.1"], "team-b")], [], { adopt: true }, []],
    ["upsert-only: no delete", [a(["192.0.2.1"], OURS)], [], { policy: "upsert-only" }, []],
    [
      "upsert-only: still creates and updates",
      [a(["192.0.2.1"], OURS, 300)],
      [a(["192.0.2.1"]), rr("www.example.com.", "A", ["192.0.2.3"])],
      { policy: "upsert-only" },
      ["create:www.example.com. A", "update:api.example.com. A"],
    ],
    [
      "create-only: no update",
      [a(["192.0.2.1"], OURS)],
      [a(["192.0.2.9"])],
      { policy: "create-only" },
      [],
    ],
    ["create-only: no delete", [a(["192.0.2.1"], OURS)], [], { policy: "create-only" }, []],
    [
      "create-only: creates",
      [],
      [a(["192.0.2.1"])],
      { policy: "create-only" },
      ["create:api.example.com. A"],
    ],
    [
      "create-only with adopt: a foreign record stays a conflict",
      [a(["192.0.2.1"], "team-b")],
      [a(["192.0.2.9"])],
      { policy: "create-only", adopt: true },
      ["conflict:api.example.com. A"],
    ],
  ];
  it.each(rows)("%s", (_title, current, desired, options, expected) => {
    const plan = planDns(current, desired, { owner: OURS, ...options });
    expect(actions(plan)).toEqual(expected);
    expect(plan.unsafe).toBe(false);
    expect(plan.reason).toBeNull();
  });

  it("gives created and updated record sets our owner, normalised", () => {
    const plan = planDns(
      [rr("Old.Example.com", "A", ["192.0.2.1"], "team-b")],
      [rr("New.Example.com", "A", ["192.0.2.2"]), rr("old.example.com", "A", ["192.0.2.3"])],
      { owner: OURS, adopt: true },
    );
    expect(plan).toEqual({
      create: [rr("new.example.com.", "A", ["192.0.2.2"], OURS)],
      update: [
        {
          from: rr("old.example.com.", "A", ["192.0.2.1"], "team-b"),
          to: rr("old.example.com.", "A", ["192.0.2.3"], OURS),
        },
      ],
      delete: [],
      conflicts: [],
      unsafe: false,
      reason: null,
    });
  });

  it("sorts every list by name, then type", () => {
    const names = ["b.example.com.", "a.example.com.", "c.example.com."];
    const types: RecordType[] = ["TXT", "AAAA", "A"];
    const value = (t: RecordType) => (t === "AAAA" ? "2001:db8::1" : t === "A" ? "192.0.2.1" : "x");
    const all = names.flatMap((n) => types.map((t) => rr(n, t, [value(t)])));
    const sorted = names.toSorted().flatMap((n) => ["A", "AAAA", "TXT"].map((t) => `${n} ${t}`));
    const key = (r: RecordSet) => `${r.name} ${r.type}`;
    expect(planDns([], all, { owner: OURS }).create.map(key)).toEqual(sorted);
    const owned = all.map((r) => ({ ...r, owner: OURS }));
    const deleted = planDns(owned, [], { owner: OURS, force: true });
    expect(deleted.delete.map(key)).toEqual(sorted);
    const changed = all.map((r) => ({ ...r, ttl: 60 }));
    expect(
      planDns(owned, changed, { owner: OURS, force: true }).update.map((u) => key(u.to)),
    ).toEqual(sorted);
    const foreign = all.map((r) => ({ ...r, owner: "team-b" }));
    expect(planDns(foreign, all, { owner: OURS }).conflicts.map(key)).toEqual(sorted);
  });

  it("throws on two current record sets with one name and type (a provider bug)", () => {
    expect(() =>
      planDns(
        [
          rr("a.example.com", "A", ["192.0.2.1"], OURS),
          rr("A.example.com.", "A", ["192.0.2.2"], OURS),
        ],
        [],
        { owner: OURS },
      ),
    ).toThrow(/two current record sets for a\.example\.com\. A/);
  });
});

describe("safety threshold", () => {
  /** `owned` record sets of ours, `changed` of which the desired side updates or drops. */
  function zone(owned: number) {
    return Array.from({ length: owned }, (_, i) =>
      rr(`h${i}.example.com.`, "A", ["192.0.2.1"], OURS),
    );
  }
  type Row = [
    owned: number,
    updates: number,
    deletes: number,
    options: Partial<DnsPlanOptions>,
    unsafe: boolean,
  ];
  const rows: Row[] = [
    [10, 3, 0, {}, false], // exactly 30%: allowed
    [10, 4, 0, {}, true],
    [10, 2, 2, {}, true], // updates and deletes add up
    [10, 0, 4, {}, true],
    [9, 9, 0, {}, false], // fewer than 10 owned: no threshold
    [9, 0, 9, {}, false],
    [20, 6, 0, {}, false],
    [20, 4, 3, {}, true],
    [10, 4, 0, { maxChangeRatio: 0.5 }, false],
    [10, 6, 0, { maxChangeRatio: 0.5 }, true],
    [5, 2, 0, { minOwnedForSafety: 5 }, true],
    [10, 10, 0, { minOwnedForSafety: 11 }, false],
    [10, 0, 10, { force: true }, false],
  ];
  it.each(rows)(
    "%i owned, %i updated, %i deleted, %j → unsafe %s",
    (owned, updates, deletes, options, unsafe) => {
      const current = zone(owned);
      const desired = current
        .slice(deletes)
        .map((r, i) => (i < updates ? { ...r, values: ["192.0.2.9"] } : r))
        .map(({ owner: _, ...r }) => r);
      const plan = planDns(current, desired, { owner: OURS, ...options });
      expect(plan.update).toHaveLength(updates);
      expect(plan.delete).toHaveLength(deletes);
      expect(plan.unsafe).toBe(unsafe);
      if (unsafe) expect(plan.reason).not.toBeNull();
    },
  );

  it("says why, with the numbers", () => {
    const current = zone(12);
    const desired = current.slice(2, 10).map((r, i) => (i < 3 ? { ...r, ttl: 60 } : r));
    const plan = planDns(current, desired, { owner: OURS });
    expect(plan.unsafe).toBe(true);
    expect(plan.reason).toBe(
      "would update 3 and delete 4 of the 12 record sets we own (58.3%), more than the 30% allowed in a zone where we own at least 10",
    );
  });

  it("keeps the changes in an unsafe plan, and notes a forced one", () => {
    const current = zone(10);
    const unsafe = planDns(current, [], { owner: OURS });
    expect(unsafe.delete).toHaveLength(10);
    const forced = planDns(current, [], { owner: OURS, force: true });
    expect(forced.delete).toHaveLength(10);
    expect(forced.unsafe).toBe(false);
    expect(forced.reason).toBe(`forced: ${unsafe.reason}`);
  });

  it("counts adoptions as updates and does not count creates", () => {
    const current = zone(10);
    const foreign = Array.from({ length: 4 }, (_, i) =>
      rr(`f${i}.example.com.`, "A", ["192.0.2.1"], "team-b"),
    );
    const created = Array.from({ length: 20 }, (_, i) =>
      rr(`n${i}.example.com.`, "A", ["192.0.2.1"]),
    );
    const desired = [...current, ...foreign, ...created].map(({ owner: _, ...r }) => r);
    expect(planDns([...current, ...foreign], desired, { owner: OURS }).unsafe).toBe(false);
    expect(planDns([...current, ...foreign], desired, { owner: OURS, adopt: true }).unsafe).toBe(
      true,
    );
  });
});

describe("assessSafety", () => {
  type Row = [
    why: string,
    counts: [owned: number, updates: number, deletes: number],
    limits: SafetyLimits,
    unsafe: boolean,
    reason: RegExp | null,
  ];
  const rows: Row[] = [
    // Today's defaults: 30% of updates and deletes together, from 10 owned.
    ["nothing to do", [10, 0, 0], {}, false, null],
    ["updates exactly at 30%", [10, 3, 0], {}, false, null],
    ["deletes exactly at 30%", [10, 0, 3], {}, false, null],
    ["together exactly at 30%", [10, 2, 1], {}, false, null],
    ["updates over 30%", [10, 4, 0], {}, true, /^would update 4 and delete 0 of the 10 /],
    ["deletes over 30%", [10, 0, 4], {}, true, /^would update 0 and delete 4 of the 10 /],
    ["together over 30%", [10, 2, 2], {}, true, /\(40%\), more than the 30% allowed in/],
    ["just over, in a large zone", [1000, 301, 0], {}, true, /\(30\.1%\)/],
    // The minimum: below it no ratio applies (octoDNS's MIN_EXISTING_RECORDS).
    ["9 owned, all rewritten", [9, 9, 0], {}, false, null],
    ["9 owned, all deleted", [9, 0, 9], {}, false, null],
    ["exactly 10 owned: checked", [10, 10, 0], {}, true, /we own at least 10$/],
    ["minimum lowered", [5, 2, 0], { minOwnedForSafety: 5 }, true, /we own at least 5$/],
    ["minimum raised", [10, 10, 0], { minOwnedForSafety: 11 }, false, null],
    ["zero owned, the default minimum", [0, 0, 0], {}, false, null],
    // With nothing owned there is no share to take: adoptions alone are never refused.
    ["zero owned, no minimum", [0, 5, 0], { minOwnedForSafety: 0 }, false, null],
    ["one owned, no minimum", [1, 0, 1], { minOwnedForSafety: 0 }, true, /\(100%\)/],
    // The update limit alone (the change limit follows the larger of the two).
    ["updates under their limit", [10, 4, 0], { maxUpdateRatio: 0.5 }, false, null],
    ["updates at their limit", [10, 5, 0], { maxUpdateRatio: 0.5 }, false, null],
    [
      "updates over their limit",
      [10, 6, 0],
      { maxUpdateRatio: 0.5 },
      true,
      /^would update 6 and delete 0 of the 10 record sets we own \(60%\), more than the 50% allowed/,
    ],
    [
      "deletes keep 30% when updates get more",
      [10, 0, 4],
      { maxUpdateRatio: 0.5 },
      true,
      /^would delete 4 of the 10 record sets we own \(40%\), more than the 30% allowed for deletes in a zone where we own at least 10$/,
    ],
    // The delete limit alone.
    ["deletes at their limit", [10, 0, 5], { maxDeleteRatio: 0.5 }, false, null],
    ["deletes over their limit", [10, 0, 6], { maxDeleteRatio: 0.5 }, true, /\(60%\)/],
    [
      "updates keep 30% when deletes get more",
      [10, 4, 0],
      { maxDeleteRatio: 0.5 },
      true,
      /^would update 4 of the 10 record sets we own \(40%\), more than the 30% allowed for updates in a zone where we own at least 10$/,
    ],
    [
      "no deletes at all",
      [10, 0, 1],
      { maxDeleteRatio: 0 },
      true,
      /more than the 0% allowed for deletes/,
    ],
    ["no deletes, updates fine", [10, 3, 0], { maxDeleteRatio: 0 }, false, null],
    // The change limit: what the other two default to.
    ["change limit raised", [10, 5, 0], { maxChangeRatio: 0.5 }, false, null],
    [
      "change limit raised, over",
      [10, 3, 3],
      { maxChangeRatio: 0.5 },
      true,
      /\(60%\), more than the 50% allowed in/,
    ],
    [
      "all three given: the update limit",
      [20, 5, 1],
      { maxChangeRatio: 0.5, maxUpdateRatio: 0.2, maxDeleteRatio: 0.4 },
      true,
      /^would update 5 of the 20 record sets we own \(25%\), more than the 20% allowed for updates/,
    ],
    [
      "all three given: the delete limit",
      [20, 1, 9],
      { maxChangeRatio: 0.5, maxUpdateRatio: 0.2, maxDeleteRatio: 0.4 },
      true,
      /^would delete 9 of the 20 .* \(45%\), more than the 40% allowed for deletes/,
    ],
    [
      "all three given: together first",
      [20, 4, 8],
      { maxChangeRatio: 0.5, maxUpdateRatio: 0.2, maxDeleteRatio: 0.4 },
      true,
      /^would update 4 and delete 8 of the 20 .* \(60%\), more than the 50% allowed in/,
    ],
    // No limit on updates, as the GTM's failover needs.
    ["updates unlimited", [10, 10, 0], { maxUpdateRatio: Infinity }, false, null],
    [
      "updates unlimited, deletes not",
      [10, 10, 4],
      { maxUpdateRatio: Infinity },
      true,
      /^would delete 4 /,
    ],
    // Force: the refusal becomes a note, with the same reason.
    ["forced", [10, 0, 10], { force: true }, false, /^forced: would update 0 and delete 10 /],
    [
      "forced past the delete limit",
      [10, 0, 6],
      { maxChangeRatio: 0.8, maxDeleteRatio: 0.5, force: true },
      false,
      /^forced: would delete 6 /,
    ],
    ["force with nothing to force", [10, 1, 1], { force: true }, false, null],
  ];
  it.each(rows)(
    "%s: %j with %j → unsafe %s",
    (_, [owned, updates, deletes], limits, unsafe, reason) => {
      const verdict = assessSafety({ owned, updates, deletes }, limits);
      expect(verdict.unsafe).toBe(unsafe);
      if (reason === null) expect(verdict.reason).toBeNull();
      else expect(verdict.reason).toMatch(reason);
    },
  );

  it("keeps today's verdicts: the new limits default to the one change ratio", () => {
    expect(resolveSafetyLimits()).toEqual({
      maxChangeRatio: 0.3,
      maxUpdateRatio: 0.3,
      maxDeleteRatio: 0.3,
      minOwnedForSafety: 10,
    });
    expect(resolveSafetyLimits({ maxChangeRatio: 0.6 })).toMatchObject({
      maxUpdateRatio: 0.6,
      maxDeleteRatio: 0.6,
    });
    expect(resolveSafetyLimits({ maxUpdateRatio: 0.5, maxDeleteRatio: 0.1 })).toMatchObject({
      maxChangeRatio: 0.5,
    });
    // Every combination of counts a 10-record zone can hold, judged as before the split.
    for (let updates = 0; updates <= 10; updates++)
      for (let deletes = 0; deletes + updates <= 10; deletes++) {
        const counts: SafetyCounts = { owned: 10, updates, deletes };
        expect(assessSafety(counts).unsafe).toBe((updates + deletes) / 10 > 0.3);
      }
  });

  it("words a breach as the caller asks, and prefixes a forced one", () => {
    const counts = { owned: 12, updates: 0, deletes: 8 };
    const say = (b: { limit: string; count: number }) => `${b.limit} ${b.count}`;
    expect(assessSafety(counts, {}, say)).toEqual({ unsafe: true, reason: "change 8" });
    expect(assessSafety(counts, { force: true }, say)).toEqual({
      unsafe: false,
      reason: "forced: change 8",
    });
  });

  it.each<[SafetyLimits, RegExp]>([
    [{ maxUpdateRatio: -0.1 }, /maxUpdateRatio must be a number ≥ 0, not -0.1/],
    [{ maxDeleteRatio: Number.NaN }, /maxDeleteRatio must be a number ≥ 0, not NaN/],
    [{ maxChangeRatio: -1 }, /maxChangeRatio must be a number ≥ 0/],
    [{ minOwnedForSafety: 2.5 }, /minOwnedForSafety must be a whole number ≥ 0, not 2.5/],
    [{ minOwnedForSafety: -1 }, /minOwnedForSafety must be a whole number ≥ 0/],
  ])("refuses a limit that means nothing: %j", (limits, message) => {
    expect(() => assessSafety({ owned: 10, updates: 0, deletes: 0 }, limits)).toThrow(message);
  });
});

describe("a second run plans zero changes", () => {
  const owners = [OURS, "team-b", null, undefined];
  const names = [
    "a.example.com",
    "A.example.com.",
    "b.example.com",
    "*.example.com.",
    "c.example.com.",
  ];
  const byType: Record<string, fc.Arbitrary<string>> = {
    A: fc.constantFrom("192.0.2.1", "192.0.2.2", "198.51.100.7"),
    AAAA: fc.constantFrom("2001:db8::1", "2001:DB8:0::2", "2001:db8:0:0:0:0:0:1"),
    CNAME: fc.constantFrom("lb.example.net", "LB.example.net.", "other.example.net."),
    TXT: fc.constantFrom("v=1", "V=1", "hello world", 'quote " inside'),
    MX: fc.constantFrom("10 mx.example.net.", "010 MX.example.net", "20 mx2.example.net."),
  };
  const record = (withOwner: boolean) =>
    fc
      .record({
        name: fc.constantFrom(...names),
        type: fc.constantFrom<RecordType>("A", "AAAA", "CNAME", "TXT", "MX"),
        ttl: fc.constantFrom(30, 60, 300),
        owner: fc.constantFrom(...owners),
      })
      .chain(({ name, type, ttl, owner }) =>
        fc
          .uniqueArray(byType[type]!, {
            minLength: 1,
            maxLength: type === "CNAME" ? 1 : 3,
            selector: (v) => normalizeValue(type, v),
          })
          .map((values) => rr(name, type, values, withOwner ? owner : undefined, ttl)),
      );
  const zoneOf = (withOwner: boolean) =>
    fc.uniqueArray(record(withOwner), {
      maxLength: 12,
      selector: (r) => `${r.name.toLowerCase().replace(/\.?$/, ".")} ${r.type}`,
    });
  const settings = fc.record({
    policy: fc.constantFrom("sync" as const, "upsert-only" as const, "create-only" as const),
    adopt: fc.boolean(),
    maxChangeRatio: fc.constantFrom(0, 0.3, 1),
    minOwnedForSafety: fc.constantFrom(0, 10),
  });

  it("for any zone, desired set, policy and adopt setting", () => {
    fc.assert(
      fc.property(zoneOf(true), zoneOf(false), settings, (current, desired, s) => {
        const options: DnsPlanOptions = { owner: OURS, ...s, force: true };
        const first = planDns(current, desired, options);
        const after = applyDnsPlan(current, first);
        const second = planDns(after, desired, { ...options, force: false });
        expect(planChangeCount(second)).toBe(0);
        expect(second.unsafe).toBe(false);
        // What the first run could not touch is still reported, and nothing else is.
        expect(second.conflicts).toEqual(
          first.conflicts.filter((c) => after.some((r) => r.name === c.name && r.type === c.type)),
        );
        if (s.policy === "sync" && (s.adopt || first.conflicts.length === 0)) {
          // Sync converges on exactly the desired data for every desired record set.
          for (const want of desired.map(normalizeRecordSet)) {
            expect(after).toContainEqual({ ...want, owner: OURS });
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("parseRecordSets", () => {
  const ok = { name: "api.example.com.", type: "A", ttl: 30, values: ["192.0.2.1"] };
  type Row = [title: string, data: unknown, role: "current" | "desired", problems: string[]];
  const rows: Row[] = [
    ["not an array", { records: [] }, "desired", [": expected an array of record sets"]],
    [
      "an entry that is not an object",
      [ok, "api"],
      "desired",
      ["[1]: expected an object {name, type, ttl, values}"],
    ],
    [
      "a negative TTL",
      [{ ...ok, ttl: -1 }],
      "desired",
      ["[0].ttl: expected a whole number ≥ 0 and ≤ 2147483647 (seconds), found -1"],
    ],
    [
      "a fractional TTL",
      [
        ok,
        { ...ok, type: "TXT", values: ["x"] },
        { ...ok, name: "a.example.com" },
        { ...ok, name: "b.example.com", ttl: 1.5 },
      ],
      "desired",
      ["[3].ttl: expected a whole number ≥ 0 and ≤ 2147483647 (seconds), found 1.5"],
    ],
    [
      "a TTL as a string",
      [{ ...ok, ttl: "30" }],
      "desired",
      ['[0].ttl: expected a whole number ≥ 0 and ≤ 2147483647 (seconds), found the string "30"'],
    ],
    [
      "a missing TTL",
      [{ name: ok.name, type: "A", values: ok.values }],
      "desired",
      ["[0].ttl: expected a whole number ≥ 0 and ≤ 2147483647 (seconds), found nothing"],
    ],
    [
      "an unknown type",
      [{ ...ok, type: "SOA" }],
      "desired",
      [
        '[0].type: expected one of A, AAAA, CAA, CNAME, LUA, MX, NS, PTR, SRV, TXT, found the string "SOA"',
      ],
    ],
    [
      "an unknown field",
      [{ ...ok, comment: "x" }],
      "desired",
      ["[0].comment: unknown field (expected name, type, ttl, values, owner)"],
    ],
    [
      "an unknown field with an odd key",
      [{ ...ok, "a b": 1 }],
      "desired",
      ['[0]["a b"]: unknown field (expected name, type, ttl, values, owner)'],
    ],
    [
      "empty values",
      [{ ...ok, values: [] }],
      "desired",
      [
        "[0].values: expected a non-empty array of strings, found an empty array (to remove a record set, leave it out)",
      ],
    ],
    [
      "a value that is not a string",
      [{ ...ok, values: [1] }],
      "desired",
      ["[0].values[0]: expected a string, found 1"],
    ],
    [
      "a bad IPv4",
      [{ ...ok, values: ["192.0.2.01"] }],
      "desired",
      ['[0].values[0]: "192.0.2.01" is not an IPv4 address such as 192.0.2.1'],
    ],
    [
      "a bad IPv6",
      [{ ...ok, type: "AAAA", values: ["2001:db8::g"] }],
      "desired",
      ['[0].values[0]: "2001:db8::g" is not an IPv6 address such as 2001:db8::1'],
    ],
    [
      "a repeated value",
      [{ ...ok, type: "AAAA", values: ["2001:db8::1", "2001:DB8:0::1"] }],
      "desired",
      ["[0].values[1]: repeats values[0]"],
    ],
    [
      "a CNAME with two values",
      [{ ...ok, type: "CNAME", values: ["a.example.net", "b.example.net"] }],
      "desired",
      ["[0].values: a CNAME has exactly one value, found 2"],
    ],
    [
      "a CNAME to a bad name",
      [{ ...ok, type: "CNAME", values: ["lb..example.net"] }],
      "desired",
      ['[0].values[0]: "lb..example.net" names a host that has an empty label (two dots in a row)'],
    ],
    [
      "a bad MX",
      [{ ...ok, type: "MX", values: ["mail.example.com"] }],
      "desired",
      [
        '[0].values[0]: "mail.example.com" expected "PREFERENCE HOST" such as "10 mail.example.com."',
      ],
    ],
    [
      "a bad SRV port",
      [{ ...ok, type: "SRV", values: ["1 1 70000 a.example.com."] }],
      "desired",
      [
        '[0].values[0]: "1 1 70000 a.example.com." expected "PRIORITY WEIGHT PORT HOST" such as "10 5 443 api.example.com."',
      ],
    ],
    [
      "a TXT with a line break",
      [{ ...ok, type: "TXT", values: ["a\nb"] }],
      "desired",
      ['[0].values[0]: "a\\nb" has the control character "\\n"'],
    ],
    [
      "the same set twice, spelled differently",
      [ok, { ...ok, name: "API.example.com" }],
      "desired",
      [
        "[1]: api.example.com. A is already defined at [0]: one record set per name and type, with all its values",
      ],
    ],
    [
      "a CNAME beside an A",
      [ok, { ...ok, type: "CNAME", values: ["lb.example.net."] }],
      "desired",
      [
        "[1].type: api.example.com. has a A record set at [0]; a CNAME cannot share its name with other records",
      ],
    ],
    [
      "an owner in desired",
      [{ ...ok, owner: OURS }],
      "desired",
      ["[0].owner: owner belongs in the current record sets only (desired ones are ours)"],
    ],
    [
      "an owner that is a number",
      [{ ...ok, owner: 7 }],
      "current",
      ["[0].owner: expected a string or null, found 7"],
    ],
    [
      "an owner with a quote",
      [{ ...ok, owner: 'a"b' }],
      "current",
      [
        '[0].owner: "a\\"b" is not an owner id: expected 1–128 letters, digits and . _ : / @ -, starting with a letter or digit',
      ],
    ],
    [
      "every problem, not the first only",
      [
        { ...ok, ttl: -1, values: [] },
        { ...ok, name: "x" },
      ],
      "desired",
      [
        "[0].ttl: expected a whole number ≥ 0 and ≤ 2147483647 (seconds), found -1",
        "[0].values: expected a non-empty array of strings, found an empty array (to remove a record set, leave it out)",
        '[1].name: "x" is not fully qualified (expected a name such as api.example.com.)',
      ],
    ],
  ];
  it.each(rows)("refuses %s", (_title, data, role, problems) => {
    const result = parseRecordSets(data, role);
    expect(
      result.problems.map((p) => (p.path === "" ? `: ${p.message}` : `${p.path}: ${p.message}`)),
    ).toEqual(problems);
    expect(result.records).toEqual([]);
  });

  const hostile: [name: string, message: string][] = [
    ['api".example.com', 'has the character "\\"", which is not allowed in a DNS name'],
    ["api'.example.com", 'has the character "\'", which is not allowed in a DNS name'],
    ["api\n.example.com", 'has the character "\\n", which is not allowed in a DNS name'],
    ["api\r\nx.example.com", 'has the character "\\r", which is not allowed in a DNS name'],
    ["${x}.example.com", 'has the character "$", which is not allowed in a DNS name'],
    ["a b.example.com", 'has the character " ", which is not allowed in a DNS name'],
    ["a\\.example.com", 'has the character "\\\\", which is not allowed in a DNS name'],
    ["a;rm.example.com", 'has the character ";", which is not allowed in a DNS name'],
    ["bücher.example.com", "has a non-ASCII character: use the xn-- (punycode) form"],
    ["api.*.example.com", "may contain '*' only as its whole first label"],
    ["-api.example.com", "has the label \"-api\", which starts or ends with '-'"],
    [`${"a".repeat(64)}.example.com`, "has a label of 64 characters, more than 63"],
    [`${"a.".repeat(127)}com`, "is 257 characters long, more than 253"],
    ["", "is empty"],
    ["localhost", "is not fully qualified (expected a name such as api.example.com.)"],
  ];
  it.each(hostile)("refuses the name %j", (name, message) => {
    const { problems } = parseRecordSets([{ ...ok, name }], "desired");
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe("[0].name");
    expect(problems[0]!.message).toContain(message);
    expect(problems[0]!.message).not.toMatch(/[\n\r]/);
  });

  it("refuses hostile CNAME targets the same way", () => {
    const { problems } = parseRecordSets(
      [{ ...ok, type: "CNAME", values: ['lb".example.com${x}'] }],
      "desired",
    );
    expect(problems.map((p) => p.path)).toEqual(["[0].values[0]"]);
    expect(problems[0]!.message).toContain("names a host that has the character");
  });

  it("accepts and normalises good input, owner null or missing in current", () => {
    const { records, problems } = parseRecordSets(
      [
        {
          name: "*.Example.com",
          type: "a",
          ttl: 0,
          values: ["192.0.2.2", "192.0.2.1"],
          owner: null,
        },
        { name: "_dmarc.example.com.", type: "TXT", ttl: 300, values: ['v=DMARC1; p=none; "x"'] },
        {
          name: "example.com.",
          type: "MX",
          ttl: 300,
          values: ["10 Mail.example.com"],
          owner: OURS,
        },
        {
          name: "example.com.",
          type: "CAA",
          ttl: 300,
          values: ['0 issue "letsencrypt.org"'],
          owner: "team/b@x:1",
        },
        {
          name: "_sip._tcp.example.com.",
          type: "SRV",
          ttl: 60,
          values: ["10 5 5060 sip.example.com"],
        },
      ],
      "current",
    );
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        name: "*.example.com.",
        type: "A",
        ttl: 0,
        values: ["192.0.2.1", "192.0.2.2"],
        owner: null,
      },
      {
        name: "_dmarc.example.com.",
        type: "TXT",
        ttl: 300,
        values: ['v=DMARC1; p=none; "x"'],
        owner: null,
      },
      { name: "example.com.", type: "MX", ttl: 300, values: ["10 mail.example.com."], owner: OURS },
      {
        name: "example.com.",
        type: "CAA",
        ttl: 300,
        values: ['0 issue "letsencrypt.org"'],
        owner: "team/b@x:1",
      },
      {
        name: "_sip._tcp.example.com.",
        type: "SRV",
        ttl: 60,
        values: ["10 5 5060 sip.example.com."],
        owner: null,
      },
    ]);
  });
});

describe("cloudneutral dns plan", () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });

  async function files(
    current: unknown,
    desired: unknown,
  ): Promise<{ current: string; desired: string }> {
    const dir = await mkdtemp(path.join(tmpdir(), "cn-dns-"));
    dirs.push(dir);
    const c = path.join(dir, "current.json");
    const d = path.join(dir, "desired.json");
    await writeFile(c, typeof current === "string" ? current : JSON.stringify(current));
    await writeFile(d, typeof desired === "string" ? desired : JSON.stringify(desired));
    return { current: c, desired: d };
  }

  async function run(...args: string[]) {
    let stdout = "";
    let stderr = "";
    const code = await dnsCommand(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
    return { code, stdout, stderr };
  }

  const current = [
    { name: "api.example.com.", type: "A", ttl: 30, values: ["192.0.2.1"], owner: OURS },
    { name: "old.example.com.", type: "A", ttl: 30, values: ["192.0.2.1"], owner: OURS },
    { name: "shop.example.com.", type: "A", ttl: 30, values: ["192.0.2.5"], owner: null },
  ];
  const desired = [
    { name: "api.example.com.", type: "A", ttl: 30, values: ["192.0.2.2"] },
    { name: "new.example.com.", type: "TXT", ttl: 60, values: ['say "hi"'] },
    { name: "shop.example.com.", type: "A", ttl: 30, values: ["192.0.2.6"] },
  ];

  it("prints the plan as JSON in the documented shape", async () => {
    const f = await files(current, desired);
    const r = await run(
      "plan",
      "--current",
      f.current,
      "--desired",
      f.desired,
      "--owner",
      OURS,
      "--format",
      "json",
    );
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual([
      "create",
      "update",
      "delete",
      "conflicts",
      "unsafe",
      "reason",
    ]);
    expect(out).toEqual({
      create: [
        { name: "new.example.com.", type: "TXT", ttl: 60, values: ['say "hi"'], owner: OURS },
      ],
      update: [
        {
          from: {
            name: "api.example.com.",
            type: "A",
            ttl: 30,
            values: ["192.0.2.1"],
            owner: OURS,
          },
          to: { name: "api.example.com.", type: "A", ttl: 30, values: ["192.0.2.2"], owner: OURS },
        },
      ],
      delete: [
        { name: "old.example.com.", type: "A", ttl: 30, values: ["192.0.2.1"], owner: OURS },
      ],
      conflicts: [
        { name: "shop.example.com.", type: "A", ttl: 30, values: ["192.0.2.5"], owner: null },
      ],
      unsafe: false,
      reason: null,
    });
  });

  it("prints text by default, and honours --policy and --adopt", async () => {
    const f = await files(current, desired);
    const base = ["plan", "--current", f.current, "--desired", f.desired, "--owner", OURS];
    const text = await run(...base);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(
      [
        "dns plan: 1 to create, 1 to update, 1 to delete, 1 conflict",
        '+ new.example.com. TXT 60 ["say \\"hi\\""]',
        '~ api.example.com. A ["192.0.2.1"] → ["192.0.2.2"]',
        '- old.example.com. A 30 ["192.0.2.1"]',
        "! shop.example.com. A owned by nobody we know: left alone",
        "",
      ].join("\n"),
    );
    const upsert = JSON.parse(
      (await run(...base, "--policy", "upsert-only", "--adopt", "--format", "json")).stdout,
    );
    expect(upsert.delete).toEqual([]);
    expect(upsert.conflicts).toEqual([]);
    expect(upsert.update.map((u: { to: { name: string } }) => u.to.name)).toEqual([
      "api.example.com.",
      "shop.example.com.",
    ]);
    const adopted = await run(...base, "--policy", "upsert-only", "--adopt");
    expect(adopted.stdout).toContain(
      '~ shop.example.com. A adopt from nobody we know, ["192.0.2.5"] → ["192.0.2.6"]',
    );
  });

  it("exits 1 on an unsafe plan, says why and how to force it", async () => {
    const owned = Array.from({ length: 10 }, (_, i) => ({
      name: `h${i}.example.com.`,
      type: "A",
      ttl: 30,
      values: ["192.0.2.1"],
      owner: OURS,
    }));
    const f = await files(owned, []);
    const base = [
      "plan",
      "--current",
      f.current,
      "--desired",
      f.desired,
      "--owner",
      OURS,
      "--format",
      "json",
    ];
    const refused = await run(...base);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ unsafe: true });
    expect(refused.stderr).toBe(
      "cloudneutral: unsafe DNS plan: would update 0 and delete 10 of the 10 record sets we own (100%), more than the 30% allowed in a zone where we own at least 10; pass --force to plan it anyway\n",
    );
    const forced = await run(...base, "--force");
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ unsafe: false, delete: owned });
    expect((await run(...base, "--max-change-percent", "100")).code).toBe(0);
    expect((await run(...base, "--min-owned", "11")).code).toBe(0);
  });

  it("takes separate limits for updates and deletes", async () => {
    // 10 of ours: 4 updated, 2 deleted (40% and 20%, 60% together).
    const owned = Array.from({ length: 10 }, (_, i) => ({
      name: `h${i}.example.com.`,
      type: "A",
      ttl: 30,
      values: ["192.0.2.1"],
      owner: OURS,
    }));
    const wanted = owned
      .slice(2)
      .map(({ owner: _, ...r }, i) => (i < 4 ? { ...r, values: ["192.0.2.2"] } : r));
    const f = await files(owned, wanted);
    const plan = ["plan", "--current", f.current, "--desired", f.desired, "--owner", OURS];
    const code = async (...flags: string[]) => (await run(...plan, ...flags)).code;
    expect(await code()).toBe(1);
    expect(await code("--max-change-percent", "60")).toBe(0);
    expect(await code("--max-change-percent", "60", "--max-update-percent", "30")).toBe(1);
    expect(await code("--max-change-percent", "60", "--max-delete-percent", "10")).toBe(1);
    // Raising one limit raises the limit on both together with it.
    expect(await code("--max-update-percent", "60")).toBe(0);
    expect(await code("--max-update-percent", "40")).toBe(1);
    const deletes = await run(...plan, "--max-update-percent", "60", "--max-delete-percent", "10");
    expect(deletes.code).toBe(1);
    expect(deletes.stderr).toBe(
      "cloudneutral: unsafe DNS plan: would delete 2 of the 10 record sets we own (20%), more than the 10% allowed for deletes in a zone where we own at least 10; pass --force to plan it anyway\n",
    );
    const forced = await run(...plan, "--max-delete-percent", "0", "--force");
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(
      "note: forced: would update 4 and delete 2 of the 10 record sets we own (60%), more than the 30% allowed in a zone where we own at least 10\n",
    );
  });

  it("names the file and the JSON path of every problem, and exits 1", async () => {
    const f = await files(
      [
        { ...current[0], ttl: -3 },
        { ...current[1], name: 'x".example.com' },
      ],
      [{ ...desired[0], owner: OURS }],
    );
    const r = await run("plan", "--current", f.current, "--desired", f.desired, "--owner", OURS);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")).toEqual([
      `${f.current}: [0].ttl: expected a whole number ≥ 0 and ≤ 2147483647 (seconds), found -3`,
      `${f.current}: [1].name: "x\\".example.com" has the character "\\"", which is not allowed in a DNS name`,
      `${f.desired}: [0].owner: owner belongs in the current record sets only (desired ones are ours)`,
      "",
    ]);
  });

  it("lists at most 50 problems of a file", async () => {
    const f = await files(
      Array.from({ length: 60 }, () => 1),
      [],
    );
    const r = await run("plan", "--current", f.current, "--desired", f.desired, "--owner", OURS);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(51);
    expect(lines[50]).toBe(`${f.current}: … and 10 more problem(s)`);
  });

  it("reports unreadable and malformed files", async () => {
    const f = await files("[{", []);
    const bad = await run("plan", "--current", f.current, "--desired", f.desired, "--owner", OURS);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`cloudneutral: ${f.current}: not valid JSON: `);
    const missing = await run(
      "plan",
      "--current",
      `${f.current}.nope`,
      "--desired",
      f.desired,
      "--owner",
      OURS,
    );
    expect(missing).toMatchObject({
      code: 1,
      stderr: `cloudneutral: cannot read the current record sets ${f.current}.nope: no such file\n`,
    });
    const dir = await run(
      "plan",
      "--current",
      f.current,
      "--desired",
      path.dirname(f.desired),
      "--owner",
      OURS,
    );
    expect(dir.code).toBe(1);
    expect(dir.stderr).toContain(
      `cannot read the desired record sets ${path.dirname(f.desired)}: it is a directory`,
    );
  });

  const usage: [args: string[], message: string][] = [
    [[], 'unknown dns command ""'],
    [["apply"], 'unknown dns command "apply"'],
    [["plan", "--desired", "d", "--owner", OURS], "--current FILE is required"],
    [["plan", "--current", "c", "--owner", OURS], "--desired FILE is required"],
    [["plan", "--current", "c", "--desired", "d"], "--owner ID is required"],
    [
      ["plan", "--current", "c", "--desired", "d", "--owner", 'a"b'],
      '--owner: "a\\"b" is not an owner id',
    ],
    [
      ["plan", "--current", "c", "--desired", "d", "--owner", OURS, "--policy", "all"],
      '--policy must be one of sync, upsert-only, create-only, not "all"',
    ],
    [
      ["plan", "--current", "c", "--desired", "d", "--owner", OURS, "--format", "yaml"],
      '--format must be text or json, not "yaml"',
    ],
    [
      ["plan", "--current", "c", "--desired", "d", "--owner", OURS, "--max-change-percent", "101"],
      "--max-change-percent must be a whole number from 0 to 100",
    ],
    [
      ["plan", "--current", "c", "--desired", "d", "--owner", OURS, "--min-owned", "ten"],
      "--min-owned must be a whole number ≥ 0",
    ],
    [
      ["plan", "--current", "c", "--desired", "d", "--owner", OURS, "--max-update-percent", "x"],
      '--max-update-percent must be a whole number from 0 to 100, not "x"',
    ],
    [
      ["plan", "--current", "c", "--desired", "d", "--owner", OURS, "--max-update-percent=-5"],
      '--max-update-percent must be a whole number from 0 to 100, not "-5"',
    ],
    [
      ["plan", "--current", "c", "--desired", "d", "--owner", OURS, "--max-delete-percent", "2.5"],
      '--max-delete-percent must be a whole number from 0 to 100, not "2.5"',
    ],
    [
      ["plan", "--current", "c", "--desired", "d", "--owner", OURS, "--max-delete-percent", "150"],
      '--max-delete-percent must be a whole number from 0 to 100, not "150"',
    ],
    [
      ["plan", "--current", "c", "--desired", "d", "--owner", OURS, "--max-delete-percent", ""],
      '--max-delete-percent must be a whole number from 0 to 100, not ""',
    ],
    [
      [
        "plan",
        "--current",
        "c",
        "--desired",
        "d",
        "--owner",
        OURS,
        "--max-change-percent",
        "20",
        "--max-delete-percent",
        "25",
      ],
      "--max-delete-percent 25 is more than --max-change-percent 20, the limit on updates and deletes together: raise that too, or leave it out",
    ],
    [
      ["plan", "--current", "c", "--desired", "d", "--owner", OURS, "--bogus"],
      "Unknown option '--bogus'",
    ],
    [
      ["plan", "extra", "--current", "c", "--desired", "d", "--owner", OURS],
      "Unexpected argument 'extra'",
    ],
  ];
  it.each(usage)("exits 2 on usage errors: %j", async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`cloudneutral: ${message}`);
    expect(r.stderr).toContain(`usage: cloudneutral ${DNS_USAGE}\n${DNS_HELP}\n`);
  });

  it("documents the unsafe exit code in its usage", () => {
    expect(DNS_USAGE).not.toContain("\n");
    expect(DNS_HELP).toContain("Exit 1 on invalid input, and on an\n  unsafe plan");
    expect(DNS_HELP).toContain("--force plans it anyway");
  });
});

describe("a CNAME owns its whole name", () => {
  const cname = {
    name: "api.example.com.",
    type: "CNAME" as const,
    ttl: 300,
    values: ["lb.example.net."],
    owner: null,
  };
  const wantA = { name: "api.example.com.", type: "A" as const, ttl: 30, values: ["192.0.2.1"] };

  it("a foreign CNAME where we want an A is a conflict, and nothing is written", async () => {
    const { planDns } = await import("../lib/dns/diff.ts");
    const plan = planDns([cname], [wantA], { owner: "us" });
    expect(plan.conflicts).toEqual([cname]);
    expect([plan.create, plan.update, plan.delete]).toEqual([[], [], []]);
  });

  it("adopting the name deletes the foreign CNAME and creates ours", async () => {
    const { planDns } = await import("../lib/dns/diff.ts");
    const plan = planDns([cname], [wantA, { ...wantA, type: "AAAA", values: ["2001:db8::1"] }], {
      owner: "us",
      adopt: true,
    });
    expect(plan.delete).toEqual([cname]);
    expect(plan.create.map((r) => r.type)).toEqual(["A", "AAAA"]);
    expect(plan.conflicts).toEqual([]);
  });
});

describe("CAA values", () => {
  it("refuse a backslash inside the quotes, which would leave a zone file's string open", async () => {
    const { valueProblem } = await import("../lib/dns/normalize.ts");
    expect(valueProblem("CAA", '0 issue "letsencrypt.org"')).toBeNull();
    expect(valueProblem("CAA", '0 issue "ca.example\\"')).toMatch(/expected FLAGS TAG "VALUE"/);
  });
});
