import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  inlineCode,
  markdownText
} from "./chunk-GCILZPZ6.js";

// lib/autoscale/report.ts
var SHOWN = {
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
  stale: "skipped (main moved)"
};
function autoscaleMarkdown(run, options = {}) {
  let head = `### ${options.title ?? (run.dryRun ? "Autoscale (dry run)" : "Autoscale")}

Node metrics from Prometheus at ${inlineCode(run.prometheus)}, evaluated at ${run.at}.
`;
  if (run.regions.length === 0) return `${head}
No AutoscalePolicy: nothing to decide.
`;
  let rows = run.regions.map((r) => {
    let rec = r.recommendation === null ? "\u2013" : String(r.recommendation), pull = r.pull === void 0 ? "" : `#${r.pull}`;
    return `| ${inlineCode(r.region)} | ${r.current} | ${rec} | ${r.desired} | ${SHOWN[r.outcome]} | ${pull} |`;
  }), details = run.regions.map(
    (r) => `- ${inlineCode(r.region)}: ${markdownText(r.message)}${r.recommendation === null || r.reason === r.message ? "" : ` \u2014 ${markdownText(r.reason)}`}`
  );
  return [
    head,
    "| region | nodes now | recommendation | desired | outcome | pull request |",
    "|---|---:|---:|---:|---|---|",
    ...rows,
    "",
    ...details,
    ""
  ].join(`
`);
}

export {
  autoscaleMarkdown
};
