import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  InputError,
  appendSummary,
  failStep,
  getBooleanInput,
  getContext,
  getInput,
  githubClient,
  maskUrlCredentials,
  runnerLog,
  setFailed,
  setOutput,
  setSecret
} from "./chunks/chunk-WDRKOJYZ.js";
import {
  fitSummary
} from "./chunks/chunk-GPRVIFN3.js";
import "./chunks/chunk-53UA33VZ.js";
import {
  clockFromEnv
} from "./chunks/chunk-7EAAW733.js";
import "./chunks/chunk-Q3YCBL2Q.js";
import "./chunks/chunk-BOG7BZ5N.js";

// actions/gtm-reconcile/main.ts
import { readFileSync } from "node:fs";
import path from "node:path";
function number(name, raw) {
  let n = Number(raw === "" ? "0" : raw);
  if (!Number.isFinite(n) || n < 0)
    throw new InputError(`input "${name}" must be a number \u2265 0, not ${JSON.stringify(raw)}`);
  return n;
}
function getInputs() {
  let seconds = number("watch-seconds", getInput("watch-seconds")), minutes = number("for-minutes", getInput("for-minutes"));
  if (seconds > 0 && minutes <= 0)
    throw new InputError('input "watch-seconds" needs "for-minutes" (how long the watch goes on)');
  let dryRun = getBooleanInput("dry-run", !1), token = getInput("token");
  if (!token && !dryRun)
    throw new InputError('input "token" is empty: decisions are recorded on the status branch');
  let prometheusUrl = getInput("prometheus-url");
  return prometheusUrl && maskUrlCredentials(prometheusUrl), {
    configDir: getInput("config-dir") || "platform-config",
    policies: getInput("policies").split(/[\s,]+/).filter(Boolean),
    dryRun,
    force: getBooleanInput("force", !1),
    watch: seconds > 0 ? { intervalSeconds: seconds, forMinutes: minutes } : void 0,
    statusBranch: getInput("status-branch"),
    prometheusUrl,
    token
  };
}
function dispatchEvent(eventName) {
  if (eventName !== "repository_dispatch" || !process.env.GITHUB_EVENT_PATH) return;
  let event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, "utf8"));
  return { eventType: event.action, payload: event.client_payload };
}
async function run() {
  try {
    let inputs = getInputs(), context = getContext(), workspace = process.env.GITHUB_WORKSPACE ?? process.cwd(), dispatch = dispatchEvent(context.eventName), gh = inputs.token ? await githubClient(inputs.token) : void 0, { reconcileGtm } = await import("./chunks/gtm-3ZMR2HS7.js"), outcome = await reconcileGtm({
      configDir: path.resolve(workspace, inputs.configDir),
      repoRoot: workspace,
      policies: inputs.policies,
      dryRun: inputs.dryRun,
      force: inputs.force,
      ...inputs.watch ? { watch: inputs.watch, clock: clockFromEnv() } : {},
      ...inputs.statusBranch ? { statusBranch: inputs.statusBranch } : {},
      ...inputs.prometheusUrl ? { prometheusUrl: inputs.prometheusUrl } : {},
      ...dispatch ? { dispatch } : {},
      ...gh ? {
        github: {
          gh,
          repo: { owner: context.owner, repo: context.repo },
          runUrl: context.runUrl
        }
      } : {},
      env: process.env,
      mask: setSecret,
      log: runnerLog
    });
    appendSummary(fitSummary(outcome.markdown)), setOutput("decision", JSON.stringify(outcome.decision));
    let branch = process.env.GITHUB_REF_NAME;
    if (gh && !inputs.dryRun && branch) {
      let { commitZoneFiles } = await import("./chunks/zone-commit-A6IFGM2W.js"), lines = outcome.result.last.policies.map((p) => p.record.message).filter(Boolean), commit = await commitZoneFiles(
        gh,
        { owner: context.owner, repo: context.repo },
        {
          repoDir: workspace,
          branch,
          message: ["gtm: zone files updated", "", ...lines].join(`
`),
          log: runnerLog
        }
      );
      commit && runnerLog.info(`zone files committed to ${branch}: ${commit}`);
    }
    let { roundProblems } = await import("./chunks/summary-SEVNMIJ2.js"), problems = [...roundProblems(outcome.result.last), ...outcome.result.flushErrors], earlier = outcome.result.troubled.filter((r) => r !== outcome.result.last);
    earlier.length > 0 && runnerLog.warning(
      `gtm-reconcile: ${earlier.length} round(s) of the watch had problems, later rounds went through; the first: ${roundProblems(earlier[0]).join("; ")}`
    );
    for (let p of outcome.result.last.policies.flatMap((x) => x.dns.conflicts))
      runnerLog.warning(
        `${p.name} ${p.type} is owned by ${p.owner ?? "nobody we know"}: left alone (conflict)`
      );
    outcome.result.ok || setFailed(`gtm-reconcile: ${problems.join("; ") || "see the job summary"}`);
  } catch (err) {
    failStep(err, "GTM: configuration problems");
  }
}
await run();
export {
  run
};
