// The review record: what the trusted job judged for one pull request — the repository, the
// PR, its head and base, the policy verdict and each unit's normalised plan hash. Its
// canonical JSON is what is attested (the OIDC token's audience carries its sha256) and what
// is stored, byte for byte, so that apply hashes exactly what it reads. Pure.
import { createHash } from "node:crypto";
import { canonicalJson } from "../tfplan/hash.ts";

const REVIEW_AUDIENCE_PREFIX = "cloudneutral-review:";

export interface ReviewRecord {
  /** `owner/name`. */
  repository: string;
  pull: number;
  /** The PR head the plans were made at. */
  head: string;
  base: string;
  /** policy-check's decision: `allow`, `deny`, … */
  verdict: string;
  /** Unit id → normalised plan hash. */
  hashes: Record<string, string>;
}

/** What the plan comment's marker carries: the record as attested, and the token. */
export interface StoredAttestation {
  record: string;
  token: string;
}

/** The record as stored and attested: canonical JSON. */
export function recordText(record: ReviewRecord): string {
  return canonicalJson({ ...record, v: 1 });
}

export function recordDigest(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The OIDC audience that binds a token to the stored record `text`. */
export function reviewAudience(text: string): string {
  return `${REVIEW_AUDIENCE_PREFIX}${recordDigest(text)}`;
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** Strictly parses a stored record; a message saying what is wrong otherwise. */
export function parseRecord(text: string): ReviewRecord | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "the record is not JSON";
  }
  if (!isMap(value)) return "the record is not an object";
  const { v, repository, pull, head, base, verdict, hashes } = value;
  if (v !== 1) return `unknown record version ${JSON.stringify(v)}`;
  if (typeof repository !== "string" || !/^[^/\s]+\/[^/\s]+$/.test(repository))
    return "the record has no repository";
  if (typeof pull !== "number" || !Number.isInteger(pull) || pull <= 0)
    return "the record has no pull request number";
  if (typeof head !== "string" || !SHA.test(head)) return "the record has no head commit";
  if (typeof base !== "string" || !SHA.test(base)) return "the record has no base commit";
  if (typeof verdict !== "string" || verdict === "") return "the record has no verdict";
  if (!isMap(hashes) || !Object.values(hashes).every((h) => typeof h === "string"))
    return "the record's hashes are not a map of unit to hash";
  return { repository, pull, head, base, verdict, hashes: hashes as Record<string, string> };
}

/** Reads the stored attestation from a plan comment's marker; undefined when absent or malformed. */
export function readAttestation(
  meta: Record<string, unknown> | undefined,
): StoredAttestation | undefined {
  const a = meta?.attestation;
  if (!isMap(a) || typeof a.record !== "string" || typeof a.token !== "string") return undefined;
  return { record: a.record, token: a.token };
}
