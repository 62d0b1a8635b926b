// The local GitHub itself: real git over smart HTTP, the REST endpoints through Octokit,
// faults on demand, and every exchange conforming to GitHub's OpenAPI description.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Octokit } from "@octokit/rest";
import { afterEach, describe, expect, it } from "vitest";
import { createGitHubClient, type GitHub } from "../lib/github/client.ts";
import { silentLogger } from "../lib/logger.ts";
import { gitEnv } from "./github-sim/git-store.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";

const run = promisify(execFile);
const R = { owner: "acme", repo: "platform" };
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
let sim: GitHubSim | undefined;
const dirs: string[] = [];

afterEach(async () => {
  const errors = sim?.openapiErrors.splice(0) ?? [];
  await sim?.close();
  sim = undefined;
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  expect(errors).toEqual([]);
});

async function start(files?: Record<string, string>): Promise<{ sim: GitHubSim; gh: Octokit }> {
  sim = await startGitHubSim();
  await sim.createRepo(R.owner, R.repo, files);
  return { sim, gh: new Octokit({ baseUrl: sim.url, auth: sim.token, log: quiet }) };
}

/** lib's client; without retries, since a refused merge (405, 409) never changes by retrying. */
async function startClient(
  files?: Record<string, string>,
): Promise<{ sim: GitHubSim; gh: GitHub }> {
  sim = await startGitHubSim();
  await sim.createRepo(R.owner, R.repo, files);
  const options = { token: sim.token, baseUrl: sim.url, log: silentLogger, retries: 0 };
  return { sim, gh: createGitHubClient({ ...options, minWriteIntervalMs: 0 }) };
}

const me = "alice@users.noreply.github.com";
const env = gitEnv({ GIT_AUTHOR_NAME: "alice", GIT_AUTHOR_EMAIL: me });
Object.assign(env, { GIT_COMMITTER_NAME: "alice", GIT_COMMITTER_EMAIL: me });

async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await run("git", args, { cwd, env })).stdout;
}

async function clone(s: GitHubSim): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "sim-clone-"));
  dirs.push(dir);
  await git(dir, "clone", "-q", s.gitUrl(R.owner, R.repo), "work");
  return path.join(dir, "work");
}

interface Failure {
  status?: number;
  message: string;
  body: string;
  headers: Record<string, string>;
}

async function failure(p: Promise<unknown>): Promise<Failure> {
  try {
    await p;
  } catch (err) {
    const e = err as Failure & { response?: { data: unknown; headers: Record<string, string> } };
    const body = JSON.stringify(e.response?.data);
    return { status: e.status, message: e.message, body, headers: e.response?.headers ?? {} };
  }
  throw new Error("expected the request to fail");
}

describe("local GitHub", () => {
  it("serves git clone and push, and the API sees what was pushed", async () => {
    const { sim, gh } = await start({ "README.md": "# hi\n", "config/t.yaml": "kind: Tenant\n" });
    const work = await clone(sim);
    expect(await readFile(path.join(work, "config/t.yaml"), "utf8")).toBe("kind: Tenant\n");
    await writeFile(path.join(work, "infra.txt"), "rendered\n");
    await git(work, "add", "infra.txt");
    await git(work, "commit", "-q", "-m", "Render infra");
    await git(work, "push", "-q", "origin", "main");
    const pushed = (await git(work, "rev-parse", "HEAD")).trim();

    const { data: meta } = await gh.rest.repos.get(R);
    expect([meta.full_name, meta.default_branch]).toEqual(["acme/platform", "main"]);
    const { data: file } = await gh.rest.repos.getContent({ ...R, path: "infra.txt" });
    if (Array.isArray(file) || file.type !== "file") throw new Error("not a file");
    expect(Buffer.from(file.content, "base64").toString()).toBe("rendered\n");
    const missing = await failure(gh.rest.repos.getContent({ ...R, path: "nope/x.txt" }));
    expect(missing.status).toBe(404);

    const { data: commits } = await gh.rest.repos.listCommits({ ...R, per_page: 5 });
    expect(commits.map((c) => c.commit.message)).toEqual(["Render infra", "Initial commit"]);
    expect([commits[0]!.sha, commits[0]!.author?.login]).toEqual([pushed, "alice"]);
    const { data: onPath } = await gh.rest.repos.listCommits({ ...R, path: "config" });
    expect(onPath.map((c) => c.commit.message)).toEqual(["Initial commit"]);
    const { data: single } = await gh.rest.repos.getCommit({ ...R, ref: "main" });
    const files = single.files?.map((f) => [f.filename, f.status, f.additions]);
    expect(files).toEqual([["infra.txt", "added", 1]]);
  });

  it("writes blobs, trees, commits and refs that a clone sees", async () => {
    const { sim, gh } = await start({ "a/keep.txt": "keep\n", "a/drop.txt": "drop\n" });
    const { data: head } = await gh.rest.git.getRef({ ...R, ref: "heads/main" });
    const { data: parent } = await gh.rest.git.getCommit({ ...R, commit_sha: head.object.sha });
    const binary = Buffer.from("binary\0data").toString("base64");
    const { data: blob } = await gh.rest.git.createBlob({
      ...R,
      content: binary,
      encoding: "base64",
    });
    const entry = { mode: "100644" as const, type: "blob" as const };
    const { data: tree } = await gh.rest.git.createTree({
      ...R,
      base_tree: parent.tree.sha,
      tree: [
        { ...entry, path: "a/drop.txt", sha: null },
        { ...entry, path: "deep/nested/new.txt", content: "new\n" },
        { ...entry, path: "bin/data", sha: blob.sha },
      ],
    });
    const gone = { ...entry, path: "not/there.txt", sha: null };
    const bad = await failure(gh.rest.git.createTree({ ...R, base_tree: tree.sha, tree: [gone] }));
    expect([bad.status, bad.message]).toEqual([422, expect.stringContaining("BadObjectState")]);

    const message = "Bot change\n\nTrailer: x";
    const { data: commit } = await gh.rest.git.createCommit({
      ...R,
      message,
      tree: tree.sha,
      parents: [parent.sha],
    });
    expect(commit.author.email).toBe("41898282+github-actions[bot]@users.noreply.github.com");
    const ref = { ...R, ref: "refs/heads/bot/update", sha: commit.sha };
    await gh.rest.git.createRef(ref);
    const again = await failure(gh.rest.git.createRef(ref));
    expect([again.status, again.message]).toEqual([422, expect.stringContaining("already exists")]);

    const { data: full } = await gh.rest.git.getTree({ ...R, tree_sha: tree.sha, recursive: "1" });
    const blobs = full.tree.filter((e) => e.type === "blob").map((e) => e.path);
    expect(blobs.sort()).toEqual(["a/keep.txt", "bin/data", "deep/nested/new.txt"]);
    const { data: back } = await gh.rest.git.getBlob({ ...R, file_sha: blob.sha });
    expect(Buffer.from(back.content, "base64").toString()).toBe("binary\0data");

    // fast-forward only, unless forced
    const { data: other } = await gh.rest.git.createCommit({
      ...R,
      message: "sideways",
      tree: tree.sha,
      parents: [parent.sha],
    });
    const branch = { ...R, ref: "heads/bot/update" };
    const nonFf = await failure(gh.rest.git.updateRef({ ...branch, sha: other.sha }));
    expect([nonFf.status, nonFf.message]).toEqual([422, expect.stringContaining("fast forward")]);
    await gh.rest.git.updateRef({ ...branch, sha: other.sha, force: true });
    await gh.rest.git.updateRef({ ...branch, sha: commit.sha, force: true });
    const { data: matching } = await gh.rest.git.listMatchingRefs({ ...R, ref: "heads/bot" });
    expect(matching.map((r) => r.ref)).toEqual(["refs/heads/bot/update"]);

    const work = await clone(sim);
    await git(work, "checkout", "-q", "bot/update");
    const log = (await git(work, "log", "--format=%s", "-n", "2")).trim().split("\n");
    expect(log).toEqual(["Bot change", "Initial commit"]);
    expect(await readFile(path.join(work, "deep/nested/new.txt"), "utf8")).toBe("new\n");
    await expect(readFile(path.join(work, "a/drop.txt"))).rejects.toThrow();

    await gh.rest.git.deleteRef(branch);
    expect((await failure(gh.rest.git.getRef(branch))).status).toBe(404);
    const twice = await failure(gh.rest.git.deleteRef(branch));
    expect([twice.status, twice.message]).toEqual([422, expect.stringContaining("does not exist")]);
  });

  it("pages 250 comments with Link headers Octokit follows", async () => {
    const { sim, gh } = await start();
    await sim.commit(R.owner, R.repo, "feature", { "x.txt": "x\n" }, "Add x", "bob");
    const n = sim.createPull(R.owner, R.repo, { head: "feature", base: "main", title: "Add x" });
    const issue = { ...R, issue_number: n };
    for (let i = 0; i < 250; i++) await gh.rest.issues.createComment({ ...issue, body: `c${i}` });
    const first = await gh.rest.issues.listComments(issue);
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toMatch(/page=2>; rel="next", <[^>]*page=9>; rel="last"/);

    sim.requests.splice(0);
    const all = await gh.paginate(gh.rest.issues.listComments, { ...issue, per_page: 100 });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `c${i}`));
    expect(all[0]!.user?.login).toBe(sim.botLogin);
    expect(sim.requests.map((r) => r.status)).toEqual([200, 200, 200]);

    const id = all[0]!.id;
    await gh.rest.issues.updateComment({ ...R, comment_id: id, body: "edited" });
    await gh.rest.issues.deleteComment({ ...R, comment_id: all[1]!.id });
    const seen = sim.comments(R.owner, R.repo, n);
    expect(seen).toHaveLength(249);
    expect(seen[0]).toEqual({ id, body: "edited", user: { login: sim.botLogin } });
  });

  it("opens pull requests with GitHub's checks and answers what a job asks", async () => {
    const { sim, gh } = await start();
    sim.addTeam("acme", "owners", ["carol"]);
    const files = { "infra/a.tf": "a\n" };
    const sha = await sim.commit(R.owner, R.repo, "bot/x", files, "Render", "github-actions[bot]");
    const pull = { ...R, head: "bot/x", base: "main", title: "Render" };
    const { data: pr } = await gh.rest.pulls.create(pull);
    expect([pr.number, pr.head.sha, pr.user?.login]).toEqual([1, sha, sim.botLogin]);

    const dup = await failure(gh.rest.pulls.create(pull));
    expect([dup.status, dup.body]).toEqual([
      422,
      expect.stringContaining("already exists for acme:bot/x."),
    ]);
    const none = await failure(gh.rest.pulls.create({ ...pull, head: "main" }));
    expect(none.body).toContain("No commits between main and main");
    expect((await failure(gh.rest.pulls.create({ ...pull, head: "nope" }))).status).toBe(422);

    const { data: listed } = await gh.rest.pulls.list({ ...R, head: "acme:bot/x", state: "open" });
    expect(listed.map((p) => p.number)).toEqual([1]);
    const moved = await sim.commit(R.owner, R.repo, "bot/x", { "infra/b.tf": "b\n" }, "More");
    const { data: changed } = await gh.rest.pulls.listFiles({ ...R, pull_number: 1 });
    expect(changed.map((f) => f.filename)).toEqual(["infra/a.tf", "infra/b.tf"]);
    const { data: prCommits } = await gh.rest.pulls.listCommits({ ...R, pull_number: 1 });
    expect(prCommits.map((c) => c.sha)).toEqual([sha, moved]);
    const basehead = "main...bot/x";
    const { data: cmp } = await gh.rest.repos.compareCommitsWithBasehead({ ...R, basehead });
    expect([cmp.status, cmp.ahead_by, cmp.behind_by]).toEqual(["ahead", 2, 0]);
    expect(cmp.commits.map((c) => c.author?.login)).toEqual(["github-actions[bot]", "octocat"]);

    sim.addReview(R.owner, R.repo, 1, { user: "carol", state: "APPROVED", commit_id: moved });
    const { data: reviews } = await gh.rest.pulls.listReviews({ ...R, pull_number: 1 });
    const verdicts = reviews.map((r) => [r.user?.login, r.state, r.author_association]);
    expect(verdicts).toEqual([["carol", "APPROVED", "MEMBER"]]);
    const team = { org: "acme", team_slug: "owners" };
    const member = await gh.rest.teams.getMembershipForUserInOrg({ ...team, username: "carol" });
    expect(member.data.state).toBe("active");
    const stranger = gh.rest.teams.getMembershipForUserInOrg({ ...team, username: "dave" });
    expect((await failure(stranger)).status).toBe(404);

    await gh.rest.issues.addLabels({ ...R, issue_number: 1, labels: ["cloudneutral"] });
    const context = "cloudneutral/plan";
    await gh.rest.repos.createCommitStatus({ ...R, sha: moved, state: "success", context });
    const { data: combined } = await gh.rest.repos.getCombinedStatusForRef({ ...R, ref: "bot/x" });
    expect([combined.state, combined.total_count]).toEqual(["success", 1]);
    const check = { ...R, name: "plan", head_sha: moved, status: "in_progress" as const };
    const { data: created } = await gh.rest.checks.create(check);
    const output = { title: "ok", summary: "fine" };
    const update = { ...R, check_run_id: created.id, conclusion: "success" as const, output };
    const { data: done } = await gh.rest.checks.update(update);
    expect([done.status, done.conclusion]).toEqual(["completed", "success"]);

    const { data: closed } = await gh.rest.pulls.update({ ...R, pull_number: 1, state: "closed" });
    expect(closed.state).toBe("closed");
    expect(sim.pulls(R.owner, R.repo)[0]).toMatchObject({
      state: "closed",
      head: { ref: "bot/x", sha: moved },
      labels: ["cloudneutral"],
    });
    expect((await gh.rest.users.getAuthenticated()).data.login).toBe(sim.botLogin);
    const issue = sim.createIssue(R.owner, R.repo, { title: "plain" }); // numbers are shared
    await gh.rest.issues.createComment({ ...R, issue_number: issue, body: "hello" });
    expect(sim.comments(R.owner, R.repo, issue).map((c) => [issue, c.body])).toEqual([
      [2, "hello"],
    ]);
  });

  it("injects faults, refuses bad tokens and reports endpoints it does not know", async () => {
    const { sim, gh } = await start();
    const repoPath = /\/repos\/acme\/platform$/;
    sim.faults.add({ kind: "secondary-rate-limit", method: "GET", path: repoPath, retryAfter: 7 });
    const limited = await failure(gh.rest.repos.get(R));
    expect([limited.status, limited.headers["retry-after"]]).toEqual([403, "7"]);
    expect(limited.message).toMatch(/secondary rate limit/);

    sim.faults.add({ kind: "server-error", path: repoPath, times: 2 });
    expect((await failure(gh.rest.repos.get(R))).status).toBe(502);
    expect((await failure(gh.rest.repos.get(R))).status).toBe(502);
    expect(sim.faults.pending()).toBe(0);
    await gh.rest.repos.get(R);
    sim.faults.add({ kind: "unauthorized", path: /./ });
    expect((await failure(gh.rest.repos.get(R))).status).toBe(401);
    const statuses = sim.requests.filter((r) => r.path === "/repos/acme/platform");
    expect(statuses.map((r) => r.status)).toEqual([403, 502, 502, 200, 401]);

    await sim.commit(R.owner, R.repo, "feature", { "f.txt": "f\n" }, "F");
    sim.faults.add({ kind: "already-exists", method: "POST", path: /\/pulls$/ });
    const pull = { ...R, head: "feature", base: "main", title: "F" };
    const exists = await failure(gh.rest.pulls.create(pull));
    expect(exists.body).toContain("A pull request already exists for acme:feature.");
    expect(sim.pulls(R.owner, R.repo)).toEqual([]);

    // a compare-and-swap loses the race when someone pushes between read and write
    const { data: ref } = await gh.rest.git.getRef({ ...R, ref: "heads/main" });
    const { data: base } = await gh.rest.git.getCommit({ ...R, commit_sha: ref.object.sha });
    const next = { ...R, message: "bot", tree: base.tree.sha, parents: [base.sha] };
    const { data: mine } = await gh.rest.git.createCommit(next);
    const refPath = /\/git\/refs\/heads\/main$/;
    sim.faults.add({ kind: "move-ref-before", path: refPath, ref: "heads/main" });
    const race = await failure(gh.rest.git.updateRef({ ...R, ref: "heads/main", sha: mine.sha }));
    expect([race.status, race.message]).toEqual([422, expect.stringContaining("fast forward")]);
    const { data: after } = await gh.rest.git.getRef({ ...R, ref: "heads/main" });
    expect(after.object.sha).not.toBe(ref.object.sha);

    const wrong = new Octokit({ baseUrl: sim.url, auth: "ghp_wrong", log: quiet });
    const refused = await failure(wrong.rest.repos.get(R));
    expect([refused.status, refused.body]).toEqual([
      401,
      expect.stringContaining("Bad credentials"),
    ]);

    const unknown = await failure(gh.request("GET /repos/{owner}/{repo}/wiki-pages", R));
    expect(unknown.status).toBe(404);
    const reported = sim.openapiErrors.splice(0);
    expect(reported).toEqual([expect.stringContaining("not in GitHub's OpenAPI description")]);
  });
});

describe("local GitHub: issues and merges", () => {
  it("opens, lists, filters and edits issues, pull requests among them", async () => {
    const { sim, gh } = await startClient();
    const drift = { ...R, title: "Drift in jp1", body: "plan differs", labels: ["drift", "jp1"] };
    const { data: first } = await gh.rest.issues.create(drift);
    expect([first.number, first.user?.login, first.labels]).toEqual([
      1,
      sim.botLogin,
      [expect.objectContaining({ name: "drift" }), expect.objectContaining({ name: "jp1" })],
    ]);
    const { data: second } = await gh.rest.issues.create({ ...R, title: 7, labels: ["Drift"] });
    expect([second.title, second.labels.map((l) => (typeof l === "string" ? l : l.name))]).toEqual([
      "7",
      ["drift"],
    ]);
    const untitled = await failure(gh.rest.issues.create({ ...R, title: "" }));
    expect([untitled.status, untitled.body]).toEqual([422, expect.stringContaining("title")]);
    sim.createIssue(R.owner, R.repo, { title: "by dave", user: "dave" });
    await sim.commit(R.owner, R.repo, "feature", { "f.txt": "f\n" }, "F");
    sim.createPull(R.owner, R.repo, { head: "feature", base: "main", title: "F" });

    const { data: open } = await gh.rest.issues.listForRepo(R);
    expect(open.map((i) => [i.number, i.pull_request !== undefined])).toEqual([
      [4, true],
      [3, false],
      [2, false],
      [1, false],
    ]);
    const byLabels = await gh.rest.issues.listForRepo({ ...R, labels: "DRIFT,jp1" });
    expect(byLabels.data.map((i) => i.number)).toEqual([1]);
    const byCreator = await gh.rest.issues.listForRepo({ ...R, creator: "dave" });
    expect(byCreator.data.map((i) => i.title)).toEqual(["by dave"]);
    const paged = await gh.rest.issues.listForRepo({ ...R, per_page: 3 });
    expect(paged.headers.link).toMatch(/page=2>; rel="next"/);
    const all = await gh.paginate(gh.rest.issues.listForRepo, { ...R, per_page: 1 });
    expect(all.map((i) => i.number)).toEqual([4, 3, 2, 1]);

    const edit = { ...R, issue_number: 1 };
    const closing = { ...edit, state: "closed" as const, state_reason: "not_planned" as const };
    const { data: closed } = await gh.rest.issues.update({ ...closing, labels: ["resolved"] });
    expect([closed.state, closed.state_reason, closed.closed_at]).toEqual([
      "closed",
      "not_planned",
      expect.any(String),
    ]);
    const { data: done } = await gh.rest.issues.listForRepo({ ...R, state: "closed" });
    expect(done.map((i) => i.number)).toEqual([1]);
    await gh.rest.issues.update({ ...R, issue_number: 2, title: "Drift in us1", body: null });
    const { data: reopened } = await gh.rest.issues.update({ ...edit, state: "open" });
    expect([reopened.state, reopened.state_reason]).toEqual(["open", "reopened"]);
    expect(sim.issues(R.owner, R.repo).slice(0, 2)).toEqual([
      {
        number: 1,
        title: "Drift in jp1",
        body: "plan differs",
        state: "open",
        state_reason: "reopened",
        labels: ["resolved"],
        user: { login: sim.botLogin },
      },
      expect.objectContaining({ title: "Drift in us1", body: null, labels: ["drift"] }),
    ]);
    await gh.rest.issues.update({ ...R, issue_number: 4, state: "closed" }); // a pull request
    expect(sim.pulls(R.owner, R.repo)[0]).toMatchObject({ number: 4, state: "closed" });
    const gone = await failure(gh.rest.issues.update({ ...R, issue_number: 99, title: "x" }));
    expect(gone.status).toBe(404);
    expect((await failure(gh.rest.issues.update({ ...edit, title: " " }))).status).toBe(422);
  });

  it("merges pull requests into real commits and names the pulls behind a commit", async () => {
    const { sim, gh } = await startClient({ "README.md": "# hi\n", "a.txt": "a\n" });
    const first = await sim.commit(R.owner, R.repo, "one", { "one.txt": "1\n" }, "One", "bob");
    const pull = (head: string, title: string) =>
      gh.rest.pulls.create({ ...R, head, base: "main", title }).then((r) => r.data.number);
    const one = await pull("one", "Add one");
    const moved = await sim.commit(R.owner, R.repo, "one", { "one.txt": "1!\n" }, "Fix", "bob");
    const stale = await failure(gh.rest.pulls.merge({ ...R, pull_number: one, sha: first }));
    expect([stale.status, stale.message]).toEqual([409, expect.stringContaining("modified")]);

    // someone pushes to main just before: the merge lands on top and keeps that push
    sim.faults.add({ kind: "move-ref-before", path: /\/merge$/, ref: "main" });
    const { data: merged } = await gh.rest.pulls.merge({ ...R, pull_number: one, sha: moved });
    expect(merged.merged).toBe(true);
    const { data: mc } = await gh.rest.git.getCommit({ ...R, commit_sha: merged.sha });
    expect(mc.parents.map((p) => p.sha)[1]).toBe(moved);
    expect(mc.message).toBe("Merge pull request #1 from acme/one\n\nAdd one");
    const { data: got } = await gh.rest.pulls.get({ ...R, pull_number: one });
    expect([got.state, got.merged, got.merge_commit_sha, got.merged_by?.login]).toEqual([
      "closed",
      true,
      merged.sha,
      sim.botLogin,
    ]);
    const { data: asIssue } = await gh.rest.issues.get({ ...R, issue_number: one });
    expect(asIssue.pull_request?.merged_at).toBe(got.merged_at);
    const again = await failure(gh.rest.pulls.merge({ ...R, pull_number: one }));
    expect([again.status, again.message]).toEqual([405, expect.stringContaining("not mergeable")]);

    await sim.commit(R.owner, R.repo, "two", { "two.txt": "2\n" }, "Two", "bob");
    await sim.commit(R.owner, R.repo, "two", { "a.txt": "a2\n" }, "Touch a", "bob");
    const two = await pull("two", "Add two");
    const squash = { ...R, pull_number: two, merge_method: "squash" as const };
    const { data: squashed } = await gh.rest.pulls.merge(squash);
    const { data: sc } = await gh.rest.git.getCommit({ ...R, commit_sha: squashed.sha });
    expect([sc.parents.map((p) => p.sha), sc.message]).toEqual([
      [merged.sha],
      "Add two (#2)\n\n* Two\n\n* Touch a",
    ]);
    const work = await clone(sim);
    const read = (f: string) => readFile(path.join(work, f), "utf8");
    expect(await Promise.all(["one.txt", "two.txt", "a.txt"].map(read))).toEqual([
      "1!\n",
      "2\n",
      "a2\n",
    ]);
    // the pull request's author (the bot opened it) authors a squash; GitHub commits it
    const who = (await git(work, "log", "-1", "--format=%an|%cn|%ce")).trim();
    expect(who).toBe("github-actions[bot]|GitHub|noreply@github.com");

    const twoHead = await sim.commit(R.owner, R.repo, "three", { "3.txt": "3\n" }, "Three");
    const three = await pull("three", "Add three");
    const direct = await sim.commit(R.owner, R.repo, "main", { "d.txt": "d\n" }, "Direct push");
    const behind = async (commit_sha: string) =>
      (await gh.rest.repos.listPullRequestsAssociatedWithCommit({ ...R, commit_sha })).data.map(
        (p) => p.number,
      );
    expect(await behind(merged.sha)).toEqual([one]);
    expect(await behind(first)).toEqual([one]); // on main through the merge commit
    expect(await behind(squashed.sha)).toEqual([two]);
    expect(await behind(twoHead)).toEqual([three]); // open, not on main
    expect(await behind(direct)).toEqual([]);
    const unknown = await failure(behind("0123456789abcdef0123456789abcdef01234567"));
    expect(unknown.status).toBe(422);

    const tip = await sim.mergePull(R.owner, R.repo, three, "squash");
    const { data: main } = await gh.rest.git.getRef({ ...R, ref: "heads/main" });
    expect(main.object.sha).toBe(tip);
    expect(sim.pulls(R.owner, R.repo).map((p) => [p.number, p.merged, p.merge_commit_sha])).toEqual(
      [
        [one, true, merged.sha],
        [two, true, squashed.sha],
        [three, true, tip],
      ],
    );
  });

  it("refuses merges GitHub refuses and rebases as GitHub does", async () => {
    const { sim, gh } = await startClient();
    await sim.commit(R.owner, R.repo, "clash", { "README.md": "theirs\n" }, "Theirs");
    const clash = sim.createPull(R.owner, R.repo, { head: "clash", base: "main", title: "C" });
    await sim.commit(R.owner, R.repo, "main", { "README.md": "ours\n" }, "Ours");
    const { data: dirty } = await gh.rest.pulls.get({ ...R, pull_number: clash });
    expect([dirty.mergeable, dirty.mergeable_state]).toEqual([false, "dirty"]);
    const conflict = await failure(gh.rest.pulls.merge({ ...R, pull_number: clash }));
    expect([conflict.status, conflict.message]).toEqual([
      405,
      expect.stringContaining("not mergeable"),
    ]);
    await expect(sim.mergePull(R.owner, R.repo, clash)).rejects.toThrow(/not mergeable/);

    await sim.commit(R.owner, R.repo, "wip", { "w.txt": "w\n" }, "WIP");
    const draft = { ...R, head: "wip", base: "main", title: "WIP", draft: true };
    const { data: wip } = await gh.rest.pulls.create(draft);
    const early = await failure(gh.rest.pulls.merge({ ...R, pull_number: wip.number }));
    expect([early.status, early.message]).toEqual([405, expect.stringContaining("still a draft")]);
    const missing = await failure(gh.rest.pulls.merge({ ...R, pull_number: 42 }));
    expect(missing.status).toBe(404);

    const a = await sim.commit(R.owner, R.repo, "lin", { "l1.txt": "1\n" }, "L1", "bob");
    await sim.commit(R.owner, R.repo, "lin", { "l2.txt": "2\n" }, "L2", "bob");
    const lin = sim.createPull(R.owner, R.repo, { head: "lin", base: "main", title: "L" });
    await sim.commit(R.owner, R.repo, "main", { "m.txt": "m\n" }, "Meanwhile");
    const rebase = { ...R, pull_number: lin, merge_method: "rebase" as const };
    const { data: rebased } = await gh.rest.pulls.merge(rebase);
    const { data: log } = await gh.rest.repos.listCommits({ ...R, per_page: 3 });
    expect(log.map((c) => [c.commit.message, c.commit.author?.name, c.parents.length])).toEqual([
      ["L2", "bob", 1],
      ["L1", "bob", 1],
      ["Meanwhile", "octocat", 1],
    ]);
    expect(log[0]!.sha).toBe(rebased.sha);
    expect(
      await gh.rest.repos.listPullRequestsAssociatedWithCommit({ ...R, commit_sha: a }),
    ).toMatchObject({ data: [{ number: lin, merged_at: expect.any(String) }] });
  });
});
