// The label convention every region is queried by, whatever cloud it runs on: exporters and
// relabelling put these labels on every series, so one query template serves every region.
// Values reach PromQL only through `promqlString`, never by pasting, because they come from
// config (region and service names) and, through overrides, from people.

/** The labels that place a series in the virtual cloud, from the widest to the narrowest. */
export const SCOPE_LABELS = ["tenant", "project", "env", "region", "service"] as const;
/** Carried by per-node series (node_exporter, kubelet): the node's name within its region. */
export const NODE_LABEL = "node";

export type ScopeLabel = (typeof SCOPE_LABELS)[number];
export type ConventionLabel = ScopeLabel | typeof NODE_LABEL;
/** Where a query looks: any of the convention's labels, each an exact value. */
export type Scope = Partial<Record<ConventionLabel, string>>;

export type MatchOperator = "=" | "!=" | "=~" | "!~";

export interface LabelMatcher {
  name: string;
  value: string;
  /** Default "=". For the regex operators `value` is an RE2 expression, quoted as any string. */
  op?: MatchOperator;
}

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Why `name` cannot be a label name, or undefined when it can: for config validators. */
export function checkLabelName(name: string): string | undefined {
  if (LABEL_NAME.test(name)) return undefined;
  return `${JSON.stringify(name)} is not a label name (letters, digits and "_", not starting with a digit)`;
}

/**
 * A PromQL double-quoted string holding exactly `value`. The lexer reads Go escapes, so the
 * quote and the backslash are escaped, and so is every control character: a raw newline
 * ends the string with a parse error, and the others are invisible in logs.
 */
export function promqlString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else if (code >= 0xd800 && code <= 0xdfff)
      // A lone surrogate has no UTF-8 form: no stored label value can hold it.
      throw new TypeError(`label value ${JSON.stringify(value)} is not valid Unicode`);
    else out += ch;
  }
  return `${out}"`;
}

/** One matcher, `name="value"`; throws on a name that is not a label name. */
export function labelMatcher(m: LabelMatcher): string {
  const problem = checkLabelName(m.name);
  if (problem !== undefined) throw new TypeError(problem);
  return `${m.name}${m.op ?? "="}${promqlString(m.value)}`;
}

/** Matchers joined by commas, without braces, so a template can add its own beside them. */
export function labelMatchers(matchers: readonly LabelMatcher[]): string {
  return matchers.map(labelMatcher).join(",");
}

/**
 * The matchers of a scope, in the convention's order (so the same scope is always the same
 * text). An empty value would select the series *without* that label, never what a caller
 * with an unset name means, so it is refused like a bad name.
 */
export function scopeSelector(scope: Scope): string {
  const matchers: LabelMatcher[] = [];
  for (const name of [...SCOPE_LABELS, NODE_LABEL] as const) {
    const value = scope[name];
    if (value === undefined) continue;
    if (value === "") throw new TypeError(`the ${name} label of a scope cannot be empty`);
    matchers.push({ name, value });
  }
  for (const name of Object.keys(scope))
    if (!(SCOPE_LABELS as readonly string[]).includes(name) && name !== NODE_LABEL)
      throw new TypeError(`${JSON.stringify(name)} is not a label of the convention`);
  if (matchers.length === 0) throw new TypeError("a scope needs at least one label");
  return labelMatchers(matchers);
}
