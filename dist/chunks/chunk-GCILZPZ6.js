import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/report/markdown-text.ts
var PLAIN = /^[A-Za-z0-9_.\-/:=,"'[\]{}()*+~!?#@$% ]*$/;
function inlineCode(text) {
  let cut = text.length > 256 ? `${text.slice(0, 256)}\u2026` : text;
  return PLAIN.test(cut) && cut.trim() === cut && cut !== "" ? `\`${cut}\`` : `<code>${htmlText(cut)}</code>`;
}
var invisible = (c) => c < 32 || c >= 127 && c <= 159 || c >= 8203 && c <= 8207 || c >= 8232 && c <= 8238 || c >= 8288 && c <= 8297 || c === 65279;
function htmlText(text) {
  let out = "";
  for (let ch of text) {
    let code = ch.codePointAt(0);
    invisible(code) ? out += `\\u${code.toString(16).padStart(4, "0")}` : /[A-Za-z0-9.\-/:]/.test(ch) || code > 127 ? out += ch : out += `&#${code};`;
  }
  return out;
}
function markdownText(text) {
  let out = "";
  for (let ch of text) {
    let code = ch.codePointAt(0);
    invisible(code) ? out += `\\u${code.toString(16).padStart(4, "0")}` : /[A-Za-z0-9 .,:;/'"()?=+%-]/.test(ch) || code > 127 ? out += ch : out += `&#${code};`;
  }
  return out;
}

export {
  inlineCode,
  htmlText,
  markdownText
};
