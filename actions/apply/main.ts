import { readdir, readFile } from "node:fs/promises";
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
  backupDir: string;
  statusBranch: string;
  requireReview: boolean;
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
  return {
    mode,
    configDir: getInput("config-dir") || "platform-config",
    infraDir: getInput("infra-dir") || "infra",
    stack,
    resultsDir: getInput("results-dir") || path.join(temp, "cloudneutral-applies"),
    backupDir: getInput("backup-dir") || path.join(temp, "cloudneutral-backups"),
    statusBranch: getInput("status-branch") || "cloudneutral/status",
    requireReview: getChoiceInput("require-review", ["true", "false"] as const, "true") === "true",
    token,
  };
}

async function readApplyResults(dir: string): Promise<ApplyResult[]> {
  const out: ApplyResult[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const e of entries)
    if (e.isFile() && e.name.endsWith(".json"))
      out.push(JSON.parse(await readFile(path.join(e.parentPath, e.name), "utf8")) as ApplyResult);
  const { sortUnits } = await import("../../lib/stacks/inventory.ts");
  return sortUnits(out);
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const context = getContext();
    const workspace = workspaceDir();
    const ctx = {
      ...(await engineInputs(workspace)),
      infraDir: path.resolve(workspace, inputs.infraDir),
    };
    const gh = await githubClient(inputs.token);
    const repo = { owner: context.owner, repo: context.repo };
    const { statusStore } = await import("../../lib/github/status-store.ts");
    const { applyRecords } = await import("../../lib/apply/records.ts");
    const records = applyRecords(
      statusStore(gh, { repo, branch: inputs.statusBranch, log: runnerLog }),
      context.runId,
    );
    const { resolveCommit } = await import("../../lib/policy/git.ts");
    const commit = await resolveCommit(workspace, process.env.GITHUB_SHA || "HEAD", "head");
    const now = () => new Date();
    const audit = await import("../../lib/apply/audit.ts");
    const { fitSummary } = await import("../../lib/report/job-report.ts");

    if (inputs.mode === "drift") {
      const { detectDrift } = await import("../../lib/apply/drift.ts");
      const { listUnits } = await import("../../lib/stacks/inventory.ts");
      const { snapshotAt } = await import("../../lib/policy/changes.ts");
      const { routeUnits } = await import("../../lib/stacks/routing.ts");
      const units = listUnits(ctx.infraDir);
      const trusted = await snapshotAt(workspace, commit, inputs.configDir);
      const results = await detectDrift({
        units,
        routes: routeUnits(trusted.config, units),
        ctx,
        records,
        commit,
        run: context.runId,
        now,
        github: { gh, repo, runUrl: context.runUrl },
      });
      const { driftMarkdown } = await import("../../lib/apply/drift-report.ts");
      appendSummary(fitSummary(driftMarkdown(results, commit)));
      setOutput(
        "drifted",
        JSON.stringify(results.filter((r) => r.status !== "in-sync").map((r) => r.id)),
      );
      const failed = results.filter((r) => r.status === "failed");
      if (failed.length > 0)
        setFailed(`drift: ${failed.map((r) => r.message.split("\n")[0]).join("; ")}`);
      return;
    }

    if (inputs.mode === "report") {
      const results = await readApplyResults(inputs.resultsDir);
      const reviewed = await audit.findReviewedPlans(gh, repo, commit);
      const markdown = audit.applyMarkdown(results, commit);
      appendSummary(fitSummary(markdown));
      await audit.publishAudit(gh, repo, {
        commit,
        pull: reviewed.pull,
        results,
        markdown,
        targetUrl: context.runUrl,
      });
      const { applyFailed } = await import("../../lib/apply/run.ts");
      if (applyFailed(results)) setFailed("apply: not every unit was applied; see the job summary");
      return;
    }

    const { applyScope } = await import("../../lib/apply/scope.ts");
    const scope = await applyScope({
      repoDir: workspace,
      infraDir: inputs.infraDir,
      configDir: inputs.configDir,
      head: commit,
      before: context.before,
      records,
    });
    for (const w of scope.warnings) runnerLog.warning(w);
    if (inputs.mode === "matrix") {
      const { matrixEntries, matrixOutputs } = await import("../../lib/stacks/fan-out.ts");
      for (const [k, v] of Object.entries(
        matrixOutputs(matrixEntries(scope.affected, scope.routes)),
      ))
        setOutput(k, v);
      return;
    }
    const reviewed = inputs.requireReview
      ? await audit.findReviewedPlans(gh, repo, commit)
      : { reviewed: undefined, missing: undefined, pull: undefined };
    const { applyUnit, applyUnits, applyFailed } = await import("../../lib/apply/run.ts");
    const options = {
      commit,
      affected: scope.affected,
      routes: scope.routes,
      reviewed: reviewed.reviewed,
      reviewedMissing: reviewed.missing,
      requireReview: inputs.requireReview,
      records,
      ctx,
      backupDir: inputs.backupDir,
      run: context.runId,
      now,
    };
    if (inputs.mode === "stack") {
      // A re-run of a job whose unit was applied meanwhile finds it no longer affected: it
      // still goes through applyUnit, which reports it as already applied.
      const { unitById } = await import("../../lib/plan/pull.ts");
      const unit =
        scope.affected.find((a) => a.id === inputs.stack) ?? unitById(ctx.infraDir, inputs.stack);
      const result = await applyUnit(unit, options);
      const { mkdir, writeFile } = await import("node:fs/promises");
      await mkdir(inputs.resultsDir, { recursive: true });
      const file = path.join(inputs.resultsDir, `${result.id.replaceAll("/", "__")}.json`);
      await writeFile(file, `${JSON.stringify(result)}\n`);
      setOutput("result", file);
      runnerLog.info(result.message);
      if (applyFailed([result])) setFailed(result.message);
      return;
    }
    const results = await applyUnits(options);
    const markdown = audit.applyMarkdown(results, commit);
    appendSummary(fitSummary(markdown));
    setOutput("results", JSON.stringify(results.map((r) => ({ unit: r.id, status: r.status }))));
    try {
      await audit.publishAudit(gh, repo, {
        commit,
        pull: reviewed.pull,
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
  } catch (err) {
    setFailed(err instanceof Error ? err.message : String(err));
  }
}

await run();
