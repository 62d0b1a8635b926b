import path from "node:path";
import type { StackResult } from "../../lib/plan/run.ts";
import { engineInputs, workspaceDir } from "../engine-inputs.ts";
import { commentOnPullRequest, githubClient } from "../github.ts";
import {
  appendSummary,
  failStep,
  getBooleanInput,
  getChoiceInput,
  getContext,
  getInput,
  InputError,
  runnerLog,
  setFailed,
  setOutput,
  setSecret,
} from "../runner.ts";

const MODES = ["all", "matrix", "stack", "aggregate", "pull", "review"] as const;
/** The trusted modes: they read a PR only as data, its claims only from `artifacts-dir`. */
const TRUSTED: readonly string[] = ["pull", "review"];

interface Inputs {
  mode: (typeof MODES)[number];
  configDir: string;
  infraDir: string;
  templatesDir: string;
  base: string;
  head: string;
  stack: string;
  resultsDir: string;
  outputDir: string;
  artifactsDir: string;
  repositoryDir: string;
  policy: string;
  planWorkflow: string;
  comment: boolean;
  attest: boolean;
  token: string;
}

function getInputs(): Inputs {
  const context = getContext();
  const mode = getChoiceInput("mode", MODES, "all");
  const trusted = TRUSTED.includes(mode);
  // The trusted modes take the base from GitHub (the verified pull request), never an input.
  const base = trusted ? "" : getInput("base") || context.pull?.baseSha || "";
  if (!base && mode !== "stack" && !trusted)
    throw new InputError('input "base" is required outside a pull request');
  const stack = getInput("stack");
  if (mode === "stack" && !stack) throw new InputError('mode "stack" needs the input "stack"');
  const artifactsDir = getInput("artifacts-dir");
  if (trusted && !artifactsDir)
    throw new InputError(`mode "${mode}" needs the input "artifacts-dir"`);
  const planWorkflow = getInput("plan-workflow");
  if (planWorkflow && !/^[A-Za-z0-9_.-]{1,100}\.ya?ml$/.test(planWorkflow))
    throw new InputError(
      `input "plan-workflow" must be a workflow file name such as pr.yml, not ${JSON.stringify(planWorkflow)}`,
    );
  if (trusted && !/^[0-9a-f]{40}$/.test(getInput("head")))
    throw new InputError(
      `mode "${mode}" needs the input "head": the full sha the run was for (github.event.workflow_run.head_sha)`,
    );
  return {
    mode,
    configDir: getInput("config-dir") || "platform-config",
    infraDir: getInput("infra-dir") || "infra",
    templatesDir: getInput("templates-dir") || "templates",
    base,
    head: getInput("head") || context.pull?.headSha || process.env.GITHUB_SHA || "HEAD",
    stack,
    resultsDir:
      getInput("results-dir") || path.join(process.env.RUNNER_TEMP ?? ".", "cloudneutral-plans"),
    outputDir: getInput("output-dir"),
    artifactsDir,
    repositoryDir: getInput("repository-dir") || ".",
    policy: getInput("policy"),
    planWorkflow,
    comment: getBooleanInput("comment", true),
    attest: getBooleanInput("attest", false),
    token: getInput("token"),
  };
}

/** The review record (verdict, plan hashes, head, base) attested with the job's OIDC token. */
async function attest(
  inputs: Inputs,
  review: { repoDir: string; pull: number | undefined; base: string; head: string },
  meta: Record<string, unknown>,
) {
  const context = getContext();
  if (review.pull === undefined)
    throw new InputError('input "attest" needs a pull request (the record names it)');
  if (!inputs.policy)
    throw new InputError('input "attest" needs the input "policy": the verdict is attested');
  const { attestPull } = await import("../../lib/review/attest.ts");
  return attestPull(
    {
      repoDir: review.repoDir,
      repository: `${context.owner}/${context.repo}`,
      pull: review.pull,
      base: review.base,
      head: review.head,
      verdict: inputs.policy,
      hashes: (meta.hashes ?? {}) as Record<string, string>,
    },
    {
      requestUrl: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
      requestToken: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
      mask: setSecret,
    },
  );
}

function report(results: StackResult[]): void {
  // A removed unit is for a person to finish (destroy, then delete): said, not failed.
  for (const r of results.filter((x) => x.status === "removed"))
    runnerLog.warning(`${r.id}: ${r.error ?? "removed"}`);
  const failed = results.filter((r) => r.status === "failed");
  setOutput("changed", String(results.some((r) => r.status === "changes")));
  setOutput("failed", JSON.stringify(failed.map((r) => r.id)));
  if (failed.length > 0)
    setFailed(
      `plan: ${failed.length} unit(s) could not be planned: ${failed.map((r) => `${r.id} (${r.error?.split("\n")[0] ?? r.status})`).join("; ")}`,
    );
}

type PullOptions = import("../../lib/plan/pull.ts").PullOptions;
type PullScope = import("../../lib/plan/pull.ts").PullScope;

/** The sticky comment (on `pullNumber`, default the event's) and the job summary. */
async function comment(
  inputs: Inputs,
  options: PullOptions,
  scope: PullScope,
  results: StackResult[],
  pullNumber?: number,
): Promise<void> {
  const pull = await import("../../lib/plan/pull.ts");
  const { planComment, PLAN_COMMENT_KEY } = await import("../../lib/plan/comment.ts");
  const { commentTemplates } = await import("../../lib/plan/comment-templates.ts");
  const { fitSummary } = await import("../../lib/report/job-report.ts");
  const { content, full } = planComment({
    results,
    routes: scope.routes,
    policy: inputs.policy || undefined,
    commit: scope.head,
    diffs: await pull.fileDiffs(options, scope),
    templates: await commentTemplates(options.repoDir, options.base, inputs.templatesDir),
    fullTextAt: "the job summary",
  });
  if (inputs.attest) {
    const meta = content.meta ?? {};
    const review = {
      repoDir: options.repoDir,
      pull: pullNumber ?? getContext().pullNumber,
      base: options.base,
      head: scope.head,
    };
    content.meta = { ...meta, attestation: await attest(inputs, review, meta) };
  }
  appendSummary(fitSummary(full));
  if (inputs.comment)
    await commentOnPullRequest(inputs.token, PLAN_COMMENT_KEY, content, pullNumber);
  setOutput("hashes", JSON.stringify(content.meta?.hashes ?? {}));
}

/**
 * The trusted modes (a workflow_run job, this action from the default branch): the PR's head
 * is a checkout read as data, the plans are the untrusted run's artifacts, read strictly; a
 * bad artifact fails the step before anything is written.
 */
async function trusted(inputs: Inputs, workspace: string): Promise<void> {
  const { readReviewArtifacts } = await import("../../lib/plan/artifacts.ts");
  const { verifyPull, resultsFromArtifacts } = await import("../../lib/plan/trusted.ts");
  const artifacts = await readReviewArtifacts(path.resolve(workspaceDir(), inputs.artifactsDir));
  if (!inputs.token)
    throw new InputError('input "token" is empty: the pull request is checked with GitHub');
  const context = getContext();
  const gh = await githubClient(inputs.token);
  const repo = { owner: context.owner, repo: context.repo };
  const verified = await verifyPull(gh, repo, artifacts.pull, inputs.head);
  setOutput("pull-number", String(verified.number));
  setOutput("base", verified.base);
  if (inputs.mode === "pull") {
    // A re-judge (a review, a label) plans nothing: the head's plans are those of the newest
    // run of the untrusted workflow at that head, as GitHub lists its runs.
    const { findPlanRun, PLAN_WORKFLOW } = await import("../../lib/plan/plan-run.ts");
    const workflow = inputs.planWorkflow || PLAN_WORKFLOW;
    const found = await findPlanRun(gh, repo, { head: verified.head, workflow });
    setOutput("judge", String(found.checked));
    setOutput("plan-run-id", found.run ? String(found.run.id) : "");
    runnerLog.info(
      found.run
        ? `the plans of ${verified.head.slice(0, 12)}: run ${found.run.id} of ${workflow} (${found.run.url})`
        : found.checked
          ? `no run of ${workflow} at ${verified.head.slice(0, 12)} left plans: the verdict says they are missing`
          : `${workflow} has not checked ${verified.head.slice(0, 12)} (outside its paths, or still running): nothing to judge yet`,
    );
    return;
  }
  const pull = await import("../../lib/plan/pull.ts");
  await pull.checkedOutAt(workspace, verified.head);
  const options = {
    repoDir: workspace,
    base: verified.base,
    head: verified.head,
    infraDir: inputs.infraDir,
    configDir: inputs.configDir,
    templatesDir: inputs.templatesDir,
  };
  const scope = await pull.pullScope(options);
  const { results, ignored } = resultsFromArtifacts(artifacts, scope, verified.fork);
  for (const id of ignored)
    runnerLog.warning(
      `${id}: the artifacts hold a plan for a unit this PR does not affect; ignored`,
    );
  await comment(inputs, options, scope, results, verified.number);
  if (artifacts.planned || !verified.fork) report(results);
  else {
    // A fork's PR: no plan ran, by design; the comment says so, and apply has no hash to use.
    setOutput("changed", "false");
    setOutput("failed", JSON.stringify(results.map((r) => r.id)));
    if (results.length > 0)
      runnerLog.warning(`${results.length} unit(s) not planned: a fork's pull request`);
  }
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const workspace = path.resolve(workspaceDir(), inputs.repositoryDir);
    if (TRUSTED.includes(inputs.mode)) return await trusted(inputs, workspace);
    const infraDir = path.resolve(workspace, inputs.infraDir);
    // Only the modes that plan need the engines (and ask GitHub for OIDC tokens).
    const engines = async () => ({ ...(await engineInputs(workspace, "plan")), infraDir });
    const pull = await import("../../lib/plan/pull.ts");
    if (inputs.mode === "stack") {
      const { planUnit } = await import("../../lib/plan/run.ts");
      const commit = await pull.checkedOutAt(workspace, inputs.head);
      const { result } = await planUnit(pull.unitById(infraDir, inputs.stack), await engines());
      const file = await pull.writeResult(inputs.resultsDir, { ...result, commit });
      setOutput("result", file);
      report([result]);
      return;
    }
    const options = {
      repoDir: workspace,
      base: inputs.base,
      head: inputs.head,
      infraDir: inputs.infraDir,
      configDir: inputs.configDir,
      templatesDir: inputs.templatesDir,
    };
    const scope = await pull.pullScope(options);
    if (inputs.mode === "matrix") {
      const { matrixEntries, matrixOutputs } = await import("../../lib/stacks/fan-out.ts");
      // Plans have no layer order: one layer may have any number of units, in chunks.
      const entries = matrixEntries(scope.affected, scope.routes);
      for (const [k, v] of Object.entries(matrixOutputs(entries, { perLayerLimit: false })))
        setOutput(k, v);
      return;
    }
    if (inputs.mode === "all") await pull.checkedOutAt(workspace, scope.head);
    const results =
      inputs.mode === "aggregate"
        ? await pull.readResults(inputs.resultsDir, scope)
        : (await pull.planScope(scope, await engines())).map((r) => ({ ...r, commit: scope.head }));
    // The untrusted half of a split workflow hands its plans over as an artifact.
    if (inputs.outputDir)
      for (const r of results)
        await pull.writeResult(path.resolve(workspaceDir(), inputs.outputDir), r);
    await comment(inputs, options, scope, results);
    report(results);
  } catch (err) {
    failStep(err, "Plan: configuration problems");
  }
}

await run();
