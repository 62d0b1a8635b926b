/** One part of a long message; the lowest `priority` is dropped first when space runs out. */
export interface Section {
  title: string;
  body: string;
  priority: number;
}

export interface Fitted {
  text: string;
  /** Titles of the sections left out, in document order. */
  dropped: string[];
}

/**
 * Joins `head` and `sections` within `limit` characters: drops whole sections, least
 * important first, and ends with `overflowNote(dropped)` saying what is missing and where
 * the whole text is. Order of the kept sections is preserved. Pure.
 */
export function fitSections(
  head: string,
  sections: Section[],
  limit: number,
  overflowNote: (dropped: string[]) => string,
): Fitted {
  const join = (kept: Section[], note: string) =>
    [head, ...kept.map((s) => s.body), note].filter((p) => p !== "").join("\n\n");
  let kept = [...sections];
  const dropOrder = [...sections]
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.priority - b.s.priority || b.i - a.i);
  const dropped = new Set<Section>();
  const titles = () => sections.filter((s) => dropped.has(s)).map((s) => s.title);
  let text = join(kept, "");
  for (const { s } of dropOrder) {
    if (text.length <= limit) break;
    dropped.add(s);
    kept = kept.filter((k) => k !== s);
    text = join(kept, overflowNote(titles()));
  }
  if (text.length > limit) {
    // Even the head alone is too long: cut it, and still say so.
    const note = overflowNote(titles());
    text =
      `${head.slice(0, Math.max(0, limit - note.length - 40))}\n\n… (truncated)\n\n${note}`.slice(
        0,
        limit,
      );
  }
  return { text, dropped: titles() };
}
