import { fitSections, type Section } from "../report/budget.ts";
import type { GitHub } from "./client.ts";
import type { RepoRef } from "./git-data.ts";

/** What a sticky comment may hold: GitHub's limit is 65,536; the rest is headroom. */
export const COMMENT_BUDGET = 60_000;

const MARKER = /^<!-- cloudneutral:sticky (\{.*?\}) -->/;

export interface StickyTarget extends RepoRef {
  issueNumber: number;
  /** Which comment: one per key per PR (e.g. "plan", "policy"). */
  key: string;
}

export interface StickyContent {
  head: string;
  sections: Section[];
  /** Where the whole text is when sections had to be dropped (e.g. the job summary URL). */
  fullTextAt: string;
  /** Extra metadata kept in the hidden marker (e.g. a plan hash). */
  meta?: Record<string, unknown>;
}

export interface StickyResult {
  action: "created" | "updated" | "unchanged";
  id: number;
  dropped: string[];
}

export function stickyMarker(key: string, meta: Record<string, unknown> = {}): string {
  // JSON in an HTML comment: "--" would end the comment early, so it is escaped.
  return `<!-- cloudneutral:sticky ${JSON.stringify({ ...meta, key }).replace(/--/g, "-\\u002d")} -->`;
}

export function parseMarker(body: string | undefined): Record<string, unknown> | undefined {
  const m = MARKER.exec(body ?? "");
  if (!m) return undefined;
  try {
    return JSON.parse(m[1]!) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/**
 * Creates or updates the one comment of `key` on a PR, found by its hidden marker across
 * every page of comments. Comments of other keys are never touched, so parallel jobs
 * writing different keys cannot overwrite each other; duplicates of the same key (two
 * jobs that both created one) are folded into the first.
 */
export async function upsertStickyComment(
  gh: GitHub,
  target: StickyTarget,
  content: StickyContent,
): Promise<StickyResult> {
  const { key, issueNumber, ...repo } = target;
  const marker = stickyMarker(key, content.meta);
  const note = (dropped: string[]) =>
    `> [!NOTE]\n> Too long for one comment: left out ${dropped.map((d) => `**${d}**`).join(", ")}. The whole text is in ${content.fullTextAt}.`;
  const fitted = fitSections(
    content.head,
    content.sections,
    COMMENT_BUDGET - marker.length - 1,
    note,
  );
  const body = `${marker}\n${fitted.text}`;

  const mine: { id: number; body?: string }[] = [];
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100,
  })) {
    // Only a bot's comments can be ours: anyone may paste a marker into a comment of theirs.
    for (const c of page.data)
      if (c.user?.type === "Bot" && parseMarker(c.body)?.key === key) mine.push(c);
  }
  const [first, ...duplicates] = mine;
  for (const d of duplicates) await gh.rest.issues.deleteComment({ ...repo, comment_id: d.id });
  if (!first) {
    const { data } = await gh.rest.issues.createComment({
      ...repo,
      issue_number: issueNumber,
      body,
    });
    return { action: "created", id: data.id, dropped: fitted.dropped };
  }
  if (first.body === body) return { action: "unchanged", id: first.id, dropped: fitted.dropped };
  await gh.rest.issues.updateComment({ ...repo, comment_id: first.id, body });
  return { action: "updated", id: first.id, dropped: fitted.dropped };
}
