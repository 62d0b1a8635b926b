import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  botBranch
} from "./chunk-KVIDP5XI.js";
import "./chunk-4XNVKP4A.js";
import "./chunk-NYTFFUUD.js";
import {
  POLICY_STATUS_CONTEXT
} from "./chunk-AFRXJFVW.js";
import "./chunk-GCILZPZ6.js";
import {
  statusOf
} from "./chunk-XSFAT2KL.js";
import "./chunk-BOG7BZ5N.js";

// lib/autoscale/merge.ts
function judgeChecks(checks, required) {
  let named = (name) => checks.filter((c) => c.name === name), policy = named(POLICY_STATUS_CONTEXT), refused = policy.find((c) => c.state === "failure");
  if (refused)
    return {
      state: "failed",
      reason: `not pre-authorised: ${POLICY_STATUS_CONTEXT} is ${refused.detail ?? "failure"} on the head; a person reviews it`
    };
  let failed = unique(checks.filter((c) => c.state === "failure").map((c) => c.name));
  if (failed.length > 0)
    return {
      state: "failed",
      reason: `failed check${failed.length === 1 ? "" : "s"} ${failed.join(", ")}; left for a person`
    };
  if (policy.length === 0)
    return {
      state: "pending",
      reason: `not pre-authorised yet: no ${POLICY_STATUS_CONTEXT} status on the head; the next run looks again`
    };
  let waiting = unique([
    ...checks.filter((c) => c.state === "pending").map((c) => `${c.name} (pending)`),
    ...required.filter((r) => named(r).length === 0).map((r) => `${r} (required, not reported)`)
  ]);
  return waiting.length > 0 ? {
    state: "pending",
    reason: `waiting for ${waiting.join(", ")}; the next run looks again`
  } : { state: "green" };
}
function unique(list) {
  return [...new Set(list)].sort();
}
async function mergeOwnPull(deps, request) {
  let { gh, repo } = deps, { region, current, pull: own, mode } = request, no = (reason) => ({ merged: !1, reason });
  if (mode === "none") return no("auto-merge is none: a person merges it");
  if (own.desired < current && mode !== "all")
    return no(`a scale-down waits for a person (auto-merge: ${mode})`);
  if (own.head === void 0 || own.author === void 0)
    return no(
      "the autoscaler has no record of writing its head; it merges only what it wrote (the next rewrite records it)"
    );
  let { data: pull } = await gh.rest.pulls.get({ ...repo, pull_number: own.number }), fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
  if (pull.state !== "open") return no(`#${own.number} is ${pull.state}`);
  if (pull.draft) return no(`#${own.number} is a draft`);
  if (pull.head.ref !== botBranch(region) || pull.head.repo?.full_name.toLowerCase() !== fullName || pull.base.ref !== deps.base)
    return no(
      `#${own.number} is not the autoscaler's: it is ${pull.head.label} \u2192 ${pull.base.ref}, not ${botBranch(region)} \u2192 ${deps.base}`
    );
  if (pull.user?.login !== own.author)
    return no(
      `#${own.number} was opened by ${pull.user?.login ?? "an unknown user"}, not by the autoscaler (${own.author})`
    );
  let head = pull.head.sha;
  if (head !== own.head)
    return no(
      `its head moved to ${head.slice(0, 7)} since the autoscaler wrote ${own.head.slice(0, 7)}: someone else pushed; a person merges it`
    );
  let [checks, required] = await Promise.all([
    headChecks(gh, repo, head),
    requiredChecks(gh, repo, deps.base)
  ]), verdict = judgeChecks(checks, required);
  if (verdict.state !== "green") return no(verdict.reason);
  try {
    let { data } = await gh.rest.pulls.merge({
      ...repo,
      pull_number: own.number,
      sha: head,
      merge_method: "squash",
      commit_title: `${pull.title} (#${own.number})`,
      // A 409 (the head moved) or 405 stays so on a retry; the next run decides afresh.
      request: { retries: 0 }
    });
    if (!data.merged) return no(`GitHub did not merge it: ${data.message}; the next run retries`);
    let up = own.desired > current;
    return {
      merged: !0,
      sha: data.sha,
      reason: `pre-authorised (${POLICY_STATUS_CONTEXT}) and every check green on ${head.slice(0, 7)}; ${up ? "a scale-up" : `a scale-down (auto-merge: ${mode})`}`
    };
  } catch (err) {
    let status = statusOf(err);
    if (status !== 405 && status !== 409 && status !== 422) throw err;
    let message = err.response?.data?.message;
    return no(
      `GitHub refused the merge (HTTP ${status}${message ? `: ${message}` : ""}); not merged, the next run retries`
    );
  }
}
async function headChecks(gh, repo, sha) {
  let [combined, runs] = await Promise.all([
    gh.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha, per_page: 100 }),
    gh.paginate(gh.rest.checks.listForRef, { ...repo, ref: sha, filter: "latest", per_page: 100 })
  ]), statuses = combined.data.statuses.map(
    (s) => ({
      name: s.context,
      state: s.state === "success" ? "success" : s.state === "pending" ? "pending" : "failure",
      ...s.state === "success" ? {} : { detail: described(s.state, s.description) }
    })
  ), newest = /* @__PURE__ */ new Map();
  for (let r of runs) (newest.get(r.name)?.id ?? -1) < r.id && newest.set(r.name, r);
  let checkRuns = [...newest.values()].map(
    (r) => ({
      name: r.name,
      state: r.status !== "completed" ? "pending" : r.conclusion === "success" || r.conclusion === "neutral" || r.conclusion === "skipped" ? "success" : "failure"
    })
  );
  return [...statuses, ...checkRuns];
}
function described(state, description) {
  let text = (description ?? "").replace(/\s+/g, " ").trim();
  return text === "" ? state : `${state} (${text.length > 120 ? `${text.slice(0, 119)}\u2026` : text})`;
}
async function requiredChecks(gh, repo, base) {
  let [{ data: branch }, rules] = await Promise.all([
    gh.rest.repos.getBranch({ ...repo, branch: base }),
    gh.paginate(gh.rest.repos.getBranchRules, { ...repo, branch: base, per_page: 100 })
  ]), classic = branch.protected ? branch.protection?.required_status_checks : void 0, fromRules = rules.flatMap(
    (r) => r.type === "required_status_checks" ? r.parameters?.required_status_checks.map((c) => c.context) ?? [] : []
  );
  return unique([
    ...classic?.contexts ?? [],
    ...(classic?.checks ?? []).map((c) => c.context),
    ...fromRules
  ]);
}
export {
  judgeChecks,
  mergeOwnPull
};
