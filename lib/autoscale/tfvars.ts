// The node count in infra/node-pool/<region>.tfvars, read and rewritten without a full HCL
// parser: a small lexer that knows enough of HCL's native syntax (comments, quoted strings with
// template interpolations, heredocs, brackets) to find the one top-level `node_count = N` and
// nothing that merely looks like it — inside a comment, a string, a heredoc or a nested object.
// The rewrite replaces exactly N's digits, so comments, spacing, line endings and every other
// variable of the file stay byte for byte what people wrote.
import { ConfigurationError, type Problem } from "../errors.ts";

/** The variable render writes and the k8s-base stacks declare (templates/terraform/…). */
export const COUNT_VARIABLE = "node_count";

/** A node pool file is a few lines; anything this large is not one. */
export const MAX_TFVARS_BYTES = 64 * 1024;

/** Where the count's digits are: `text.slice(start, end)` is exactly them. */
/** The most nodes one pool file may name; beyond it the count is a mistake, not a size. */
const MAX_NODE_COUNT = 10_000;

export interface NodeCount {
  count: number;
  start: number;
  end: number;
  /** 1-based, of the first digit. */
  line: number;
  column: number;
}

/** The repository path of a region's node pool file, with forward slashes. */
export function tfvarsFile(infraDir: string, region: string): string {
  return `${infraDir.replace(/\\/g, "/").replace(/\/+$/, "")}/node-pool/${region}.tfvars`;
}

/**
 * The file's bytes as text, refusing what is no node pool file (too large, not UTF-8). A
 * byte-order mark is kept, so that writing the text back gives the same bytes.
 */
export function decodeTfvars(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_TFVARS_BYTES)
    throw problem(file, 1, 1, `the file is ${bytes.length} bytes; a node pool file is a few lines`);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw problem(file, 1, 1, "the file is not UTF-8 text");
  }
}

/** The count and where it is; a ConfigurationError (file, line, column) when it is not there once. */
export function readNodeCount(text: string, file: string): NodeCount {
  const found = scan(text, file);
  const [first, second] = found;
  if (!first)
    throw problem(
      file,
      1,
      1,
      `expected one top-level \`${COUNT_VARIABLE} = <whole number>\`, found none`,
    );
  if (second)
    throw problem(
      file,
      second.line,
      second.column,
      `${COUNT_VARIABLE} is set a second time (first on line ${first.line}); expected it once`,
    );
  return first;
}

/** `text` with the count's digits replaced by `count`; nothing else changes. */
export function withNodeCount(text: string, file: string, count: number): string {
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`a node count is a whole number ≥ 0, got ${count}`);
  const at = readNodeCount(text, file);
  return `${text.slice(0, at.start)}${count}${text.slice(at.end)}`;
}

function problem(file: string, line: number, column: number, message: string) {
  const p: Problem = { root: ".", file, line, column, message };
  return new ConfigurationError([p]);
}

/** What the lexer is inside of; the bottom of the stack is the file's top level. */
type Context =
  | { kind: "code"; depth: number; interpolation: boolean }
  | { kind: "string"; line: number; column: number };

const IDENT_START = /[A-Za-z_]/;
const IDENT = /[A-Za-z0-9_-]/;

/** Every top-level assignment of the count, in file order. */
function scan(text: string, file: string): NodeCount[] {
  const found: NodeCount[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const col = (at: number) => at - lineStart + 1;
  const fail = (message: string, l = line, c = col(i)): never => {
    throw problem(file, l, c, message);
  };
  const newline = () => {
    line++;
    lineStart = i + 1;
  };
  const stack: Context[] = [{ kind: "code", depth: 0, interpolation: false }];
  // At the top level an attribute starts a line; `x = a` then `node_count` on the same
  // statement is an expression, not a second attribute.
  let statementStart = true;

  // Skips a comment starting at i (hash, double slash or slash-star); false when there is none.
  const comment = (): boolean => {
    if (text[i] === "#" || (text[i] === "/" && text[i + 1] === "/")) {
      while (i < text.length && text[i] !== "\n") i++;
      return true;
    }
    if (text[i] === "/" && text[i + 1] === "*") {
      const l = line;
      const c = col(i);
      i += 2;
      while (i < text.length && !(text[i] === "*" && text[i + 1] === "/")) {
        if (text[i] === "\n") newline();
        i++;
      }
      if (i >= text.length) fail("a /* comment is never closed", l, c);
      i += 2;
      return true;
    }
    return false;
  };

  /** Skips a heredoc whose `<<` is at i; false when `<<` does not start one. */
  const heredoc = (): boolean => {
    const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
    if (!m) return false;
    const l = line;
    const c = col(i);
    const marker = m[1]!;
    i += m[0].length - 1;
    newline();
    i++;
    while (i < text.length) {
      const end = text.indexOf("\n", i);
      const content = text.slice(i, end < 0 ? text.length : end).replace(/\r$/, "");
      if (content.trim() === marker) {
        i += content.length;
        return true;
      }
      if (end < 0) break;
      i = end;
      newline();
      i++;
    }
    return fail(`the heredoc <<${marker} is never closed`, l, c);
  };

  while (i < text.length) {
    const top = stack[stack.length - 1]!;
    const ch = text[i]!;

    if (top.kind === "string") {
      if (ch === "\\") i += 2;
      else if ((ch === "$" || ch === "%") && text[i + 1] === ch && text[i + 2] === "{") i += 3;
      else if ((ch === "$" || ch === "%") && text[i + 1] === "{") {
        stack.push({ kind: "code", depth: 0, interpolation: true });
        i += 2;
      } else if (ch === '"') {
        stack.pop();
        i++;
      } else if (ch === "\n") fail("a quoted string is never closed", top.line, top.column);
      else i++;
      continue;
    }

    const topLevel = stack.length === 1 && top.depth === 0;
    if (ch === "\n") {
      newline();
      i++;
      if (topLevel) statementStart = true;
      continue;
    }
    if (ch === " " || ch === "\t" || ch === "\r" || ch === "\ufeff") {
      i++;
      continue;
    }
    if (comment()) continue;
    if (ch === "<" && text[i + 1] === "<" && heredoc()) {
      statementStart = false;
      continue;
    }
    if (ch === '"') {
      stack.push({ kind: "string", line, column: col(i) });
      i++;
      statementStart = false;
      continue;
    }
    if (ch === "{" || ch === "[" || ch === "(") {
      top.depth++;
      i++;
      statementStart = false;
      continue;
    }
    if (ch === "}" || ch === "]" || ch === ")") {
      if (top.depth === 0 && top.interpolation && ch === "}") stack.pop();
      else if (top.depth === 0) fail(`unexpected "${ch}": nothing is open here`);
      else top.depth--;
      i++;
      continue;
    }
    if (IDENT_START.test(ch)) {
      const start = i;
      while (i < text.length && IDENT.test(text[i]!)) i++;
      const name = text.slice(start, i);
      if (topLevel && statementStart && name === COUNT_VARIABLE)
        found.push(countValue(start - lineStart + 1));
      statementStart = false;
      continue;
    }
    i++;
    statementStart = false;
  }
  const open = stack[stack.length - 1]!;
  if (open.kind === "string") fail("a quoted string is never closed", open.line, open.column);
  else if (stack.length > 1 || open.depth > 0) fail("a bracket is never closed");
  return found;

  /** After the name: `= <digits>` and nothing but blanks or a comment up to the line's end. */
  function countValue(nameColumn: number): NodeCount {
    const nameLine = line;
    while (text[i] === " " || text[i] === "\t") i++;
    if (text[i] !== "=" || text[i + 1] === "=")
      fail(`expected "=" after ${COUNT_VARIABLE}`, nameLine, nameColumn);
    i++;
    while (text[i] === " " || text[i] === "\t") i++;
    const m = /^(-?)([0-9]+)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    const valueColumn = col(i);
    const eol = text.indexOf("\n", i);
    const shown = JSON.stringify(
      text
        .slice(i, eol < 0 ? text.length : eol)
        .trim()
        .slice(0, 40),
    );
    if (!m) fail(`expected a whole number of nodes, got ${shown}`, nameLine, valueColumn);
    const [all, minus, digits, fraction, exponent] = m as RegExpExecArray;
    if (minus || fraction || exponent)
      fail(`expected a whole number of nodes ≥ 0, got ${shown}`, nameLine, valueColumn);
    const count = Number(digits);
    // Checked before anything sized by the count exists (a pool of 5,000,000 nodes filled in
    // node by node took seconds and a gigabyte; 2^53 crashed).
    if (!Number.isSafeInteger(count) || count > MAX_NODE_COUNT)
      fail(
        `${String(digits).length > 12 ? `${String(digits).slice(0, 12)}…` : digits} nodes is more than the ${MAX_NODE_COUNT.toLocaleString("en")} this tool manages in one pool`,
        nameLine,
        valueColumn,
      );
    const at: NodeCount = {
      count,
      start: i,
      end: i + all.length,
      line: nameLine,
      column: valueColumn,
    };
    i += all.length;
    // Only blanks and comments may follow: `3 + 1` or `3 x` is not a number this tool may edit.
    while (text[i] === " " || text[i] === "\t" || text[i] === "\r") i++;
    if (i < text.length && text[i] !== "\n" && !comment())
      fail(`expected the line to end after the node count, got ${shown}`, nameLine, valueColumn);
    while (text[i] === " " || text[i] === "\t" || text[i] === "\r") i++;
    if (i < text.length && text[i] !== "\n")
      fail(`expected the line to end after the node count, got ${shown}`, nameLine, valueColumn);
    return at;
  }
}
