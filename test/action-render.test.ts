// The bundled action, run as the runner runs it (test/harness.ts): `node dist/render.js` under
// Node 24 in a git checkout, with INPUT_* variables, an event payload, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files; annotations are read back the way the runner parses them.
import { execFile } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { startGitHubSim } from "./github-sim/index.ts";
import {
  gitCheckout,
  gitCommit,
  githubUrls,
  NODE24,
  parseAnnotations,
  parseFileCommand,
  pullRequestEvent,
  runAction,
} from "./harness.ts";
import { ROOT, sampleRepo, snapshotTree } from "./helpers.ts";

const defaults = { "config-dir": "platform-config", "out-dir": "infra", mode: "write" };

/** A PR on `repo` (already a checkout of its base): commits the working tree as its head. */
async function openPullRequest(repo: string, base: string) {
  const head = await gitCommit(repo, "change the platform");
  return pullRequestEvent({
    number: 7,
    head: { ref: "change-platform", sha: head },
    base: { ref: "main", sha: base },
    user: "alice",
  });
}

describe("the render action (dist/render.js under Node 24)", () => {
  it("runs under the runtime action.yml declares", async () => {
    const { stdout } = await promisify(execFile)(NODE24, ["--version"]);
    expect(stdout).toMatch(/^v24\./);
    expect(await readFile(path.join(ROOT, "actions/render/action.yml"), "utf8")).toMatch(
      /using: node24\n\s+main: \.\.\/\.\.\/dist\/render\.js/,
    );
  });

  it("renders, sets outputs and writes a per-stack summary; a second run changes nothing", async () => {
    const workspace = await sampleRepo();
    await gitCheckout(workspace);
    const first = await runAction("render", { workspace, inputs: defaults });
    expect(first.code).toBe(0);
    expect(first.annotations).toEqual([]);
    expect(first.outputs.changed).toBe("true");
    const files = JSON.parse(first.outputs.files!) as { path: string; change: string }[];
    expect(
      files.some((f) => f.path === "stacks/foundation/jp1/network.tf" && f.change === "create"),
    ).toBe(true);
    expect(first.summary).toContain("| unit | + create | ~ update | − delete |");
    expect(first.summary).toMatch(/\| `stacks\/foundation\/jp1` \| \d+ \| 0 \| 0 \|/);

    const second = await runAction("render", { workspace, inputs: defaults });
    expect(second.code).toBe(0);
    expect(second.outputs).toEqual({ changed: "false", files: "[]" });
  });

  it("inputs a step leaves out take their action.yml defaults, as on the runner", async () => {
    const workspace = await sampleRepo();
    await gitCheckout(workspace);
    const run = await runAction("render", { workspace });
    expect(run.code).toBe(0);
    expect(run.outputs.changed).toBe("true");
    expect(Object.keys(await snapshotTree(path.join(workspace, "infra")))).toContain(
      "stacks/foundation/jp1/network.tf",
    );
  });

  it("check mode fails a pull request whose infra/ is stale, and writes nothing", async () => {
    const workspace = await sampleRepo({ infra: true });
    const base = await gitCheckout(workspace);
    await writeFile(path.join(workspace, "infra/gateway/eu1/nginx.conf"), "stale\n");
    const event = await openPullRequest(workspace, base);
    const before = await snapshotTree(path.join(workspace, "infra"));
    const run = await runAction("render", {
      workspace,
      eventName: "pull_request",
      event,
      inputs: { ...defaults, mode: "check" },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.changed).toBe("true");
    expect(run.annotations).toEqual([
      { kind: "error", message: expect.stringMatching(/^infra\/ is stale: 1 file\(s\) differ/) },
    ]);
    expect(await snapshotTree(path.join(workspace, "infra"))).toEqual(before);
  });

  it("reports configuration problems as annotations on their lines, all of them in the summary", async () => {
    const workspace = await sampleRepo();
    const base = await gitCheckout(workspace);
    for (let i = 0; i < 12; i++) {
      await writeFile(
        path.join(workspace, `platform-config/bad-${String(i).padStart(2, "0")}.yaml`),
        `apiVersion: cloudneutral.io/v1alpha1\nkind: Environment\nmetadata:\n  name: "Bad_${i}"\nspec: {approvals: 0, protected: false}\n`,
      );
    }
    const event = await openPullRequest(workspace, base);
    const run = await runAction("render", {
      workspace,
      eventName: "pull_request",
      event,
      inputs: defaults,
    });
    expect(run.code).toBe(1);
    const problems = run.annotations.filter((a) => a.file !== undefined);
    expect(problems).toHaveLength(10);
    expect(problems[0]).toEqual({
      kind: "error",
      file: "platform-config/bad-00.yaml",
      line: 4,
      column: 9,
      message: expect.stringMatching(/^metadata\.name: expected lower-case letters, digits and /),
    });
    expect(problems.map((a) => [a.kind, a.file, a.line, a.column])).toEqual(
      Array.from({ length: 10 }, (_, i) => [
        "error",
        `platform-config/bad-${String(i).padStart(2, "0")}.yaml`,
        4,
        9,
      ]),
    );
    expect(run.summary.match(/platform-config\/bad-\d+\.yaml:4:9/g)).toHaveLength(12);
    expect(await snapshotTree(path.join(workspace, "infra"))).toEqual({});
  });

  it("annotation properties survive GitHub's escaping (a file name with a comma and a colon)", async () => {
    const workspace = await sampleRepo();
    await writeFile(
      path.join(workspace, "platform-config/bad,env:1.yaml"),
      `apiVersion: cloudneutral.io/v1alpha1\nkind: Environment\nmetadata:\n  name: "Bad"\nspec: {approvals: 0, protected: false}\n`,
    );
    await gitCheckout(workspace);
    const run = await runAction("render", { workspace, inputs: defaults });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("file=platform-config/bad%2Cenv%3A1.yaml,");
    expect(run.annotations[0]).toMatchObject({
      kind: "error",
      file: "platform-config/bad,env:1.yaml",
      line: 4,
      column: 9,
    });
  });

  it("a missing required input fails the step with a clear message", async () => {
    const workspace = await sampleRepo();
    await gitCheckout(workspace);
    // On the runner an input is missing only when the step passes it empty: the default
    // from action.yml fills in one the step leaves out.
    const run = await runAction("render", {
      workspace,
      inputs: { "config-dir": "", "out-dir": "infra" },
    });
    expect(run.code).toBe(1);
    expect(run.annotations).toContainEqual({
      kind: "error",
      message: "Input required and not supplied: config-dir",
    });
  });

  it("an invalid mode is refused", async () => {
    const workspace = await sampleRepo();
    await gitCheckout(workspace);
    const run = await runAction("render", { workspace, inputs: { ...defaults, mode: "yolo" } });
    expect(run.code).toBe(1);
    expect(run.annotations).toContainEqual({
      kind: "error",
      message: 'input "mode" must be one of write, check; got "yolo"',
    });
  });
});

describe("the render action on a pull request, against the local GitHub", () => {
  it("keeps one sticky comment with the summary, masks the token, and reports problems there too", async () => {
    const sim = await startGitHubSim();
    try {
      await sim.createRepo("cloudneutral", "platform", { "README.md": "x\n" });
      const number = sim.createIssue("cloudneutral", "platform", { title: "change the platform" });
      const repo = await sampleRepo({ infra: true });
      const base = await gitCheckout(repo);
      await rm(path.join(repo, "platform-config/compositions/orders-db.yaml"));
      const head = await gitCommit(repo, "drop the orders database");
      const event = pullRequestEvent({
        number,
        head: { ref: "drop-db", sha: head },
        base: { sha: base },
      });
      const run = () =>
        runAction("render", {
          workspace: repo,
          apiUrl: sim.url,
          token: sim.token,
          eventName: "pull_request",
          event,
          inputs: { ...defaults, mode: "check", comment: "true" },
        });

      const first = await run();
      expect(first.code).toBe(1); // stale: the PR did not commit its re-rendered infra/
      const comments = () => sim.comments("cloudneutral", "platform", number);
      expect(comments()).toHaveLength(1);
      expect(comments()[0]!.body).toContain("| `stacks/platform/jp1` | 0 | 0 | 4 |");
      expect(comments()[0]!.user.login).toBe(sim.botLogin);
      expect(first.stdout).toContain(`::add-mask::${sim.token}`);
      for (const text of [
        first.stdout.replace(`::add-mask::${sim.token}`, ""),
        first.stderr,
        first.summary,
      ]) {
        expect(text).not.toContain(sim.token);
      }

      await writeFile(
        path.join(repo, "platform-config/bad.yaml"),
        "apiVersion: cloudneutral.io/v1alpha1\nkind: Nope\n",
      );
      await gitCommit(repo, "a broken document");
      const broken = await run();
      expect(broken.code).toBe(1);
      expect(comments()).toHaveLength(1);
      expect(comments()[0]!.body).toMatch(
        /Render: configuration problems[\s\S]*platform-config\/bad\.yaml:2:7/,
      );
      expect(sim.openapiErrors).toEqual([]);
    } finally {
      await sim.close();
    }
  });

  it("outside a pull request it does not comment", async () => {
    const repo = await sampleRepo({ infra: true });
    await gitCheckout(repo);
    const run = await runAction("render", {
      workspace: repo,
      inputs: { ...defaults, mode: "check", comment: "true" },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("not a pull request (push): no comment");
  });
});

describe("the runner harness", () => {
  it("decodes workflow commands as the runner does", () => {
    const stdout = [
      "plain output",
      "::error file=a%2Cb%3Ac.yaml,line=3,col=7,title=T%25::first%0Asecond %2C 100%25",
      "  ::warning::indented",
      "::notice line=1::note",
      "::stop-commands::pause-1",
      "::error::not a command while stopped",
      "::pause-1::",
      "::debug::not an annotation",
      "::error::after",
    ].join("\n");
    expect(parseAnnotations(stdout)).toEqual([
      {
        kind: "error",
        file: "a,b:c.yaml",
        line: 3,
        column: 7,
        title: "T%",
        message: "first\nsecond %2C 100%",
      },
      { kind: "warning", message: "indented" },
      { kind: "notice", line: 1, message: "note" },
      { kind: "error", message: "after" },
    ]);
  });

  it("reads GITHUB_OUTPUT's name=value lines and heredoc blocks, and rejects broken ones", () => {
    expect(
      parseFileCommand("a=1\nb<<ghadelimiter_x\nline 1\nline 2\nghadelimiter_x\nc=x=y\n"),
    ).toEqual({ a: "1", b: "line 1\nline 2", c: "x=y" });
    expect(() => parseFileCommand("b<<EOF\nnever closed\n")).toThrow(/unterminated/);
    expect(() => parseFileCommand("neither\n")).toThrow(/invalid/);
  });

  it("derives GitHub's server and GraphQL URLs and refuses anything but loopback", async () => {
    expect(githubUrls("http://127.0.0.1:8080/api/v3/")).toEqual({
      GITHUB_API_URL: "http://127.0.0.1:8080/api/v3",
      GITHUB_SERVER_URL: "http://127.0.0.1:8080",
      GITHUB_GRAPHQL_URL: "http://127.0.0.1:8080/api/graphql",
    });
    expect(githubUrls("http://localhost:9000")).toMatchObject({
      GITHUB_SERVER_URL: "http://localhost:9000",
      GITHUB_GRAPHQL_URL: "http://localhost:9000/graphql",
    });
    expect(() => githubUrls("https://api.github.com")).toThrow(/loopback/);
    const workspace = await sampleRepo();
    await expect(
      runAction("render", { workspace, env: { METRICS_URL: "http://10.0.0.1:9090" } }),
    ).rejects.toThrow(/loopback/);
  });

  it("refuses a workspace that is not a git checkout", async () => {
    const workspace = await sampleRepo();
    await expect(runAction("render", { workspace })).rejects.toThrow(/not a git checkout/);
  });
});
