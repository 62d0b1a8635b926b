// A commit status: what branch protection can require by its context name.
import type { GitHub } from "./client.ts";
import type { RepoRef } from "./git-data.ts";

/** The PR verdict's status on the head, set by the trusted review (policy-check). */
export const POLICY_STATUS_CONTEXT = "cloudneutral/policy";

export interface CommitStatus {
  context: string;
  state: "success" | "failure" | "error" | "pending";
  /** At most 140 characters (GitHub's limit). */
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
    description: status.description,
    ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
  });
}
