import type { RegionSummary } from "./index.ts";
import type { FileChange } from "./output.ts";

export interface UnitChanges {
  unit: string;
  create: number;
  update: number;
  delete: number;
}

/** Changes counted per unit (a stack, a region's manifests, …), sorted by unit. */
export function changesByUnit(changes: FileChange[]): UnitChanges[] {
  const units = new Map<string, UnitChanges>();
  for (const c of changes) {
    const unit = unitOf(c.path);
    const row = units.get(unit) ?? { unit, create: 0, update: 0, delete: 0 };
    row[c.change]++;
    units.set(unit, row);
  }
  return [...units.values()].sort((a, b) => (a.unit < b.unit ? -1 : 1));
}

const SIGN = { create: "+", update: "~", delete: "−" } as const;

/** Markdown that a job summary and, later, the PR comment carry. */
export function renderSummaryMarkdown(
  changes: FileChange[],
  context: { outLabel: string; written: boolean },
): string {
  const lines = ["### Render", ""];
  if (changes.length === 0) {
    lines.push(`\`${context.outLabel}/\` is up to date: rendering changes nothing.`);
    return `${lines.join("\n")}\n`;
  }
  const verb = context.written ? "changed" : "would change";
  lines.push(`Rendering ${verb} ${changes.length} file(s) under \`${context.outLabel}/\`.`, "");
  lines.push("| unit | + create | ~ update | − delete |", "|---|---:|---:|---:|");
  for (const u of changesByUnit(changes))
    lines.push(`| \`${u.unit}\` | ${u.create} | ${u.update} | ${u.delete} |`);
  lines.push("", "<details><summary>Files</summary>", "", "```diff");
  for (const c of changes) lines.push(`${SIGN[c.change]} ${context.outLabel}/${c.path}`);
  lines.push("```", "", "</details>");
  return `${lines.join("\n")}\n`;
}

/** The unit a generated path belongs to: `stacks/platform/jp1`, `k8s/sg1`, `node-pool`, … */
export function unitOf(file: string): string {
  const parts = file.split("/");
  if (parts[0] === "stacks") return parts.slice(0, 3).join("/");
  if (parts[0] === "node-pool" || parts[0] === ".cloudneutral") return parts[0]!;
  return parts.slice(0, 2).join("/");
}

/** Where each virtual region lands: the mapping a reviewer checks first. */
export function regionsMarkdown(regions: RegionSummary[]): string {
  const lines = [
    "### Virtual regions",
    "",
    "| region | provider | location | node pool | services | stacks |",
    "|---|---|---|---|---:|---|",
  ];
  for (const r of regions) {
    lines.push(
      `| \`${r.name}\` | ${r.provider} | ${r.location} | ${r.mode} | ${r.services} | ${r.stacks.join(", ")} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
