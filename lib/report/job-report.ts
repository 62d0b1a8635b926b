import { type Problem, problemPath } from "../errors.ts";
import { ANNOTATION_LIMIT } from "./workflow-commands.ts";

/** Text made safe for one cell of a markdown table: no column breaks, no line breaks. */
export const tableCell = (s: string) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** GitHub refuses a step's job summary above 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Cuts `markdown` at a line boundary to fit the summary limit, and says that it did. */
export function fitSummary(markdown: string, limit = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note =
    "\n\n> [!WARNING]\n> This summary was cut at GitHub's 1 MiB limit; the full text is in the step log.\n";
  let cut = Buffer.from(markdown)
    .subarray(0, limit - Buffer.byteLength(note))
    .toString("utf8");
  cut = cut.replace(/\uFFFD$/, ""); // a multi-byte character split at the edge
  const lastLine = cut.lastIndexOf("\n");
  return `${lastLine > 0 ? cut.slice(0, lastLine) : cut}${note}`;
}

export interface ProblemReport {
  /**
   * The problems to show as annotations (GitHub displays only the first 10 per type per
   * step), each with `file` the path from the workspace.
   */
  annotate: Problem[];
  /** Every problem as a markdown table, for the job summary. */
  markdown: string;
}

/** Splits problems into annotations and a full summary table, each at its root-joined path. */
export function reportProblems(title: string, problems: Problem[]): ProblemReport {
  const rows = problems.map(
    (p) =>
      `| \`${tableCell(`${problemPath(p)}:${p.line}:${p.column}`)}\` | ${tableCell(p.message)} |`,
  );
  const more =
    problems.length > ANNOTATION_LIMIT
      ? `\n${problems.length - ANNOTATION_LIMIT} more than GitHub annotates; all are listed here.\n`
      : "";
  return {
    annotate: problems
      .slice(0, ANNOTATION_LIMIT)
      .map((p) => ({ ...p, root: ".", file: problemPath(p) })),
    markdown: [`### ${title}`, more, "| where | problem |", "|---|---|", ...rows, ""].join("\n"),
  };
}
