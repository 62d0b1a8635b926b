import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-Q3YCBL2Q.js";

// lib/autoscale/tfvars.ts
var COUNT_VARIABLE = "node_count", MAX_TFVARS_BYTES = 64 * 1024, MAX_NODE_COUNT = 1e4;
function tfvarsFile(infraDir, region) {
  return `${infraDir.replace(/\\/g, "/").replace(/\/+$/, "")}/node-pool/${region}.tfvars`;
}
function decodeTfvars(bytes, file) {
  if (bytes.length > MAX_TFVARS_BYTES)
    throw problem(file, 1, 1, `the file is ${bytes.length} bytes; a node pool file is a few lines`);
  try {
    return new TextDecoder("utf-8", { fatal: !0, ignoreBOM: !0 }).decode(bytes);
  } catch {
    throw problem(file, 1, 1, "the file is not UTF-8 text");
  }
}
function readNodeCount(text, file) {
  let found = scan(text, file), [first, second] = found;
  if (!first)
    throw problem(
      file,
      1,
      1,
      `expected one top-level \`${COUNT_VARIABLE} = <whole number>\`, found none`
    );
  if (second)
    throw problem(
      file,
      second.line,
      second.column,
      `${COUNT_VARIABLE} is set a second time (first on line ${first.line}); expected it once`
    );
  return first;
}
function withNodeCount(text, file, count) {
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`a node count is a whole number \u2265 0, got ${count}`);
  let at = readNodeCount(text, file);
  return `${text.slice(0, at.start)}${count}${text.slice(at.end)}`;
}
function problem(file, line, column, message) {
  let p = { root: ".", file, line, column, message };
  return new ConfigurationError([p]);
}
var IDENT_START = /[A-Za-z_]/, IDENT = /[A-Za-z0-9_-]/;
function scan(text, file) {
  let found = [], i = 0, line = 1, lineStart = 0, col = (at) => at - lineStart + 1, fail = (message, l = line, c = col(i)) => {
    throw problem(file, l, c, message);
  }, newline = () => {
    line++, lineStart = i + 1;
  }, stack = [{ kind: "code", depth: 0, interpolation: !1 }], statementStart = !0, comment = () => {
    if (text[i] === "#" || text[i] === "/" && text[i + 1] === "/") {
      for (; i < text.length && text[i] !== `
`; ) i++;
      return !0;
    }
    if (text[i] === "/" && text[i + 1] === "*") {
      let l = line, c = col(i);
      for (i += 2; i < text.length && !(text[i] === "*" && text[i + 1] === "/"); )
        text[i] === `
` && newline(), i++;
      return i >= text.length && fail("a /* comment is never closed", l, c), i += 2, !0;
    }
    return !1;
  }, heredoc = () => {
    let m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
    if (!m) return !1;
    let l = line, c = col(i), marker = m[1];
    for (i += m[0].length - 1, newline(), i++; i < text.length; ) {
      let end = text.indexOf(`
`, i), content = text.slice(i, end < 0 ? text.length : end).replace(/\r$/, "");
      if (content.trim() === marker)
        return i += content.length, !0;
      if (end < 0) break;
      i = end, newline(), i++;
    }
    return fail(`the heredoc <<${marker} is never closed`, l, c);
  };
  for (; i < text.length; ) {
    let top = stack[stack.length - 1], ch = text[i];
    if (top.kind === "string") {
      ch === "\\" ? i += 2 : (ch === "$" || ch === "%") && text[i + 1] === ch && text[i + 2] === "{" ? i += 3 : (ch === "$" || ch === "%") && text[i + 1] === "{" ? (stack.push({ kind: "code", depth: 0, interpolation: !0 }), i += 2) : ch === '"' ? (stack.pop(), i++) : ch === `
` ? fail("a quoted string is never closed", top.line, top.column) : i++;
      continue;
    }
    let topLevel = stack.length === 1 && top.depth === 0;
    if (ch === `
`) {
      newline(), i++, topLevel && (statementStart = !0);
      continue;
    }
    if (ch === " " || ch === "	" || ch === "\r" || ch === "\uFEFF") {
      i++;
      continue;
    }
    if (!comment()) {
      if (ch === "<" && text[i + 1] === "<" && heredoc()) {
        statementStart = !1;
        continue;
      }
      if (ch === '"') {
        stack.push({ kind: "string", line, column: col(i) }), i++, statementStart = !1;
        continue;
      }
      if (ch === "{" || ch === "[" || ch === "(") {
        top.depth++, i++, statementStart = !1;
        continue;
      }
      if (ch === "}" || ch === "]" || ch === ")") {
        top.depth === 0 && top.interpolation && ch === "}" ? stack.pop() : top.depth === 0 ? fail(`unexpected "${ch}": nothing is open here`) : top.depth--, i++;
        continue;
      }
      if (IDENT_START.test(ch)) {
        let start = i;
        for (; i < text.length && IDENT.test(text[i]); ) i++;
        let name = text.slice(start, i);
        topLevel && statementStart && name === COUNT_VARIABLE && found.push(countValue(start - lineStart + 1)), statementStart = !1;
        continue;
      }
      i++, statementStart = !1;
    }
  }
  let open = stack[stack.length - 1];
  return open.kind === "string" ? fail("a quoted string is never closed", open.line, open.column) : (stack.length > 1 || open.depth > 0) && fail("a bracket is never closed"), found;
  function countValue(nameColumn) {
    let nameLine = line;
    for (; text[i] === " " || text[i] === "	"; ) i++;
    for ((text[i] !== "=" || text[i + 1] === "=") && fail(`expected "=" after ${COUNT_VARIABLE}`, nameLine, nameColumn), i++; text[i] === " " || text[i] === "	"; ) i++;
    let m = /^(-?)([0-9]+)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400)), valueColumn = col(i), eol = text.indexOf(`
`, i), shown = JSON.stringify(
      text.slice(i, eol < 0 ? text.length : eol).trim().slice(0, 40)
    );
    m || fail(`expected a whole number of nodes, got ${shown}`, nameLine, valueColumn);
    let [all, minus, digits, fraction, exponent] = m;
    (minus || fraction || exponent) && fail(`expected a whole number of nodes \u2265 0, got ${shown}`, nameLine, valueColumn);
    let count = Number(digits);
    (!Number.isSafeInteger(count) || count > MAX_NODE_COUNT) && fail(
      `${String(digits).length > 12 ? `${String(digits).slice(0, 12)}\u2026` : digits} nodes is more than the ${MAX_NODE_COUNT.toLocaleString("en")} this tool manages in one pool`,
      nameLine,
      valueColumn
    );
    let at = {
      count,
      start: i,
      end: i + all.length,
      line: nameLine,
      column: valueColumn
    };
    for (i += all.length; text[i] === " " || text[i] === "	" || text[i] === "\r"; ) i++;
    for (i < text.length && text[i] !== `
` && !comment() && fail(`expected the line to end after the node count, got ${shown}`, nameLine, valueColumn); text[i] === " " || text[i] === "	" || text[i] === "\r"; ) i++;
    return i < text.length && text[i] !== `
` && fail(`expected the line to end after the node count, got ${shown}`, nameLine, valueColumn), at;
  }
}

export {
  tfvarsFile,
  decodeTfvars,
  readNodeCount,
  withNodeCount
};
