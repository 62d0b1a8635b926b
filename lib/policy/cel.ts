// User rules in CEL, in the manner of a Kubernetes ValidatingAdmissionPolicy: every
// expression is parsed, type-checked and planned once, then run against each changed object.
import {
  type CelInput,
  type CelResult,
  celError,
  celList,
  celMap,
  isCelError,
  parse,
  plan,
} from "@bufbuild/cel";
import type { LocatedProblem } from "../errors.ts";
import type { SourceDoc } from "../model/load.ts";
import type { DocumentOf } from "../model/schema.ts";
import { isDyn, TypeCheckError, typeOf } from "./cel-check.ts";
import { celEnvironment, type VARIABLES } from "./cel-env.ts";
import type { Location, PolicyResult, RuleInput, Severity } from "./types.ts";

export interface CompiledPolicies {
  evaluate(input: RuleInput & { at?: Location }): PolicyResult[];
  /** How many rules compiled (bad ones are reported as problems and left out). */
  rules: number;
}

export type PolicyMatch = NonNullable<DocumentOf<"Policy">["spec"]["match"]>;

type Bindings = Record<keyof typeof VARIABLES, CelInput>;

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

/** The planned rule, or the CEL error as a message (with its position inside the expression). */
function compileExpression(expression: string): ((ctx: Bindings) => CelResult) | string {
  const env = celEnvironment();
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(expression);
  } catch (err) {
    const e = err as { rawMessage?: string; message: string; location?: { start: LineCol } };
    const where = e.location ? ` (at ${e.location.start.line}:${e.location.start.column})` : "";
    return `syntax error: ${e.rawMessage ?? e.message}${where}`;
  }
  try {
    const type = typeOf(parsed.expr, new Map());
    if (!isDyn(type) && type.name !== "bool")
      return `expected the expression to evaluate to bool; it evaluates to ${type}`;
    return plan(env, parsed);
  } catch (err) {
    if (!(err instanceof TypeCheckError)) throw err;
    const offset = parsed.sourceInfo?.positions[err.id.toString()];
    const where = offset === undefined ? "" : ` (near ${lineCol(expression, offset)})`;
    return `${err.message}${where}`;
  }
}

interface LineCol {
  line: number;
  column: number;
}

function lineCol(text: string, offset: number): string {
  const chars = [...text]; // offsets count code points
  // Operators are placed at the end of their left operand: point at the operator instead.
  while (/\s/.test(chars[offset] ?? "")) offset++;
  const before = chars.slice(0, offset).join("").split("\n");
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
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
