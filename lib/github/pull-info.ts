import { type GitHub, statusOf } from "./client.ts";
import type { RepoRef } from "./git-data.ts";

/**
 * What the gates and policies know of a pull request (the `pr` variable in CEL). Declared
 * here, where it is read, so that lib/github needs nothing of lib/policy.
 */
export interface PullRequestInfo {
  number: number;
  author: string;
  labels: string[];
  headSha: string;
  reviews: {
    user: string;
    state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";
    commitId: string;
  }[];
}

/** The PR as gates need it, read live (the event payload may be older than its reviews). */
export async function pullRequestInfo(
  gh: GitHub,
  repo: RepoRef,
  number: number,
): Promise<PullRequestInfo> {
  const { data: pull } = await gh.rest.pulls.get({ ...repo, pull_number: number });
  const reviews = await gh.paginate(gh.rest.pulls.listReviews, {
    ...repo,
    pull_number: number,
    per_page: 100,
  });
  return {
    number,
    author: pull.user.login,
    labels: pull.labels.map((l) => l.name),
    headSha: pull.head.sha,
    reviews: reviews.map((r) => ({
      user: r.user?.login ?? "",
      state: r.state as PullRequestInfo["reviews"][number]["state"],
      commitId: r.commit_id ?? "",
    })),
  };
}

/**
 * Whether `user` is an active member of `@org/team`. A token that may not read the org's
 * teams (the workflow's GITHUB_TOKEN cannot: it needs a token with members: read) gets 403:
 * membership is then unproven, so the approval does not count.
 */
export async function isTeamMember(gh: GitHub, team: string, user: string): Promise<boolean> {
  const m = /^@([^/]+)\/(.+)$/.exec(team);
  if (!m) return false;
  try {
    const { data } = await gh.rest.teams.getMembershipForUserInOrg({
      org: m[1]!,
      team_slug: m[2]!,
      username: user,
    });
    return data.state === "active";
  } catch (err) {
    const status = statusOf(err);
    if (status === 404 || status === 403) return false;
    throw err;
  }
}
