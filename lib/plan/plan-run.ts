// Which run of the untrusted workflow holds the plans of a head. A re-judge (an owner's review,
// a label) does not plan again: the head did not move, so the plans of the newest run of
// pr.yml at that head are the PR's plans. GitHub says which runs those are; no artifact does.
import type { GitHub } from "../github/client.ts";
import type { RepoRef } from "../github/git-data.ts";
import { PLAN_ARTIFACT } from "./artifacts.ts";

/** The untrusted workflow whose runs plan a PR's head. */
export const PLAN_WORKFLOW = "pr.yml";

/** Runs of one head looked at, newest first: re-runs of a head are few. */
const MAX_RUNS = 20;

export interface PlanRunLookup {
  /** Whether the workflow completed any run at this head (else: nothing to judge yet). */
  checked: boolean;
  /** The newest completed run at this head that left an unexpired plan artifact. */
  run?: { id: number; url: string };
}

/**
 * The newest completed `pull_request` run of `.github/workflows/<workflow>` at exactly `head`
 * that has a `cloudneutral-plan` artifact. Every property is checked on what GitHub returns,
 * not only asked for in the query.
 */
export async function findPlanRun(
  gh: GitHub,
  repo: RepoRef,
  o: { head: string; workflow?: string },
): Promise<PlanRunLookup> {
  const workflow = o.workflow ?? PLAN_WORKFLOW;
  const file = `.github/workflows/${workflow}`;
  const { data } = await gh.rest.actions.listWorkflowRuns({
    ...repo,
    workflow_id: workflow,
    head_sha: o.head,
    event: "pull_request",
    status: "completed",
    per_page: MAX_RUNS,
  });
  const runs = data.workflow_runs
    .filter(
      (r) =>
        r.head_sha === o.head &&
        r.event === "pull_request" &&
        r.status === "completed" &&
        (r.path === file || r.path.startsWith(`${file}@`)),
    )
    .sort((a, b) => b.run_number - a.run_number || b.id - a.id);
  for (const run of runs) {
    const { data: found } = await gh.rest.actions.listWorkflowRunArtifacts({
      ...repo,
      run_id: run.id,
      name: PLAN_ARTIFACT,
      per_page: 10,
    });
    if (found.artifacts.some((a) => a.name === PLAN_ARTIFACT && !a.expired))
      return { checked: true, run: { id: run.id, url: run.html_url } };
  }
  return { checked: runs.length > 0 };
}
