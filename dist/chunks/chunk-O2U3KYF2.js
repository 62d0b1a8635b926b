import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  ownerProblem
} from "./chunk-VZB5ED4X.js";
import {
  planChangeCount
} from "./chunk-XQWHKO4R.js";

// lib/dns/provider.ts
function assertApplicable(provider, zone, plan) {
  if (plan.unsafe)
    throw new Error(
      `${provider}: refusing to apply an unsafe plan to ${zone}: ${plan.reason ?? "unsafe"} (plan with force to override)`
    );
}
function isEmptyPlan(plan) {
  return planChangeCount(plan) === 0;
}

// lib/dns/providers/ownership.ts
var HERITAGE = "cloudneutral", OWNER_LABEL = "_cn-owner";
function formatOwnerMarker(owner, type) {
  let problem = ownerProblem(owner);
  if (problem) throw new Error(`cannot mark ownership: ${problem}`);
  return `heritage=${HERITAGE},owner=${owner}${type === void 0 ? "" : `,type=${type}`}`;
}
function parseOwnerMarker(text) {
  let fields = /* @__PURE__ */ new Map();
  for (let part of text.trim().split(",")) {
    let eq = part.indexOf("=");
    if (eq <= 0) return null;
    let key = part.slice(0, eq).trim();
    if (fields.has(key)) return null;
    fields.set(key, part.slice(eq + 1).trim());
  }
  let owner = fields.get("owner");
  if (fields.get("heritage") !== HERITAGE || owner === void 0 || ownerProblem(owner) !== null) return null;
  let type = fields.get("type");
  return type === void 0 ? { owner } : { owner, type: type.toUpperCase() };
}
function ownerRecordName(name) {
  return `${OWNER_LABEL}.${name}`;
}
function ownedName(markerName) {
  let prefix = `${OWNER_LABEL}.`;
  return markerName.startsWith(prefix) ? markerName.slice(prefix.length) : null;
}

export {
  assertApplicable,
  isEmptyPlan,
  HERITAGE,
  formatOwnerMarker,
  parseOwnerMarker,
  ownerRecordName,
  ownedName
};
