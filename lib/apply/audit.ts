// Where apply reports back: a comment on the merged PR with each unit's result, a commit
// status on the merge commit, and a job summary with a mermaid graph of what ran in which
// order. Also the report of a fan-out, from the per-unit results its jobs left.
import type { GitHub } from "../github/client.ts";
import { setCommitStatus } from "../github/commit-status.ts";
import type { RepoRef } from "../github/git-data.ts";
import { upsertStickyComment } from "../github/sticky-comment.ts";
import { Layers } from "../model/schema.ts";
import { fenced } from "../plan/comment.ts";
import { utcTime } from "../policy/gates.ts";
import { tableCell } from "../report/job-report.ts";
import { inlineCode, markdownText } from "../report/markdown-text.ts";
import { type ApplyResult, applyFailed, isFailure } from "./run.ts";

export const APPLY_COMMENT_KEY = "apply";
export const STATUS_CONTEXT = "cloudneutral/apply";

const ICON: Record<ApplyResult["status"], string> = {
  applied: "✅",
  "no-changes": "✅",
  "already-applied": "↩️",
  refused: "⛔",
  failed: "❌",
  skipped: "⏭️",
  concurrent: "⏸️",
  removed: "⚠️",
  held: "⏳",
};

/** A mermaid node id: letters and digits only, so nothing from a unit id can break the graph. */
const nodeId = (i: number) => `u${i}`;

/** Layers left to right, units of a layer stacked: the order apply ran them in. */
export function applyGraph(results: ApplyResult[]): string {
  const lines = ["```mermaid", "flowchart LR"];
  const layers = Layers.filter((l) => results.some((r) => r.layer === l));
  layers.forEach((layer, li) => {
    lines.push(`  subgraph L${li}["${layer}"]`);
    results.forEach((r, i) => {
      if (r.layer !== layer) return;
      // Quotes and brackets cannot appear: unit ids are [a-z0-9/-] by construction; still escaped.
      const label = `${r.id.replace(/[^a-z0-9/-]/g, "_")} ${r.status}`;
      lines.push(`    ${nodeId(i)}["${ICON[r.status]} ${label}"]`);
    });
    lines.push("  end");
  });
  for (let i = 1; i < layers.length; i++) lines.push(`  L${i - 1} --> L${i}`);
  lines.push("```");
  return lines.join("\n");
}

/** Held units, and the earliest window one of them waits for. */
function heldSummary(results: ApplyResult[]): string | undefined {
  const held = results.filter((r) => r.status === "held");
  if (held.length === 0) return undefined;
  const first = held.map((r) => r.heldUntil ?? "").sort()[0];
  return `${held.length} unit(s) held for a maintenance window${first ? ` (the first until ${utcTime(new Date(first))})` : ""}`;
}

export function applyMarkdown(results: ApplyResult[], commit: string): string {
  const ok = !applyFailed(results);
  const held = heldSummary(results);
  const rows = results.map(
    (r) =>
      `| ${inlineCode(r.id)} | ${markdownText(r.layer)} | ${ICON[r.status]} ${markdownText(r.status)} | ${tableCell(markdownText(r.message.split("\n")[0] ?? ""))} |`,
  );
  const details = results
    .filter((r) => r.message.includes("\n"))
    .map(
      (r) =>
        `<details><summary>${inlineCode(r.id)}</summary>\n\n${fenced(r.message)}\n\n</details>`,
    );
  return [
    `### CloudNeutral apply at ${inlineCode(commit.slice(0, 12))}: ${!ok ? "❌ not everything was applied" : held ? `⏳ ${held}; the scheduled apply takes them when it opens` : "✅ done"}`,
    "",
    results.length === 0
      ? "No unit was affected."
      : "| unit | layer | result | detail |\n|---|---|---|---|",
    ...rows,
    "",
    ...(results.length > 0 ? [applyGraph(results), ""] : []),
    ...details,
  ].join("\n");
}

/** The audit trail: a commit status on the merged commit, a comment on the merged PR. */
export async function publishAudit(
  gh: GitHub,
  repo: RepoRef,
  options: {
    commit: string;
    pull?: number;
    results: ApplyResult[];
    markdown: string;
    targetUrl?: string;
  },
): Promise<void> {
  const failed = options.results.filter((r) => isFailure(r.status));
  const applied = options.results.filter((r) => r.status === "applied").length;
  // Held units are neither done nor failed: the status stays pending until they are applied.
  const held = heldSummary(options.results);
  await setCommitStatus(gh, repo, options.commit, {
    context: STATUS_CONTEXT,
    state: failed.length > 0 ? "failure" : held ? "pending" : "success",
    description:
      failed.length > 0
        ? `${failed.length} unit(s) not applied: ${failed.map((r) => r.id).join(", ")}`
        : held
          ? `${applied} unit(s) applied, ${held}`
          : `${applied} unit(s) applied`,
    ...(options.targetUrl ? { targetUrl: options.targetUrl } : {}),
  });
  if (options.pull !== undefined)
    await upsertStickyComment(
      gh,
      { ...repo, issueNumber: options.pull, key: APPLY_COMMENT_KEY },
      { head: options.markdown, sections: [], fullTextAt: options.targetUrl ?? "the job summary" },
    );
}

/**
 * The results of a fan-out: every unit the route job named, from the artifacts its jobs
 * left. A unit without a result (its job crashed, was cancelled or skipped) is reported as
 * such — never as "nothing to do".
 */
export function expectedResults(
  expected: { id: string; layer: ApplyResult["layer"]; region: string }[],
  found: Map<string, ApplyResult>,
): ApplyResult[] {
  return expected.map(
    (u) =>
      found.get(u.id) ?? {
        ...u,
        status: "failed",
        message: `${u.id}: no result — its job failed, was cancelled, or was skipped because an earlier layer did not apply`,
      },
  );
}
