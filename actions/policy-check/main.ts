import path from "node:path";
import { problemPath } from "../../lib/errors.ts";
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
  setFailed,
  setOutput,
} from "../runner.ts";

interface Inputs {
  configDir: string;
  base: string;
  head: string;
  planFiles: { stack: string; file: string }[];
  comment: boolean;
  token: string;
  /** The pull request judged: the event's, or the input (a workflow_run reviewing one). */
  pullNumber: number | undefined;
  repoDir: string;
  /** Whose node-count PRs an AutoscalePolicy pre-authorises ("" for no one). */
  autoscaleAuthor: string;
}

function getInputs(): Inputs {
  const context = getContext();
  const base = getInput("base") || context.pull?.baseSha || "";
  if (!base) throw new InputError('input "base" is required outside a pull request');
  const planFiles = parsePlanSpecs(getInput("plan-files").split("\n"));
  const number = getInput("pull-number");
  if (number !== "" && !/^[1-9][0-9]{0,9}$/.test(number))
    throw new InputError(
      `input "pull-number" must be a pull request number, not ${JSON.stringify(number)}`,
    );
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  return {
    configDir: getInput("config-dir", { required: true }),
    base,
    head: getInput("head") || process.env.GITHUB_SHA || "HEAD",
    planFiles,
    comment: getBooleanInput("comment", true),
    token: getInput("token"),
    pullNumber: number !== "" ? Number(number) : context.pullNumber,
    repoDir: path.resolve(workspace, getInput("repository-dir") || "."),
    autoscaleAuthor: getInput("autoscale-author"),
  };
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const context = getContext();
    if (inputs.pullNumber !== undefined && !inputs.token) {
      throw new InputError(
        'input "token" is empty: judging a pull request needs its reviews and labels',
      );
    }
    const gh = inputs.token ? await githubClient(inputs.token) : undefined;
    const { pullRequestInfo, isTeamMember } = await import("../../lib/github/pull-info.ts");
    const repo = { owner: context.owner, repo: context.repo };
    const pr =
      gh && inputs.pullNumber !== undefined
        ? await pullRequestInfo(gh, repo, inputs.pullNumber)
        : null;
    const { judgeRepository } = await import("../../lib/policy/check.ts");
    const { verdictJson, verdictMarkdown } = await import("../../lib/policy/report.ts");
    const { fitSummary } = await import("../../lib/report/job-report.ts");
    const { ANNOTATION_LIMIT } = await import("../../lib/report/workflow-commands.ts");
    const verdict = await judgeRepository({
      repoDir: inputs.repoDir,
      base: inputs.base,
      head: inputs.head,
      configDir: inputs.configDir,
      planFiles: inputs.planFiles,
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
    if (verdict.decision === "deny") {
      const denies = verdict.results.filter((r) => r.severity === "deny").length;
      setFailed(`policy: deny (${denies} finding(s)); see the job summary`);
    }
  } catch (err) {
    failStep(err, "Policy: configuration problems");
  }
}

await run();
