import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import "./chunk-BOG7BZ5N.js";

// lib/plan/evidence.ts
var NO_PLANS = "no run of pr.yml left plans for this head: a fork's PR is never planned; otherwise its plan job failed before writing results, or the artifact expired";
function planEvidence(artifacts, scope) {
  let resources = [], coverage = { judged: [], missing: [] };
  for (let a of scope.affected) {
    if (a.unit?.engine !== "terraform") continue;
    let r = artifacts.results.get(a.id), plan = r?.status === "failed" ? void 0 : r?.normalised;
    if (!plan) {
      let reason = r ? r.status === "failed" ? `its plan failed: ${(r.error ?? "no error given").split(`
`)[0]}` : "its result carries no plan" : artifacts.planned ? "the plan artifact has no result for this unit (its plan job failed or was cancelled)" : NO_PLANS;
      coverage.missing.push({ unit: a.id, reason });
      continue;
    }
    coverage.judged.push(a.id);
    for (let e of plan) {
      if (e.output !== void 0 || typeof e.address != "string") continue;
      let actions = Array.isArray(e.actions) ? e.actions.filter((x) => typeof x == "string") : [];
      resources.push({ stack: a.id, address: e.address, type: addressType(e.address), actions });
    }
  }
  return { resources, coverage };
}
function addressType(address) {
  let parts = [], current = "", depth = 0, quoted = !1;
  for (let i2 = 0; i2 < address.length; i2++) {
    let c = address[i2];
    if (quoted) {
      current += c, c === "\\" ? current += address[++i2] ?? "" : c === '"' && (quoted = !1);
      continue;
    }
    c === '"' ? quoted = !0 : c === "[" ? depth++ : c === "]" && depth--, c === "." && depth === 0 ? (parts.push(current), current = "") : current += c;
  }
  parts.push(current);
  let i = 0;
  for (; parts[i] === "module"; ) i += 2;
  return parts[i] === "data" && i++, (parts[i] ?? "").replace(/\[[\s\S]*$/, "");
}
export {
  addressType,
  planEvidence
};
