// One stack's fold in the plan comment: a headline with the totals, then what is destroyed,
// replaced or forgotten (with Terraform's reasons), the other changes and the output
// changes — within a character budget, so that 5,000 resources still make a comment.
// Only addresses, actions and reasons are printed, never an attribute value.
import { htmlText, inlineCode } from "../report/markdown-text.ts";
import type { OutputSummary, PlanAction, PlanSummary, ResourceSummary } from "../tfplan/summary.ts";

export { inlineCode };

export interface PlanMarkdownOptions {
  /** What the fold is about, e.g. `stacks/platform/jp1`; printed as code. */
  title?: string;
  /** Upper bound of the fold's length, in characters and in UTF-8 bytes; default 60,000. */
  maxChars?: number;
  /** Expanded; by default when something is destroyed, replaced or forgotten. */
  open?: boolean;
  /** Where what does not fit can be read; default "the job summary". */
  moreAt?: string;
}

const DEFAULT_MAX = 60_000;

const SYMBOL: Record<PlanAction, string> = {
  create: "+",
  update: "~",
  delete: "−",
  replace: "±",
  forget: "⊘",
  read: "≤",
  noop: "·",
};

const REASONS: Record<string, string> = {
  replace_because_tainted: "tainted (a previous apply failed part-way)",
  replace_because_cannot_update: "cannot be updated in place",
  replace_by_request: "replacement requested (`-replace`)",
  replace_by_triggers: "`replace_triggered_by` fired",
  delete_because_no_resource_config: "no longer in the configuration",
  delete_because_no_module: "its module is no longer in the configuration",
  delete_because_wrong_repetition: "`count`/`for_each` added or removed",
  delete_because_count_index: "index beyond `count`",
  delete_because_each_key: "key no longer in `for_each`",
  delete_because_no_move_target: "the `moved` target does not exist",
};

const n = (v: number) => v.toLocaleString("en");

/**
 * The totals on one line, e.g. `+3 create · ~1 update · −2 delete · ±1 replace · 1 import`;
 * counts that are zero beyond the first four are left out. Contains no plan text.
 */
export function planHeadline(s: PlanSummary): string {
  const c = s.counts;
  const changes = c.create + c.update + c.delete + c.replace + c.forget + c.import + c.move;
  const parts =
    changes === 0
      ? [s.outputs.length > 0 ? "no resource changes" : "no changes"]
      : [
          `+${n(c.create)} create`,
          `~${n(c.update)} update`,
          `${SYMBOL.delete}${n(c.delete)} delete`,
          `±${n(c.replace)} replace`,
        ];
  if (changes > 0) {
    if (c.forget > 0) parts.push(`${n(c.forget)} forget`);
    if (c.import > 0) parts.push(`${n(c.import)} import`);
    if (c.move > 0) parts.push(`${n(c.move)} move`);
  }
  if (s.outputs.length > 0)
    parts.push(`${n(s.outputs.length)} output${s.outputs.length === 1 ? "" : "s"} changed`);
  if (c.noop > 0) parts.push(`${n(c.noop)} unchanged`);
  if (c.read > 0) parts.push(`${n(c.read)} read`);
  return parts.join(" · ");
}

const DANGER = new Set<PlanAction>(["delete", "replace", "forget"]);

function label(r: ResourceSummary): string {
  if (r.action === "noop") return r.movedFrom !== undefined ? "→ move" : "import";
  return `${SYMBOL[r.action]} ${r.action}`;
}

function why(r: ResourceSummary): string {
  const parts: string[] = [];
  if (r.reason !== undefined) parts.push(REASONS[r.reason] ?? inlineCode(r.reason));
  if (r.replacePaths !== undefined && r.replacePaths.length > 0)
    parts.push(`forced by ${r.replacePaths.map(inlineCode).join(", ")}`);
  const order = r.actions.join(",");
  if (order === "create,delete") parts.push("new object created first");
  if (order === "create,forget") parts.push("the old object is kept (`destroy = false`)");
  if (r.action === "forget") parts.push("removed from the state, not destroyed");
  if (r.deposed !== undefined) parts.push(`deposed object ${inlineCode(r.deposed)}`);
  if (r.importing && r.action !== "noop") parts.push("imported");
  if (r.movedFrom !== undefined) parts.push(`moved from ${inlineCode(r.movedFrom)}`);
  return parts.join("; ");
}

/** Table rows, with a third column only when some row has something to say in it. */
function table(columns: string[], rows: string[][]): { head: string[]; rows: string[] } {
  const third = rows.some((r) => r[2] !== "");
  const cols = third ? columns : columns.slice(0, 2);
  return {
    head: [`| ${cols.join(" | ")} |`, `|${cols.map(() => "---").join("|")}|`],
    rows: rows.map((r) => `| ${(third ? r : r.slice(0, 2)).join(" | ")} |`),
  };
}

const resourceCells = (r: ResourceSummary) => [label(r), inlineCode(r.address), why(r)];

const outputCells = (o: OutputSummary) => [
  `${SYMBOL[o.action]} ${o.action}`,
  inlineCode(o.name),
  o.sensitive ? "(sensitive)" : "",
];

/** Resources grouped by action and type, each group with its first `samples` addresses. */
function groupRows(resources: ResourceSummary[], samples: number): string[] {
  const groups = new Map<string, { label: string; type: string; list: ResourceSummary[] }>();
  for (const r of resources) {
    const key = `${label(r)}\u0000${r.type}`;
    const g = groups.get(key);
    if (g) g.list.push(r);
    else groups.set(key, { label: label(r), type: r.type, list: [r] });
  }
  return [...groups.values()].map((g) => {
    const shown = g.list.slice(0, samples).map((r) => inlineCode(r.address));
    if (g.list.length > shown.length && shown.length > 0) shown.push("…");
    return `| ${g.label} | ${inlineCode(g.type)} | ${n(g.list.length)} | ${shown.join(", ")} |`;
  });
}

// Lengths are UTF-8 bytes: never fewer than characters, so a budget holds for either unit.
const bytes = (text: string) => Buffer.byteLength(text);
const size = (lines: string[]) => lines.reduce((t, l) => t + bytes(l) + 1, 0);

/**
 * `head` then as many `rows` as fit in `budget` characters (newlines included), and when
 * some do not, the line `more(omitted)` after a blank line. Empty when not even the head fits.
 */
function fitRows(
  head: string[],
  rows: string[],
  budget: number,
  more: (omitted: number) => string,
): string[] {
  if (size(head) + size(rows) <= budget) return [...head, ...rows];
  const out = [...head];
  let used = size(head) + size(["", more(rows.length)]);
  if (used > budget) return [];
  for (const row of rows) {
    const cost = bytes(row) + 1;
    if (used + cost > budget) break;
    out.push(row);
    used += cost;
  }
  return [...out, "", more(rows.length - (out.length - head.length))];
}

/**
 * One stack's plan as a `<details>` fold for the PR comment, never longer than `maxChars`.
 * Destroys, replaces and forgets come first and are listed in full while they fit; the
 * other changes are listed one by one when they fit, else grouped by action and type with
 * a few addresses each; then the outputs. Whatever is left out is counted and the note
 * says where the whole list is. Pure.
 */
export function planMarkdown(s: PlanSummary, options: PlanMarkdownOptions = {}): string {
  const max = options.maxChars ?? DEFAULT_MAX;
  const moreAt = options.moreAt ?? "the job summary";
  const danger = s.resources.filter((r) => DANGER.has(r.action));
  const other = s.resources.filter((r) => !DANGER.has(r.action));
  const open = options.open ?? danger.length > 0;
  const title = options.title === undefined ? "" : `<code>${htmlText(options.title)}</code>: `;
  const notes: string[] = [];
  if (s.errored) notes.push("⚠️ **Terraform stopped with errors: this plan is partial.**", "");
  if (!s.complete)
    notes.push("⚠️ **Some changes are deferred: another plan is needed after this apply.**", "");
  const head = [
    `<details${open ? " open" : ""}><summary>${title}${planHeadline(s)}</summary>`,
    "",
    ...notes,
  ];
  const version =
    s.terraformVersion === undefined ? "" : `Terraform ${htmlText(s.terraformVersion)} · `;
  const tail = [`<sub>${version}plan format ${htmlText(s.formatVersion)}</sub>`, "", "</details>"];
  const avail = max - size(head) - size(tail);
  const short = () => {
    const text = `<details><summary>${title}${planHeadline(s)}</summary>\n\nThe details do not fit here: see ${moreAt}.\n\n</details>\n`;
    return bytes(text) <= max
      ? text
      : Buffer.from(text)
          .subarray(0, max)
          .toString()
          .replace(/\uFFFD$/, "");
  };
  if (avail < 400) return short();

  const notShown = (what: string) => (k: number) =>
    `_… and ${n(k)} more ${what} not shown here: see ${moreAt}._`;
  const heading = (what: string, count: number) => [`**${what}** (${n(count)})`, ""];
  const dangerTable = table(["action", "resource", "why"], danger.map(resourceCells));
  const dangerHead = [
    ...heading("Destroyed, replaced or forgotten", danger.length),
    ...dangerTable.head,
  ];
  const otherTable = table(["action", "resource", "note"], other.map(resourceCells));
  const otherFull = [
    ...heading("Other changes", other.length),
    ...otherTable.head,
    ...otherTable.rows,
  ];
  const groupedHead = [
    ...heading("Other changes", other.length),
    "| action | type | count | resources |",
    "|---|---|---:|---|",
  ];
  const outputTable = table(["action", "output", "note"], s.outputs.map(outputCells));
  const outputHead = [...heading("Outputs", s.outputs.length), ...outputTable.head];

  // Destroys come first, but leave room for the others at least grouped without addresses.
  const otherMin = other.length === 0 ? 0 : size([...groupedHead, ...groupRows(other, 0), ""]);
  const outputsMin = s.outputs.length === 0 ? 0 : size([...outputHead, ...outputTable.rows, ""]);
  const outputsShare = Math.min(outputsMin, avail / 10);
  const sections: string[][] = [];
  let left = avail;
  // A section, or when not even its head fits, one line saying what is missing.
  const add = (lines: string[], missing: string) => {
    const kept = lines.length > 0 ? lines : [missing];
    sections.push([...kept, ""]);
    left -= size(kept) + 1;
  };
  if (danger.length > 0) {
    const what = notShown("destroys, replaces or forgets");
    const budget = left - Math.min(otherMin, avail / 4) - outputsShare - 1;
    add(fitRows(dangerHead, dangerTable.rows, budget, what), what(danger.length));
  }
  if (other.length > 0) {
    const budget = left - outputsShare - 1;
    let chosen: string[] | undefined = size(otherFull) <= budget ? otherFull : undefined;
    for (const samples of [5, 3, 1, 0]) {
      if (chosen) break;
      const grouped = [...groupedHead, ...groupRows(other, samples)];
      if (size(grouped) <= budget) chosen = grouped;
    }
    chosen ??= fitRows(groupedHead, groupRows(other, 0), budget, notShown("kinds of change"));
    add(chosen, notShown("other changes")(other.length));
  }
  if (s.outputs.length > 0) {
    const what = notShown("outputs");
    add(fitRows(outputHead, outputTable.rows, left - 1, what), what(s.outputs.length));
  }
  if (s.resources.length === 0 && s.outputs.length === 0) sections.push(["Nothing to change.", ""]);
  const text = `${[...head, ...sections.flat(), ...tail].join("\n")}\n`;
  return bytes(text) <= max ? text : short();
}
