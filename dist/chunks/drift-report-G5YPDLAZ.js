import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  inlineCode,
  markdownText
} from "./chunk-GCILZPZ6.js";
import "./chunk-BOG7BZ5N.js";

// lib/apply/drift-report.ts
var ICON = {
  "in-sync": "\u2705",
  drifted: "\u26A0\uFE0F",
  corrected: "\u{1F527}",
  failed: "\u274C"
};
function driftMarkdown(results, commit) {
  let drifted = results.filter((r) => r.status !== "in-sync").length;
  return [
    `### CloudNeutral drift check at ${inlineCode(commit.slice(0, 12))}: ${drifted} of ${results.length} unit(s) drifted or failed`,
    "",
    "| unit | policy | result | issue |",
    "|---|---|---|---|",
    ...results.map(
      (r) => `| ${inlineCode(r.id)} | ${r.policy} | ${ICON[r.status]} ${markdownText(r.message.split(`
`)[0] ?? "")} | ${r.issue === void 0 ? "" : `#${r.issue}`} |`
    ),
    ""
  ].join(`
`);
}
export {
  driftMarkdown
};
