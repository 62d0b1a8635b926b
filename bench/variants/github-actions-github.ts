// actions/github.ts with @actions/github underneath, for bench/libraries.mjs: the run's
// context and the client come from the library (`github.context`, `getOctokit`), as its
// README uses them. Bundled in place of actions/github.ts, it gives the cold start of an
// action built on @actions/github.
import * as github from "@actions/github";
import { runnerLog, setSecret } from "../../actions/runner.ts";
import type { GitHub } from "../../lib/github/client.ts";
import type { StickyContent } from "../../lib/github/sticky-comment.ts";

const clients = new Map<string, GitHub>();

export function githubClient(token: string): Promise<GitHub> {
  let client = clients.get(token);
  if (!client) {
    setSecret(token);
    client = github.getOctokit(token, { baseUrl: github.context.apiUrl }) as unknown as GitHub;
    clients.set(token, client);
  }
  return Promise.resolve(client);
}

export async function commentOnPullRequest(
  token: string,
  key: string,
  content: string | Omit<StickyContent, "fullTextAt">,
  pullNumber?: number,
): Promise<void> {
  const { context } = github;
  const issueNumber = pullNumber ?? context.payload.pull_request?.number;
  if (issueNumber === undefined) {
    runnerLog.info(`not a pull request (${context.eventName || "no event"}): no comment`);
    return;
  }
  try {
    const gh = await githubClient(token);
    const { upsertStickyComment } = await import("../../lib/github/sticky-comment.ts");
    const body = typeof content === "string" ? { head: content, sections: [] } : content;
    const runUrl = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`;
    await upsertStickyComment(
      gh,
      { owner: context.repo.owner, repo: context.repo.repo, issueNumber, key },
      { ...body, fullTextAt: `[the job summary](${runUrl})` },
    );
  } catch (err) {
    runnerLog.warning(`could not update the PR comment (${key}): ${String(err)}`);
  }
}
