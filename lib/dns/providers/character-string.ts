// RFC 1035 §5.1 <character-string>s: how TXT data (and the code of a LUA record) is written
// in zone files and in PowerDNS' API. Record sets keep the text itself; only here does it
// become quoted strings of at most 255 bytes, with `"` and `\` escaped as `\"` and `\\`, and
// every byte outside printable ASCII as `\DDD`, so any UTF-8 text survives any server.

const MAX_STRING_BYTES = 255;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The first control character of `text`, or null. Line breaks would end a zone-file line. */
export function controlCharacter(text: string): string | null {
  for (const c of text) if (c < " " || c === "\x7f") return c;
  return null;
}

/** `text` as one or more quoted strings separated by a space; `""` for empty text. */
export function encodeCharacterStrings(text: string): string {
  const control = controlCharacter(text);
  if (control !== null)
    throw new Error(
      `text ${JSON.stringify(text.slice(0, 60))} has the control character ${JSON.stringify(control)}, which DNS text records here do not carry`,
    );
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length === 0) return '""';
  const strings: string[] = [];
  // Split the bytes, not the escaped text, so that no escape is ever cut in two.
  for (let i = 0; i < bytes.length; i += MAX_STRING_BYTES)
    strings.push(quoteBytes(bytes.subarray(i, i + MAX_STRING_BYTES)));
  return strings.join(" ");
}

function quoteBytes(bytes: Uint8Array): string {
  let out = '"';
  for (const b of bytes) {
    if (b === QUOTE || b === BACKSLASH) out += `\\${String.fromCharCode(b)}`;
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\${String(b).padStart(3, "0")}`;
  }
  return `${out}"`;
}

/**
 * The text of a sequence of character-strings, quoted or not, joined as DNS clients join
 * them. Throws on an unterminated quote or an escape past 255.
 */
export function decodeCharacterStrings(presentation: string): string {
  return Buffer.concat(splitCharacterStrings(presentation)).toString("utf8");
}

/** Each character-string of `presentation` as bytes. */
export function splitCharacterStrings(presentation: string): Buffer[] {
  const strings: Buffer[] = [];
  let i = 0;
  const s = presentation;
  while (i < s.length) {
    if (s[i] === " " || s[i] === "\t") {
      i++;
      continue;
    }
    const quoted = s[i] === '"';
    if (quoted) i++;
    const bytes: number[] = [];
    for (;;) {
      if (i >= s.length) {
        if (quoted) throw new Error(`unterminated quoted string in ${JSON.stringify(s)}`);
        break;
      }
      const c = s[i]!;
      if (quoted ? c === '"' : c === " " || c === "\t") {
        if (quoted) i++;
        break;
      }
      if (c === "\\") {
        const digits = /^\d{3}/.exec(s.slice(i + 1, i + 4));
        if (digits) {
          const value = Number(digits[0]);
          if (value > 255)
            throw new Error(`escape \\${digits[0]} is past 255 in ${JSON.stringify(s)}`);
          bytes.push(value);
          i += 4;
          continue;
        }
        const next = s.codePointAt(i + 1);
        if (next === undefined) throw new Error(`dangling backslash in ${JSON.stringify(s)}`);
        bytes.push(...Buffer.from(String.fromCodePoint(next), "utf8"));
        i += next > 0xffff ? 3 : 2;
        continue;
      }
      const point = s.codePointAt(i)!;
      bytes.push(...Buffer.from(String.fromCodePoint(point), "utf8"));
      i += point > 0xffff ? 2 : 1;
    }
    strings.push(Buffer.from(bytes));
  }
  return strings;
}
