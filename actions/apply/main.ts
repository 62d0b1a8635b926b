import path from "node:path";
import type { ApplyResult } from "../../lib/apply/run.ts";
import { engineInputs, workspaceDir } from "../engine-inputs.ts";
import { githubClient } from "../github.ts";
import {
  appendSummary,
  getChoiceInput,
  getContext,
  getInput,
  runnerLog,
  setFailed,
  setOutput,
} from "../runner.ts";

const MODES = ["all", "matrix", "stack", "report", "drift"] as const;

interface Inputs {
  mode: (typeof MODES)[number];
  configDir: string;
  infraDir: string;
  stack: string;
  resultsDir: string;
  expectedUnits: string[];
  backupDir: string;
  backupPublicKey: string;
  statusBranch: string;
  requireReview: boolean;
  planAuthor: string;
  token: string;
}

function getInputs(): Inputs {
  const mode = getChoiceInput("mode", MODES, "all");
  const stack = getInput("stack");
  if (mode === "stack" && !stack) throw new Error('mode "stack" needs the input "stack"');
  const temp = process.env.RUNNER_TEMP ?? ".";
  const token = getInput("token");
  if (!token)
    throw new Error('input "token" is empty: apply records its work on the status branch');
  const expected = getInput("expected-units");
  let expectedUnits: string[] = [];
  if (expected !== "") {
    const parsed: unknown = JSON.parse(expected);
    if (!Array.isArray(parsed) || !parsed.every((u) => typeof u === "string"))
      throw new Error('input "expected-units" must be a JSON array of unit ids');
    expectedUnits = parsed;
  }
  return {
    mode,
    configDir: getInput("config-dir") || "platform-config",
    infraDir: getInput("infra-dir") || "infra",
    stack,
    resultsDir: getInput("results-dir") || path.join(temp, "cloudneutral-applies"),
    expectedUnits,
    backupDir: getInput("backup-dir") || path.join(temp, "cloudneutral-backups"),
    backupPublicKey: getInput("backup-public-key"),
    statusBranch: getInput("status-branch") || "cloudneutral/status",
    requireReview: getChoiceInput("require-review", ["true", "false"] as const, "true") === "true",
    planAuthor: getInput("plan-author") || "github-actions[bot]",
    token,
  };
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const context = getContext();
    const workspace = workspaceDir();
    const infraDir = path.resolve(workspace, inputs.infraDir);
    // Only the modes that plan need the engines (and ask GitHub for OIDC tokens).
    const engines = async () => ({ ...(await engineInputs(workspace)), infraDir });
    const gh = await githubClient(inputs.token);
    const repo = { owner: context.owner, repo: context.repo };
    const { statusStore } = await import("../../lib/github/status-store.ts");
    const { applyRecords } = await import("../../lib/apply/records.ts");
    const records = applyRecords(
      statusStore(gh, { repo, branch: inputs.statusBranch, log: runnerLog }),
      context.runId,
    );
    const { resolveCommit } = await import("../../lib/git/index.ts");
    const commit = await resolveCommit(workspace, process.env.GITHUB_SHA || "HEAD", "head");
    const now = () => new Date();
    const audit = await import("../../lib/apply/audit.ts");
    const { applyFailed } = await import("../../lib/apply/run.ts");
    const { fitSummary } = await import("../../lib/report/job-report.ts");
    const { applyScope } = await import("../../lib/apply/scope.ts");
    const scopeOf = (only?: string[]) =>
      applyScope({
        repoDir: workspace,
        infraDir: inputs.infraDir,
        configDir: inputs.configDir,
        head: commit,
        before: context.before,
        records,
        ...(only ? { only } : {}),
      });

    if (inputs.mode === "drift") {
      const { detectDrift } = await import("../../lib/apply/drift.ts");
      const { driftMarkdown } = await import("../../lib/apply/drift-report.ts");
      const { listUnits } = await import("../../lib/stacks/inventory.ts");
      const scope = await scopeOf();
      const results = await detectDrift({
        units: listUnits(infraDir),
        routes: scope.routes,
        pending: new Set(scope.affected.map((a) => a.id)),
        ctx: await engines(),
        records,
        commit,
        run: context.runId,
        now,
        github: { gh, repo, runUrl: context.runUrl },
      });
      appendSummary(fitSummary(driftMarkdown(results, commit)));
      const drifted = results.filter((r) => r.status !== "in-sync").map((r) => r.id);
      setOutput("drifted", JSON.stringify(drifted));
      const failed = results.filter((r) => r.status === "failed");
      if (failed.length > 0)
        setFailed(`drift: ${failed.map((r) => r.message.split("\n")[0]).join("; ")}`);
      return;
    }

    const { findReviews } = await import("../../lib/apply/reviews.ts");
    const reviewsFor = (affected: { id: string; since: string }[]) =>
      findReviews(gh, repo, {
        repoDir: workspace,
        head: commit,
        sinceOf: new Map(affected.map((a) => [a.id, a.since])),
        author: inputs.planAuthor,
      });
    // The PR merged as this commit, for the audit comment; none is not an error (a push).
    const headPull = async () => {
      try {
        return (await reviewsFor([])).headPull;
      } catch (err) {
        runnerLog.warning(
          `could not find the PR merged as ${commit.slice(0, 12)}: ${(err as Error).message}`,
        );
        return undefined;
      }
    };
    const publish = async (results: ApplyResult[], pull: number | undefined) => {
      const markdown = audit.applyMarkdown(results, commit);
      appendSummary(fitSummary(markdown));
      try {
        await audit.publishAudit(gh, repo, {
          commit,
          pull,
          results,
          markdown,
          targetUrl: context.runUrl,
        });
      } catch (err) {
        runnerLog.warning(
          `could not publish the audit (status, PR comment): ${(err as Error).message}`,
        );
      }
      if (applyFailed(results)) setFailed("apply: not every unit was applied; see the job summary");
    };

    if (inputs.mode === "report") {
      const { readUnitResults, hasIdAndStatus } = await import("../../lib/report/results.ts");
      const { parseUnitId } = await import("../../lib/stacks/inventory.ts");
      const found = await readUnitResults(inputs.resultsDir, (v): v is ApplyResult =>
        hasIdAndStatus(v),
      );
      const expected = inputs.expectedUnits.flatMap((id) => {
        const where = parseUnitId(id);
        return where ? [{ id, ...where }] : [];
      });
      await publish(audit.expectedResults(expected, found), await headPull());
      return;
    }

    const scope = await scopeOf(inputs.mode === "stack" ? [inputs.stack] : undefined);
    for (const w of scope.warnings) runnerLog.warning(w);
    if (inputs.mode === "matrix") {
      const { matrixEntries, matrixOutputs } = await import("../../lib/stacks/fan-out.ts");
      const entries = matrixEntries(scope.affected, scope.routes);
      for (const [k, v] of Object.entries(matrixOutputs(entries))) setOutput(k, v);
      return;
    }
    const { applyUnit, applyUnits } = await import("../../lib/apply/run.ts");
    const options = async (affected: typeof scope.affected) => ({
      commit,
      affected,
      routes: scope.routes,
      reviews: inputs.requireReview ? await reviewsFor(affected) : undefined,
      records,
      ctx: await engines(),
      backup: {
        dir: inputs.backupDir,
        ...(inputs.backupPublicKey ? { publicKey: inputs.backupPublicKey } : {}),
      },
      run: context.runId,
      now,
    });
    if (inputs.mode === "stack") {
      // A re-run of a job whose unit was applied meanwhile finds it no longer affected: it
      // still goes through applyUnit, which reports it as already applied.
      const { unitById } = await import("../../lib/plan/pull.ts");
      const unit = scope.affected.find((a) => a.id === inputs.stack) ?? {
        ...unitById(infraDir, inputs.stack),
        since: commit,
      };
      const result = await applyUnit(unit, await options([unit]));
      const { writeUnitResult } = await import("../../lib/report/results.ts");
      setOutput("result", await writeUnitResult(inputs.resultsDir, result.id, result));
      runnerLog.info(result.message);
      if (applyFailed([result])) setFailed(result.message);
      return;
    }
    const opts = await options(scope.affected);
    const results = await applyUnits(opts);
    setOutput("results", JSON.stringify(results.map((r) => ({ unit: r.id, status: r.status }))));
    await publish(results, opts.reviews ? opts.reviews.headPull : await headPull());
  } catch (err) {
    setFailed(err instanceof Error ? err.message : String(err));
  }
}

await run();
