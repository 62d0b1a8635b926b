import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  engineInputs,
  workspaceDir
} from "./chunks/chunk-QI622EJK.js";
import {
  appendSummary,
  getChoiceInput,
  getContext,
  getInput,
  githubClient,
  runnerLog,
  setFailed,
  setOutput
} from "./chunks/chunk-6G6ETVLQ.js";
import "./chunks/chunk-ZUSPSRZ2.js";
import "./chunks/chunk-BOG7BZ5N.js";

// actions/apply/main.ts
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
var MODES = ["all", "matrix", "stack", "report", "drift"];
function getInputs() {
  let mode = getChoiceInput("mode", MODES, "all"), stack = getInput("stack");
  if (mode === "stack" && !stack) throw new Error('mode "stack" needs the input "stack"');
  let temp = process.env.RUNNER_TEMP ?? ".", token = getInput("token");
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
    requireReview: getChoiceInput("require-review", ["true", "false"], "true") === "true",
    token
  };
}
async function readApplyResults(dir) {
  let out = [], entries = await readdir(dir, { recursive: !0, withFileTypes: !0 }).catch(() => []);
  for (let e of entries)
    e.isFile() && e.name.endsWith(".json") && out.push(JSON.parse(await readFile(path.join(e.parentPath, e.name), "utf8")));
  let { sortUnits } = await import("./chunks/inventory-FCIBKVFI.js");
  return sortUnits(out);
}
async function run() {
  try {
    let inputs = getInputs(), context = getContext(), workspace = workspaceDir(), ctx = {
      ...await engineInputs(workspace),
      infraDir: path.resolve(workspace, inputs.infraDir)
    }, gh = await githubClient(inputs.token), repo = { owner: context.owner, repo: context.repo }, { statusStore } = await import("./chunks/status-store-ZX55GDDM.js"), { applyRecords } = await import("./chunks/records-VC5T4TMK.js"), records = applyRecords(
      statusStore(gh, { repo, branch: inputs.statusBranch, log: runnerLog }),
      context.runId
    ), { resolveCommit } = await import("./chunks/git-SBQK6RS5.js"), commit = await resolveCommit(workspace, process.env.GITHUB_SHA || "HEAD", "head"), now = () => /* @__PURE__ */ new Date(), audit = await import("./chunks/audit-ZWJ2FAPW.js"), { fitSummary } = await import("./chunks/job-report-2FN33YTU.js");
    if (inputs.mode === "drift") {
      let { detectDrift } = await import("./chunks/drift-A6WI7R7O.js"), { listUnits } = await import("./chunks/inventory-FCIBKVFI.js"), { snapshotAt } = await import("./chunks/changes-5AXH7XRU.js"), { routeUnits } = await import("./chunks/routing-3XOT26KT.js"), units = listUnits(ctx.infraDir), trusted = await snapshotAt(workspace, commit, inputs.configDir), results2 = await detectDrift({
        units,
        routes: routeUnits(trusted.config, units),
        ctx,
        records,
        commit,
        run: context.runId,
        now,
        github: { gh, repo, runUrl: context.runUrl }
      }), { driftMarkdown } = await import("./chunks/drift-report-G5YPDLAZ.js");
      appendSummary(fitSummary(driftMarkdown(results2, commit))), setOutput(
        "drifted",
        JSON.stringify(results2.filter((r) => r.status !== "in-sync").map((r) => r.id))
      );
      let failed = results2.filter((r) => r.status === "failed");
      failed.length > 0 && setFailed(`drift: ${failed.map((r) => r.message.split(`
`)[0]).join("; ")}`);
      return;
    }
    if (inputs.mode === "report") {
      let results2 = await readApplyResults(inputs.resultsDir), reviewed2 = await audit.findReviewedPlans(gh, repo, commit), markdown2 = audit.applyMarkdown(results2, commit);
      appendSummary(fitSummary(markdown2)), await audit.publishAudit(gh, repo, {
        commit,
        pull: reviewed2.pull,
        results: results2,
        markdown: markdown2,
        targetUrl: context.runUrl
      });
      let { applyFailed: applyFailed2 } = await import("./chunks/run-VXFQFU2G.js");
      applyFailed2(results2) && setFailed("apply: not every unit was applied; see the job summary");
      return;
    }
    let { applyScope } = await import("./chunks/scope-73EMEJSJ.js"), scope = await applyScope({
      repoDir: workspace,
      infraDir: inputs.infraDir,
      configDir: inputs.configDir,
      head: commit,
      before: context.before,
      records
    });
    for (let w of scope.warnings) runnerLog.warning(w);
    if (inputs.mode === "matrix") {
      let { matrixEntries, matrixOutputs } = await import("./chunks/fan-out-3MLA2Q3A.js");
      for (let [k, v] of Object.entries(
        matrixOutputs(matrixEntries(scope.affected, scope.routes))
      ))
        setOutput(k, v);
      return;
    }
    let reviewed = inputs.requireReview ? await audit.findReviewedPlans(gh, repo, commit) : { reviewed: void 0, missing: void 0, pull: void 0 }, { applyUnit, applyUnits, applyFailed } = await import("./chunks/run-VXFQFU2G.js"), options = {
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
      now
    };
    if (inputs.mode === "stack") {
      let { unitById } = await import("./chunks/pull-SJNFNNHZ.js"), unit = scope.affected.find((a) => a.id === inputs.stack) ?? unitById(ctx.infraDir, inputs.stack), result = await applyUnit(unit, options), { mkdir, writeFile } = await import("node:fs/promises");
      await mkdir(inputs.resultsDir, { recursive: !0 });
      let file = path.join(inputs.resultsDir, `${result.id.replaceAll("/", "__")}.json`);
      await writeFile(file, `${JSON.stringify(result)}
`), setOutput("result", file), runnerLog.info(result.message), applyFailed([result]) && setFailed(result.message);
      return;
    }
    let results = await applyUnits(options), markdown = audit.applyMarkdown(results, commit);
    appendSummary(fitSummary(markdown)), setOutput("results", JSON.stringify(results.map((r) => ({ unit: r.id, status: r.status }))));
    try {
      await audit.publishAudit(gh, repo, {
        commit,
        pull: reviewed.pull,
        results,
        markdown,
        targetUrl: context.runUrl
      });
    } catch (err) {
      runnerLog.warning(
        `could not publish the audit (status, PR comment): ${err.message}`
      );
    }
    applyFailed(results) && setFailed("apply: not every unit was applied; see the job summary");
  } catch (err) {
    setFailed(err instanceof Error ? err.message : String(err));
  }
}
await run();
export {
  run
};
