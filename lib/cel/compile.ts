// One compile of a rule's CEL expression: parsed, type-checked and planned. Both `validate`
// (lib/model, which reports a rule that cannot compile at its line) and the policy engine
// (lib/policy, which runs it) use this one, so what validate accepts is exactly what runs.
import { type CelInput, type CelResult, parse, plan } from "@bufbuild/cel";
import { isDyn, TypeCheckError, typeOf } from "./check.ts";
import { celEnvironment, type VARIABLES } from "./env.ts";

export type Bindings = Record<keyof typeof VARIABLES, CelInput>;

/** The planned rule, or the CEL error as a message (with its position inside the expression). */
export function compileExpression(expression: string): ((ctx: Bindings) => CelResult) | string {
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
