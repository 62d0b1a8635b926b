import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/render/summary.ts
function changesByUnit(changes) {
  let units = /* @__PURE__ */ new Map();
  for (let c of changes) {
    let unit = unitOf(c.path), row = units.get(unit) ?? { unit, create: 0, update: 0, delete: 0 };
    row[c.change]++, units.set(unit, row);
  }
  return [...units.values()].sort((a, b) => a.unit < b.unit ? -1 : 1);
}
var SIGN = { create: "+", update: "~", delete: "\u2212" };
function renderSummaryMarkdown(changes, context) {
  let lines = ["### Render", ""];
  if (changes.length === 0)
    return lines.push(`\`${context.outLabel}/\` is up to date: rendering changes nothing.`), `${lines.join(`
`)}
`;
  let verb = context.written ? "changed" : "would change";
  lines.push(`Rendering ${verb} ${changes.length} file(s) under \`${context.outLabel}/\`.`, ""), lines.push("| unit | + create | ~ update | \u2212 delete |", "|---|---:|---:|---:|");
  for (let u of changesByUnit(changes))
    lines.push(`| \`${u.unit}\` | ${u.create} | ${u.update} | ${u.delete} |`);
  lines.push("", "<details><summary>Files</summary>", "", "```diff");
  for (let c of changes) lines.push(`${SIGN[c.change]} ${context.outLabel}/${c.path}`);
  return lines.push("```", "", "</details>"), `${lines.join(`
`)}
`;
}
function unitOf(file) {
  let parts = file.split("/");
  return parts[0] === "stacks" ? parts.slice(0, 3).join("/") : parts[0] === "node-pool" || parts[0] === ".cloudneutral" ? parts[0] : parts.slice(0, 2).join("/");
}
function regionsMarkdown(regions) {
  let lines = [
    "### Virtual regions",
    "",
    "| region | provider | location | node pool | services | stacks |",
    "|---|---|---|---|---:|---|"
  ];
  for (let r of regions)
    lines.push(
      `| \`${r.name}\` | ${r.provider} | ${r.location} | ${r.mode} | ${r.services} | ${r.stacks.join(", ")} |`
    );
  return `${lines.join(`
`)}
`;
}

export {
  changesByUnit,
  renderSummaryMarkdown,
  unitOf,
  regionsMarkdown
};
