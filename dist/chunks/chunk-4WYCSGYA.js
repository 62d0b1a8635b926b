import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/render/escape.ts
var EscapeError = class extends Error {
  name = "EscapeError";
};
function scalar(v, helper) {
  if (typeof v == "string" || typeof v == "boolean" || typeof v == "number" && Number.isFinite(v)) return v;
  throw new EscapeError(
    `{{${helper}}} expects a string, number or boolean; got ${v === null ? "null" : typeof v}`
  );
}
function unicodeEscape(c, width) {
  let code = c.codePointAt(0);
  return width === 4 ? `\\u${code.toString(16).padStart(4, "0")}` : `\\U${code.toString(16).padStart(8, "0")}`;
}
function hclString(v) {
  let value = scalar(v, "hcl");
  if (typeof value != "string") return String(value);
  let out = "";
  for (let i = 0; i < value.length; i++) {
    let c = value[i], next = value[i + 1];
    c === "\\" ? out += "\\\\" : c === '"' ? out += '\\"' : c === `
` ? out += "\\n" : c === "\r" ? out += "\\r" : c === "	" ? out += "\\t" : (c === "$" || c === "%") && next === "{" ? out += `${c}${c}` : c < " " || c === "\x7F" || c === "\u2028" || c === "\u2029" ? out += unicodeEscape(c, 4) : out += c;
  }
  return `"${out}"`;
}
function hclIdentifier(v) {
  let value = String(scalar(v, "hclIdent")), id = value.replace(/-/g, "_").replace(/^(?=[0-9])/, "n");
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(id))
    throw new EscapeError(`${JSON.stringify(value)} cannot be an HCL identifier`);
  return id;
}
function yamlScalar(v) {
  let value = scalar(v, "yaml");
  if (typeof value != "string") return String(value);
  let json = JSON.stringify(value);
  return /[\u007f\u2028\u2029]/.test(json) ? json.replace(/[\u007f\u2028\u2029]/g, (c) => unicodeEscape(c, 4)) : json;
}
function nginxToken(v) {
  let value = String(scalar(v, "nginx"));
  if (!/^[A-Za-z0-9._:/\-[\]~]+$/.test(value))
    throw new EscapeError(
      `${JSON.stringify(value)} is not a safe nginx token (letters, digits and . _ : / - [ ] ~ only)`
    );
  return value;
}
function jsonValue(v) {
  return JSON.stringify(v) ?? "null";
}
var HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;"
};
function htmlText(v) {
  let value = String(scalar(v, "html")), out = "";
  for (let c of value) {
    let code = c.charCodeAt(0);
    HTML_ENTITIES[c] ? out += HTML_ENTITIES[c] : code < 32 && c !== "	" && c !== `
` && c !== "\r" || code === 127 ? out += "\uFFFD" : out += c;
  }
  return out;
}

export {
  EscapeError,
  hclString,
  hclIdentifier,
  yamlScalar,
  nginxToken,
  jsonValue,
  htmlText
};
