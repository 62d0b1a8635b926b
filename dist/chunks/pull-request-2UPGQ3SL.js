import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  AUTOSCALE_LABEL,
  DIRECTION_LABELS,
  botBranch,
  parseMetadata,
  pullBody,
  pullTitle
} from "./chunk-KVIDP5XI.js";
import "./chunk-4XNVKP4A.js";
import {
  plural
} from "./chunk-NYTFFUUD.js";
import {
  withNodeCount
} from "./chunk-WRVK7YPS.js";
import "./chunk-GCILZPZ6.js";
import {
  upsertStickyComment
} from "./chunk-5DRW3FRM.js";
import {
  branchHead,
  moveBranch,
  writeCommit,
  writeTree
} from "./chunk-FM3IK77Q.js";
import {
  statusOf
} from "./chunk-XSFAT2KL.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/github/bot-pr.ts
var TRAILER = "Cloudneutral-Branch";
async function proposeChange(deps, change) {
  let { gh } = deps, { repo, branch } = change, base = await branchHead(gh, repo, change.base);
  if (!base)
    throw new Error(`base branch ${change.base} does not exist in ${repo.owner}/${repo.repo}`);
  let wanted = await writeTree(gh, repo, base.tree, change.files), head = await branchHead(gh, repo, branch), pr = await findPull(gh, change), foreign = head ? await foreignCommits(gh, change) : [];
  if (foreign.length > 0) {
    let reason = `the branch \`${branch}\` has commits the bot did not make (${foreign.join(", ")})`;
    return pr && await upsertStickyComment(
      gh,
      { ...repo, issueNumber: pr.number, key: "bot-blocked" },
      {
        head: `CloudNeutral did not update this pull request: ${reason}. Merge or close it, or delete the branch, and the next run takes over again.`,
        sections: [],
        fullTextAt: "the workflow run log"
      }
    ), deps.log.warning(`not updating ${branch}: ${reason}`), { action: "blocked", reason, ...pr ? { number: pr.number } : {} };
  }
  if (wanted === base.tree)
    return pr && (await gh.rest.pulls.update({ ...repo, pull_number: pr.number, state: "closed" }), await gh.rest.issues.createComment({
      ...repo,
      issue_number: pr.number,
      body: `Closed by CloudNeutral: \`${change.base}\` already has the wanted content.`
    })), head && await gh.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` }), pr ? { action: "closed", number: pr.number } : { action: "none" };
  let headCurrent = head && head.tree === wanted && await parentOf(gh, repo, head.sha) === base.sha;
  if (!headCurrent) {
    let message = `${change.commitMessage}

${TRAILER}: ${branch}
`, sha = await writeCommit(gh, repo, { tree: wanted, parents: [base.sha], message });
    await moveBranch(gh, repo, branch, sha, { create: !head, force: !0 }) || await moveBranch(gh, repo, branch, sha, { create: !1, force: !0 });
  }
  return pr ? pr.title === change.title && pr.body === change.body ? { action: headCurrent ? "unchanged" : "updated", number: pr.number } : (await gh.rest.pulls.update({
    ...repo,
    pull_number: pr.number,
    title: change.title,
    body: change.body
  }), { action: "updated", number: pr.number }) : (pr = await createPull(deps, change), { action: "created", number: pr.number });
}
async function findPull(gh, change) {
  let { data } = await gh.rest.pulls.list({
    ...change.repo,
    head: `${change.repo.owner}:${change.branch}`,
    base: change.base,
    state: "open",
    per_page: 1
  });
  return data[0];
}
async function createPull(deps, change) {
  let { gh } = deps;
  for (let attempt = 1; ; attempt++)
    try {
      let { data } = await gh.rest.pulls.create({
        ...change.repo,
        head: change.branch,
        base: change.base,
        title: change.title,
        body: change.body
      });
      return data;
    } catch (err) {
      if (statusOf(err) !== 422 || attempt >= 4) throw err;
      let existing = await findPull(gh, change);
      if (existing)
        return await gh.rest.pulls.update({
          ...change.repo,
          pull_number: existing.number,
          title: change.title,
          body: change.body
        }), { ...existing, title: change.title, body: change.body };
      deps.log.debug(`creating the PR for ${change.branch} failed with 422; retrying (${attempt})`), await new Promise((r) => setTimeout(r, (deps.settleMs ?? 1e3) * attempt));
    }
}
async function foreignCommits(gh, change) {
  let { data } = await gh.rest.repos.compareCommitsWithBasehead({
    ...change.repo,
    basehead: `${change.base}...${change.branch}`
  });
  return data.commits.filter((c) => !c.commit.message.includes(`
${TRAILER}: ${change.branch}`)).map((c) => c.sha.slice(0, 7));
}
async function parentOf(gh, repo, sha) {
  let { data } = await gh.rest.git.getCommit({ ...repo, commit_sha: sha });
  return data.parents.length === 1 ? data.parents[0].sha : void 0;
}

// lib/autoscale/pull-request.ts
async function reconcilePull(deps, d, status) {
  let { gh, repo } = deps, { region } = d.target, { current, decision } = d, desired = decision.desired, next = { ...status };
  if (next.pull) {
    let pull = await getPull(gh, repo, next.pull.number);
    if (!pull || pull.state === "closed") {
      if (pull && !pull.merged_at) {
        let nodes = next.pull.desired;
        next.rejected = { nodes, pull: pull.number, at: pull.closed_at ?? deps.now.toISOString() }, deps.log.info(
          `autoscale ${region}: #${pull.number} was closed without merging: not ${plural(nodes, "node")} until the recommendation changes`
        );
      }
      delete next.pull;
    }
  }
  if (next.rejected && (next.rejected.nodes !== desired || desired === current) && delete next.rejected, next.rejected && desired !== current)
    return {
      outcome: "declined",
      number: next.rejected.pull,
      message: `${current} \u2192 ${desired} was declined (#${next.rejected.pull} closed unmerged); not proposed again until the recommendation changes`,
      status: next
    };
  let branch = botBranch(region), change = {
    repo,
    base: deps.base,
    branch
  }, botDeps = {
    gh,
    log: deps.log,
    ...deps.settleMs === void 0 ? {} : { settleMs: deps.settleMs }
  };
  if (desired === current) {
    if (!await branchHead(gh, repo, branch))
      return delete next.pull, { outcome: "steady", message: `stays at ${current}`, status: next };
    let result2 = await proposeChange(botDeps, {
      ...change,
      title: pullTitle(region, current, desired),
      body: "",
      commitMessage: "",
      files: { [d.target.tfvarsFile]: d.target.text }
    });
    return result2.action === "blocked" ? blocked(result2, next) : (delete next.pull, result2.action === "closed" && result2.number !== void 0 ? (await gh.rest.issues.createComment({
      ...repo,
      issue_number: result2.number,
      body: `The recommendation for ${region} is back at the current count, ${plural(current, "node")}: ${decision.reason}`
    }), {
      outcome: "closed",
      number: result2.number,
      message: `back at ${current}: closed #${result2.number}`,
      status: next
    }) : { outcome: "steady", message: `stays at ${current}`, status: next });
  }
  let open = await findOpenPull(gh, repo, branch, deps.base), meta = parseMetadata(open?.body), same = open !== void 0 && meta?.current === current && meta.desired === desired && meta.recommendation === decision.recommendation, title = same ? open.title : pullTitle(region, current, desired), body = same && open.body !== null ? open.body : pullBody({
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
    now: deps.now
  }), result = await proposeChange(botDeps, {
    ...change,
    title,
    body,
    commitMessage: `${pullTitle(region, current, desired)}

${decision.reason}`,
    files: { [d.target.tfvarsFile]: withNodeCount(d.target.text, d.target.tfvarsFile, desired) }
  });
  if (result.action === "blocked") return blocked(result, next);
  if (result.number === void 0 || !isPullAction(result.action))
    throw new Error(`proposeChange answered ${result.action} for a wanted change`);
  next.pull = {
    number: result.number,
    desired,
    ...await written(deps, branch, result, status.pull)
  };
  let labelsNow = open?.number === result.number ? open.labels : [];
  return await applyLabels(deps, result.number, labelsNow, desired > current), {
    outcome: result.action,
    number: result.number,
    message: `${current} \u2192 ${desired}: #${result.number} ${result.action}`,
    status: next
  };
}
async function written(deps, branch, result, recorded) {
  let same = recorded?.number === result.number ? recorded : void 0, out = {}, author = result.action === "created" && result.number !== void 0 ? (await getPull(deps.gh, deps.repo, result.number))?.user?.login : same?.author;
  author && (out.author = author);
  let head = result.action === "unchanged" ? same?.head : (await branchHead(deps.gh, deps.repo, branch))?.sha;
  return head && (out.head = head), out;
}
function isPullAction(a) {
  return a === "created" || a === "updated" || a === "unchanged";
}
function blocked(result, status) {
  return {
    outcome: "blocked",
    ...result.number === void 0 ? {} : { number: result.number },
    message: `not updated: ${result.reason ?? "the branch has commits the bot did not make"}`,
    status
  };
}
async function findOpenPull(gh, repo, branch, base) {
  let { data } = await gh.rest.pulls.list({
    ...repo,
    head: `${repo.owner}:${branch}`,
    base,
    state: "open",
    per_page: 1
  }), pull = data[0];
  if (pull)
    return {
      number: pull.number,
      title: pull.title,
      body: pull.body,
      labels: pull.labels.map((l) => l.name ?? "")
    };
}
async function getPull(gh, repo, number) {
  try {
    return (await gh.rest.pulls.get({ ...repo, pull_number: number })).data;
  } catch (err) {
    if (statusOf(err) === 404) return;
    throw err;
  }
}
async function applyLabels(deps, number, present, up) {
  let { gh, repo } = deps, want = [AUTOSCALE_LABEL, up ? DIRECTION_LABELS.up : DIRECTION_LABELS.down], stale = up ? DIRECTION_LABELS.down : DIRECTION_LABELS.up, has = (l) => present.some((p) => p.toLowerCase() === l);
  try {
    let missing = want.filter((l) => !has(l));
    missing.length > 0 && await gh.rest.issues.addLabels({ ...repo, issue_number: number, labels: missing }), has(stale) && await gh.rest.issues.removeLabel({ ...repo, issue_number: number, name: stale });
  } catch (err) {
    let status = statusOf(err);
    if (status !== 403 && status !== 404 && status !== 422) throw err;
    deps.log.warning(
      `could not label #${number} (${want.join(", ")}): HTTP ${status}; create the labels once, or give the job issues: write`
    );
  }
}
export {
  reconcilePull
};
