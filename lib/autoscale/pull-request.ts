// One region's decision turned into (at most) one pull request on cloudneutral/autoscale/<region>,
// through lib/github's proposeChange: opened or updated when the desired count differs from the
// file's, closed (with a comment saying why) when it no longer does, never pushed over a
// person's commits, and not proposed again at a size a person declined by closing it unmerged.

import { type BotAction, type BotChange, proposeChange } from "../github/bot-pr.ts";
import type { GitHub } from "../github/client.ts";
import { statusOf } from "../github/client.ts";
import { branchHead, type RepoRef } from "../github/git-data.ts";
import type { Logger } from "../logger.ts";
import { plural } from "./metrics.ts";
import type { RegionDecision } from "./observe.ts";
import {
  AUTOSCALE_LABEL,
  botBranch,
  DIRECTION_LABELS,
  parseMetadata,
  pullBody,
  pullTitle,
} from "./pull-body.ts";
import type { AutoscaleStatus } from "./status.ts";
import { withNodeCount } from "./tfvars.ts";

export type Outcome =
  /** Nothing to do: the count is right and nothing is open. */
  | "steady"
  | "created"
  | "updated"
  | "unchanged"
  | "closed"
  /** A person's commits are on the branch: nothing was pushed. */
  | "blocked"
  /** This size was declined (a PR closed unmerged): not proposed again yet. */
  | "declined";

export interface PullOutcome {
  outcome: Outcome;
  number?: number;
  message: string;
  /** The status file as it should be after this run. */
  status: AutoscaleStatus;
}

export interface PullDeps {
  gh: GitHub;
  repo: RepoRef;
  /** The branch PRs target. */
  base: string;
  log: Logger;
  now: Date;
  /** Redacted Prometheus URL, for the evidence. */
  prometheus: string;
  /** GitHub's eventual-consistency pause (tests shrink it). */
  settleMs?: number;
}

type Decided = Extract<RegionDecision, { kind: "decided" }>;

export async function reconcilePull(
  deps: PullDeps,
  d: Decided,
  status: AutoscaleStatus,
): Promise<PullOutcome> {
  const { gh, repo } = deps;
  const { region } = d.target;
  const { current, decision } = d;
  const desired = decision.desired;
  const next: AutoscaleStatus = { ...status };

  // What became of the pull request the last run left open.
  if (next.pull) {
    const pull = await getPull(gh, repo, next.pull.number);
    if (!pull || pull.state === "closed") {
      if (pull && !pull.merged_at) {
        // The size the bot recorded, not the body's marker: anyone may edit a PR's body.
        const nodes = next.pull.desired;
        next.rejected = { nodes, pull: pull.number, at: pull.closed_at ?? deps.now.toISOString() };
        deps.log.info(
          `autoscale ${region}: #${pull.number} was closed without merging: not ${plural(nodes, "node")} until the recommendation changes`,
        );
      }
      delete next.pull;
    }
  }
  // "Not this size" lasts until the decision moves away from it.
  if (next.rejected && (next.rejected.nodes !== desired || desired === current))
    delete next.rejected;
  if (next.rejected && desired !== current)
    return {
      outcome: "declined",
      number: next.rejected.pull,
      message: `${current} → ${desired} was declined (#${next.rejected.pull} closed unmerged); not proposed again until the recommendation changes`,
      status: next,
    };

  const branch = botBranch(region);
  const change: Omit<BotChange, "title" | "body" | "commitMessage" | "files"> = {
    repo,
    base: deps.base,
    branch,
  };
  const botDeps = {
    gh,
    log: deps.log,
    ...(deps.settleMs === undefined ? {} : { settleMs: deps.settleMs }),
  };

  if (desired === current) {
    // Nothing open can exist without the branch; skip the writes proposeChange would make.
    if (!(await branchHead(gh, repo, branch))) {
      delete next.pull;
      return { outcome: "steady", message: `stays at ${current}`, status: next };
    }
    const result = await proposeChange(botDeps, {
      ...change,
      title: pullTitle(region, current, desired),
      body: "",
      commitMessage: "",
      files: { [d.target.tfvarsFile]: d.target.text },
    });
    if (result.action === "blocked") return blocked(result, next);
    delete next.pull;
    if (result.action === "closed" && result.number !== undefined) {
      await gh.rest.issues.createComment({
        ...repo,
        issue_number: result.number,
        body: `The recommendation for ${region} is back at the current count, ${plural(current, "node")}: ${decision.reason}`,
      });
      return {
        outcome: "closed",
        number: result.number,
        message: `back at ${current}: closed #${result.number}`,
        status: next,
      };
    }
    return { outcome: "steady", message: `stays at ${current}`, status: next };
  }

  const open = await findOpenPull(gh, repo, branch, deps.base);
  // The evidence is refreshed only when the proposal moves: a bot that edits its PR every five
  // minutes for a changed decimal is noise in everyone's notifications.
  const meta = parseMetadata(open?.body);
  const same =
    open !== undefined &&
    meta?.current === current &&
    meta.desired === desired &&
    meta.recommendation === decision.recommendation;
  const title = same ? open.title : pullTitle(region, current, desired);
  const body =
    same && open.body !== null
      ? open.body
      : pullBody({
          target: d.target,
          current,
          decision,
          policy: d.run.policy,
          policyNotes: d.run.notes,
          nodes: d.nodes,
          capacityFilledIn: d.capacityFilledIn,
          windowSeconds: d.windowSeconds,
          warmupSeconds: d.warmupSeconds,
          prometheus: deps.prometheus,
          now: deps.now,
        });
  const result = await proposeChange(botDeps, {
    ...change,
    title,
    body,
    commitMessage: `${pullTitle(region, current, desired)}\n\n${decision.reason}`,
    files: { [d.target.tfvarsFile]: withNodeCount(d.target.text, d.target.tfvarsFile, desired) },
  });
  if (result.action === "blocked") return blocked(result, next);
  if (result.number === undefined || !isPullAction(result.action))
    throw new Error(`proposeChange answered ${result.action} for a wanted change`);
  next.pull = {
    number: result.number,
    desired,
    ...(await written(deps, branch, result, status.pull)),
  };
  const labelsNow = open?.number === result.number ? open.labels : [];
  await applyLabels(deps, result.number, labelsNow, desired > current);
  return {
    outcome: result.action,
    number: result.number,
    message: `${current} → ${desired}: #${result.number} ${result.action}`,
    status: next,
  };
}

/**
 * The head and author auto-merge will check (merge.ts): what this run wrote, or, when it wrote
 * nothing, what the run that wrote it recorded for the same pull request. The author is known
 * only from the pull request the bot itself created.
 */
async function written(
  deps: PullDeps,
  branch: string,
  result: { action: BotAction; number?: number },
  recorded: AutoscaleStatus["pull"],
): Promise<{ head?: string; author?: string }> {
  const same = recorded?.number === result.number ? recorded : undefined;
  const out: { head?: string; author?: string } = {};
  const author =
    result.action === "created" && result.number !== undefined
      ? (await getPull(deps.gh, deps.repo, result.number))?.user?.login
      : same?.author;
  if (author) out.author = author;
  const head =
    result.action === "unchanged"
      ? same?.head
      : (await branchHead(deps.gh, deps.repo, branch))?.sha;
  if (head) out.head = head;
  return out;
}

function isPullAction(a: BotAction): a is "created" | "updated" | "unchanged" {
  return a === "created" || a === "updated" || a === "unchanged";
}

function blocked(
  result: { number?: number; reason?: string },
  status: AutoscaleStatus,
): PullOutcome {
  return {
    outcome: "blocked",
    ...(result.number === undefined ? {} : { number: result.number }),
    message: `not updated: ${result.reason ?? "the branch has commits the bot did not make"}`,
    status,
  };
}

interface OpenPull {
  number: number;
  title: string;
  body: string | null;
  labels: string[];
}

async function findOpenPull(
  gh: GitHub,
  repo: RepoRef,
  branch: string,
  base: string,
): Promise<OpenPull | undefined> {
  const { data } = await gh.rest.pulls.list({
    ...repo,
    head: `${repo.owner}:${branch}`,
    base,
    state: "open",
    per_page: 1,
  });
  const pull = data[0];
  if (!pull) return undefined;
  return {
    number: pull.number,
    title: pull.title,
    body: pull.body,
    labels: pull.labels.map((l) => l.name ?? ""),
  };
}

async function getPull(gh: GitHub, repo: RepoRef, number: number) {
  try {
    return (await gh.rest.pulls.get({ ...repo, pull_number: number })).data;
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw err;
  }
}

/**
 * `autoscale` and the direction, the other direction removed. Labels are a convenience:
 * GITHUB_TOKEN with `pull-requests: write` may add existing labels but not create new ones
 * (that takes `issues: write`), so a refusal is a warning that says how to fix it.
 */
async function applyLabels(
  deps: PullDeps,
  number: number,
  present: string[],
  up: boolean,
): Promise<void> {
  const { gh, repo } = deps;
  const want = [AUTOSCALE_LABEL, up ? DIRECTION_LABELS.up : DIRECTION_LABELS.down];
  const stale = up ? DIRECTION_LABELS.down : DIRECTION_LABELS.up;
  const has = (l: string) => present.some((p) => p.toLowerCase() === l);
  try {
    const missing = want.filter((l) => !has(l));
    if (missing.length > 0)
      await gh.rest.issues.addLabels({ ...repo, issue_number: number, labels: missing });
    if (has(stale))
      await gh.rest.issues.removeLabel({ ...repo, issue_number: number, name: stale });
  } catch (err) {
    const status = statusOf(err);
    if (status !== 403 && status !== 404 && status !== 422) throw err;
    deps.log.warning(
      `could not label #${number} (${want.join(", ")}): HTTP ${status}; create the labels once, or give the job issues: write`,
    );
  }
}
