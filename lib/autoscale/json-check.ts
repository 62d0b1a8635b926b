// Readers for decoded JSON that record what is wrong (with the path of the field) and go on,
// so that one run reports every mistake.

export interface InputProblem {
  /** Where, in the JSON: `nodes[1].capacity`; empty for the whole document. */
  path: string;
  message: string;
}

export type Problems = InputProblem[];
export type Json = Record<string, unknown>;

export interface NumberRule {
  integer?: boolean;
  min?: number;
  /** `min` itself excluded. */
  above?: boolean;
  max?: number;
}

export function object(
  value: unknown,
  path: string,
  problems: Problems,
  keys: readonly string[],
): Json | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return fail(problems, path, "expected an object", value);
  const o = value as Json;
  for (const key of Object.keys(o))
    if (!keys.includes(key))
      problems.push({
        path: path ? `${path}.${key}` : key,
        message: `unknown field; expected one of ${keys.join(", ")}`,
      });
  return o;
}

/** Items that failed are undefined in the result, so that later checks keep their index. */
export function list<T>(
  value: unknown,
  path: string,
  problems: Problems,
  item: (v: unknown, path: string, problems: Problems) => T | undefined,
): (T | undefined)[] | undefined {
  if (!Array.isArray(value)) return fail(problems, path, "expected an array", value);
  return value.map((v, i) => item(v, `${path}[${i}]`, problems));
}

export function number(
  value: unknown,
  path: string,
  problems: Problems,
  rule: NumberRule,
): number | undefined {
  const ok =
    typeof value === "number" &&
    Number.isFinite(value) &&
    (!rule.integer || Number.isInteger(value)) &&
    (rule.min === undefined || (rule.above ? value > rule.min : value >= rule.min)) &&
    (rule.max === undefined || value <= rule.max);
  return ok ? value : fail(problems, path, `expected ${describe(rule)}`, value);
}

function describe(rule: NumberRule): string {
  const bounds: string[] = [];
  if (rule.min !== undefined) bounds.push(`${rule.above ? ">" : ">="} ${rule.min}`);
  if (rule.max !== undefined) bounds.push(`<= ${rule.max}`);
  return `${rule.integer ? "an integer" : "a number"}${bounds.length ? ` ${bounds.join(" and ")}` : ""}`;
}

export function oneOf<T extends string>(
  value: unknown,
  path: string,
  problems: Problems,
  allowed: readonly T[],
): T | undefined {
  return allowed.includes(value as T)
    ? (value as T)
    : fail(
        problems,
        path,
        `expected one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`,
        value,
      );
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/** RFC 3339 with an explicit zone: a time without one would depend on the runner's zone. */
export function time(value: unknown, path: string, problems: Problems): Date | undefined {
  const m = typeof value === "string" ? DATE_TIME.exec(value) : null;
  const ms = m ? Date.parse(value as string) : Number.NaN;
  // Date.parse rolls 2026-02-30 over to March; a date that does not exist is a typo.
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  const real =
    day !== undefined &&
    day.getUTCDate() === Number(m?.[3]) &&
    day.getUTCMonth() === Number(m?.[2]) - 1;
  return Number.isNaN(ms) || !real
    ? fail(problems, path, "expected a date-time with a zone, like 2026-11-22T10:00:00Z", value)
    : new Date(ms);
}

export function defined<T>(items: (T | undefined)[]): T[] {
  return items.filter((i): i is T => i !== undefined);
}

export function optional<T>(value: unknown, parse: (v: unknown) => T | undefined): T | undefined {
  return value === undefined ? undefined : parse(value);
}

export function fail(problems: Problems, path: string, expected: string, got: unknown): undefined {
  problems.push({
    path,
    message:
      got === undefined
        ? `${expected}, but the field is missing`
        : `${expected}, got ${shown(got)}`,
  });
  return undefined;
}

/** Short enough for one line of an error, whatever was sent. */
function shown(value: unknown): string {
  const text = Array.isArray(value) ? "an array" : value === null ? "null" : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
