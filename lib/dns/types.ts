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

/**
 * The safety limits of a plan, as octoDNS has them (`update_pcent_threshold`,
 * `delete_pcent_threshold`, `MIN_EXISTING_RECORDS`), plus updates and deletes together.
 * Ratios are shares of the record sets we own; see `assessSafety` for the defaults.
 */
export interface SafetyLimits {
  /** Largest share of owned record sets one plan may update and delete together. */
  maxChangeRatio?: number;
  /** Largest share of owned record sets one plan may update (adoptions included). */
  maxUpdateRatio?: number;
  /** Largest share of owned record sets one plan may delete. */
  maxDeleteRatio?: number;
  /** The ratios apply to zones with at least this many owned sets; default 10. */
  minOwnedForSafety?: number;
  /** Apply a plan even past the limits: the refusal becomes a note. */
  force?: boolean;
}

export interface DnsPlanOptions extends SafetyLimits {
  /** Our owner id: only record sets carrying it are ours to change or delete. */
  owner: string;
  policy?: DnsPolicy;
  /** Take over record sets at desired names that nobody, or somebody else, owns. */
  adopt?: boolean;
}

export interface DnsUpdate {
  from: RecordSet;
  to: RecordSet;
}

/** What a plan changes, before its safety is assessed. */
export interface DnsChanges {
  create: RecordSet[];
  update: DnsUpdate[];
  delete: RecordSet[];
  /** Current record sets at desired names that are not ours and that we may not take. */
  conflicts: RecordSet[];
}

/** The one verdict `assessSafety` gives: refused (`unsafe`), and why or what was forced. */
export interface DnsSafety {
  unsafe: boolean;
  /** Why it is unsafe, `forced: …` when forced past a limit, otherwise null. */
  reason: string | null;
}

/** Key order is the `dns plan --format json` contract: the changes, then the verdict. */
export interface DnsPlan extends DnsChanges, DnsSafety {}
