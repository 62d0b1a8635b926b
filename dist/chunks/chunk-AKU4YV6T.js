import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  htmlText,
  inlineCode
} from "./chunk-GCILZPZ6.js";

// lib/plan/markdown.ts
var DEFAULT_MAX = 6e4, SYMBOL = {
  create: "+",
  update: "~",
  delete: "\u2212",
  replace: "\xB1",
  forget: "\u2298",
  read: "\u2264",
  noop: "\xB7"
}, REASONS = {
  replace_because_tainted: "tainted (a previous apply failed part-way)",
  replace_because_cannot_update: "cannot be updated in place",
  replace_by_request: "replacement requested (`-replace`)",
  replace_by_triggers: "`replace_triggered_by` fired",
  delete_because_no_resource_config: "no longer in the configuration",
  delete_because_no_module: "its module is no longer in the configuration",
  delete_because_wrong_repetition: "`count`/`for_each` added or removed",
  delete_because_count_index: "index beyond `count`",
  delete_because_each_key: "key no longer in `for_each`",
  delete_because_no_move_target: "the `moved` target does not exist"
}, n = (v) => v.toLocaleString("en");
function planHeadline(s) {
  let c = s.counts, changes = c.create + c.update + c.delete + c.replace + c.forget + c.import + c.move, parts = changes === 0 ? [s.outputs.length > 0 ? "no resource changes" : "no changes"] : [
    `+${n(c.create)} create`,
    `~${n(c.update)} update`,
    `${SYMBOL.delete}${n(c.delete)} delete`,
    `\xB1${n(c.replace)} replace`
  ];
  return changes > 0 && (c.forget > 0 && parts.push(`${n(c.forget)} forget`), c.import > 0 && parts.push(`${n(c.import)} import`), c.move > 0 && parts.push(`${n(c.move)} move`)), s.outputs.length > 0 && parts.push(`${n(s.outputs.length)} output${s.outputs.length === 1 ? "" : "s"} changed`), c.noop > 0 && parts.push(`${n(c.noop)} unchanged`), c.read > 0 && parts.push(`${n(c.read)} read`), parts.join(" \xB7 ");
}
var DANGER = /* @__PURE__ */ new Set(["delete", "replace", "forget"]);
function label(r) {
  return r.action === "noop" ? r.movedFrom !== void 0 ? "\u2192 move" : "import" : `${SYMBOL[r.action]} ${r.action}`;
}
function why(r) {
  let parts = [];
  r.reason !== void 0 && parts.push(REASONS[r.reason] ?? inlineCode(r.reason)), r.replacePaths !== void 0 && r.replacePaths.length > 0 && parts.push(`forced by ${r.replacePaths.map(inlineCode).join(", ")}`);
  let order = r.actions.join(",");
  return order === "create,delete" && parts.push("new object created first"), order === "create,forget" && parts.push("the old object is kept (`destroy = false`)"), r.action === "forget" && parts.push("removed from the state, not destroyed"), r.deposed !== void 0 && parts.push(`deposed object ${inlineCode(r.deposed)}`), r.importing && r.action !== "noop" && parts.push("imported"), r.movedFrom !== void 0 && parts.push(`moved from ${inlineCode(r.movedFrom)}`), parts.join("; ");
}
function table(columns, rows) {
  let third = rows.some((r) => r[2] !== ""), cols = third ? columns : columns.slice(0, 2);
  return {
    head: [`| ${cols.join(" | ")} |`, `|${cols.map(() => "---").join("|")}|`],
    rows: rows.map((r) => `| ${(third ? r : r.slice(0, 2)).join(" | ")} |`)
  };
}
var resourceCells = (r) => [label(r), inlineCode(r.address), why(r)], outputCells = (o) => [
  `${SYMBOL[o.action]} ${o.action}`,
  inlineCode(o.name),
  o.sensitive ? "(sensitive)" : ""
];
function groupRows(resources, samples) {
  let groups = /* @__PURE__ */ new Map();
  for (let r of resources) {
    let key = `${label(r)}\0${r.type}`, g = groups.get(key);
    g ? g.list.push(r) : groups.set(key, { label: label(r), type: r.type, list: [r] });
  }
  return [...groups.values()].map((g) => {
    let shown = g.list.slice(0, samples).map((r) => inlineCode(r.address));
    return g.list.length > shown.length && shown.length > 0 && shown.push("\u2026"), `| ${g.label} | ${inlineCode(g.type)} | ${n(g.list.length)} | ${shown.join(", ")} |`;
  });
}
var bytes = (text) => Buffer.byteLength(text), size = (lines) => lines.reduce((t, l) => t + bytes(l) + 1, 0);
function fitRows(head, rows, budget, more) {
  if (size(head) + size(rows) <= budget) return [...head, ...rows];
  let out = [...head], used = size(head) + size(["", more(rows.length)]);
  if (used > budget) return [];
  for (let row of rows) {
    let cost = bytes(row) + 1;
    if (used + cost > budget) break;
    out.push(row), used += cost;
  }
  return [...out, "", more(rows.length - (out.length - head.length))];
}
function planMarkdown(s, options = {}) {
  let max = options.maxChars ?? DEFAULT_MAX, moreAt = options.moreAt ?? "the job summary", danger = s.resources.filter((r) => DANGER.has(r.action)), other = s.resources.filter((r) => !DANGER.has(r.action)), open = options.open ?? danger.length > 0, title = options.title === void 0 ? "" : `<code>${htmlText(options.title)}</code>: `, notes = [];
  s.errored && notes.push("\u26A0\uFE0F **Terraform stopped with errors: this plan is partial.**", ""), s.complete || notes.push("\u26A0\uFE0F **Some changes are deferred: another plan is needed after this apply.**", "");
  let head = [
    `<details${open ? " open" : ""}><summary>${title}${planHeadline(s)}</summary>`,
    "",
    ...notes
  ], tail = [`<sub>${s.terraformVersion === void 0 ? "" : `Terraform ${htmlText(s.terraformVersion)} \xB7 `}plan format ${htmlText(s.formatVersion)}</sub>`, "", "</details>"], avail = max - size(head) - size(tail), short = () => {
    let text2 = `<details><summary>${title}${planHeadline(s)}</summary>

The details do not fit here: see ${moreAt}.

</details>
`;
    return bytes(text2) <= max ? text2 : Buffer.from(text2).subarray(0, max).toString().replace(/\uFFFD$/, "");
  };
  if (avail < 400) return short();
  let notShown = (what) => (k) => `_\u2026 and ${n(k)} more ${what} not shown here: see ${moreAt}._`, heading = (what, count) => [`**${what}** (${n(count)})`, ""], dangerTable = table(["action", "resource", "why"], danger.map(resourceCells)), dangerHead = [
    ...heading("Destroyed, replaced or forgotten", danger.length),
    ...dangerTable.head
  ], otherTable = table(["action", "resource", "note"], other.map(resourceCells)), otherFull = [
    ...heading("Other changes", other.length),
    ...otherTable.head,
    ...otherTable.rows
  ], groupedHead = [
    ...heading("Other changes", other.length),
    "| action | type | count | resources |",
    "|---|---|---:|---|"
  ], outputTable = table(["action", "output", "note"], s.outputs.map(outputCells)), outputHead = [...heading("Outputs", s.outputs.length), ...outputTable.head], otherMin = other.length === 0 ? 0 : size([...groupedHead, ...groupRows(other, 0), ""]), outputsMin = s.outputs.length === 0 ? 0 : size([...outputHead, ...outputTable.rows, ""]), outputsShare = Math.min(outputsMin, avail / 10), sections = [], left = avail, add = (lines, missing) => {
    let kept = lines.length > 0 ? lines : [missing];
    sections.push([...kept, ""]), left -= size(kept) + 1;
  };
  if (danger.length > 0) {
    let what = notShown("destroys, replaces or forgets"), budget = left - Math.min(otherMin, avail / 4) - outputsShare - 1;
    add(fitRows(dangerHead, dangerTable.rows, budget, what), what(danger.length));
  }
  if (other.length > 0) {
    let budget = left - outputsShare - 1, chosen = size(otherFull) <= budget ? otherFull : void 0;
    for (let samples of [5, 3, 1, 0]) {
      if (chosen) break;
      let grouped = [...groupedHead, ...groupRows(other, samples)];
      size(grouped) <= budget && (chosen = grouped);
    }
    chosen ??= fitRows(groupedHead, groupRows(other, 0), budget, notShown("kinds of change")), add(chosen, notShown("other changes")(other.length));
  }
  if (s.outputs.length > 0) {
    let what = notShown("outputs");
    add(fitRows(outputHead, outputTable.rows, left - 1, what), what(s.outputs.length));
  }
  s.resources.length === 0 && s.outputs.length === 0 && sections.push(["Nothing to change.", ""]);
  let text = `${[...head, ...sections.flat(), ...tail].join(`
`)}
`;
  return bytes(text) <= max ? text : short();
}

export {
  planHeadline,
  planMarkdown
};
