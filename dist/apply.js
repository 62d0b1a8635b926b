import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  engineInputs,
  workspaceDir
} from "./chunks/chunk-AKO2EIUP.js";
import {
  appendSummary,
  getChoiceInput,
  getContext,
  getInput,
  githubClient,
  runnerLog,
  setFailed,
  setOutput
} from "./chunks/chunk-JWPGVSTJ.js";
import "./chunks/chunk-ZUSPSRZ2.js";
import "./chunks/chunk-BOG7BZ5N.js";

// actions/apply/main.ts
import path from "node:path";
var MODES = ["all", "matrix", "stack", "report", "drift"];
function getInputs() {
  let mode = getChoiceInput("mode", MODES, "all"), stack = getInput("stack");
  if (mode === "stack" && !stack) throw new Error('mode "stack" needs the input "stack"');
  let temp = process.env.RUNNER_TEMP ?? ".", token = getInput("token");
  if (!token)
    throw new Error('input "token" is empty: apply records its work on the status branch');
  let expected = getInput("expected-units"), expectedUnits = [];
  if (expected !== "") {
    let parsed = JSON.parse(expected);
    if (!Array.isArray(parsed) || !parsed.every((u) => typeof u == "string"))
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
    requireReview: getChoiceInput("require-review", ["true", "false"], "true") === "true",
    planAuthor: getInput("plan-author") || "github-actions[bot]",
    token
  };
}
async function run() {
  try {
    let inputs = getInputs(), context = getContext(), workspace = workspaceDir(), infraDir = path.resolve(workspace, inputs.infraDir), engines = async () => ({ ...await engineInputs(workspace), infraDir }), gh = await githubClient(inputs.token), repo = { owner: context.owner, repo: context.repo }, { statusStore } = await import("./chunks/status-store-W6KFJRIN.js"), { applyRecords } = await import("./chunks/records-ASCXWTVQ.js"), records = applyRecords(
      statusStore(gh, { repo, branch: inputs.statusBranch, log: runnerLog }),
      context.runId
    ), { resolveCommit } = await import("./chunks/git-64TBBYWJ.js"), commit = await resolveCommit(workspace, process.env.GITHUB_SHA || "HEAD", "head"), now = () => /* @__PURE__ */ new Date(), audit = await import("./chunks/audit-3PHUGCML.js"), { applyFailed } = await import("./chunks/run-HUNQJYEQ.js"), { fitSummary } = await import("./chunks/job-report-2FN33YTU.js"), { applyScope } = await import("./chunks/scope-Y2SK7NE7.js"), scopeOf = (only) => applyScope({
      repoDir: workspace,
      infraDir: inputs.infraDir,
      configDir: inputs.configDir,
      head: commit,
      before: context.before,
      records,
      ...only ? { only } : {}
    });
    if (inputs.mode === "drift") {
      let { detectDrift } = await import("./chunks/drift-QWDWI3TJ.js"), { driftMarkdown } = await import("./chunks/drift-report-G5YPDLAZ.js"), { listUnits } = await import("./chunks/inventory-RR2QJDUG.js"), scope2 = await scopeOf(), results2 = await detectDrift({
        units: listUnits(infraDir),
        routes: scope2.routes,
        pending: new Set(scope2.affected.map((a) => a.id)),
        ctx: await engines(),
        records,
        commit,
        run: context.runId,
        now,
        github: { gh, repo, runUrl: context.runUrl }
      });
      appendSummary(fitSummary(driftMarkdown(results2, commit)));
      let drifted = results2.filter((r) => r.status !== "in-sync").map((r) => r.id);
      setOutput("drifted", JSON.stringify(drifted));
      let failed = results2.filter((r) => r.status === "failed");
      failed.length > 0 && setFailed(`drift: ${failed.map((r) => r.message.split(`
`)[0]).join("; ")}`);
      return;
    }
    let { findReviews } = await import("./chunks/reviews-IUZNB4BA.js"), reviewsFor = (affected) => findReviews(gh, repo, {
      repoDir: workspace,
      head: commit,
      sinceOf: new Map(affected.map((a) => [a.id, a.since])),
      author: inputs.planAuthor
    }), headPull = async () => {
      try {
        return (await reviewsFor([])).headPull;
      } catch (err) {
        runnerLog.warning(
          `could not find the PR merged as ${commit.slice(0, 12)}: ${err.message}`
        );
        return;
      }
    }, publish = async (results2, pull) => {
      let markdown = audit.applyMarkdown(results2, commit);
      appendSummary(fitSummary(markdown));
      try {
        await audit.publishAudit(gh, repo, {
          commit,
          pull,
          results: results2,
          markdown,
          targetUrl: context.runUrl
        });
      } catch (err) {
        runnerLog.warning(
          `could not publish the audit (status, PR comment): ${err.message}`
        );
      }
      applyFailed(results2) && setFailed("apply: not every unit was applied; see the job summary");
    };
    if (inputs.mode === "report") {
      let { readUnitResults, hasIdAndStatus } = await import("./chunks/results-BB6WKSEN.js"), { parseUnitId } = await import("./chunks/inventory-RR2QJDUG.js"), found = await readUnitResults(
        inputs.resultsDir,
        (v) => hasIdAndStatus(v)
      ), expected = inputs.expectedUnits.flatMap((id) => {
        let where = parseUnitId(id);
        return where ? [{ id, ...where }] : [];
      });
      await publish(audit.expectedResults(expected, found), await headPull());
      return;
    }
    let scope = await scopeOf(inputs.mode === "stack" ? [inputs.stack] : void 0);
    for (let w of scope.warnings) runnerLog.warning(w);
    if (inputs.mode === "matrix") {
      let { matrixEntries, matrixOutputs } = await import("./chunks/fan-out-35TG2CA4.js"), entries = matrixEntries(scope.affected, scope.routes);
      for (let [k, v] of Object.entries(matrixOutputs(entries))) setOutput(k, v);
      return;
    }
    let { applyUnit, applyUnits } = await import("./chunks/run-HUNQJYEQ.js"), options = async (affected) => ({
      commit,
      affected,
      routes: scope.routes,
      reviews: inputs.requireReview ? await reviewsFor(affected) : void 0,
      records,
      ctx: await engines(),
      backup: {
        dir: inputs.backupDir,
        ...inputs.backupPublicKey ? { publicKey: inputs.backupPublicKey } : {}
      },
      run: context.runId,
      now
    });
    if (inputs.mode === "stack") {
      let { unitById } = await import("./chunks/pull-E4TAENWS.js"), unit = scope.affected.find((a) => a.id === inputs.stack) ?? {
        ...unitById(infraDir, inputs.stack),
        since: commit
      }, result = await applyUnit(unit, await options([unit])), { writeUnitResult } = await import("./chunks/results-BB6WKSEN.js");
      setOutput("result", await writeUnitResult(inputs.resultsDir, result.id, result)), runnerLog.info(result.message), applyFailed([result]) && setFailed(result.message);
      return;
    }
    let opts = await options(scope.affected), results = await applyUnits(opts);
    setOutput("results", JSON.stringify(results.map((r) => ({ unit: r.id, status: r.status })))), await publish(results, opts.reviews ? opts.reviews.headPull : await headPull());
  } catch (err) {
    setFailed(err instanceof Error ? err.message : String(err));
  }
}
await run();
export {
  run
};
