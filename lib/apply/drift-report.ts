import { inlineCode, markdownText } from "../report/markdown-text.ts";
import type { DriftResult } from "./drift.ts";

const ICON: Record<DriftResult["status"], string> = {
  "in-sync": "✅",
  drifted: "⚠️",
  "to-correct": "⏳",
  corrected: "🔧",
  failed: "❌",
};

/** The drift run's job summary: one row per unit checked; none checked is said in words. */
export function driftMarkdown(results: DriftResult[], commit: string): string {
  const drifted = results.filter((r) => r.status !== "in-sync").length;
  return [
    `### CloudNeutral drift check at ${inlineCode(commit.slice(0, 12))}: ${drifted} of ${results.length} unit(s) drifted or failed`,
    "",
    ...(results.length === 0
      ? ["No unit's matrix row reconciles on drift or periodically: nothing was checked.", ""]
      : []),
    "| unit | policy | result | issue |",
    "|---|---|---|---|",
    ...results.map(
      (r) =>
        `| ${inlineCode(r.id)} | ${r.policy} | ${ICON[r.status]} ${markdownText(r.message.split("\n")[0] ?? "")} | ${r.issue === undefined ? "" : `#${r.issue}`} |`,
    ),
    "",
  ].join("\n");
}
