// The autoscaler merging its own pull request, on a run after the one that wrote it. Only when
// all of these hold:
//
// - the mode allows it: `none` never merges, `scale-up` (the default) merges only counts that
//   go up — a scale-down waits for a person — and `all` merges both;
// - the pull request is the bot's own: its branch (`cloudneutral/autoscale/<region>` in this
//   repository, against the base), opened by the login that created it, and its head is the
//   very commit the bot recorded writing (anyone else's push stops it);
// - the trusted workflow pre-authorised it: commit status (or check run) `cloudneutral/policy`
//   is `success` on that head;
// - every status and check run on the head is green, and every check the base branch's
//   protection or rulesets require has reported green. Pending: the next run looks again.
//   Failed: left for a person, saying which.
//
// The merge names the head it judged (`sha`), so a push in between makes GitHub refuse it
// (409) instead of merging something else; a refusal is "not merged, the next run retries".
import { type GitHub, statusOf } from "../github/client.ts";
import { POLICY_STATUS_CONTEXT } from "../github/commit-status.ts";
import type { RepoRef } from "../github/git-data.ts";
import { botBranch } from "./pull-body.ts";
import type { AutoMerge } from "./types.ts";

export interface MergeDecision {
  merged: boolean;
  /** One line for people: why it was merged, or why not. */
  reason: string;
  /** The commit the merge wrote on the base. */
  sha?: string;
}

/** What the bot recorded of its pull request when it last wrote it (status.ts). */
export interface OwnPull {
  number: number;
  desired: number;
  /** The head commit the bot wrote. */
  head?: string;
  /** The login that opened it: the bot's. */
  author?: string;
}

export interface HeadCheck {
  /** A status context or a check run name. */
  name: string;
  state: "success" | "pending" | "failure";
  /** GitHub's own word when it is not success (`error`, `timed_out`, …) and its description. */
  detail?: string;
}

export type ChecksVerdict = { state: "green" } | { state: "pending" | "failed"; reason: string };

/**
 * The checks of a head as they stand and the names the base requires: green only when the
 * policy pre-authorised it, nothing failed, nothing is pending and no required check is missing.
 */
export function judgeChecks(checks: HeadCheck[], required: string[]): ChecksVerdict {
  const named = (name: string) => checks.filter((c) => c.name === name);
  const policy = named(POLICY_STATUS_CONTEXT);
  const refused = policy.find((c) => c.state === "failure");
  if (refused)
    return {
      state: "failed",
      reason: `not pre-authorised: ${POLICY_STATUS_CONTEXT} is ${refused.detail ?? "failure"} on the head; a person reviews it`,
    };
  const failed = unique(checks.filter((c) => c.state === "failure").map((c) => c.name));
  if (failed.length > 0)
    return {
      state: "failed",
      reason: `failed check${failed.length === 1 ? "" : "s"} ${failed.join(", ")}; left for a person`,
    };
  if (policy.length === 0)
    return {
      state: "pending",
      reason: `not pre-authorised yet: no ${POLICY_STATUS_CONTEXT} status on the head; the next run looks again`,
    };
  const waiting = unique([
    ...checks.filter((c) => c.state === "pending").map((c) => `${c.name} (pending)`),
    ...required.filter((r) => named(r).length === 0).map((r) => `${r} (required, not reported)`),
  ]);
  if (waiting.length > 0)
    return {
      state: "pending",
      reason: `waiting for ${waiting.join(", ")}; the next run looks again`,
    };
  return { state: "green" };
}

function unique(list: string[]): string[] {
  return [...new Set(list)].sort();
}

export interface MergeDeps {
  gh: GitHub;
  repo: RepoRef;
  /** The branch the pull request must target. */
  base: string;
}

/** Decides, and merges when every condition above holds. */
export async function mergeOwnPull(
  deps: MergeDeps,
  request: { region: string; current: number; pull: OwnPull; mode: AutoMerge },
): Promise<MergeDecision> {
  const { gh, repo } = deps;
  const { region, current, pull: own, mode } = request;
  const no = (reason: string): MergeDecision => ({ merged: false, reason });
  if (mode === "none") return no("auto-merge is none: a person merges it");
  if (own.desired < current && mode !== "all")
    return no(`a scale-down waits for a person (auto-merge: ${mode})`);
  if (own.head === undefined || own.author === undefined)
    return no(
      "the autoscaler has no record of writing its head; it merges only what it wrote (the next rewrite records it)",
    );

  const { data: pull } = await gh.rest.pulls.get({ ...repo, pull_number: own.number });
  const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
  if (pull.state !== "open") return no(`#${own.number} is ${pull.state}`);
  if (pull.draft) return no(`#${own.number} is a draft`);
  if (
    pull.head.ref !== botBranch(region) ||
    pull.head.repo?.full_name.toLowerCase() !== fullName ||
    pull.base.ref !== deps.base
  )
    return no(
      `#${own.number} is not the autoscaler's: it is ${pull.head.label} → ${pull.base.ref}, not ${botBranch(region)} → ${deps.base}`,
    );
  if (pull.user?.login !== own.author)
    return no(
      `#${own.number} was opened by ${pull.user?.login ?? "an unknown user"}, not by the autoscaler (${own.author})`,
    );
  const head = pull.head.sha;
  if (head !== own.head)
    return no(
      `its head moved to ${head.slice(0, 7)} since the autoscaler wrote ${own.head.slice(0, 7)}: someone else pushed; a person merges it`,
    );

  const [checks, required] = await Promise.all([
    headChecks(gh, repo, head),
    requiredChecks(gh, repo, deps.base),
  ]);
  const verdict = judgeChecks(checks, required);
  if (verdict.state !== "green") return no(verdict.reason);

  try {
    const { data } = await gh.rest.pulls.merge({
      ...repo,
      pull_number: own.number,
      sha: head,
      merge_method: "squash",
      commit_title: `${pull.title} (#${own.number})`,
      // A 409 (the head moved) or 405 stays so on a retry; the next run decides afresh.
      request: { retries: 0 },
    });
    if (!data.merged) return no(`GitHub did not merge it: ${data.message}; the next run retries`);
    const up = own.desired > current;
    return {
      merged: true,
      sha: data.sha,
      reason: `pre-authorised (${POLICY_STATUS_CONTEXT}) and every check green on ${head.slice(0, 7)}; ${up ? "a scale-up" : `a scale-down (auto-merge: ${mode})`}`,
    };
  } catch (err) {
    const status = statusOf(err);
    // 405: not mergeable (a rule, a conflict); 409: the head moved after it was judged.
    if (status !== 405 && status !== 409 && status !== 422) throw err;
    const message = (err as { response?: { data?: { message?: string } } }).response?.data?.message;
    return no(
      `GitHub refused the merge (HTTP ${status}${message ? `: ${message}` : ""}); not merged, the next run retries`,
    );
  }
}

/** The newest commit status per context and the latest check run per name on `sha`. */
async function headChecks(gh: GitHub, repo: RepoRef, sha: string): Promise<HeadCheck[]> {
  const [combined, runs] = await Promise.all([
    gh.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha, per_page: 100 }),
    gh.paginate(gh.rest.checks.listForRef, { ...repo, ref: sha, filter: "latest", per_page: 100 }),
  ]);
  const statuses = combined.data.statuses.map(
    (s): HeadCheck => ({
      name: s.context,
      state: s.state === "success" ? "success" : s.state === "pending" ? "pending" : "failure",
      ...(s.state === "success" ? {} : { detail: described(s.state, s.description) }),
    }),
  );
  // A re-run is a new check run of the same name: only the newest counts.
  const newest = new Map<string, (typeof runs)[number]>();
  for (const r of runs) if ((newest.get(r.name)?.id ?? -1) < r.id) newest.set(r.name, r);
  const checkRuns = [...newest.values()].map(
    (r): HeadCheck => ({
      name: r.name,
      state:
        r.status !== "completed"
          ? "pending"
          : r.conclusion === "success" || r.conclusion === "neutral" || r.conclusion === "skipped"
            ? "success"
            : "failure",
    }),
  );
  return [...statuses, ...checkRuns];
}

/** A status's state with its description, one line, bounded (the description is anyone's). */
function described(state: string, description: string | null): string {
  const text = (description ?? "").replace(/\s+/g, " ").trim();
  return text === "" ? state : `${state} (${text.length > 120 ? `${text.slice(0, 119)}…` : text})`;
}

/**
 * The status checks the base branch requires, both ways GitHub has: its classic protection and
 * the `required_status_checks` rules of the rulesets that apply to it (none when neither does).
 */
async function requiredChecks(gh: GitHub, repo: RepoRef, base: string): Promise<string[]> {
  const [{ data: branch }, rules] = await Promise.all([
    gh.rest.repos.getBranch({ ...repo, branch: base }),
    gh.paginate(gh.rest.repos.getBranchRules, { ...repo, branch: base, per_page: 100 }),
  ]);
  const classic = branch.protected ? branch.protection?.required_status_checks : undefined;
  const fromRules = rules.flatMap((r) =>
    r.type === "required_status_checks"
      ? (r.parameters?.required_status_checks.map((c) => c.context) ?? [])
      : [],
  );
  return unique([
    ...(classic?.contexts ?? []),
    ...(classic?.checks ?? []).map((c) => c.context),
    ...fromRules,
  ]);
}
