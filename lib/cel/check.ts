// A small CEL type checker. @bufbuild/cel 0.6 exports no usable checker, so this refuses
// at load time what can never work (`1 + "a"`, unknown functions and variables,
// `"s".field`), while anything touching a `dyn` variable is left to run time, as in cel-go.
import { CelScalar, type CelType, listType, mapType, type parse } from "@bufbuild/cel";
import { cachedRegex, celEnvironment } from "./env.ts";

type Expr = ReturnType<typeof parse>["expr"];
const DYN = CelScalar.DYN;
const BOOL = CelScalar.BOOL;
const LIST = listType(DYN);
const MAP = mapType(DYN, DYN);
const TYPE_NAMES = new Set(
  "int uint double bool string bytes list map null_type type dyn".split(" "),
);

export class TypeCheckError extends Error {
  constructor(
    readonly id: bigint,
    message: string,
  ) {
    super(message);
  }
}

export function isDyn(t: CelType): boolean {
  return t.kind === "scalar" && t.name === "dyn";
}

function assignable(param: CelType, arg: CelType): boolean {
  if (isDyn(param) || isDyn(arg)) return true;
  if (param.kind !== arg.kind) return false;
  return param.kind === "list" || param.kind === "map" || param.name === arg.name;
}

export function typeOf(expr: Expr | undefined, scope: Map<string, CelType>): CelType {
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
