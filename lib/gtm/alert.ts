// The alert when every region of a public name looks down: one issue per policy (label
// cloudneutral-gtm), opened once, updated while it lasts, closed with a comment when a
// region is back. Serving all regions at base weight (fail open) keeps clients served if
// the probes are what broke, but only a person can tell which it is.
import type { GitHub } from "../github/client.ts";
import type { RepoRef } from "../github/git-data.ts";
import { findMarkedIssue, issueMarker } from "../github/marked-issues.ts";
import { tableCell } from "../report/job-report.ts";
import { inlineCode, markdownText } from "../report/markdown-text.ts";
import type { RegionEvidence } from "./observe.ts";
import type { GtmDecision } from "./types.ts";

export const GTM_LABEL = "cloudneutral-gtm";

export interface AlertTarget {
  gh: GitHub;
  repo: RepoRef;
  runUrl?: string;
}

export type AlertAction = "opened" | "updated" | "kept" | "closed" | "none";

export interface AlertResult {
  action: AlertAction;
  issue?: number;
}

export function alertBody(
  policy: string,
  decision: GtmDecision,
  evidence: readonly RegionEvidence[],
  runUrl?: string,
): string {
  const marker = issueMarker("gtm", { policy });
  const name = inlineCode(decision.publicName);
  const what = decision.failOpen
    ? `The policy fails open: ${name} keeps answering with every region at its base weight, so clients are still served if the probes are what broke.`
    : `The policy does not fail open: ${name} is answered with no address at all.`;
  const rows = decision.regions.map((r) => {
    const e = evidence.find((x) => x.region === r.region);
    return `| ${inlineCode(r.region)} | ${tableCell(markdownText(r.reason))} | ${tableCell(markdownText(e?.probe.evidence ?? ""))} | ${tableCell(markdownText(e?.metrics ?? ""))} |`;
  });
  // No times or counts that change each round: the body is rewritten only when it changes.
  return [
    marker,
    `### Every region of ${name} looks down`,
    "",
    `${what} Check the regions and the probes from outside; this issue closes itself when a region is back (GtmPolicy ${inlineCode(policy)}).`,
    "",
    "| region | decision | probes | metrics |",
    "|---|---|---|---|",
    ...rows,
    "",
    runUrl ? `Seen by [this run](${runUrl}).` : "",
  ].join("\n");
}

/**
 * Opens or updates the policy's alert while `decision.alert`, closes it otherwise. Only
 * asks GitHub when an alert may exist (`mayBeOpen`) or is needed, so a healthy round costs
 * no API call.
 */
export async function syncAlert(
  target: AlertTarget,
  policy: string,
  decision: GtmDecision,
  evidence: readonly RegionEvidence[],
  mayBeOpen: boolean,
): Promise<AlertResult> {
  const { gh, repo } = target;
  if (!decision.alert && !mayBeOpen) return { action: "none" };
  const found = await findMarkedIssue(gh, repo, {
    label: GTM_LABEL,
    kind: "gtm",
    subject: { policy },
  });
  if (decision.alert) {
    const body = alertBody(policy, decision, evidence, target.runUrl).slice(0, 60_000);
    if (found) {
      if (found.body === body) return { action: "kept", issue: found.number };
      await gh.rest.issues.update({ ...repo, issue_number: found.number, body });
      return { action: "updated", issue: found.number };
    }
    const { data } = await gh.rest.issues.create({
      ...repo,
      title: `GTM: every region of ${decision.publicName} is down`,
      body,
      labels: [GTM_LABEL],
    });
    return { action: "opened", issue: data.number };
  }
  if (!found) return { action: "none" };
  const up = decision.regions.filter((r) => r.state === "up").map((r) => inlineCode(r.region));
  await gh.rest.issues.createComment({
    ...repo,
    issue_number: found.number,
    body: `Recovered: ${up.join(", ")} ${up.length === 1 ? "is" : "are"} up again; ${inlineCode(decision.publicName)} is served by the effective weights.${target.runUrl ? ` ([run](${target.runUrl}))` : ""}`,
  });
  await gh.rest.issues.update({
    ...repo,
    issue_number: found.number,
    state: "closed",
    state_reason: "completed",
  });
  return { action: "closed", issue: found.number };
}
