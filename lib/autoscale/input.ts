// The JSON form of a decision's input (what `cloudneutral autoscale decide` reads), checked
// field by field: every mistake is reported at once, each with the path of the field.
import {
  defined,
  fail,
  type InputProblem,
  list,
  number,
  object,
  oneOf,
  optional,
  type Problems,
  time,
} from "./json-check.ts";
import type {
  Behavior,
  DecisionInput,
  DecisionPolicy,
  NodeSample,
  PastRecommendation,
  ScaleEvent,
  ScalingPolicy,
  ScalingRules,
} from "./types.ts";

export type { InputProblem } from "./json-check.ts";

/** The input is not a decision's input; a user mistake, not a bug. */
export class DecisionInputError extends Error {
  override name = "DecisionInputError";
  readonly problems: InputProblem[];

  constructor(problems: InputProblem[]) {
    super(problems.map(formatInputProblem).join("\n"));
    this.problems = problems;
  }
}

export function formatInputProblem(p: InputProblem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

/** Parses already-decoded JSON; throws DecisionInputError listing every problem. */
export function parseDecisionInput(value: unknown): DecisionInput {
  const problems: Problems = [];
  const doc = object(value, "", problems, [
    "policy",
    "current",
    "nodes",
    "now",
    "recommendations",
    "events",
  ]);
  if (!doc) throw new DecisionInputError(problems);
  const policy = parsePolicy(doc.policy, "policy", problems);
  const current = number(doc.current, "current", problems, { integer: true, min: 0 });
  const nodes = list(doc.nodes, "nodes", problems, parseNode);
  const now = time(doc.now, "now", problems);
  const recommendations = optional(doc.recommendations, (v) =>
    list(v, "recommendations", problems, parseRecommendation),
  );
  const events = optional(doc.events, (v) => list(v, "events", problems, parseEvent));

  const seen = new Map<string, number>();
  nodes?.forEach((n, i) => {
    if (n === undefined) return;
    const first = seen.get(n.name);
    if (first === undefined) seen.set(n.name, i);
    else problems.push({ path: `nodes[${i}].name`, message: `duplicate of nodes[${first}]` });
  });

  if (problems.length > 0 || !policy || current === undefined || !nodes || !now)
    throw new DecisionInputError(problems);
  const input: DecisionInput = { policy, current, nodes: defined(nodes), now };
  if (recommendations) input.recommendations = defined(recommendations);
  if (events) input.events = defined(events);
  return input;
}

function parsePolicy(value: unknown, path: string, problems: Problems): DecisionPolicy | undefined {
  const o = object(value, path, problems, [
    "min",
    "max",
    "targetUtilization",
    "tolerance",
    "behavior",
  ]);
  if (!o) return undefined;
  const min = number(o.min, `${path}.min`, problems, { integer: true, min: 0 });
  const max = number(o.max, `${path}.max`, problems, { integer: true, min: 1 });
  if (min !== undefined && max !== undefined && min > max)
    problems.push({ path: `${path}.min`, message: `expected at most max (${max}), got ${min}` });
  const targetUtilization = number(o.targetUtilization, `${path}.targetUtilization`, problems, {
    min: 0,
    above: true,
    max: 1,
  });
  const tolerance = optional(o.tolerance, (v) =>
    number(v, `${path}.tolerance`, problems, { min: 0, max: 1 }),
  );
  const behavior = optional(o.behavior, (v) => parseBehavior(v, `${path}.behavior`, problems));
  if (min === undefined || max === undefined || targetUtilization === undefined) return undefined;
  const policy: DecisionPolicy = { min, max, targetUtilization };
  if (tolerance !== undefined) policy.tolerance = tolerance;
  if (behavior) policy.behavior = behavior;
  return policy;
}

function parseBehavior(value: unknown, path: string, problems: Problems): Behavior | undefined {
  const o = object(value, path, problems, ["scaleUp", "scaleDown"]);
  if (!o) return undefined;
  const behavior: Behavior = {};
  const scaleUp = optional(o.scaleUp, (v) => parseRules(v, `${path}.scaleUp`, problems));
  const scaleDown = optional(o.scaleDown, (v) => parseRules(v, `${path}.scaleDown`, problems));
  if (scaleUp) behavior.scaleUp = scaleUp;
  if (scaleDown) behavior.scaleDown = scaleDown;
  return behavior;
}

function parseRules(value: unknown, path: string, problems: Problems): ScalingRules | undefined {
  const o = object(value, path, problems, [
    "stabilizationWindowSeconds",
    "selectPolicy",
    "policies",
  ]);
  if (!o) return undefined;
  const rules: ScalingRules = {};
  const window = optional(o.stabilizationWindowSeconds, (v) =>
    number(v, `${path}.stabilizationWindowSeconds`, problems, { integer: true, min: 0 }),
  );
  const select = optional(o.selectPolicy, (v) =>
    oneOf(v, `${path}.selectPolicy`, problems, ["Max", "Min", "Disabled"] as const),
  );
  const policies = optional(o.policies, (v) =>
    list(v, `${path}.policies`, problems, parseScalingPolicy),
  );
  // An empty list would make every limit "no change at all" in the HPA's arithmetic; the
  // Kubernetes API rejects it, and so do we, rather than freeze the pool silently.
  if (policies?.length === 0)
    problems.push({
      path: `${path}.policies`,
      message: 'expected at least one policy (use selectPolicy "Disabled" to stop scaling)',
    });
  if (window !== undefined) rules.stabilizationWindowSeconds = window;
  if (select !== undefined) rules.selectPolicy = select;
  if (policies && policies.length > 0) rules.policies = defined(policies);
  return rules;
}

function parseScalingPolicy(
  value: unknown,
  path: string,
  problems: Problems,
): ScalingPolicy | undefined {
  const o = object(value, path, problems, ["type", "value", "periodSeconds"]);
  if (!o) return undefined;
  const type = oneOf(o.type, `${path}.type`, problems, ["Nodes", "Percent"] as const);
  const v = number(o.value, `${path}.value`, problems, { integer: true, min: 1 });
  const periodSeconds = number(o.periodSeconds, `${path}.periodSeconds`, problems, {
    integer: true,
    min: 1,
    max: 1800,
  });
  if (type === undefined || v === undefined || periodSeconds === undefined) return undefined;
  return { type, value: v, periodSeconds };
}

function parseNode(value: unknown, path: string, problems: Problems): NodeSample | undefined {
  const o = object(value, path, problems, ["name", "usage", "capacity", "ready"]);
  if (!o) return undefined;
  const name =
    typeof o.name === "string" && o.name.length > 0
      ? o.name
      : fail(problems, `${path}.name`, "expected a non-empty string", o.name);
  // null is how many exporters write "no sample"; it means missing, like an absent field.
  const usage =
    o.usage === null
      ? undefined
      : optional(o.usage, (v) => number(v, `${path}.usage`, problems, { min: 0 }));
  const capacity = number(o.capacity, `${path}.capacity`, problems, { min: 0, above: true });
  const ready =
    typeof o.ready === "boolean"
      ? o.ready
      : fail(problems, `${path}.ready`, "expected true or false", o.ready);
  if (name === undefined || capacity === undefined || ready === undefined) return undefined;
  return usage === undefined ? { name, capacity, ready } : { name, usage, capacity, ready };
}

function parseRecommendation(
  value: unknown,
  path: string,
  problems: Problems,
): PastRecommendation | undefined {
  const o = object(value, path, problems, ["at", "nodes"]);
  if (!o) return undefined;
  const at = time(o.at, `${path}.at`, problems);
  const nodes = number(o.nodes, `${path}.nodes`, problems, { integer: true, min: 0 });
  return at && nodes !== undefined ? { at, nodes } : undefined;
}

function parseEvent(value: unknown, path: string, problems: Problems): ScaleEvent | undefined {
  const o = object(value, path, problems, ["at", "from", "to"]);
  if (!o) return undefined;
  const at = time(o.at, `${path}.at`, problems);
  const from = number(o.from, `${path}.from`, problems, { integer: true, min: 0 });
  const to = number(o.to, `${path}.to`, problems, { integer: true, min: 0 });
  return at && from !== undefined && to !== undefined ? { at, from, to } : undefined;
}
