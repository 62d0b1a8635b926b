// Issues a controller keeps, one per subject (a drifted unit, a policy that fails open):
// found again by a hidden marker `<!-- cloudneutral:<kind> {json} -->` and a label. Only
// issues a bot opened count — anyone may paste a marker into an issue of theirs.
import type { GitHub } from "./client.ts";
import type { RepoRef } from "./git-data.ts";

export interface MarkedIssue {
  number: number;
  body: string;
}

export function issueMarker(kind: string, subject: Record<string, string>): string {
  return `<!-- cloudneutral:${kind} ${JSON.stringify(subject)} -->`;
}

/** The open issues of `label` with a `kind` marker, by the marker's JSON: one listing. */
export async function openMarkedIssues(
  gh: GitHub,
  repo: RepoRef,
  label: string,
  kind: string,
): Promise<Map<string, MarkedIssue>> {
  const marker = new RegExp(`^<!-- cloudneutral:${kind} (\\{.*?\\}) -->`);
  const found = new Map<string, MarkedIssue>();
  for await (const page of gh.paginate.iterator(gh.rest.issues.listForRepo, {
    ...repo,
    labels: label,
    state: "open",
    per_page: 100,
  })) {
    for (const i of page.data) {
      if (i.user?.type !== "Bot" || i.pull_request) continue;
      const m = marker.exec(i.body ?? "");
      if (m && !found.has(m[1]!)) found.set(m[1]!, { number: i.number, body: i.body ?? "" });
    }
  }
  return found;
}

/** The open issue of one subject, if any. */
export async function findMarkedIssue(
  gh: GitHub,
  repo: RepoRef,
  o: { label: string; kind: string; subject: Record<string, string> },
): Promise<MarkedIssue | undefined> {
  const all = await openMarkedIssues(gh, repo, o.label, o.kind);
  return all.get(JSON.stringify(o.subject));
}
