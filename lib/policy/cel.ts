// User rules in CEL, in the manner of a Kubernetes ValidatingAdmissionPolicy: every
// expression is parsed, type-checked and planned once, then run against each changed object.
import {
  type CelInput,
  type CelResult,
  celError,
  celList,
  celMap,
  isCelError,
} from "@bufbuild/cel";
import { type Bindings, compileExpression } from "../cel/compile.ts";
import type { LocatedProblem } from "../errors.ts";
import type { SourceDoc } from "../model/load.ts";
import type { DocumentOf } from "../model/schema.ts";
import type { Location, PolicyResult, RuleInput, Severity } from "./types.ts";

export interface CompiledPolicies {
  evaluate(input: RuleInput & { at?: Location }): PolicyResult[];
  /** How many rules compiled (bad ones are reported as problems and left out). */
  rules: number;
}

export type PolicyMatch = NonNullable<DocumentOf<"Policy">["spec"]["match"]>;

interface CompiledRule {
  id: string;
  expression: string;
  message: string;
  severity: Severity;
  run: (ctx: Bindings) => CelResult;
}

/** Whether a policy's `match` selects this change; a list given but a property missing is no match. */
export function matchesChange(
  match: PolicyMatch | undefined,
  change: RuleInput["change"],
): boolean {
  if (!match) return true;
  if (match.kinds && !match.kinds.includes(change.kind)) return false;
  if (match.lifecycles && !(change.lifecycle && match.lifecycles.includes(change.lifecycle)))
    return false;
  if (
    match.environments &&
    !(change.environment && match.environments.includes(change.environment))
  )
    return false;
  return true;
}

export function compileCelPolicies(docs: SourceDoc<"Policy">[]): {
  policies: CompiledPolicies;
  problems: LocatedProblem[];
} {
  const problems: LocatedProblem[] = [];
  const compiled: { match: PolicyMatch | undefined; rules: CompiledRule[] }[] = [];
  for (const doc of docs) {
    const { validations, match } = doc.value.spec;
    if (!validations) continue;
    const rules: CompiledRule[] = [];
    validations.forEach((v, i) => {
      const result = compileExpression(v.expression);
      if (typeof result === "string") {
        const pos = doc.at(["spec", "validations", i, "expression"]);
        problems.push({
          file: doc.file,
          ...pos,
          message: `Policy ${doc.name}: validations[${i}].expression does not compile: ${result}`,
        });
        return;
      }
      rules.push({
        id: `${doc.name}/${i}`,
        expression: v.expression,
        message: v.message,
        severity: v.severity ?? "deny",
        run: result,
      });
    });
    if (rules.length > 0) compiled.push({ match, rules });
  }
  const rules = compiled.reduce((n, p) => n + p.rules.length, 0);
  return { policies: { rules, evaluate: (input) => evaluate(compiled, input) }, problems };
}

function evaluate(
  compiled: { match: PolicyMatch | undefined; rules: CompiledRule[] }[],
  input: RuleInput & { at?: Location },
): PolicyResult[] {
  const results: PolicyResult[] = [];
  let ctx: Bindings | undefined;
  const object = `${input.change.kind}/${input.change.name}`;
  for (const policy of compiled) {
    if (!matchesChange(policy.match, input.change)) continue;
    // Converted once per input and shared by its rules: conversion costs more than most rules.
    ctx ??= {
      object: toCel(input.object),
      oldObject: toCel(input.oldObject),
      change: toCel(input.change),
      pr: prToCel(input.pr),
    };
    for (const rule of policy.rules) {
      const value = runRule(rule, ctx);
      if (value === true) continue;
      const failure = (why: string): string =>
        `rule failed to evaluate (${why}), so it denies; expression: ${rule.expression}`;
      const denied = value === false;
      const message = denied
        ? rule.message
        : failure(isCelError(value) ? value.message : `expected a bool, got ${typeName(value)}`);
      const severity = denied ? rule.severity : "deny";
      results.push({ rule: rule.id, severity, object, message, ...(input.at && { at: input.at }) });
    }
  }
  return results;
}

/** The library returns errors as values; anything it throws instead is a failed rule too. */
function runRule(rule: CompiledRule, ctx: Bindings): CelResult {
  try {
    return rule.run(ctx);
  } catch (err) {
    return celError(err);
  }
}

function typeName(v: unknown): string {
  return v === null ? "null" : typeof v === "bigint" ? "int" : typeof v;
}

// The same PR is passed with every input: convert it once.
let lastPr: { pr: RuleInput["pr"]; value: CelInput } | undefined;
function prToCel(pr: RuleInput["pr"]): CelInput {
  if (lastPr?.pr !== pr) lastPr = { pr, value: toCel(pr) };
  return lastPr.value;
}

/**
 * Plain data to CEL values, eagerly: the library would otherwise copy a plain object into a
 * fresh Map on every field access. Whole numbers become `int`, as Kubernetes reads JSON
 * integers, so `object.spec.port == 8080` and `size() + object.spec.n` both work.
 */
function toCel(v: unknown, seen = new Map<object, CelInput>()): CelInput {
  switch (typeof v) {
    case "string":
    case "boolean":
    case "bigint":
      return v;
    case "number":
      return Number.isSafeInteger(v) ? BigInt(v) : v;
    case "object": {
      if (v === null) return null;
      if (v instanceof Uint8Array) return v;
      const known = seen.get(v);
      if (known !== undefined) return known;
      if (Array.isArray(v)) {
        const items: CelInput[] = [];
        const list = celList(items);
        seen.set(v, list);
        for (const item of v) items.push(toCel(item, seen));
        return list;
      }
      const entries = new Map<string, CelInput>();
      const map = celMap(entries);
      seen.set(v, map);
      for (const [k, item] of Object.entries(v)) {
        if (item !== undefined) entries.set(k, toCel(item, seen));
      }
      return map;
    }
    default:
      return null;
  }
}
