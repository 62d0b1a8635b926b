// Cloudflare keeps one record per value, CloudNeutral one record set per name and type. This
// module maps between the two, pure: Cloudflare records to record sets (with the owner their
// `comment` names), and record-set values to the bodies Cloudflare's API takes.
import type {
  BatchPatchParam,
  RecordBatchParams,
  RecordResponse,
} from "cloudflare/resources/dns/records";
import { normalizeName, normalizeRecordSet, normalizeValue } from "../normalize.ts";
import { RECORD_TYPES, type RecordSet, type RecordType } from "../types.ts";
import { decodeCharacterStrings, encodeCharacterStrings } from "./character-string.ts";
import { formatOwnerMarker, parseOwnerMarker } from "./ownership.ts";

/** A record body as the batch endpoint's `posts` take it. */
export type CloudflarePost = NonNullable<RecordBatchParams["posts"]>[number];
export type CloudflarePatch = BatchPatchParam;

/** One Cloudflare record of a record set, with what apply needs to change it. */
export interface CloudflareRecord {
  id: string;
  /** Normalised, as in the record set. */
  value: string;
  ttl: number;
  comment: string | null;
  proxied: boolean;
}

/** A record set as read, with the Cloudflare records that make it up. */
export interface CloudflareRecordSet {
  set: RecordSet;
  records: CloudflareRecord[];
}

/** Cloudflare's limit on a record comment on the free plan (paid plans take 500). */
const MAX_COMMENT = 100;

/**
 * The comment that marks a record as ours: the same `heritage=cloudneutral,owner=<id>` marker
 * the other providers write, so a person sees who manages the record in the dashboard.
 */
export function ownerComment(owner: string): string {
  const comment = formatOwnerMarker(owner);
  if (comment.length > MAX_COMMENT)
    throw new Error(
      `owner id ${JSON.stringify(owner)} makes the comment ${JSON.stringify(comment)} longer than the ${MAX_COMMENT} characters Cloudflare keeps; choose a shorter owner id`,
    );
  return comment;
}

/** The owner a comment names, or null when it is not our marker (or there is none). */
export function ownerOfComment(comment: string | null | undefined): string | null {
  return comment ? (parseOwnerMarker(comment)?.owner ?? null) : null;
}

/** Cloudflare spells names without the final dot. */
export function cloudflareName(name: string): string {
  return normalizeName(name).slice(0, -1);
}

export function setKey(name: string, type: RecordType): string {
  return `${normalizeName(name)} ${type}`;
}

/**
 * Record sets from a zone's records, keyed by `setKey`. Types CloudNeutral does not manage
 * (HTTPS, SSHFP, …) are left out, so nothing ever plans to touch them. A set whose records
 * disagree on their owner belongs to nobody we know (someone added a value by hand), so it
 * is a conflict rather than ours; one whose TTLs disagree reports the smallest.
 */
export function recordSetsOf(records: readonly RecordResponse[]): Map<string, CloudflareRecordSet> {
  const byKey = new Map<string, { name: string; type: RecordType; records: CloudflareRecord[] }>();
  for (const r of records) {
    const type = RECORD_TYPES.find((t) => t === r.type);
    const raw = type === undefined ? undefined : valueText(r);
    if (type === undefined || raw === undefined) continue;
    const key = setKey(r.name, type);
    const group = byKey.get(key) ?? { name: normalizeName(r.name), type, records: [] };
    group.records.push({
      id: r.id,
      value: normalizeValue(type, raw),
      ttl: r.ttl,
      comment: r.comment ?? null,
      proxied: r.proxied === true,
    });
    byKey.set(key, group);
  }
  const sets = new Map<string, CloudflareRecordSet>();
  for (const [key, group] of byKey) {
    const owners = new Set(group.records.map((r) => ownerOfComment(r.comment)));
    const set = normalizeRecordSet({
      name: group.name,
      type: group.type,
      ttl: Math.min(...group.records.map((r) => r.ttl)),
      values: group.records.map((r) => r.value),
      owner: owners.size === 1 ? [...owners][0]! : null,
    });
    sets.set(key, { set, records: group.records });
  }
  return sets;
}

/** A record's value in CloudNeutral's spelling (see `RecordSet.values`), before normalising. */
function valueText(r: RecordResponse): string | undefined {
  switch (r.type) {
    case "A":
    case "AAAA":
    case "CNAME":
    case "NS":
    case "PTR":
      return r.content;
    case "MX":
      return r.content === undefined ? undefined : `${r.priority ?? 0} ${r.content}`;
    case "TXT":
      return r.content === undefined ? undefined : txtText(r.content);
    case "SRV": {
      // `data` holds the parts; `content` leaves the priority out on some API versions.
      const d = r.data;
      if (d?.priority !== undefined && d.weight !== undefined && d.port !== undefined && d.target)
        return `${d.priority} ${d.weight} ${d.port} ${d.target}`;
      return r.content;
    }
    case "CAA": {
      const d = r.data;
      if (d?.flags !== undefined && d.tag && d.value !== undefined)
        return `${d.flags} ${d.tag} "${d.value}"`;
      return r.content;
    }
    default:
      return undefined;
  }
}

/**
 * The body of one record holding `value`. Records we write are never proxied: behind the proxy
 * Cloudflare answers with its own addresses, and membership only works when DNS answers with
 * the regions' own.
 */
export function recordBody(
  set: { name: string; type: RecordType; ttl: number },
  value: string,
  comment: string,
): CloudflarePost {
  const name = cloudflareName(set.name);
  const common = { name, ttl: set.ttl, comment };
  const fields = value.trim().split(/\s+/);
  switch (set.type) {
    case "A":
      return { ...common, type: "A", content: value, proxied: false };
    case "AAAA":
      return { ...common, type: "AAAA", content: value, proxied: false };
    case "CNAME":
      return { ...common, type: "CNAME", content: bareName(value), proxied: false };
    case "NS":
      return { ...common, type: "NS", content: bareName(value) };
    case "PTR":
      return { ...common, type: "PTR", content: bareName(value) };
    case "MX":
      return {
        ...common,
        type: "MX",
        priority: Number(fields[0]),
        content: bareName(fields[1] ?? ""),
      };
    case "TXT":
      return { ...common, type: "TXT", content: encodeCharacterStrings(value) };
    case "SRV": {
      const [priority, weight, port, target] = fields;
      const data = {
        priority: Number(priority),
        weight: Number(weight),
        port: Number(port),
        target: bareName(target ?? ""),
      };
      return { ...common, type: "SRV", data };
    }
    case "CAA": {
      const m = /^(\d+)\s+(\S+)\s+"(.*)"$/.exec(value.trim());
      if (!m)
        throw new Error(`${set.name} CAA value ${JSON.stringify(value)} is not FLAGS TAG "VALUE"`);
      return { ...common, type: "CAA", data: { flags: Number(m[1]), tag: m[2]!, value: m[3]! } };
    }
    case "LUA":
      throw new Error(
        `${set.name} is a LUA record set, which only PowerDNS serves; Cloudflare has no such type (use weights by membership or a load balancer)`,
      );
  }
}

function bareName(name: string): string {
  // "." is the null MX / SRV target; Cloudflare spells it the same way.
  return name === "." ? "." : cloudflareName(name);
}

/**
 * TXT content as read: quoted character strings (RFC 1035) decoded and joined; content
 * someone wrote unquoted in the dashboard is the text itself, spaces included.
 */
function txtText(content: string): string {
  if (!content.trimStart().startsWith('"')) return content;
  try {
    return decodeCharacterStrings(content);
  } catch {
    return content;
  }
}
