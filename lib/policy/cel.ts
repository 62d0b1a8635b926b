// User rules in CEL, in the manner of a Kubernetes ValidatingAdmissionPolicy: every
// expression is parsed, type-checked and planned once, then run against each changed object.
import {
  type CelEnv,
  type CelInput,
  type CelResult,
  CelScalar,
  type CelType,
  celEnv,
  celError,
  celList,
  celMap,
  isCelError,
  listType,
  mapType,
  parse,
  plan,
} from "@bufbuild/cel";
import { strings } from "@bufbuild/cel/ext";
// The engine @bufbuild/cel itself uses (its own dependency): RE2 semantics, linear time.
import { RE2JS } from "@bufbuild/re2";
import type { Problem } from "../errors.ts";
import type { SourceDoc } from "../model/load.ts";
import type { DocumentOf } from "../model/schema.ts";
import type { Location, PolicyResult, RuleInput, Severity } from "./types.ts";

export interface CompiledPolicies {
  evaluate(input: RuleInput & { at?: Location }): PolicyResult[];
  /** How many rules compiled (bad ones are reported as problems and left out). */
  rules: number;
}

export type PolicyMatch = NonNullable<DocumentOf<"Policy">["spec"]["match"]>;

// Documents are arbitrary, so every variable is `dyn`: field access is checked at run time.
const VARIABLES = {
  object: CelScalar.DYN,
  oldObject: CelScalar.DYN,
  change: CelScalar.DYN,
  pr: CelScalar.DYN,
} as const;

type Bindings = Record<keyof typeof VARIABLES, CelInput>;

interface CompiledRule {
  id: string;
  expression: string;
  message: string;
  severity: Severity;
  run: (ctx: Bindings) => CelResult;
}

let env: CelEnv<typeof VARIABLES> | undefined;

/** One environment for every rule: Kubernetes' CEL has the strings extension, so ours does too. */
function celEnvironment(): CelEnv<typeof VARIABLES> {
  env ??= celEnv({ variables: VARIABLES, funcs: strings, re2: { compile: cachedRegex } });
  return env;
}

// `matches()` would otherwise compile its pattern on every call (10 µs); patterns are
// nearly always literals, so a small cache makes it as cheap as any other rule.
const regexes = new Map<string, { test(text: string): boolean }>();
function cachedRegex(pattern: string): { test(text: string): boolean } {
  let re = regexes.get(pattern);
  if (!re) {
    if (regexes.size >= 1000) regexes.clear();
    re = RE2JS.compile(pattern);
    regexes.set(pattern, re);
  }
  return re;
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
  problems: Problem[];
} {
  const problems: Problem[] = [];
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

// --- Type checking ---------------------------------------------------------------------
// @bufbuild/cel 0.6 exports no usable checker, so this is a small one: enough to refuse at
// load time what can never work (`1 + "a"`, unknown functions and variables, `"s".field`),
// while anything touching a `dyn` variable is left to run time, as in cel-go.

type Expr = ReturnType<typeof parse>["expr"];
const DYN = CelScalar.DYN;
const BOOL = CelScalar.BOOL;
const LIST = listType(DYN);
const MAP = mapType(DYN, DYN);
const TYPE_NAMES = new Set(
  "int uint double bool string bytes list map null_type type dyn".split(" "),
);

class TypeCheckError extends Error {
  constructor(
    readonly id: bigint,
    message: string,
  ) {
    super(message);
  }
}

function isDyn(t: CelType): boolean {
  return t.kind === "scalar" && t.name === "dyn";
}

function assignable(param: CelType, arg: CelType): boolean {
  if (isDyn(param) || isDyn(arg)) return true;
  if (param.kind !== arg.kind) return false;
  return param.kind === "list" || param.kind === "map" || param.name === arg.name;
}

function typeOf(expr: Expr | undefined, scope: Map<string, CelType>): CelType {
  if (!expr) return DYN;
  const fail = (message: string): never => {
    throw new TypeCheckError(expr.id, message);
  };
  const k = expr.exprKind;
  switch (k.case) {
    case "constExpr": {
      const c = k.value.constantKind.case;
      if (c === "int64Value") return CelScalar.INT;
      if (c === "uint64Value") return CelScalar.UINT;
      if (c === "doubleValue") return CelScalar.DOUBLE;
      if (c === "stringValue") return CelScalar.STRING;
      if (c === "bytesValue") return CelScalar.BYTES;
      if (c === "boolValue") return BOOL;
      if (c === "nullValue") return CelScalar.NULL;
      return DYN;
    }
    case "identExpr": {
      const name = k.value.name;
      const t = scope.get(name) ?? celEnvironment().variables.find(name);
      if (t) return t;
      if (TYPE_NAMES.has(name)) return CelScalar.TYPE;
      return fail(`undeclared reference to '${name}'`);
    }
    case "selectExpr": {
      const operand = typeOf(k.value.operand, scope);
      if (!isDyn(operand) && operand.kind !== "map")
        fail(`type '${operand}' does not support field selection`);
      return k.value.testOnly ? BOOL : DYN;
    }
    case "listExpr":
      for (const e of k.value.elements) typeOf(e, scope);
      return LIST;
    case "structExpr":
      if (k.value.messageName) fail(`unknown type '${k.value.messageName}'`);
      for (const e of k.value.entries) {
        if (e.keyKind.case === "mapKey") typeOf(e.keyKind.value, scope);
        typeOf(e.value, scope);
      }
      return MAP;
    case "comprehensionExpr": {
      const c = k.value;
      const range = typeOf(c.iterRange, scope);
      if (!isDyn(range) && range.kind !== "list" && range.kind !== "map")
        fail(`expression of type '${range}' cannot be the range of a comprehension`);
      const inner = new Map(scope).set(c.accuVar, typeOf(c.accuInit, scope)).set(c.iterVar, DYN);
      if (c.iterVar2) inner.set(c.iterVar2, DYN);
      typeOf(c.loopCondition, inner);
      typeOf(c.loopStep, inner);
      return typeOf(c.result, inner);
    }
    case "callExpr":
      return callType(k.value, scope, fail);
    default:
      return fail(`unsupported expression (${k.case ?? "empty"})`);
  }
}

function callType(
  call: Extract<Expr["exprKind"], { case: "callExpr" }>["value"],
  scope: Map<string, CelType>,
  fail: (message: string) => never,
): CelType {
  const target = call.target ? typeOf(call.target, scope) : undefined;
  const args = call.args.map((a) => typeOf(a, scope));
  const name = call.function;
  const isBool = (t: CelType | undefined) => t !== undefined && (isDyn(t) || t.name === "bool");
  const operandList = () => (target ? [target, ...args] : args).join(", ");
  switch (name) {
    case "_&&_":
    case "_||_":
    case "@not_strictly_false":
      if (!args.every(isBool))
        fail(`found no matching overload for '${name}' applied to '(${operandList()})'`);
      return BOOL;
    case "_?_:_": {
      if (!isBool(args[0])) fail(`expected a bool condition, got '${args[0]}'`);
      const [, a, b] = args;
      return a && b && String(a) === String(b) ? a : DYN;
    }
    case "_[_]": {
      const operand = args[0] ?? DYN;
      if (!isDyn(operand) && operand.kind !== "list" && operand.kind !== "map")
        fail(`type '${operand}' does not support indexing`);
      return DYN;
    }
  }
  const pattern = name === "matches" ? call.args.at(-1)?.exprKind : undefined;
  if (pattern?.case === "constExpr" && pattern.value.constantKind.case === "stringValue") {
    try {
      cachedRegex(pattern.value.constantKind.value);
    } catch (err) {
      fail(`invalid regular expression: ${(err as Error).message}`);
    }
  }
  const group = celEnvironment().funcs.find(name);
  if (!group) return fail(`undeclared reference to '${name}'`);
  const candidates = [...group].filter(
    (f) =>
      (f.target === undefined) === (target === undefined) &&
      (!f.target || !target || assignable(f.target, target)) &&
      f.arguments.length === args.length &&
      f.arguments.every((p, i) => assignable(p, args[i] ?? DYN)),
  );
  const first = candidates[0];
  if (!first)
    return fail(`found no matching overload for '${name}' applied to '(${operandList()})'`);
  return candidates.every((f) => String(f.result) === String(first.result)) ? first.result : DYN;
}
