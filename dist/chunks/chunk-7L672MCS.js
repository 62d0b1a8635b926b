import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  isRecord,
  planError,
  planObject,
  planResourceEntries
} from "./chunk-65PPA6I5.js";

// lib/tfplan/summary.ts
var ACTIONS = {
  create: "create",
  update: "update",
  delete: "delete",
  "delete,create": "replace",
  "create,delete": "replace",
  // `lifecycle { destroy = false }`: replaced, the old object left alone (Terraform 1.14+).
  "create,forget": "replace",
  read: "read",
  "no-op": "noop",
  forget: "forget"
};
function classifyActions(actions) {
  return Object.hasOwn(ACTIONS, actions.join(",")) ? ACTIONS[actions.join(",")] : void 0;
}
var emptyCounts = () => ({
  create: 0,
  update: 0,
  delete: 0,
  replace: 0,
  read: 0,
  noop: 0,
  forget: 0,
  import: 0,
  move: 0
});
function pathText(steps) {
  let out = "";
  for (let step of steps)
    typeof step == "number" ? out += `[${step}]` : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(step) ? out += out === "" ? step : `.${step}` : out += `[${JSON.stringify(step)}]`;
  return out;
}
function resourceSummary(stack, e) {
  let action = classifyActions(e.actions);
  if (action === void 0)
    throw planError(
      stack,
      `${e.address} has actions ${JSON.stringify(e.actions)}, which no known Terraform version plans`
    );
  let out = {
    address: e.address,
    type: e.type,
    actions: e.actions,
    action,
    importing: e.importing
  };
  return e.reason !== void 0 && (out.reason = e.reason), e.replacePaths !== void 0 && (out.replacePaths = e.replacePaths.map(pathText)), e.previousAddress !== void 0 && e.previousAddress !== e.address && (out.movedFrom = e.previousAddress), e.deposed !== void 0 && (out.deposed = e.deposed), out;
}
function anyTrue(v) {
  return v === !0 ? !0 : Array.isArray(v) ? v.some(anyTrue) : isRecord(v) ? Object.values(v).some(anyTrue) : !1;
}
function outputSensitivity(plan) {
  let marked = /* @__PURE__ */ new Set(), from = (outputs) => {
    if (isRecord(outputs))
      for (let [name, o] of Object.entries(outputs))
        isRecord(o) && o.sensitive === !0 && marked.add(name);
  }, get = (v, ...keys) => keys.reduce((at, k) => isRecord(at) ? at[k] : void 0, v);
  return from(get(plan, "planned_values", "outputs")), from(get(plan, "prior_state", "values", "outputs")), from(get(plan, "configuration", "root_module", "outputs")), (name) => marked.has(name);
}
function outputSummaries(stack, plan) {
  let changes = plan.output_changes;
  if (changes == null) return [];
  if (!isRecord(changes)) throw planError(stack, "output_changes is not an object");
  let sensitive = outputSensitivity(plan), out = [];
  for (let [name, change] of Object.entries(changes)) {
    let actions = isRecord(change) ? change.actions : void 0;
    if (!isRecord(change) || !Array.isArray(actions) || !actions.every((a) => typeof a == "string"))
      throw planError(stack, `output_changes.${name} lacks actions`);
    let action = classifyActions(actions);
    if (action === void 0)
      throw planError(stack, `output ${name} has unknown actions ${JSON.stringify(actions)}`);
    action !== "noop" && out.push({
      name,
      actions: [...actions],
      action,
      sensitive: anyTrue(change.before_sensitive) || anyTrue(change.after_sensitive) || sensitive(name)
    });
  }
  return out;
}
function summarizePlan(plan, stack = "the stack") {
  let entries = planResourceEntries(stack, plan), root = planObject(stack, plan), counts = emptyCounts(), resources = [];
  for (let entry of entries) {
    let r = resourceSummary(stack, entry);
    counts[r.action]++, r.importing && counts.import++, r.movedFrom !== void 0 && counts.move++, (r.action !== "noop" && r.action !== "read" || r.importing || r.movedFrom !== void 0) && resources.push(r);
  }
  let summary = {
    formatVersion: String(root.format_version),
    counts,
    resources,
    outputs: outputSummaries(stack, root),
    errored: root.errored === !0,
    complete: root.complete !== !1
  };
  return typeof root.terraform_version == "string" && (summary.terraformVersion = root.terraform_version), summary;
}
function summaryJson(s) {
  let c = s.counts;
  return {
    create: c.create,
    update: c.update,
    delete: c.delete,
    replace: c.replace,
    read: c.read,
    noop: c.noop,
    forget: c.forget,
    import: c.import,
    move: c.move,
    resources: s.resources.map(
      (r) => r.reason === void 0 ? { address: r.address, actions: r.actions } : { address: r.address, actions: r.actions, reason: r.reason }
    )
  };
}

export {
  classifyActions,
  emptyCounts,
  summarizePlan,
  summaryJson
};
