import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import "./chunk-BOG7BZ5N.js";

// lib/autoscale/json-check.ts
function object(value, path, problems, keys) {
  if (value === null || typeof value != "object" || Array.isArray(value))
    return fail(problems, path, "expected an object", value);
  let o = value;
  for (let key of Object.keys(o))
    keys.includes(key) || problems.push({
      path: path ? `${path}.${key}` : key,
      message: `unknown field; expected one of ${keys.join(", ")}`
    });
  return o;
}
function list(value, path, problems, item) {
  return Array.isArray(value) ? value.map((v, i) => item(v, `${path}[${i}]`, problems)) : fail(problems, path, "expected an array", value);
}
function number(value, path, problems, rule) {
  return typeof value == "number" && Number.isFinite(value) && (!rule.integer || Number.isInteger(value)) && (rule.min === void 0 || (rule.above ? value > rule.min : value >= rule.min)) && (rule.max === void 0 || value <= rule.max) ? value : fail(problems, path, `expected ${describe(rule)}`, value);
}
function describe(rule) {
  let bounds = [];
  return rule.min !== void 0 && bounds.push(`${rule.above ? ">" : ">="} ${rule.min}`), rule.max !== void 0 && bounds.push(`<= ${rule.max}`), `${rule.integer ? "an integer" : "a number"}${bounds.length ? ` ${bounds.join(" and ")}` : ""}`;
}
function oneOf(value, path, problems, allowed) {
  return allowed.includes(value) ? value : fail(
    problems,
    path,
    `expected one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`,
    value
  );
}
var DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
function time(value, path, problems) {
  let m = typeof value == "string" ? DATE_TIME.exec(value) : null, ms = m ? Date.parse(value) : Number.NaN, day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : void 0, real = day !== void 0 && day.getUTCDate() === Number(m?.[3]) && day.getUTCMonth() === Number(m?.[2]) - 1;
  return Number.isNaN(ms) || !real ? fail(problems, path, "expected a date-time with a zone, like 2026-11-22T10:00:00Z", value) : new Date(ms);
}
function defined(items) {
  return items.filter((i) => i !== void 0);
}
function optional(value, parse) {
  return value === void 0 ? void 0 : parse(value);
}
function fail(problems, path, expected, got) {
  problems.push({
    path,
    message: got === void 0 ? `${expected}, but the field is missing` : `${expected}, got ${shown(got)}`
  });
}
function shown(value) {
  let text = Array.isArray(value) ? "an array" : value === null ? "null" : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

// lib/autoscale/input.ts
var DecisionInputError = class extends Error {
  name = "DecisionInputError";
  problems;
  constructor(problems) {
    super(problems.map(formatInputProblem).join(`
`)), this.problems = problems;
  }
};
function formatInputProblem(p) {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}
function parseDecisionInput(value) {
  let problems = [], doc = object(value, "", problems, [
    "policy",
    "current",
    "nodes",
    "now",
    "recommendations",
    "events"
  ]);
  if (!doc) throw new DecisionInputError(problems);
  let policy = parsePolicy(doc.policy, "policy", problems), current = number(doc.current, "current", problems, { integer: !0, min: 0 }), nodes = list(doc.nodes, "nodes", problems, parseNode), now = time(doc.now, "now", problems), recommendations = optional(
    doc.recommendations,
    (v) => list(v, "recommendations", problems, parseRecommendation)
  ), events = optional(doc.events, (v) => list(v, "events", problems, parseEvent)), seen = /* @__PURE__ */ new Map();
  if (nodes?.forEach((n, i) => {
    if (n === void 0) return;
    let first = seen.get(n.name);
    first === void 0 ? seen.set(n.name, i) : problems.push({ path: `nodes[${i}].name`, message: `duplicate of nodes[${first}]` });
  }), problems.length > 0 || !policy || current === void 0 || !nodes || !now)
    throw new DecisionInputError(problems);
  let input = { policy, current, nodes: defined(nodes), now };
  return recommendations && (input.recommendations = defined(recommendations)), events && (input.events = defined(events)), input;
}
function parsePolicy(value, path, problems) {
  let o = object(value, path, problems, [
    "min",
    "max",
    "targetUtilization",
    "tolerance",
    "behavior"
  ]);
  if (!o) return;
  let min = number(o.min, `${path}.min`, problems, { integer: !0, min: 0 }), max = number(o.max, `${path}.max`, problems, { integer: !0, min: 1 });
  min !== void 0 && max !== void 0 && min > max && problems.push({ path: `${path}.min`, message: `expected at most max (${max}), got ${min}` });
  let targetUtilization = number(o.targetUtilization, `${path}.targetUtilization`, problems, {
    min: 0,
    above: !0,
    max: 1
  }), tolerance = optional(
    o.tolerance,
    (v) => number(v, `${path}.tolerance`, problems, { min: 0, max: 1 })
  ), behavior = optional(o.behavior, (v) => parseBehavior(v, `${path}.behavior`, problems));
  if (min === void 0 || max === void 0 || targetUtilization === void 0) return;
  let policy = { min, max, targetUtilization };
  return tolerance !== void 0 && (policy.tolerance = tolerance), behavior && (policy.behavior = behavior), policy;
}
function parseBehavior(value, path, problems) {
  let o = object(value, path, problems, ["scaleUp", "scaleDown"]);
  if (!o) return;
  let behavior = {}, scaleUp = optional(o.scaleUp, (v) => parseRules(v, `${path}.scaleUp`, problems)), scaleDown = optional(o.scaleDown, (v) => parseRules(v, `${path}.scaleDown`, problems));
  return scaleUp && (behavior.scaleUp = scaleUp), scaleDown && (behavior.scaleDown = scaleDown), behavior;
}
function parseRules(value, path, problems) {
  let o = object(value, path, problems, [
    "stabilizationWindowSeconds",
    "selectPolicy",
    "policies"
  ]);
  if (!o) return;
  let rules = {}, window = optional(
    o.stabilizationWindowSeconds,
    (v) => number(v, `${path}.stabilizationWindowSeconds`, problems, { integer: !0, min: 0 })
  ), select = optional(
    o.selectPolicy,
    (v) => oneOf(v, `${path}.selectPolicy`, problems, ["Max", "Min", "Disabled"])
  ), policies = optional(
    o.policies,
    (v) => list(v, `${path}.policies`, problems, parseScalingPolicy)
  );
  return policies?.length === 0 && problems.push({
    path: `${path}.policies`,
    message: 'expected at least one policy (use selectPolicy "Disabled" to stop scaling)'
  }), window !== void 0 && (rules.stabilizationWindowSeconds = window), select !== void 0 && (rules.selectPolicy = select), policies && policies.length > 0 && (rules.policies = defined(policies)), rules;
}
function parseScalingPolicy(value, path, problems) {
  let o = object(value, path, problems, ["type", "value", "periodSeconds"]);
  if (!o) return;
  let type = oneOf(o.type, `${path}.type`, problems, ["Nodes", "Percent"]), v = number(o.value, `${path}.value`, problems, { integer: !0, min: 1 }), periodSeconds = number(o.periodSeconds, `${path}.periodSeconds`, problems, {
    integer: !0,
    min: 1,
    max: 1800
  });
  if (!(type === void 0 || v === void 0 || periodSeconds === void 0))
    return { type, value: v, periodSeconds };
}
function parseNode(value, path, problems) {
  let o = object(value, path, problems, ["name", "usage", "capacity", "ready"]);
  if (!o) return;
  let name = typeof o.name == "string" && o.name.length > 0 ? o.name : fail(problems, `${path}.name`, "expected a non-empty string", o.name), usage = o.usage === null ? void 0 : optional(o.usage, (v) => number(v, `${path}.usage`, problems, { min: 0 })), capacity = number(o.capacity, `${path}.capacity`, problems, { min: 0, above: !0 }), ready = typeof o.ready == "boolean" ? o.ready : fail(problems, `${path}.ready`, "expected true or false", o.ready);
  if (!(name === void 0 || capacity === void 0 || ready === void 0))
    return usage === void 0 ? { name, capacity, ready } : { name, usage, capacity, ready };
}
function parseRecommendation(value, path, problems) {
  let o = object(value, path, problems, ["at", "nodes"]);
  if (!o) return;
  let at = time(o.at, `${path}.at`, problems), nodes = number(o.nodes, `${path}.nodes`, problems, { integer: !0, min: 0 });
  return at && nodes !== void 0 ? { at, nodes } : void 0;
}
function parseEvent(value, path, problems) {
  let o = object(value, path, problems, ["at", "from", "to"]);
  if (!o) return;
  let at = time(o.at, `${path}.at`, problems), from = number(o.from, `${path}.from`, problems, { integer: !0, min: 0 }), to = number(o.to, `${path}.to`, problems, { integer: !0, min: 0 });
  return at && from !== void 0 && to !== void 0 ? { at, from, to } : void 0;
}
export {
  DecisionInputError,
  formatInputProblem,
  parseDecisionInput
};
