// The simulator's zones and DNS records, shaped as Cloudflare's API returns them, and the batch
// endpoint's semantics: deletes, patches, puts, posts in that order, in one transaction, so
// one bad operation leaves the zone exactly as it was.
import { randomBytes } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";

/** The error objects of Cloudflare's envelope. */
export interface CfError {
  code: number;
  message: string;
}

export class CfFailure extends Error {
  constructor(
    readonly status: number,
    readonly errors: CfError[],
  ) {
    super(errors.map((e) => `${e.code} ${e.message}`).join("; "));
  }
}

export interface SimRecord {
  id: string;
  name: string;
  type: string;
  content: string;
  priority?: number;
  data?: Record<string, string | number>;
  proxiable: boolean;
  proxied: boolean;
  ttl: number;
  settings: Record<string, never>;
  meta: Record<string, never>;
  /** Left out when the record has none, as Cloudflare does. */
  comment?: string;
  tags: string[];
  created_on: string;
  modified_on: string;
  comment_modified_on?: string;
}

export interface SimZone {
  id: string;
  name: string;
  records: SimRecord[];
}

const TYPES = ["A", "AAAA", "CAA", "CNAME", "MX", "NS", "PTR", "SRV", "TXT", "HTTPS"];
/** The free plan's limit on a record comment. */
export const MAX_COMMENT = 100;

export function cfId(): string {
  return randomBytes(16).toString("hex");
}

function validation(message: string, code = 1004): CfFailure {
  return new CfFailure(400, [{ code, message: `DNS Validation Error: ${message}` }]);
}

/**
 * A record built from a request body (a post, or a put/patch merged onto the stored record),
 * validated the way Cloudflare validates: the name inside the zone, TTL 1 (automatic) or
 * 30–86400, content that fits the type, structured `data` for SRV and CAA.
 */
export function buildRecord(
  zone: SimZone,
  body: Record<string, unknown>,
  base?: SimRecord,
): SimRecord {
  const str = (k: string) => (typeof body[k] === "string" ? (body[k] as string) : undefined);
  const type = str("type") ?? base?.type;
  if (!type || !TYPES.includes(type)) throw validation(`unsupported record type ${String(type)}`);
  const name = (str("name") ?? base?.name ?? "").toLowerCase().replace(/\.$/, "");
  if (name !== zone.name && !name.endsWith(`.${zone.name}`))
    throw validation(`record name ${name} is not in zone ${zone.name}`);
  const ttl = typeof body.ttl === "number" ? body.ttl : base?.ttl;
  if (ttl === undefined || !(ttl === 1 || (Number.isInteger(ttl) && ttl >= 30 && ttl <= 86400)))
    throw validation(`TTL must be 1 (automatic) or between 30 and 86400, got ${String(ttl)}`);
  // A patch without `comment` keeps it; an empty or null comment removes it.
  const comment = "comment" in body ? str("comment") || null : (base?.comment ?? null);
  if (comment !== null && comment.length > MAX_COMMENT)
    throw new CfFailure(400, [{ code: 9102, message: "DNS record comment is too long" }]);
  const proxied = typeof body.proxied === "boolean" ? body.proxied : (base?.proxied ?? false);
  const now = new Date().toISOString();
  const record: SimRecord = {
    id: base?.id ?? cfId(),
    name,
    type,
    content: "",
    proxiable: ["A", "AAAA", "CNAME"].includes(type),
    proxied,
    ttl,
    settings: {},
    meta: {},
    tags: [],
    created_on: base?.created_on ?? now,
    modified_on: now,
  };
  if (comment !== null) {
    record.comment = comment;
    record.comment_modified_on = base?.comment === comment ? base.comment_modified_on : now;
  }
  if (proxied && !record.proxiable) throw validation(`${type} records cannot be proxied`);
  fillContent(record, body, base);
  return record;
}

function fillContent(record: SimRecord, body: Record<string, unknown>, base?: SimRecord): void {
  const content = typeof body.content === "string" ? body.content : base?.content;
  const data =
    typeof body.data === "object" && body.data !== null
      ? (body.data as Record<string, string | number>)
      : base?.data;
  switch (record.type) {
    case "SRV": {
      const { priority, weight, port, target } = data ?? {};
      if ([priority, weight, port].some((n) => typeof n !== "number") || typeof target !== "string")
        throw validation("SRV records need data.priority, data.weight, data.port and data.target");
      record.data = { priority: priority!, weight: weight!, port: port!, target };
      record.priority = priority as number;
      // Cloudflare's SRV content leaves the priority to its own field.
      record.content = `${weight} ${port} ${target}`;
      return;
    }
    case "CAA": {
      const { flags, tag, value } = data ?? {};
      if (typeof flags !== "number" || typeof tag !== "string" || typeof value !== "string")
        throw validation("CAA records need data.flags, data.tag and data.value");
      record.data = { flags, tag, value };
      record.content = `${flags} ${tag} "${value}"`;
      return;
    }
  }
  if (!content) throw validation(`${record.type} records need content`);
  if (record.type === "A" && !isIPv4(content))
    throw validation(`${content} is not an IPv4 address`);
  if (record.type === "AAAA" && !isIPv6(content))
    throw validation(`${content} is not an IPv6 address`);
  if (record.type === "MX") {
    const priority = typeof body.priority === "number" ? body.priority : base?.priority;
    if (priority === undefined) throw validation("MX records need a priority");
    record.priority = priority;
  }
  record.content = content;
}

/** The zone-wide rules a change must keep: no identical twins, a CNAME alone at its name. */
function checkZone(records: readonly SimRecord[], changed: SimRecord): void {
  for (const other of records) {
    if (other.id === changed.id || other.name !== changed.name) continue;
    if (
      other.type === changed.type &&
      other.content === changed.content &&
      other.priority === changed.priority
    )
      throw new CfFailure(400, [{ code: 81058, message: "An identical record already exists." }]);
    if ((other.type === "CNAME") !== (changed.type === "CNAME"))
      throw new CfFailure(400, [
        {
          code: 81053,
          message: "An A, AAAA, or CNAME record with that host already exists.",
        },
      ]);
  }
}

export interface BatchBody {
  deletes?: { id?: unknown }[];
  patches?: Record<string, unknown>[];
  puts?: Record<string, unknown>[];
  posts?: Record<string, unknown>[];
}

export interface BatchResult {
  deletes: SimRecord[];
  patches: SimRecord[];
  puts: SimRecord[];
  posts: SimRecord[];
}

/**
 * Runs a batch on a copy of the zone's records and returns the copy with the result; the caller
 * commits the copy only when nothing failed (and no fault aborts it).
 */
export function runBatch(
  zone: SimZone,
  body: BatchBody,
  limit: number,
): { records: SimRecord[]; result: BatchResult } {
  const size =
    (body.deletes?.length ?? 0) +
    (body.patches?.length ?? 0) +
    (body.puts?.length ?? 0) +
    (body.posts?.length ?? 0);
  if (size > limit)
    throw new CfFailure(400, [
      { code: 81056, message: `Batch of ${size} changes exceeds the limit of ${limit}.` },
    ]);
  const records = zone.records.map((r) => ({ ...r }));
  const result: BatchResult = { deletes: [], patches: [], puts: [], posts: [] };
  const at = (id: unknown): number => {
    const i = records.findIndex((r) => r.id === id);
    if (i < 0) throw new CfFailure(400, [{ code: 81044, message: "Record does not exist." }]);
    return i;
  };
  for (const d of body.deletes ?? []) result.deletes.push(...records.splice(at(d.id), 1));
  for (const [list, merge] of [
    [body.patches ?? [], true],
    [body.puts ?? [], false],
  ] as const) {
    for (const change of list) {
      const i = at(change.id);
      const old = records[i]!;
      // A put replaces the record: only the type and identity survive.
      const { comment: _comment, data: _data, ...kept } = old;
      const base = merge ? old : { ...kept, proxied: false };
      const next = buildRecord(zone, merge ? change : { type: old.type, ...change }, base);
      checkZone(records, next);
      records[i] = next;
      (merge ? result.patches : result.puts).push(next);
    }
  }
  for (const post of body.posts ?? []) {
    const record = buildRecord(zone, post);
    checkZone(records, record);
    records.push(record);
    result.posts.push(record);
  }
  return { records, result };
}
