import path from "node:path";
import type { StackResult } from "../../lib/plan/run.ts";
import { engineInputs, workspaceDir } from "../engine-inputs.ts";
import { commentOnPullRequest } from "../github.ts";
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

const MODES = ["all", "matrix", "stack", "aggregate"] as const;

interface Inputs {
  mode: (typeof MODES)[number];
  configDir: string;
  infraDir: string;
  templatesDir: string;
  base: string;
  head: string;
  stack: string;
  resultsDir: string;
  policy: string;
  comment: boolean;
  attest: boolean;
  token: string;
}

function getInputs(): Inputs {
  const context = getContext();
  const mode = getChoiceInput("mode", MODES, "all");
  const base = getInput("base") || context.pull?.baseSha || "";
  if (!base && mode !== "stack")
    throw new InputError('input "base" is required outside a pull request');
  const stack = getInput("stack");
  if (mode === "stack" && !stack) throw new InputError('mode "stack" needs the input "stack"');
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
    policy: getInput("policy"),
    comment: getBooleanInput("comment", true),
    attest: getBooleanInput("attest", false),
    token: getInput("token"),
  };
}

/** The review record (verdict, plan hashes, head, base) attested with the job's OIDC token. */
async function attest(
  inputs: Inputs,
  repoDir: string,
  head: string,
  meta: Record<string, unknown>,
) {
  const context = getContext();
  if (context.pullNumber === undefined)
    throw new InputError('input "attest" needs a pull request (the record names it)');
  if (!inputs.policy)
    throw new InputError('input "attest" needs the input "policy": the verdict is attested');
  const { attestPull } = await import("../../lib/review/attest.ts");
  return attestPull(
    {
      repoDir,
      repository: `${context.owner}/${context.repo}`,
      pull: context.pullNumber,
      base: inputs.base,
      head,
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

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const workspace = workspaceDir();
    const infraDir = path.resolve(workspace, inputs.infraDir);
    // Only the modes that plan need the engines (and ask GitHub for OIDC tokens).
    const engines = async () => ({ ...(await engineInputs(workspace)), infraDir });
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
    const { planComment, PLAN_COMMENT_KEY } = await import("../../lib/plan/comment.ts");
    const { commentTemplates } = await import("../../lib/plan/comment-templates.ts");
    const { fitSummary } = await import("../../lib/report/job-report.ts");
    const { content, full } = planComment({
      results,
      routes: scope.routes,
      policy: inputs.policy || undefined,
      commit: scope.head,
      diffs: await pull.fileDiffs(options, scope),
      templates: await commentTemplates(workspace, inputs.base, inputs.templatesDir),
      fullTextAt: "the job summary",
    });
    if (inputs.attest) {
      const meta = content.meta ?? {};
      content.meta = { ...meta, attestation: await attest(inputs, workspace, scope.head, meta) };
    }
    appendSummary(fitSummary(full));
    if (inputs.comment) await commentOnPullRequest(inputs.token, PLAN_COMMENT_KEY, content);
    setOutput("hashes", JSON.stringify(content.meta?.hashes ?? {}));
    report(results);
  } catch (err) {
    failStep(err, "Plan: configuration problems");
  }
}

await run();
