// The embedded default provider: the zone as an RFC 1035 master file committed under
// infra/dns/<zone>.zone, which any DNS server that reads zone files can serve. Ownership is
// a `_cn-owner.<name>` TXT record set holding one `heritage=cloudneutral,owner=…,type=…`
// string per managed type, so records a person wrote by hand stay theirs. A change bumps
// the SOA serial and replaces the file atomically (temp file + rename): a server or a
// reader never sees half a zone.
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { recordKey } from "../diff.ts";
import { nameProblem, normalizeName, normalizeRecordSet, valueProblem } from "../normalize.ts";
import { assertApplicable, type DnsProvider, isEmptyPlan } from "../provider.ts";
import { type DnsPlan, RECORD_TYPES, type RecordSet } from "../types.ts";
import { decodeCharacterStrings, encodeCharacterStrings } from "./character-string.ts";
import {
  formatMasterFile,
  type MasterRecord,
  type MasterZone,
  parseMasterFile,
  type Soa,
} from "./master-file.ts";
import { formatOwnerMarker, ownedName, ownerRecordName, parseOwnerMarker } from "./ownership.ts";
import { canonicalLuaContent } from "./weighted.ts";

export interface ZoneFileOptions {
  /** The provider's name in the Platform; default `zonefile`. */
  name?: string;
  /** The repository root; zone files live under `directory` in it. */
  root: string;
  /** Default `infra/dns`. */
  directory?: string;
  /** SOA fields of a zone file this provider creates; an existing SOA is kept. */
  soa?: Partial<Omit<Soa, "serial" | "ttl">>;
  /** $TTL of a zone file this provider creates; default 300. */
  defaultTtl?: number;
}

const MANAGED: ReadonlySet<string> = new Set(RECORD_TYPES);
const HEADER = [
  "Written by CloudNeutral's zonefile DNS provider; the SOA serial grows with every change.",
  "Record sets named in a _cn-owner TXT record are managed by that owner; others are kept as",
  "they are (comments and layout are not).",
];

/** Where the zone file of `zone` lives, relative paths resolved against `root`. */
export function zoneFilePath(root: string, zone: string, directory = "infra/dns"): string {
  const name = checkedZone(zone);
  return path.resolve(root, directory, `${name.slice(0, -1)}.zone`);
}

export function createZoneFileProvider(options: ZoneFileOptions): DnsProvider {
  const counts = { reads: 0, writes: 0, retries: 0 };
  const name = options.name ?? "zonefile";
  const fileOf = (zone: string) => zoneFilePath(options.root, zone, options.directory);
  return {
    name,
    type: "zonefile",
    // One file write carries any number of changes; weights can only be membership.
    capabilities: { weights: "membership", batchSize: Number.POSITIVE_INFINITY, ownership: "txt" },
    calls: () => ({ ...counts }),
    async read(zone) {
      counts.reads++;
      const model = await load(fileOf(zone), checkedZone(zone));
      return model ? recordSetsOf(model) : [];
    },
    async apply(zone, plan) {
      const origin = checkedZone(zone);
      assertApplicable(name, origin, plan);
      if (isEmptyPlan(plan)) return { calls: 0 };
      const file = fileOf(origin);
      const model = (await load(file, origin)) ?? newZone(origin, options);
      assertFresh(model, plan, path.relative(options.root, file));
      const next = applyToModel(model, plan);
      await writeAtomically(file, formatMasterFile(next, HEADER));
      counts.writes++;
      return { calls: 1 };
    },
  };
}

function checkedZone(zone: string): string {
  const problem = nameProblem(zone, { wildcard: false });
  if (problem) throw new Error(`zone ${JSON.stringify(zone)} ${problem}`);
  return normalizeName(zone);
}

async function load(file: string, zone: string): Promise<MasterZone | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
  return parseMasterFile(text, zone, file);
}

function newZone(zone: string, options: Pick<ZoneFileOptions, "soa" | "defaultTtl">): MasterZone {
  const ttl = options.defaultTtl ?? 300;
  const soa: Soa = {
    mname: normalizeName(options.soa?.mname ?? `ns.${zone}`),
    rname: normalizeName(options.soa?.rname ?? `hostmaster.${zone}`),
    serial: 0,
    refresh: options.soa?.refresh ?? 3600,
    retry: options.soa?.retry ?? 600,
    expire: options.soa?.expire ?? 604800,
    minimum: options.soa?.minimum ?? ttl,
    ttl,
  };
  return { origin: zone, defaultTtl: ttl, soa, records: [] };
}

/** The managed record sets of a zone file, owners from the `_cn-owner` markers. */
function recordSetsOf(model: MasterZone): RecordSet[] {
  const owners = markers(model.records);
  const sets = new Map<string, RecordSet>();
  for (const r of model.records) {
    if (!MANAGED.has(r.type) || (r.type === "TXT" && ownedName(r.name) !== null)) continue;
    const key = `${r.name} ${r.type}`;
    const set = sets.get(key) ?? {
      name: r.name,
      type: r.type as RecordSet["type"],
      ttl: r.ttl,
      values: [],
    };
    // RFC 2181 §5.2: one TTL per RRset; of hand-written differing ones, the lowest is served.
    set.ttl = Math.min(set.ttl, r.ttl);
    set.values.push(recordValue(r));
    sets.set(key, set);
  }
  return [...sets].map(([key, set]) =>
    normalizeRecordSet({ ...set, owner: owners.get(key) ?? null }),
  );
}

function markers(records: readonly MasterRecord[]): Map<string, string | null> {
  const owners = new Map<string, string | null>();
  for (const r of records) {
    const of = r.type === "TXT" ? ownedName(r.name) : null;
    if (of === null) continue;
    const marker = markerOf(r);
    if (!marker?.type) continue;
    const key = `${of} ${marker.type}`;
    // Two markers naming different owners: nobody we can trust owns it.
    owners.set(key, owners.has(key) && owners.get(key) !== marker.owner ? null : marker.owner);
  }
  return owners;
}

function markerOf(r: MasterRecord): { owner: string; type?: string } | null {
  try {
    return parseOwnerMarker(decodeCharacterStrings(r.rdata));
  } catch {
    return null;
  }
}

function recordValue(r: MasterRecord): string {
  if (r.type === "TXT") return decodeCharacterStrings(r.rdata);
  if (r.type === "LUA") return canonicalLuaContent(r.rdata);
  return r.rdata;
}

/** A plan made from an older read is refused rather than applied over someone's edit. */
function assertFresh(model: MasterZone, plan: DnsPlan, file: string): void {
  const now = new Map(recordSetsOf(model).map((r) => [recordKey(r), r]));
  const same = (a: RecordSet | undefined, b: RecordSet) => {
    if (!a) return false;
    const n = normalizeRecordSet(b);
    return (
      a.ttl === n.ttl &&
      a.owner === (n.owner ?? null) &&
      a.values.join("\n") === n.values.join("\n")
    );
  };
  const stale = [
    ...plan.create.filter((r) => now.has(recordKey(r))),
    ...plan.update.filter((u) => !same(now.get(recordKey(u.from)), u.from)).map((u) => u.from),
    ...plan.delete.filter((r) => !same(now.get(recordKey(r)), r)),
  ];
  if (stale.length > 0)
    throw new Error(
      `${file} changed since the plan was made (${stale.map(recordKey).join(", ")}); nothing was written: plan again`,
    );
}

function applyToModel(model: MasterZone, plan: DnsPlan): MasterZone {
  let records = [...model.records];
  const drop = (r: RecordSet) => {
    const name = normalizeName(r.name);
    const marker = ownerRecordName(name);
    records = records.filter(
      (m) =>
        !(m.name === name && m.type === r.type) &&
        !(m.name === marker && m.type === "TXT" && markerOf(m)?.type === r.type),
    );
  };
  const put = (r: RecordSet) => {
    const set = normalizeRecordSet(r);
    const inside = set.name === model.origin || set.name.endsWith(`.${model.origin}`);
    if (!inside) throw new Error(`${set.name} is not in the zone ${model.origin}`);
    const problem = nameProblem(set.name, { wildcard: true });
    if (problem) throw new Error(`${set.name} ${problem}`);
    if (typeof r.owner !== "string") throw new Error(`${recordKey(set)} has no owner to mark`);
    for (const v of set.values) {
      const bad = valueProblem(set.type, v);
      if (bad) throw new Error(`${recordKey(set)}: ${JSON.stringify(v)} ${bad}`);
      records.push({ name: set.name, ttl: set.ttl, type: set.type, rdata: rdataOf(set.type, v) });
    }
    const text = encodeCharacterStrings(formatOwnerMarker(r.owner, set.type));
    records.push({
      name: ownerRecordName(set.name),
      ttl: model.defaultTtl,
      type: "TXT",
      rdata: text,
    });
  };
  for (const r of plan.delete) drop(r);
  for (const u of plan.update) {
    drop(u.from);
    put(u.to);
  }
  for (const r of plan.create) put(r);
  const soa = model.soa ?? newZone(model.origin, {}).soa!;
  return { ...model, soa: { ...soa, serial: nextSerial(soa.serial) }, records };
}

function rdataOf(type: string, value: string): string {
  if (type === "TXT") return encodeCharacterStrings(value);
  if (type === "LUA") return canonicalLuaContent(value);
  return value;
}

/** RFC 1982 serial arithmetic: +1, wrapping past 2^32 - 1 (and skipping 0, which some tools read as unset). */
function nextSerial(serial: number): number {
  return (serial + 1) % 2 ** 32 || 1;
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    const handle = await open(tmp, "wx");
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
