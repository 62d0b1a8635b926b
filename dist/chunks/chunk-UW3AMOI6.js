import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  canonicalJson
} from "./chunk-APUQBNXB.js";

// lib/review/record.ts
import { createHash } from "node:crypto";
var REVIEW_AUDIENCE_PREFIX = "cloudneutral-review:";
function recordText(record) {
  return canonicalJson({ ...record, v: 1 });
}
function recordDigest(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
function reviewAudience(text) {
  return `${REVIEW_AUDIENCE_PREFIX}${recordDigest(text)}`;
}
var isMap = (v) => typeof v == "object" && v !== null && !Array.isArray(v), SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function parseRecord(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return "the record is not JSON";
  }
  if (!isMap(value)) return "the record is not an object";
  let { v, repository, pull, head, base, verdict, hashes } = value;
  return v !== 1 ? `unknown record version ${JSON.stringify(v)}` : typeof repository != "string" || !/^[^/\s]+\/[^/\s]+$/.test(repository) ? "the record has no repository" : typeof pull != "number" || !Number.isInteger(pull) || pull <= 0 ? "the record has no pull request number" : typeof head != "string" || !SHA.test(head) ? "the record has no head commit" : typeof base != "string" || !SHA.test(base) ? "the record has no base commit" : typeof verdict != "string" || verdict === "" ? "the record has no verdict" : !isMap(hashes) || !Object.values(hashes).every((h) => typeof h == "string") ? "the record's hashes are not a map of unit to hash" : { repository, pull, head, base, verdict, hashes };
}
function readAttestation(meta) {
  let a = meta?.attestation;
  if (!(!isMap(a) || typeof a.record != "string" || typeof a.token != "string"))
    return { record: a.record, token: a.token };
}

export {
  recordText,
  recordDigest,
  reviewAudience,
  parseRecord,
  readAttestation
};
