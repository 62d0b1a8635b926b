import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/metrics/labels.ts
var SCOPE_LABELS = ["tenant", "project", "env", "region", "service"], NODE_LABEL = "node", LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
function checkLabelName(name) {
  if (!LABEL_NAME.test(name))
    return `${JSON.stringify(name)} is not a label name (letters, digits and "_", not starting with a digit)`;
}
function promqlString(value) {
  let out = '"';
  for (let ch of value) {
    let code = ch.codePointAt(0) ?? 0;
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === `
`) out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (code < 32 || code === 127) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else {
      if (code >= 55296 && code <= 57343)
        throw new TypeError(`label value ${JSON.stringify(value)} is not valid Unicode`);
      out += ch;
    }
  }
  return `${out}"`;
}
function labelMatcher(m) {
  let problem = checkLabelName(m.name);
  if (problem !== void 0) throw new TypeError(problem);
  return `${m.name}${m.op ?? "="}${promqlString(m.value)}`;
}
function labelMatchers(matchers) {
  return matchers.map(labelMatcher).join(",");
}
function scopeSelector(scope) {
  let matchers = [];
  for (let name of [...SCOPE_LABELS, NODE_LABEL]) {
    let value = scope[name];
    if (value !== void 0) {
      if (value === "") throw new TypeError(`the ${name} label of a scope cannot be empty`);
      matchers.push({ name, value });
    }
  }
  for (let name of Object.keys(scope))
    if (!SCOPE_LABELS.includes(name) && name !== NODE_LABEL)
      throw new TypeError(`${JSON.stringify(name)} is not a label of the convention`);
  if (matchers.length === 0) throw new TypeError("a scope needs at least one label");
  return labelMatchers(matchers);
}

export {
  SCOPE_LABELS,
  NODE_LABEL,
  promqlString,
  labelMatchers,
  scopeSelector
};
