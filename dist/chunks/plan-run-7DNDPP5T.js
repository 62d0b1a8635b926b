import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  PLAN_ARTIFACT
} from "./chunk-R6KROQAY.js";
import "./chunk-APUQBNXB.js";
import "./chunk-7L672MCS.js";
import "./chunk-65PPA6I5.js";
import "./chunk-N5PQ57XD.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/plan/plan-run.ts
var PLAN_WORKFLOW = "pr.yml", MAX_RUNS = 20;
async function findPlanRun(gh, repo, o) {
  let workflow = o.workflow ?? PLAN_WORKFLOW, file = `.github/workflows/${workflow}`, { data } = await gh.rest.actions.listWorkflowRuns({
    ...repo,
    workflow_id: workflow,
    head_sha: o.head,
    event: "pull_request",
    status: "completed",
    per_page: MAX_RUNS
  }), runs = data.workflow_runs.filter(
    (r) => r.head_sha === o.head && r.event === "pull_request" && r.status === "completed" && (r.path === file || r.path.startsWith(`${file}@`))
  ).sort((a, b) => b.run_number - a.run_number || b.id - a.id);
  for (let run of runs) {
    let { data: found } = await gh.rest.actions.listWorkflowRunArtifacts({
      ...repo,
      run_id: run.id,
      name: PLAN_ARTIFACT,
      per_page: 10
    });
    if (found.artifacts.some((a) => a.name === PLAN_ARTIFACT && !a.expired))
      return { checked: !0, run: { id: run.id, url: run.html_url } };
  }
  return { checked: runs.length > 0 };
}
export {
  PLAN_WORKFLOW,
  findPlanRun
};
