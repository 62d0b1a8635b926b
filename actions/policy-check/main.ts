import path from "node:path";
import { errorMessage, problemPath } from "../../lib/errors.ts";
import type { GitHub } from "../../lib/github/client.ts";
import type { JudgeOptions } from "../../lib/policy/check.ts";
import { parsePlanSpecs } from "../../lib/policy/plan-spec.ts";
import { commentOnPullRequest, githubClient } from "../github.ts";
import {
  annotate,
  appendSummary,
  failStep,
  getBooleanInput,
  getContext,
  getInput,
  InputError,
  runnerLog,
  setFailed,
  setOutput,
} from "../runner.ts";

const SHA = /^[0-9a-f]{40}$/;

interface Inputs {
  configDir: string;
  base: string;
  head: string;
  planFiles: { stack: string; file: string }[];
  /** The untrusted run's artifacts (a trusted review): the PR's plans are judged from them. */
  artifactsDir: string;
  comment: boolean;
  token: string;
  /** The pull request judged: the event's, or the input (a workflow_run reviewing one). */
  pullNumber: number | undefined;
  repoDir: string;
  /** Whose node-count PRs an AutoscalePolicy pre-authorises ("" for no one). */
  autoscaleAuthor: string;
}

/** Where the verdict is published as the `cloudneutral/policy` commit status, if it is. */
function statusTarget(): { sha: string; token: string } | undefined {
  if (!getBooleanInput("status", false)) return undefined;
  const head = getInput("head");
  const sha = SHA.test(head) ? head : getContext().pull?.headSha;
  if (!sha || !SHA.test(sha))
    throw new InputError(
      'input "status" needs the head commit: input "head" as a full sha (github.event.workflow_run.head_sha)',
    );
  const token = getInput("token");
  if (!token) throw new InputError('input "status" needs a token with statuses: write');
  return { sha, token };
}

function getInputs(judgesPull: boolean): Inputs {
  const context = getContext();
  const planFiles = parsePlanSpecs(getInput("plan-files").split("\n"));
  const number = getInput("pull-number");
  if (number !== "" && !/^[1-9][0-9]{0,9}$/.test(number))
    throw new InputError(
      `input "pull-number" must be a pull request number, not ${JSON.stringify(number)}`,
    );
  const pullNumber = number !== "" ? Number(number) : context.pullNumber;
  const artifactsDir = getInput("artifacts-dir");
  // A published or plan-backed verdict is about one pull request; without it, nothing is
  // judged (a verdict without the PR's reviews and labels would be about another change).
  if ((judgesPull || artifactsDir) && pullNumber === undefined)
    throw new InputError(
      'no pull request to judge: input "pull-number" is empty (did the step that confirms it fail?)',
    );
  const base = getInput("base") || context.pull?.baseSha || "";
  if (!base) throw new InputError('input "base" is required outside a pull request');
  const head = getInput("head") || process.env.GITHUB_SHA || "HEAD";
  if (artifactsDir && !SHA.test(head))
    throw new InputError(
      'input "artifacts-dir" needs the input "head": the full sha the untrusted run was for',
    );
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  return {
    configDir: getInput("config-dir", { required: true }),
    base,
    head,
    planFiles,
    artifactsDir: artifactsDir ? path.resolve(workspace, artifactsDir) : "",
    comment: getBooleanInput("comment", true),
    token: getInput("token"),
    pullNumber,
    repoDir: path.resolve(workspace, getInput("repository-dir") || "."),
    autoscaleAuthor: getInput("autoscale-author"),
  };
}

/**
 * The PR's plans from the untrusted run's artifacts (hostile input, read strictly): for the
 * pull request GitHub confirms at exactly `head`, for the units the trusted side finds affected.
 */
async function plansFromArtifacts(inputs: Inputs, gh: GitHub): Promise<JudgeOptions["plans"]> {
  const { readReviewArtifacts } = await import("../../lib/plan/artifacts.ts");
  const { verifyPull } = await import("../../lib/plan/trusted.ts");
  const { pullScope } = await import("../../lib/plan/pull.ts");
  const { planEvidence } = await import("../../lib/plan/evidence.ts");
  const context = getContext();
  const artifacts = await readReviewArtifacts(inputs.artifactsDir);
  const verified = await verifyPull(
    gh,
    { owner: context.owner, repo: context.repo },
    artifacts.pull,
    inputs.head,
  );
  if (verified.number !== inputs.pullNumber)
    throw new InputError(
      `the artifacts are for pull request #${verified.number}, not #${inputs.pullNumber}: refused`,
    );
  const scope = await pullScope({
    repoDir: inputs.repoDir,
    base: verified.base,
    head: verified.head,
    configDir: inputs.configDir,
  });
  const evidence = planEvidence(artifacts, scope);
  const { judged, missing } = evidence.coverage;
  runnerLog.info(
    `plans judged: ${judged.length} unit(s), ${evidence.resources.length} resource change(s); ${missing.length} unit(s) without a plan`,
  );
  return evidence;
}

export async function run(): Promise<void> {
  let publish:
    | ((state: "success" | "failure" | "error", text: string) => Promise<void>)
    | undefined;
  try {
    const context = getContext();
    const repo = { owner: context.owner, repo: context.repo };
    const target = statusTarget();
    if (target) {
      const { POLICY_STATUS_CONTEXT, setCommitStatus } = await import(
        "../../lib/github/commit-status.ts"
      );
      publish = async (state, text) => {
        await setCommitStatus(await githubClient(target.token), repo, target.sha, {
          context: POLICY_STATUS_CONTEXT,
          state,
          description: text,
          targetUrl: context.runUrl,
        });
        runnerLog.info(`${POLICY_STATUS_CONTEXT}: ${state} on ${target.sha.slice(0, 12)}`);
      };
    }
    const inputs = getInputs(target !== undefined);
    if (inputs.pullNumber !== undefined && !inputs.token) {
      throw new InputError(
        'input "token" is empty: judging a pull request needs its reviews and labels',
      );
    }
    const gh = inputs.token ? await githubClient(inputs.token) : undefined;
    const { pullRequestInfo, isTeamMember } = await import("../../lib/github/pull-info.ts");
    const pr =
      gh && inputs.pullNumber !== undefined
        ? await pullRequestInfo(gh, repo, inputs.pullNumber)
        : null;
    const plans = inputs.artifactsDir && gh ? await plansFromArtifacts(inputs, gh) : undefined;
    const { judgeRepository } = await import("../../lib/policy/check.ts");
    const { verdictJson, verdictMarkdown, verdictStatus } = await import(
      "../../lib/policy/report.ts"
    );
    const { fitSummary } = await import("../../lib/report/job-report.ts");
    const { ANNOTATION_LIMIT } = await import("../../lib/report/workflow-commands.ts");
    const verdict = await judgeRepository({
      repoDir: inputs.repoDir,
      base: inputs.base,
      head: inputs.head,
      configDir: inputs.configDir,
      planFiles: inputs.planFiles,
      ...(plans ? { plans } : {}),
      pr,
      isTeamMember: (team, user) => (gh ? isTeamMember(gh, team, user) : Promise.resolve(false)),
      now: new Date(),
      autoscaleAuthor: inputs.autoscaleAuthor,
    });
    const json = verdictJson(verdict);
    setOutput("decision", verdict.decision);
    setOutput("results", JSON.stringify(json.results));
    for (const severity of ["deny", "warn"] as const) {
      const located = verdict.results
        .filter((r) => r.severity === severity && r.at)
        .slice(0, ANNOTATION_LIMIT);
      for (const r of located) {
        annotate(severity === "deny" ? "error" : "warning", `${r.rule}: ${r.message}`, {
          file: problemPath(r.at!),
          line: r.at!.line,
          column: r.at!.column,
        });
      }
    }
    const markdown = verdictMarkdown(verdict);
    appendSummary(fitSummary(markdown));
    if (inputs.comment)
      await commentOnPullRequest(inputs.token, "policy", markdown, inputs.pullNumber);
    if (publish) {
      const status = verdictStatus(verdict);
      await publish(status.state, status.description);
    }
    if (verdict.decision === "deny") {
      const denies = verdict.results.filter((r) => r.severity === "deny").length;
      setFailed(`policy: deny (${denies} finding(s)); see the job summary`);
    }
  } catch (err) {
    // A verdict that could not be reached replaces the last one on the head: a stale allow
    // must not outlive a re-judge that failed.
    await publish?.("error", `policy could not judge: ${errorMessage(err)}`).catch((e) =>
      runnerLog.warning(`could not set the policy status: ${errorMessage(e)}`),
    );
    failStep(err, "Policy: configuration problems");
  }
}

await run();
