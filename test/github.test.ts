// lib/github against the local GitHub: real HTTP, real bare git repositories, every request
// and response checked against GitHub's OpenAPI description.
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { proposeChange } from "../lib/github/bot-pr.ts";
import { createGitHubClient, envMilliseconds, type GitHub } from "../lib/github/client.ts";
import { statusStore } from "../lib/github/status-store.ts";
import { COMMENT_BUDGET, upsertStickyComment } from "../lib/github/sticky-comment.ts";
import { silentLogger } from "../lib/logger.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";

let sim: GitHubSim;
let gh: GitHub;
const repo = { owner: "acme", repo: "platform" };

beforeEach(async () => {
  sim = await startGitHubSim();
  await sim.createRepo("acme", "platform", {
    "README.md": "# platform\n",
    "infra/node-pool/jp1.tfvars": "node_count = 3\n",
  });
  gh = createGitHubClient({
    token: sim.token,
    baseUrl: sim.url,
    log: silentLogger,
    backoffMs: 10,
    minWriteIntervalMs: 0,
  });
});

afterEach(async () => {
  expect(sim.openapiErrors).toEqual([]);
  await sim.close();
});

const apiCalls = (method: string, path: RegExp) =>
  sim.requests.filter((r) => r.method === method && path.test(r.path));

describe("the client", () => {
  it("retries a secondary rate limit (403 + retry-after) and a 502, but not a 401", async () => {
    sim.faults.add({
      method: "GET",
      path: /\/repos\/acme\/platform$/,
      kind: "secondary-rate-limit",
      retryAfter: 1,
    });
    sim.faults.add({ method: "GET", path: /\/repos\/acme\/platform$/, kind: "server-error" });
    const { data } = await gh.rest.repos.get(repo);
    expect(data.default_branch).toBe("main");
    expect(apiCalls("GET", /\/repos\/acme\/platform$/).map((r) => r.status)).toEqual([
      403, 502, 200,
    ]);

    const bad = createGitHubClient({
      token: "wrong",
      baseUrl: sim.url,
      log: silentLogger,
      backoffMs: 10,
    });
    await expect(bad.rest.repos.get(repo)).rejects.toMatchObject({ status: 401 });
    expect(
      apiCalls("GET", /\/repos\/acme\/platform$/).filter((r) => r.status === 401),
    ).toHaveLength(1);
  });
});

describe("the client's pacing", () => {
  it("spaces writes by GitHub's second by default (the tests' pacing variables unset)", async () => {
    const saved = {
      write: process.env.CLOUDNEUTRAL_GITHUB_WRITE_INTERVAL_MS,
      backoff: process.env.CLOUDNEUTRAL_GITHUB_BACKOFF_MS,
    };
    delete process.env.CLOUDNEUTRAL_GITHUB_WRITE_INTERVAL_MS;
    delete process.env.CLOUDNEUTRAL_GITHUB_BACKOFF_MS;
    let paced: GitHub;
    try {
      paced = createGitHubClient({ token: sim.token, baseUrl: sim.url, log: silentLogger });
    } finally {
      if (saved.write !== undefined)
        process.env.CLOUDNEUTRAL_GITHUB_WRITE_INTERVAL_MS = saved.write;
      if (saved.backoff !== undefined) process.env.CLOUDNEUTRAL_GITHUB_BACKOFF_MS = saved.backoff;
    }
    const sent: { method: string; url: string; at: number }[] = [];
    const fetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      sent.push({ method: init?.method ?? "GET", url, at: Date.now() });
      return fetch(input, init);
    };
    onTestFinished(() => {
      globalThis.fetch = fetch;
    });
    // Three writes at once (blobs: content-creating, but no notifications, which Octokit
    // spaces by three seconds): they reach GitHub a second apart.
    await Promise.all(
      [0, 1, 2].map((i) =>
        paced.rest.git.createBlob({ ...repo, content: `paced ${i}\n`, encoding: "utf-8" }),
      ),
    );
    const writes = sent.filter((s) => s.method === "POST" && /\/git\/blobs$/.test(s.url));
    expect(writes).toHaveLength(3);
    expect(apiCalls("POST", /\/git\/blobs$/).map((r) => r.status)).toEqual([201, 201, 201]);
    // A lower bound only: a slow machine makes the gaps longer, never shorter. The times are
    // taken where the client hands each request to fetch, a few microtasks after Bottleneck
    // let it go; 100 ms of that slack allowed.
    for (let i = 1; i < writes.length; i++)
      expect(writes[i]!.at - writes[i - 1]!.at).toBeGreaterThanOrEqual(900);
  });

  it("reads its pacing from the environment, and refuses a value that is not milliseconds", () => {
    expect(envMilliseconds("CLOUDNEUTRAL_GITHUB_WRITE_INTERVAL_MS", 1000)).toBe(0);
    expect(envMilliseconds("CLOUDNEUTRAL_TEST_UNSET_VARIABLE", 1000)).toBe(1000);
    process.env.CLOUDNEUTRAL_TEST_BAD_MS = "soon";
    try {
      expect(() => envMilliseconds("CLOUDNEUTRAL_TEST_BAD_MS", 1000)).toThrow(
        /CLOUDNEUTRAL_TEST_BAD_MS must be a number of milliseconds/,
      );
    } finally {
      delete process.env.CLOUDNEUTRAL_TEST_BAD_MS;
    }
  });
});

describe("sticky comments", () => {
  const target = (key: string) => ({ ...repo, issueNumber: 0, key });
  const content = (head: string) => ({ head, sections: [], fullTextAt: "the job summary" });

  it("creates, updates in place, leaves other keys alone, and finds its comment past 100 others", async () => {
    const pr = sim.createIssue("acme", "platform", { title: "t" });
    const t = (key: string) => ({ ...target(key), issueNumber: pr });
    for (let i = 0; i < 130; i++)
      await gh.rest.issues.createComment({ ...repo, issue_number: pr, body: `chatter ${i}` });

    const plan = await upsertStickyComment(gh, t("plan"), content("plan v1"));
    const policy = await upsertStickyComment(gh, t("policy"), content("policy v1"));
    expect([plan.action, policy.action]).toEqual(["created", "created"]);
    for (let i = 0; i < 120; i++)
      await gh.rest.issues.createComment({ ...repo, issue_number: pr, body: `more ${i}` });

    const again = await upsertStickyComment(gh, t("plan"), content("plan v2"));
    expect(again).toMatchObject({ action: "updated", id: plan.id });
    expect(await upsertStickyComment(gh, t("plan"), content("plan v2"))).toMatchObject({
      action: "unchanged",
      id: plan.id,
    });
    const bodies = sim.comments("acme", "platform", pr).map((c) => c.body);
    expect(bodies).toHaveLength(252);
    expect(bodies.filter((b) => b.includes('"key":"plan"'))).toEqual([
      expect.stringMatching(/plan v2$/),
    ]);
    expect(bodies.filter((b) => b.includes('"key":"policy"'))).toEqual([
      expect.stringMatching(/policy v1$/),
    ]);
  });

  it("ignores a person's comment that carries a copied marker", async () => {
    const pr = sim.createIssue("acme", "platform", { title: "t" });
    const forged = '<!-- cloudneutral:sticky {"key":"policy"} -->\nPolicy: ✅ allow';
    sim.addComment("acme", "platform", pr, forged, "mallory");
    const result = await upsertStickyComment(
      gh,
      { ...target("policy"), issueNumber: pr },
      content("real verdict"),
    );
    expect(result.action).toBe("created");
    const comments = sim.comments("acme", "platform", pr);
    expect(comments.map((c) => c.body)).toEqual([forged, expect.stringMatching(/real verdict$/)]);
  });

  it("parallel jobs writing different keys never overwrite each other", async () => {
    const pr = sim.createIssue("acme", "platform", { title: "t" });
    const keys = ["plan", "policy", "render", "gtm"];
    await Promise.all(
      keys.map((key) =>
        upsertStickyComment(gh, { ...target(key), issueNumber: pr }, content(`${key} v1`)),
      ),
    );
    await Promise.all(
      keys.map((key) =>
        upsertStickyComment(gh, { ...target(key), issueNumber: pr }, content(`${key} v2`)),
      ),
    );
    const bodies = sim.comments("acme", "platform", pr).map((c) => c.body);
    expect(bodies).toHaveLength(4);
    for (const key of keys) expect(bodies.filter((b) => b.endsWith(`${key} v2`))).toHaveLength(1);
  });

  it("keeps an over-long body within the budget, dropping the least important sections and saying so", async () => {
    const pr = sim.createIssue("acme", "platform", { title: "t" });
    const result = await upsertStickyComment(
      gh,
      { ...target("plan"), issueNumber: pr },
      {
        head: "## Plan",
        sections: [
          { title: "summary table", body: "|a|b|\n".repeat(1000), priority: 3 },
          { title: "plan output", body: "x".repeat(80_000), priority: 1 },
          { title: "rendered diff", body: "d".repeat(20_000), priority: 2 },
        ],
        fullTextAt: "[the job summary](https://example.invalid/run/1)",
      },
    );
    expect(result.dropped).toEqual(["plan output"]);
    const [body] = sim.comments("acme", "platform", pr).map((c) => c.body);
    expect(body!.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(body).toContain("d".repeat(20_000));
    expect(body).toMatch(/left out \*\*plan output\*\*\. The whole text is in \[the job summary\]/);
  });
});

describe("bot pull requests", () => {
  const change = (count: number | null) => ({
    repo,
    base: "main",
    branch: "cloudneutral/autoscale/jp1",
    title: `autoscale jp1 → ${count}`,
    body: `Scale jp1 to ${count} nodes.`,
    commitMessage: `autoscale: jp1 to ${count} nodes`,
    files: {
      "infra/node-pool/jp1.tfvars": count === null ? "node_count = 3\n" : `node_count = ${count}\n`,
    },
  });
  const deps = () => ({ gh, log: silentLogger, settleMs: 10 });
  const fileOnBranch = async (ref: string) => {
    const { data } = await gh.rest.repos.getContent({
      ...repo,
      path: "infra/node-pool/jp1.tfvars",
      ref,
    });
    return Buffer.from((data as { content: string }).content, "base64").toString();
  };

  it("creates, updates in place, does nothing when unchanged, and closes when no longer wanted", async () => {
    const created = await proposeChange(deps(), change(5));
    expect(created.action).toBe("created");
    expect(await fileOnBranch("cloudneutral/autoscale/jp1")).toBe("node_count = 5\n");

    const updated = await proposeChange(deps(), change(6));
    expect(updated).toEqual({ action: "updated", number: created.number });
    expect(await fileOnBranch("cloudneutral/autoscale/jp1")).toBe("node_count = 6\n");
    const open = sim.pulls("acme", "platform").filter((p) => p.state === "open");
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      title: "autoscale jp1 → 6",
      head: { ref: "cloudneutral/autoscale/jp1" },
    });

    const writesBefore = sim.requests.filter(
      (r) => r.method !== "GET" && !/\/git\/trees$/.test(r.path),
    ).length;
    expect(await proposeChange(deps(), change(6))).toEqual({
      action: "unchanged",
      number: created.number,
    });
    expect(
      sim.requests.filter((r) => r.method !== "GET" && !/\/git\/trees$/.test(r.path)).length,
    ).toBe(writesBefore);

    expect(await proposeChange(deps(), change(null))).toEqual({
      action: "closed",
      number: created.number,
    });
    expect(sim.pulls("acme", "platform").find((p) => p.number === created.number)?.state).toBe(
      "closed",
    );
    await expect(
      gh.rest.git.getRef({ ...repo, ref: "heads/cloudneutral/autoscale/jp1" }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await proposeChange(deps(), change(null))).toEqual({ action: "none" });
  });

  it("deletes files through the API, ignoring deletions of files that are not there", async () => {
    const result = await proposeChange(deps(), {
      ...change(5),
      title: "cleanup",
      branch: "cloudneutral/cleanup",
      files: { "README.md": null, "infra/never-existed.tf": null },
    });
    expect(result.action).toBe("created");
    await expect(
      gh.rest.repos.getContent({ ...repo, path: "README.md", ref: "cloudneutral/cleanup" }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await fileOnBranch("cloudneutral/cleanup")).toBe("node_count = 3\n");
  });

  it("never overwrites a person's commit on the bot's branch; it comments instead", async () => {
    const created = await proposeChange(deps(), change(5));
    await sim.commit(
      "acme",
      "platform",
      "cloudneutral/autoscale/jp1",
      { "infra/node-pool/jp1.tfvars": "node_count = 8 # hold for the sale\n" },
      "hold at 8",
      "maria-lopez",
    );
    const blocked = await proposeChange(deps(), change(6));
    expect(blocked).toMatchObject({ action: "blocked", number: created.number });
    expect(await fileOnBranch("cloudneutral/autoscale/jp1")).toBe(
      "node_count = 8 # hold for the sale\n",
    );
    const comments = sim.comments("acme", "platform", created.number!);
    expect(
      comments.filter((c) => c.body.includes("did not update this pull request")),
    ).toHaveLength(1);
    await proposeChange(deps(), change(7));
    expect(
      sim
        .comments("acme", "platform", created.number!)
        .filter((c) => c.body.includes("did not update")),
    ).toHaveLength(1);
  });

  it('rides out an "already exists" race between two runs', async () => {
    const [a, b] = await Promise.all([
      proposeChange(deps(), change(5)),
      proposeChange(deps(), change(5)),
    ]);
    expect([a.action, b.action].sort()).toEqual(expect.arrayContaining(["created"]));
    expect(a.number).toBe(b.number);
    expect(sim.pulls("acme", "platform").filter((p) => p.state === "open")).toHaveLength(1);

    sim.faults.add({ method: "POST", path: /\/pulls$/, kind: "already-exists" });
    const other = await proposeChange(deps(), {
      ...change(4),
      branch: "cloudneutral/autoscale/sg1",
    });
    expect(other.action).toBe("created");
    expect(
      apiCalls("POST", /\/pulls$/).filter((r) => r.status === 422).length,
    ).toBeGreaterThanOrEqual(1);
  });
});

describe("the status branch", () => {
  it("loses no update when writers race, and its history is the audit log", async () => {
    const store = statusStore(gh, { repo, log: silentLogger, jitterMs: 20, attempts: 20 });
    const bump = (writer: string, i: number) =>
      store.write<{ applied: string[] }>(
        "apply/jp1.json",
        (cur) => ({ applied: [...(cur?.applied ?? []), `${writer}-${i}`] }),
        () => `apply: ${writer} run ${i} recorded for jp1`,
      );
    await Promise.all([
      (async () => {
        for (let i = 0; i < 4; i++) await bump("a", i);
      })(),
      (async () => {
        for (let i = 0; i < 4; i++) await bump("b", i);
      })(),
    ]);
    const doc = await store.read<{ applied: string[] }>("apply/jp1.json");
    expect(doc?.applied.sort()).toEqual(["a-0", "a-1", "a-2", "a-3", "b-0", "b-1", "b-2", "b-3"]);
    const history = await store.history("apply/jp1.json");
    expect(history).toHaveLength(8);
    expect(
      history.map((h) => h.message).every((m) => /^apply: [ab] run \d recorded for jp1/.test(m)),
    ).toBe(true);
  });

  it("re-reads and re-applies when the ref moves between read and write; unchanged values write nothing", async () => {
    const store = statusStore(gh, { repo, log: silentLogger, jitterMs: 5 });
    await store.write<{ n: number }>(
      "gtm/api.json",
      () => ({ n: 1 }),
      () => "gtm: api weights recorded",
    );
    sim.faults.add({
      method: "PATCH",
      path: /\/git\/refs\/heads\/cloudneutral\/status$/,
      kind: "move-ref-before",
      ref: "heads/cloudneutral/status",
    });
    const result = await store.write<{ n: number }>(
      "gtm/api.json",
      (cur) => ({ n: (cur?.n ?? 0) + 1 }),
      () => "gtm: api bumped",
    );
    expect(result.attempts).toBe(2);
    expect(await store.read("gtm/api.json")).toEqual({ n: 2 });
    const same = await store.write<{ n: number }>(
      "gtm/api.json",
      (cur) => cur!,
      () => "noop",
    );
    expect(same.commit).toBeUndefined();
  });
});
