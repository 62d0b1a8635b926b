import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  ANNOTATION_LIMIT
} from "./chunk-53UA33VZ.js";
import {
  problemPath
} from "./chunk-Q3YCBL2Q.js";

// lib/report/job-report.ts
var tableCell = (s) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " "), SUMMARY_LIMIT_BYTES = 1024 * 1024;
function fitSummary(markdown, limit = SUMMARY_LIMIT_BYTES) {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  let note = `

> [!WARNING]
> This summary was cut at GitHub's 1 MiB limit; the full text is in the step log.
`, cut = Buffer.from(markdown).subarray(0, limit - Buffer.byteLength(note)).toString("utf8");
  cut = cut.replace(/\uFFFD$/, "");
  let lastLine = cut.lastIndexOf(`
`);
  return `${lastLine > 0 ? cut.slice(0, lastLine) : cut}${note}`;
}
function reportProblems(title, problems) {
  let rows = problems.map(
    (p) => `| \`${tableCell(`${problemPath(p)}:${p.line}:${p.column}`)}\` | ${tableCell(p.message)} |`
  ), more = problems.length > ANNOTATION_LIMIT ? `
${problems.length - ANNOTATION_LIMIT} more than GitHub annotates; all are listed here.
` : "";
  return {
    annotate: problems.slice(0, ANNOTATION_LIMIT).map((p) => ({ ...p, root: ".", file: problemPath(p) })),
    markdown: [`### ${title}`, more, "| where | problem |", "|---|---|", ...rows, ""].join(`
`)
  };
}

export {
  tableCell,
  SUMMARY_LIMIT_BYTES,
  fitSummary,
  reportProblems
};
