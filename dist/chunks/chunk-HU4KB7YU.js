import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/dns/types.ts
var RECORD_TYPES = [
  "A",
  "AAAA",
  "CAA",
  "CNAME",
  "LUA",
  "MX",
  "NS",
  "PTR",
  "SRV",
  "TXT"
], DNS_POLICIES = ["sync", "upsert-only", "create-only"];

export {
  RECORD_TYPES,
  DNS_POLICIES
};
