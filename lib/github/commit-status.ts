// A commit status: what branch protection can require by its context name.
import type { GitHub } from "./client.ts";
import type { RepoRef } from "./git-data.ts";

/** The PR verdict's status on the head, set by the trusted review (policy-check). */
export const POLICY_STATUS_CONTEXT = "cloudneutral/policy";

/** GitHub's limit on a commit status description. */
export const DESCRIPTION_LIMIT = 140;

export interface CommitStatus {
  context: string;
  state: "success" | "failure" | "error" | "pending";
  /** Put on one line and cut to GitHub's 140 characters here. */
  description: string;
  targetUrl?: string;
}

export async function setCommitStatus(
  gh: GitHub,
  repo: RepoRef,
  sha: string,
  status: CommitStatus,
): Promise<void> {
  await gh.rest.repos.createCommitStatus({
    ...repo,
    sha,
    context: status.context,
    state: status.state,
    description: shorten(status.description, DESCRIPTION_LIMIT),
    ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
  });
}

/** `text` on one line, at most `max` characters (an ellipsis marks a cut). */
export function shorten(text: string, max: number): string {
  const line = text.replace(/\s+/g, " ").trim();
  return [...line].length <= max ? line : `${[...line].slice(0, max - 1).join("")}…`;
}
