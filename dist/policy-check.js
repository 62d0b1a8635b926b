import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  parsePlanSpecs
} from "./chunks/chunk-F67Z7O7J.js";
import "./chunks/chunk-FSVYXGTI.js";
import {
  InputError,
  annotate,
  appendSummary,
  commentOnPullRequest,
  failStep,
  getBooleanInput,
  getContext,
  getInput,
  githubClient,
  setFailed,
  setOutput
} from "./chunks/chunk-I4JCTPCH.js";
import "./chunks/chunk-GPRVIFN3.js";
import "./chunks/chunk-53UA33VZ.js";
import {
  problemPath
} from "./chunks/chunk-Q3YCBL2Q.js";
import "./chunks/chunk-BOG7BZ5N.js";

// actions/policy-check/main.ts
import path from "node:path";
function getInputs() {
  let context = getContext(), base = getInput("base") || context.pull?.baseSha || "";
  if (!base) throw new InputError('input "base" is required outside a pull request');
  let planFiles = parsePlanSpecs(getInput("plan-files").split(`
`)), number = getInput("pull-number");
  if (number !== "" && !/^[1-9][0-9]{0,9}$/.test(number))
    throw new InputError(
      `input "pull-number" must be a pull request number, not ${JSON.stringify(number)}`
    );
  let workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  return {
    configDir: getInput("config-dir", { required: !0 }),
    base,
    head: getInput("head") || process.env.GITHUB_SHA || "HEAD",
    planFiles,
    comment: getBooleanInput("comment", !0),
    token: getInput("token"),
    pullNumber: number !== "" ? Number(number) : context.pullNumber,
    repoDir: path.resolve(workspace, getInput("repository-dir") || ".")
  };
}
async function run() {
  try {
    let inputs = getInputs(), context = getContext();
    if (inputs.pullNumber !== void 0 && !inputs.token)
      throw new InputError(
        'input "token" is empty: judging a pull request needs its reviews and labels'
      );
    let gh = inputs.token ? await githubClient(inputs.token) : void 0, { pullRequestInfo, isTeamMember } = await import("./chunks/pull-info-Q7QYFYDE.js"), repo = { owner: context.owner, repo: context.repo }, pr = gh && inputs.pullNumber !== void 0 ? await pullRequestInfo(gh, repo, inputs.pullNumber) : null, { judgeRepository } = await import("./chunks/check-UI7AMNJ2.js"), { verdictJson, verdictMarkdown } = await import("./chunks/report-WJOB76H3.js"), { fitSummary } = await import("./chunks/job-report-XTNWBVKE.js"), { ANNOTATION_LIMIT } = await import("./chunks/workflow-commands-ZBHNP67U.js"), verdict = await judgeRepository({
      repoDir: inputs.repoDir,
      base: inputs.base,
      head: inputs.head,
      configDir: inputs.configDir,
      planFiles: inputs.planFiles,
      pr,
      isTeamMember: (team, user) => gh ? isTeamMember(gh, team, user) : Promise.resolve(!1),
      now: /* @__PURE__ */ new Date()
    }), json = verdictJson(verdict);
    setOutput("decision", verdict.decision), setOutput("results", JSON.stringify(json.results));
    for (let severity of ["deny", "warn"]) {
      let located = verdict.results.filter((r) => r.severity === severity && r.at).slice(0, ANNOTATION_LIMIT);
      for (let r of located)
        annotate(severity === "deny" ? "error" : "warning", `${r.rule}: ${r.message}`, {
          file: problemPath(r.at),
          line: r.at.line,
          column: r.at.column
        });
    }
    let markdown = verdictMarkdown(verdict);
    if (appendSummary(fitSummary(markdown)), inputs.comment && await commentOnPullRequest(inputs.token, "policy", markdown, inputs.pullNumber), verdict.decision === "deny") {
      let denies = verdict.results.filter((r) => r.severity === "deny").length;
      setFailed(`policy: deny (${denies} finding(s)); see the job summary`);
    }
  } catch (err) {
    failStep(err, "Policy: configuration problems");
  }
}
await run();
export {
  run
};
