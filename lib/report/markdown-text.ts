// Text from plans and configurations, made safe to show in a PR comment: nothing in it can
// open a tag, split a table cell, end a code span, ping someone or hide a character.

const MAX_NAME = 256;

/** What a code span shows as is: no backtick to end it, no pipe to split a cell, no backslash. */
const PLAIN = /^[A-Za-z0-9_.\-/:=,"'[\]{}()*+~!?#@$% ]*$/;

/**
 * `text` as inline code that nothing can break out of: a code span when the text is plain
 * (the common case, readable in the raw comment), otherwise `<code>` with every character
 * that could be markup written as an entity — `|` then cannot split a table cell, `<`
 * cannot open a tag, a backtick cannot close the span. Control characters are shown as
 * `\uXXXX`. Longer than 256 characters is cut with an ellipsis.
 */
export function inlineCode(text: string): string {
  const cut = text.length > MAX_NAME ? `${text.slice(0, MAX_NAME)}…` : text;
  if (PLAIN.test(cut) && cut.trim() === cut && cut !== "") return `\`${cut}\``;
  return `<code>${htmlText(cut)}</code>`;
}

/** Control, zero-width and bidirectional-override characters: shown as `\uXXXX`. */
const invisible = (c: number) =>
  c < 0x20 ||
  (c >= 0x7f && c <= 0x9f) ||
  (c >= 0x200b && c <= 0x200f) ||
  (c >= 0x2028 && c <= 0x202e) ||
  (c >= 0x2060 && c <= 0x2069) ||
  c === 0xfeff;

export function htmlText(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (invisible(code)) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else if (/[A-Za-z0-9.\-/:]/.test(ch) || code > 0x7f) out += ch;
    else out += `&#${code};`;
  }
  return out;
}

/**
 * Plain text for markdown: letters, digits, spaces and harmless punctuation as they are,
 * anything that could be markup (`*`, `|`, `<`, `[`, `@`, backticks, …) as an entity.
 */
export function markdownText(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (invisible(code)) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else if (/[A-Za-z0-9 .,:;/'"()?=+%-]/.test(ch) || code > 0x7f) out += ch;
    else out += `&#${code};`;
  }
  return out;
}
