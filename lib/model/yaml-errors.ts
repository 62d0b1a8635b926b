// YAML syntax errors in our words, at the line of the mistake. The `yaml` package is the
// judge of what is invalid, but it reports an indentation mistake where the parser noticed
// it — often the line above ("Nested mappings are not allowed in compact mappings" on the
// key whose value the next, deeper line continues) — in a parser's terms. A scan of the
// lines' indentation finds what a person got wrong; each parser error is explained by the
// mistake on its lines (or the line after), and the ones a mistake explains are not repeated.
import { type Document, isAlias, type LineCounter, visit, type YAMLError } from "yaml";

export interface YamlMistake {
  line: number;
  column: number;
  message: string;
}

interface Anomaly extends YamlMistake {
  /** An unclosed bracket or quote: it explains any error up to this line (its document's end). */
  until?: number;
}

/** One collection entry a line starts: a `- ` item, a `key:`, or a plain scalar. */
interface Item {
  indent: number;
  kind: "seq" | "map" | "scalar";
  line: number;
  key?: string;
  /** Nothing after `key:` or `-` (or only an anchor or tag): the next lines hold the value. */
  opens: boolean;
}

const PREFIX = "invalid YAML: ";

/**
 * Explains the parser's errors of the documents of one file; the file's lines are scanned
 * once, on the first call.
 */
export function yamlErrorExplainer(
  text: string,
  counter: LineCounter,
): (errors: readonly YAMLError[]) => YamlMistake[] {
  let anomalies: Anomaly[] | undefined;
  return (errors) => {
    anomalies ??= scan(text);
    const found = anomalies;
    const out: YamlMistake[] = [];
    const used = new Set<Anomaly>();
    const unexplained: YAMLError[] = [];
    for (const e of errors) {
      const start = counter.linePos(e.pos[0]);
      const last = Math.max(counter.linePos(e.pos[1]).line, start.line + 1);
      const near = found[firstAtOrAfter(found, start.line)];
      const before = found[firstAtOrAfter(found, start.line + 1) - 1];
      const a =
        near && near.line <= last
          ? near
          : before?.until !== undefined && start.line <= before.until
            ? before
            : undefined;
      if (!a) unexplained.push(e);
      else if (!used.has(a)) {
        used.add(a);
        out.push({ line: a.line, column: a.column, message: `${PREFIX}${a.message}` });
      }
    }
    // After a mistake the parser is lost for a while: what it reports further on is most
    // often that mistake again. So of the errors no mistake explains, only the first is
    // reported, and only when it comes before the first mistake.
    const e = unexplained[0];
    if (e) {
      // `*Acme Retail`: the parser stops at the text after the alias; the "*" is the mistake.
      const alias = e.code === "UNEXPECTED_TOKEN" ? aliasBefore(text, e.pos[0]) : undefined;
      const { line, col } = counter.linePos(alias?.at ?? e.pos[0]);
      const message = alias
        ? `"*${alias.name}" is an alias (a reference to an anchor "&${alias.name}") and cannot be followed by more text; quote the value if the "*" is part of the text`
        : parserMessage(e, text);
      if (out.every((m) => m.line > line))
        out.unshift({ line, column: col, message: `${PREFIX}${message}` });
    }
    return out;
  };
}

/**
 * The first alias (`*name`) with no anchor (`&name`) before it: where the parser's value
 * fails. Usually a value meant as text that starts with "*".
 */
export function unresolvedAlias(doc: Document, counter: LineCounter): YamlMistake | undefined {
  let found: YamlMistake | undefined;
  visit(doc, (_key, node) => {
    if (!isAlias(node) || node.resolve(doc) !== undefined) return undefined;
    const { line, col } = counter.linePos(node.range?.[0] ?? 0);
    found = {
      line,
      column: col,
      message: `${PREFIX}"*${node.source}" refers to an anchor "&${node.source}" that is not defined above it; quote the value if the "*" is part of the text`,
    };
    return visit.BREAK;
  });
  return found;
}

/** The index of the first anomaly on `line` or later (anomalies are in line order). */
function firstAtOrAfter(found: readonly Anomaly[], line: number): number {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (found[mid]!.line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The alias (`*name`) that ends just before `pos` on its line, if one does. */
function aliasBefore(text: string, pos: number): { at: number; name: string } | undefined {
  const start = text.lastIndexOf("\n", pos - 1) + 1;
  const m = /(^|[\s[{,:-])\*([^\s,[\]{}]+)\s+$/.exec(text.slice(start, pos));
  if (!m) return undefined;
  return { at: start + m.index + (m[1] ?? "").length, name: m[2] ?? "" };
}

/** The parser's own message, first line only, in plainer words where we know it. */
function parserMessage(e: YAMLError, text: string): string {
  if (e.code === "DUPLICATE_KEY") {
    const rest = text.slice(e.pos[0], text.indexOf("\n", e.pos[0]) >>> 0);
    const key = /^\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:#]+?)\s*:/.exec(rest)?.[1];
    const shown = key && /^["']/.test(key) ? key : JSON.stringify(key);
    return `duplicate key${key ? ` ${shown}` : ""}: a key may appear only once in a mapping`;
  }
  if (e.code === "TAB_AS_INDENT") return "indentation: a tab; YAML indents with spaces only";
  if (e.code === "BLOCK_AS_IMPLICIT_KEY" && e.message.startsWith("Nested mappings"))
    return 'a second ": " on the line; quote the value if the colon is part of it';
  if (e.code === "MISSING_CHAR" && e.message.startsWith("Missing closing"))
    return "a quoted string that is never closed";
  if (e.code === "BAD_SCALAR_START") {
    // `- @acme/team`, `` name: `x` ``, `v: %x`: characters YAML keeps for itself.
    const rest = text.slice(e.pos[0], text.indexOf("\n", e.pos[0]) >>> 0);
    const value = rest.replace(/\s+#.*$/, "").trim();
    return `a value cannot start with "${text[e.pos[0]]}" unless it is quoted: write ${JSON.stringify(value)}`;
  }
  if (e.code === "UNEXPECTED_TOKEN") {
    const before = text.slice(0, e.pos[0]).trimEnd();
    if (e.message.startsWith("Unexpected scalar") && /["']$/.test(before))
      return "text after the closing quote; put the whole value inside the quotes";
    const bracket = /flow-(seq|map)-end/.exec(e.message);
    if (bracket)
      return `this "${bracket[1] === "seq" ? "]" : "}"}" closes nothing; remove it, or open it with "${bracket[1] === "seq" ? "[" : "{"}"`;
  }
  return e.message.split("\n")[0] ?? e.message;
}

interface Line {
  /** Where the content ends: before a comment or trailing blanks. */
  end: number;
  /** The first `: ` (or `:` at the end) outside quotes and brackets, or -1. */
  colon: number;
  /** Brackets still open at the end, and where the outermost was opened. */
  depth: number;
  opener: number;
  /** A quote still open at the end. */
  quote: '"' | "'" | undefined;
}

/** One line's quotes, brackets, comment and key indicator, from `from` in the given state. */
function tokenize(
  s: string,
  from: number,
  state: { depth: number; quote: '"' | "'" | undefined },
): Line {
  let { depth, quote } = state;
  let colon = -1;
  let opener = -1;
  let end = s.length;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (quote === '"') {
      if (c === "\\") i++;
      else if (c === '"') quote = undefined;
      continue;
    }
    if (quote === "'") {
      if (c === "'" && s[i + 1] === "'") i++;
      else if (c === "'") quote = undefined;
      continue;
    }
    if (c === "#" && (i === 0 || s[i - 1] === " " || s[i - 1] === "\t")) {
      end = i;
      break;
    }
    if (c === '"' || c === "'") {
      // A quote opens a scalar only where one starts, not inside a plain word (it's).
      if (i === from || /[\s[{,:-]/.test(s[i - 1] ?? " ")) quote = c;
    } else if (c === "[" || c === "{") {
      if (depth === 0) opener = i;
      depth++;
    } else if ((c === "]" || c === "}") && depth > 0) depth--;
    else if (c === ":" && depth === 0 && colon === -1 && /^(\s|$)/.test(s.slice(i + 1, i + 2)))
      colon = i;
  }
  while (end > from && /\s/.test(s[end - 1] ?? "")) end--;
  return { end, colon, depth, opener, quote };
}

/** Only an anchor and/or a tag: the value is on the next lines. */
const PROPERTIES_ONLY = /^((&|!)\S*\s*)+$/;
/** A block scalar header: | or > with indentation and chomping indicators. */
const BLOCK_SCALAR = /^((&|!)\S*\s+)*[|>][0-9+-]*$/;

/** Every indentation mistake in the file, in line order. */
function scan(text: string): Anomaly[] {
  const found: Anomaly[] = [];
  const lines = text.split("\n");
  let levels: Item[] = [];
  let blockIndent: number | undefined; // lines deeper than this are a block scalar's text
  let open:
    | { depth: number; quote: '"' | "'" | undefined; line: number; column: number; what: string }
    | undefined;

  const endDocument = (line: number) => {
    if (open)
      found.push({
        line: open.line,
        column: open.column,
        message: `this ${open.what} is never closed`,
        until: line,
      });
    open = undefined;
    levels = [];
    blockIndent = undefined;
  };

  lines.forEach((raw, i) => {
    const line = i + 1;
    const s = raw.replace(/\r$/, "");
    if (/^(---|\.\.\.)(\s|$)/.test(s)) {
      endDocument(line);
      return;
    }
    const lead = /^[ \t]*/.exec(s)?.[0] ?? "";
    const blank = lead.length === s.length || s[lead.length] === "#";
    if (blockIndent !== undefined) {
      if (blank || lead.length > blockIndent) return;
      blockIndent = undefined;
    }
    if (open) {
      const t = tokenize(s, 0, open);
      if (t.depth > 0 || t.quote) Object.assign(open, { depth: t.depth, quote: t.quote });
      else {
        // A quoted string may span lines; when the parser fails inside one, the quote that
        // closes it was most likely meant to open the next.
        if (open.what.startsWith("quoted"))
          found.push({
            line: open.line,
            column: open.column,
            message: `this ${open.what} goes on to line ${line}; is its closing quote missing?`,
            until: line,
          });
        open = undefined;
      }
      return;
    }
    if (blank) return;
    if (lead.includes("\t")) {
      found.push({
        line,
        column: lead.indexOf("\t") + 1,
        message: "indentation: a tab; YAML indents with spaces only",
      });
      return;
    }
    const items: Item[] = [];
    let col = lead.length;
    while (s[col] === "-" && (col + 1 === s.length || s[col + 1] === " ")) {
      const next = col + 1 + (/^ */.exec(s.slice(col + 1))?.[0].length ?? 0);
      items.push({ indent: col, kind: "seq", line, opens: false });
      col = next;
    }
    const t = tokenize(s, col, { depth: 0, quote: undefined });
    let value = "";
    if (col < t.end) {
      if (t.colon !== -1) {
        value = s.slice(t.colon + 1, t.end).trim();
        items.push({
          indent: col,
          kind: "map",
          line,
          key: s.slice(col, t.colon).trim(),
          opens: value === "" || PROPERTIES_ONLY.test(value),
        });
      } else {
        value = s.slice(col, t.end);
        items.push({ indent: col, kind: "scalar", line, opens: false });
      }
    } else if (items.length > 0) items[items.length - 1]!.opens = true;
    if (t.depth > 0 || t.quote) {
      const at = t.quote ? s.lastIndexOf(t.quote, t.end) : t.opener;
      open = {
        depth: t.depth,
        quote: t.quote,
        line,
        column: at + 1,
        what: t.quote ? `quoted string (${t.quote})` : `"${s[at]}"`,
      };
    }
    const first = items[0];
    if (!first) return;
    const placed = place(levels, first);
    if (placed.mistake) found.push(placed.mistake);
    if (placed.added) levels.push(...items.slice(1));
    const last = items[items.length - 1]!;
    if (BLOCK_SCALAR.test(value)) blockIndent = last.kind === "map" ? last.indent : lead.length;
  });
  endDocument(lines.length);
  return found.sort((a, b) => a.line - b.line);
}

/**
 * Puts the line's first item among the open levels (closing the deeper ones), or says what
 * is wrong with its indentation. `added`: it is now the innermost level.
 */
function place(levels: Item[], item: Item): { added: boolean; mistake?: Anomaly } {
  const at = (message: string, where: Item = item): Anomaly => ({
    line: where.line,
    column: where.indent + 1,
    message,
  });
  const parent = levels.at(-1);
  // The line above asked for a value: deeper lines are it (a list may sit at its key's column).
  if (
    parent?.opens &&
    (item.indent > parent.indent ||
      (item.indent === parent.indent && item.kind === "seq" && parent.kind === "map"))
  ) {
    parent.opens = false;
    levels.push(item);
    return { added: true };
  }
  // The levels this line closes; they stay open when the line is a mistake.
  let keep = levels.length;
  while (keep > 0 && levels[keep - 1]!.indent > item.indent) keep--;
  const closed = keep < levels.length ? levels[keep] : undefined;
  let top = levels[keep - 1];
  if (!top) {
    levels.splice(0, levels.length, item);
    return { added: true };
  }
  if (top.indent < item.indent) {
    if (closed)
      return {
        added: false,
        mistake: at(
          `indentation: this line starts at column ${item.indent + 1}, between its parent's column ${top.indent + 1} and its siblings' column ${closed.indent + 1}; line it up with one of them`,
        ),
      };
    if (item.kind === "scalar") return { added: false }; // the value above, continued
    const above = top.kind === "map" ? `"${top.key}"` : "the list item";
    return {
      added: false,
      mistake: at(
        `indentation: this ${item.kind === "map" ? "key" : "list item"} is deeper (column ${item.indent + 1}) than ${above} on line ${top.line} (column ${top.indent + 1}), which already has a value; line it up with column ${top.indent + 1}, or remove the value above to nest it`,
      ),
    };
  }
  // A sibling. A list at its key's column ends where the next key is.
  levels.length = keep;
  if (top.kind === "seq" && item.kind !== "seq" && levels.at(-2)?.indent === item.indent) {
    levels.pop();
    top = levels.at(-1)!;
  }
  levels[levels.length - 1] = item;
  const missingColon = `expected "key: value" like the lines around it; is the ":" or the space after it missing?`;
  // `- value` then `  - next` under the value: the second item is deeper than the first.
  const item0 = levels.at(-2);
  if (
    top.kind === "scalar" &&
    item.kind === "seq" &&
    item0?.kind === "seq" &&
    item0.line === top.line
  )
    return {
      added: true,
      mistake: at(
        `indentation: this list item is deeper (column ${item.indent + 1}) than the list item on line ${item0.line} (column ${item0.indent + 1}), which already has a value; line it up with column ${item0.indent + 1}`,
      ),
    };
  if (top.kind === "map" && item.kind === "scalar")
    return { added: true, mistake: at(missingColon) };
  if (top.kind === "scalar" && item.kind === "map")
    return { added: true, mistake: at(missingColon, top) };
  if (top.kind === "map" && item.kind === "seq")
    return { added: true, mistake: at(`a list item ("- ") where the lines around it are keys`) };
  if (top.kind === "seq" && item.kind === "map")
    return { added: true, mistake: at(`a key where the lines around it are list items ("- ")`) };
  if (top.kind === "seq" && item.kind === "scalar")
    return {
      added: true,
      mistake: at(`expected a list item like the lines around it; is the "- " missing?`),
    };
  return { added: true };
}
