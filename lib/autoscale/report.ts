// A run of the autoscaler for people: one table row per region (the job summary, `npm start`,
// the CLI) and the line behind each row.
import { inlineCode, markdownText } from "../report/markdown-text.ts";
import type { AutoscaleRun, RegionResult } from "./propose.ts";

const SHOWN: Record<RegionResult["outcome"], string> = {
  steady: "no change",
  created: "PR opened",
  updated: "PR updated",
  unchanged: "PR unchanged",
  closed: "PR closed",
  merged: "PR merged",
  blocked: "PR left alone (others' commits)",
  declined: "declined earlier, not re-proposed",
  "no-data": "no data: no decision",
  failed: "failed",
  "dry-run": "dry run",
  stale: "skipped (main moved)",
};

export function autoscaleMarkdown(run: AutoscaleRun, options: { title?: string } = {}): string {
  const title = options.title ?? (run.dryRun ? "Autoscale (dry run)" : "Autoscale");
  const head = `### ${title}\n\nNode metrics from Prometheus at ${inlineCode(run.prometheus)}, evaluated at ${run.at}.\n`;
  if (run.regions.length === 0) return `${head}\nNo AutoscalePolicy: nothing to decide.\n`;
  const rows = run.regions.map((r) => {
    const rec = r.recommendation === null ? "–" : String(r.recommendation);
    const pull = r.pull === undefined ? "" : `#${r.pull}`;
    return `| ${inlineCode(r.region)} | ${r.current} | ${rec} | ${r.desired} | ${SHOWN[r.outcome]} | ${pull} |`;
  });
  const details = run.regions.map(
    (r) =>
      `- ${inlineCode(r.region)}: ${markdownText(r.message)}${r.recommendation === null || r.reason === r.message ? "" : ` — ${markdownText(r.reason)}`}`,
  );
  return [
    head,
    "| region | nodes now | recommendation | desired | outcome | pull request |",
    "|---|---:|---:|---:|---|---|",
    ...rows,
    "",
    ...details,
    "",
  ].join("\n");
}
