// Escaping for each output language. Every value a template prints goes through one of
// these (the template linter enforces it), so a hostile value can neither leave its string
// nor start an interpolation, whatever a tenant writes in its config.

export class EscapeError extends Error {
  override name = "EscapeError";
}

type Value = string | number | boolean;

function scalar(v: unknown, helper: string): Value {
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  throw new EscapeError(
    `{{${helper}}} expects a string, number or boolean; got ${v === null ? "null" : typeof v}`,
  );
}

function unicodeEscape(c: string, width: 4 | 8): string {
  const code = c.codePointAt(0)!;
  return width === 4
    ? `\\u${code.toString(16).padStart(4, "0")}`
    : `\\U${code.toString(16).padStart(8, "0")}`;
}

/** An HCL quoted string (or number/bool literal). `${` and `%{` are doubled so they stay literal. */
export function hclString(v: unknown): string {
  const value = scalar(v, "hcl");
  if (typeof value !== "string") return String(value);
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const next = value[i + 1];
    if (c === "\\") out += "\\\\";
    else if (c === '"') out += '\\"';
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += "\\t";
    else if ((c === "$" || c === "%") && next === "{") out += `${c}${c}`;
    else if (c < " " || c === "\u007f" || c === "\u2028" || c === "\u2029")
      out += unicodeEscape(c, 4);
    else out += c;
  }
  return `"${out}"`;
}

/** An HCL identifier (block label, module name) made from a validated name. */
export function hclIdentifier(v: unknown): string {
  const value = String(scalar(v, "hclIdent"));
  const id = value.replace(/-/g, "_").replace(/^(?=[0-9])/, "n");
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(id)) {
    throw new EscapeError(`${JSON.stringify(value)} cannot be an HCL identifier`);
  }
  return id;
}

/** A YAML double-quoted scalar (JSON's string escapes are a subset of YAML's). */
export function yamlScalar(v: unknown): string {
  const value = scalar(v, "yaml");
  if (typeof value !== "string") return String(value);
  // JSON leaves U+2028/2029 and DEL raw; YAML would accept them but editors mangle them.
  const json = JSON.stringify(value);
  return /[\u007f\u2028\u2029]/.test(json)
    ? json.replace(/[\u007f\u2028\u2029]/g, (c) => unicodeEscape(c, 4))
    : json;
}

/**
 * An nginx token. nginx has no escape for `$` (variables) and treats `;{}#` and blanks as
 * syntax, so instead of quoting we admit only characters that cannot mean anything else.
 */
export function nginxToken(v: unknown): string {
  const value = String(scalar(v, "nginx"));
  if (!/^[A-Za-z0-9._:/\-[\]~]+$/.test(value)) {
    throw new EscapeError(
      `${JSON.stringify(value)} is not a safe nginx token (letters, digits and . _ : / - [ ] ~ only)`,
    );
  }
  return value;
}

export function jsonValue(v: unknown): string {
  return JSON.stringify(v) ?? "null";
}

const HTML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/**
 * HTML text or a double-quoted attribute value (the console's pages and inline SVG). Every
 * character that could end a text run, a tag or an attribute is an entity, so a value prints
 * as the same text wherever it lands; control characters other than tab and newline become
 * U+FFFD, which no browser or XML parser reads as anything but text.
 */
export function htmlText(v: unknown): string {
  const value = String(scalar(v, "html"));
  let out = "";
  for (const c of value) {
    const code = c.charCodeAt(0);
    if (HTML_ENTITIES[c]) out += HTML_ENTITIES[c];
    else if ((code < 0x20 && c !== "\t" && c !== "\n" && c !== "\r") || code === 0x7f)
      out += "\ufffd";
    else out += c;
  }
  return out;
}
