import type { GitHub } from "../lib/github/client.ts";
import type { StickyContent } from "../lib/github/sticky-comment.ts";
import { getContext, runnerLog, setSecret } from "./runner.ts";

const clients = new Map<string, Promise<GitHub>>();

/**
 * The adapters' way to GitHub: the token is masked before anything can print it, and a
 * step makes one client per token (its throttling state is shared by every call).
 */
export function githubClient(token: string): Promise<GitHub> {
  let client = clients.get(token);
  if (!client) {
    setSecret(token);
    client = import("../lib/github/client.ts").then(({ createGitHubClient }) =>
      createGitHubClient({ token, baseUrl: getContext().apiUrl, log: runnerLog }),
    );
    clients.set(token, client);
  }
  return client;
}

/**
 * Creates or updates this action's sticky comment on the run's pull request, if there is
 * one. A comment that cannot be written (a fork's read-only token, an outage) is a warning:
 * the step's result is the verdict, not the comment.
 */
export async function commentOnPullRequest(
  token: string,
  key: string,
  content: string | Omit<StickyContent, "fullTextAt">,
  /** The pull request, when the run's event is not one (a workflow_run reviewing it). */
  pullNumber?: number,
): Promise<void> {
  try {
    await upsertComment(
      token,
      key,
      typeof content === "string" ? { head: content, sections: [] } : content,
      pullNumber,
    );
  } catch (err) {
    runnerLog.warning(
      `could not update the PR comment (${key}): ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

async function upsertComment(
  token: string,
  key: string,
  content: Omit<StickyContent, "fullTextAt">,
  pullNumber: number | undefined,
): Promise<void> {
  const context = { ...getContext() };
  context.pullNumber = pullNumber ?? context.pullNumber;
  if (context.pullNumber === undefined) {
    runnerLog.info(`not a pull request (${context.eventName || "no event"}): no comment`);
    return;
  }
  if (!token)
    throw new Error('input "token" is empty: commenting needs a token with pull-requests: write');
  const gh = await githubClient(token);
  const { upsertStickyComment } = await import("../lib/github/sticky-comment.ts");
  const result = await upsertStickyComment(
    gh,
    { owner: context.owner, repo: context.repo, issueNumber: context.pullNumber, key },
    { ...content, fullTextAt: `[the job summary](${context.runUrl})` },
  );
  runnerLog.info(`PR #${context.pullNumber}: comment ${result.action}`);
}
