import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/dns/providers/character-string.ts
function controlCharacter(text) {
  for (let c of text) if (c < " " || c === "\x7F") return c;
  return null;
}
function encodeCharacterStrings(text) {
  let control = controlCharacter(text);
  if (control !== null)
    throw new Error(
      `text ${JSON.stringify(text.slice(0, 60))} has the control character ${JSON.stringify(control)}, which DNS text records here do not carry`
    );
  let bytes = Buffer.from(text, "utf8");
  if (bytes.length === 0) return '""';
  let strings = [];
  for (let i = 0; i < bytes.length; i += 255)
    strings.push(quoteBytes(bytes.subarray(i, i + 255)));
  return strings.join(" ");
}
function quoteBytes(bytes) {
  let out = '"';
  for (let b of bytes)
    b === 34 || b === 92 ? out += `\\${String.fromCharCode(b)}` : b >= 32 && b < 127 ? out += String.fromCharCode(b) : out += `\\${String(b).padStart(3, "0")}`;
  return `${out}"`;
}
function decodeCharacterStrings(presentation) {
  return Buffer.concat(splitCharacterStrings(presentation)).toString("utf8");
}
function splitCharacterStrings(presentation) {
  let strings = [], i = 0, s = presentation;
  for (; i < s.length; ) {
    if (s[i] === " " || s[i] === "	") {
      i++;
      continue;
    }
    let quoted = s[i] === '"';
    quoted && i++;
    let bytes = [];
    for (; ; ) {
      if (i >= s.length) {
        if (quoted) throw new Error(`unterminated quoted string in ${JSON.stringify(s)}`);
        break;
      }
      let c = s[i];
      if (quoted ? c === '"' : c === " " || c === "	") {
        quoted && i++;
        break;
      }
      if (c === "\\") {
        let digits = /^\d{3}/.exec(s.slice(i + 1, i + 4));
        if (digits) {
          let value = Number(digits[0]);
          if (value > 255)
            throw new Error(`escape \\${digits[0]} is past 255 in ${JSON.stringify(s)}`);
          bytes.push(value), i += 4;
          continue;
        }
        let next = s.codePointAt(i + 1);
        if (next === void 0) throw new Error(`dangling backslash in ${JSON.stringify(s)}`);
        bytes.push(...Buffer.from(String.fromCodePoint(next), "utf8")), i += next > 65535 ? 3 : 2;
        continue;
      }
      let point = s.codePointAt(i);
      bytes.push(...Buffer.from(String.fromCodePoint(point), "utf8")), i += point > 65535 ? 2 : 1;
    }
    strings.push(Buffer.from(bytes));
  }
  return strings;
}

export {
  encodeCharacterStrings,
  decodeCharacterStrings
};
