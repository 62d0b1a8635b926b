import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  parsePlanSpecs
} from "./chunks/chunk-5RKDWX5Z.js";
import "./chunks/chunk-R6XTO7R2.js";
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
  runnerLog,
  setFailed,
  setOutput
} from "./chunks/chunk-WDRKOJYZ.js";
import "./chunks/chunk-GPRVIFN3.js";
import "./chunks/chunk-53UA33VZ.js";
import {
  errorMessage,
  problemPath
} from "./chunks/chunk-Q3YCBL2Q.js";
import "./chunks/chunk-BOG7BZ5N.js";

// actions/policy-check/main.ts
import path from "node:path";
var SHA = /^[0-9a-f]{40}$/;
function statusTarget() {
  if (!getBooleanInput("status", !1)) return;
  let head = getInput("head"), sha = SHA.test(head) ? head : getContext().pull?.headSha;
  if (!sha || !SHA.test(sha))
    throw new InputError(
      'input "status" needs the head commit: input "head" as a full sha (github.event.workflow_run.head_sha)'
    );
  let token = getInput("token");
  if (!token) throw new InputError('input "status" needs a token with statuses: write');
  return { sha, token };
}
function getInputs(judgesPull) {
  let context = getContext(), planFiles = parsePlanSpecs(getInput("plan-files").split(`
`)), number = getInput("pull-number");
  if (number !== "" && !/^[1-9][0-9]{0,9}$/.test(number))
    throw new InputError(
      `input "pull-number" must be a pull request number, not ${JSON.stringify(number)}`
    );
  let pullNumber = number !== "" ? Number(number) : context.pullNumber, artifactsDir = getInput("artifacts-dir");
  if ((judgesPull || artifactsDir) && pullNumber === void 0)
    throw new InputError(
      'no pull request to judge: input "pull-number" is empty (did the step that confirms it fail?)'
    );
  let base = getInput("base") || context.pull?.baseSha || "";
  if (!base) throw new InputError('input "base" is required outside a pull request');
  let head = getInput("head") || process.env.GITHUB_SHA || "HEAD";
  if (artifactsDir && !SHA.test(head))
    throw new InputError(
      'input "artifacts-dir" needs the input "head": the full sha the untrusted run was for'
    );
  let workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  return {
    configDir: getInput("config-dir", { required: !0 }),
    base,
    head,
    planFiles,
    artifactsDir: artifactsDir ? path.resolve(workspace, artifactsDir) : "",
    comment: getBooleanInput("comment", !0),
    token: getInput("token"),
    pullNumber,
    repoDir: path.resolve(workspace, getInput("repository-dir") || "."),
    autoscaleAuthor: getInput("autoscale-author")
  };
}
async function plansFromArtifacts(inputs, gh) {
  let { readReviewArtifacts } = await import("./chunks/artifacts-CND2DQVB.js"), { verifyPull } = await import("./chunks/trusted-MANLX7YM.js"), { pullScope } = await import("./chunks/pull-CR5E7IYN.js"), { planEvidence } = await import("./chunks/evidence-7VDAEDGU.js"), context = getContext(), artifacts = await readReviewArtifacts(inputs.artifactsDir), verified = await verifyPull(
    gh,
    { owner: context.owner, repo: context.repo },
    artifacts.pull,
    inputs.head
  );
  if (verified.number !== inputs.pullNumber)
    throw new InputError(
      `the artifacts are for pull request #${verified.number}, not #${inputs.pullNumber}: refused`
    );
  let scope = await pullScope({
    repoDir: inputs.repoDir,
    base: verified.base,
    head: verified.head,
    configDir: inputs.configDir
  }), evidence = planEvidence(artifacts, scope), { judged, missing } = evidence.coverage;
  return runnerLog.info(
    `plans judged: ${judged.length} unit(s), ${evidence.resources.length} resource change(s); ${missing.length} unit(s) without a plan`
  ), evidence;
}
async function run() {
  let publish;
  try {
    let context = getContext(), repo = { owner: context.owner, repo: context.repo }, target = statusTarget();
    if (target) {
      let { POLICY_STATUS_CONTEXT, setCommitStatus } = await import("./chunks/commit-status-6I5XEHGR.js");
      publish = async (state, text) => {
        await setCommitStatus(await githubClient(target.token), repo, target.sha, {
          context: POLICY_STATUS_CONTEXT,
          state,
          description: text,
          targetUrl: context.runUrl
        }), runnerLog.info(`${POLICY_STATUS_CONTEXT}: ${state} on ${target.sha.slice(0, 12)}`);
      };
    }
    let inputs = getInputs(target !== void 0);
    if (inputs.pullNumber !== void 0 && !inputs.token)
      throw new InputError(
        'input "token" is empty: judging a pull request needs its reviews and labels'
      );
    let gh = inputs.token ? await githubClient(inputs.token) : void 0, { pullRequestInfo, isTeamMember } = await import("./chunks/pull-info-IN2BIGI4.js"), pr = gh && inputs.pullNumber !== void 0 ? await pullRequestInfo(gh, repo, inputs.pullNumber) : null, plans = inputs.artifactsDir && gh ? await plansFromArtifacts(inputs, gh) : void 0, { judgeRepository } = await import("./chunks/check-CWBJIPKX.js"), { verdictJson, verdictMarkdown, verdictStatus } = await import("./chunks/report-DBIMPKGI.js"), { fitSummary } = await import("./chunks/job-report-XTNWBVKE.js"), { ANNOTATION_LIMIT } = await import("./chunks/workflow-commands-ZBHNP67U.js"), verdict = await judgeRepository({
      repoDir: inputs.repoDir,
      base: inputs.base,
      head: inputs.head,
      configDir: inputs.configDir,
      planFiles: inputs.planFiles,
      ...plans ? { plans } : {},
      pr,
      isTeamMember: (team, user) => gh ? isTeamMember(gh, team, user) : Promise.resolve(!1),
      now: /* @__PURE__ */ new Date(),
      autoscaleAuthor: inputs.autoscaleAuthor
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
    if (appendSummary(fitSummary(markdown)), inputs.comment && await commentOnPullRequest(inputs.token, "policy", markdown, inputs.pullNumber), publish) {
      let status = verdictStatus(verdict);
      await publish(status.state, status.description);
    }
    if (verdict.decision === "deny") {
      let denies = verdict.results.filter((r) => r.severity === "deny").length;
      setFailed(`policy: deny (${denies} finding(s)); see the job summary`);
    }
  } catch (err) {
    await publish?.("error", `policy could not judge: ${errorMessage(err)}`).catch(
      (e) => runnerLog.warning(`could not set the policy status: ${errorMessage(e)}`)
    ), failStep(err, "Policy: configuration problems");
  }
}
await run();
export {
  run
};
