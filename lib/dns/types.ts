// The data the DNS planner and the providers exchange. A record set is the unit DNS
// providers change atomically (all values of one name and type), so it is the unit here too.

/** The record types CloudNeutral manages. SOA stays with the zone's own tooling. */
export const RECORD_TYPES = [
  "A",
  "AAAA",
  "CAA",
  "CNAME",
  "LUA",
  "MX",
  "NS",
  "PTR",
  "SRV",
  "TXT",
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export interface RecordSet {
  /** Fully qualified; normalised to lower case with a trailing dot. */
  name: string;
  type: RecordType;
  /** Seconds. */
  ttl: number;
  /**
   * Order carries no meaning; normalised sets keep them sorted. TXT values are the text
   * itself, unquoted: quoting and splitting into 255-byte strings is each provider's job.
   */
  values: string[];
  /**
   * Who manages the record (an ownership TXT record or the provider's comment field).
   * Only current record sets have one; `null` means nobody we know of.
   */
  owner?: string | null;
}

/**
 * `sync` creates, updates and deletes; `upsert-only` never deletes; `create-only` never
 * touches a record that exists.
 */
export const DNS_POLICIES = ["sync", "upsert-only", "create-only"] as const;
export type DnsPolicy = (typeof DNS_POLICIES)[number];

export interface DnsPlanOptions {
  /** Our owner id: only record sets carrying it are ours to change or delete. */
  owner: string;
  policy?: DnsPolicy;
  /** Take over record sets at desired names that nobody, or somebody else, owns. */
  adopt?: boolean;
  /** Apply a plan even past the safety threshold. */
  force?: boolean;
  /** Largest share of owned record sets one plan may update or delete; default 0.3. */
  maxChangeRatio?: number;
  /** The safety threshold applies to zones with at least this many owned sets; default 10. */
  minOwnedForSafety?: number;
}

export interface DnsUpdate {
  from: RecordSet;
  to: RecordSet;
}

/** Key order is the `dns plan --format json` contract. */
export interface DnsPlan {
  create: RecordSet[];
  update: DnsUpdate[];
  delete: RecordSet[];
  /** Current record sets at desired names that are not ours and that we may not take. */
  conflicts: RecordSet[];
  unsafe: boolean;
  reason: string | null;
}
