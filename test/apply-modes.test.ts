// The apply entry points (lib/apply/index.ts) as the action calls them, with a fake engine:
// a real git checkout for the scope, the local GitHub for the status branch, the audit and
// the drift issues. What each mode returns is what the adapter writes out.
import { appendFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ApplyRunOptions, applyAll, applyDrift, applyMatrix } from "../lib/apply/index.ts";
import type { Engine } from "../lib/engines/index.ts";
import { createGitHubClient } from "../lib/github/client.ts";
import { type Logger, silentLogger } from "../lib/logger.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import { gitCheckout, gitCommit } from "./harness.ts";
import { sampleRepo } from "./helpers.ts";
import { adoptedStatus } from "./status-records.ts";

const OWNER = "cloudneutral";
const REPO = "platform";
const STACK = "stacks/platform/jp1";

let sim: GitHubSim;
let workspace: string;
let base: string;
let head: string;
let warnings: string[];
let applied: string[];

beforeEach(async () => {
  sim = await startGitHubSim();
  await sim.createRepo(OWNER, REPO);
  workspace = await sampleRepo({ infra: true });
  base = await gitCheckout(workspace);
  await appendFile(path.join(workspace, "infra", STACK, "modules.tf"), "\n# resized\n");
  head = await gitCommit(workspace, "orders-db: resized");
  const { execFile } = await import("node:child_process");
  await new Promise<void>((resolve, reject) =>
    execFile(
      "git",
      ["push", "-q", "--force", sim.gitUrl(OWNER, REPO), "main"],
      { cwd: workspace },
      (err) => (err ? reject(err) : resolve()),
    ),
  );
  // An adopted repository: every unit was applied at base, so only the push's change is planned.
  await adoptedStatus(sim, { owner: OWNER, repo: REPO, workspace, commit: base });
  warnings = [];
  applied = [];
});

afterEach(async () => {
  expect(sim.openapiErrors).toEqual([]);
  await sim.close();
});

/** Plans a change only for the units in `changed`; apply notes the unit. */
const fakeEngine =
  (changed: Set<string>, failing = new Set<string>()): ApplyRunOptions["engineFor"] =>
  async () =>
    ({
      name: "terraform",
      async plan(unit) {
        if (failing.has(unit.id)) throw new Error("no credentials");
        return { changed: changed.has(unit.id), hash: "1".repeat(64), text: "~ resized" };
      },
      async apply(unit) {
        applied.push(unit.id);
        return { output: "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." };
      },
    }) satisfies Engine;

function options(engineFor: ApplyRunOptions["engineFor"]): ApplyRunOptions {
  const log: Logger = { ...silentLogger, warning: (m) => warnings.push(m) };
  return {
    repoDir: workspace,
    infraDir: "infra",
    configDir: "platform-config",
    head,
    before: base,
    github: {
      gh: createGitHubClient({
        token: sim.token,
        baseUrl: sim.url,
        log: silentLogger,
        backoffMs: 1,
        minWriteIntervalMs: 0,
      }),
      repo: { owner: OWNER, repo: REPO },
      runUrl: "https://github.example/run/1",
    },
    statusBranch: "cloudneutral/status",
    run: "1",
    log,
    engineContext: async () => ({ log: silentLogger, terraformBinary: "terraform" }),
    engineFor,
    requireReview: false,
    planAuthor: sim.botLogin,
    now: () => new Date("2026-11-22T10:00:00Z"),
  };
}

describe("apply entry points", () => {
  it("applyAll applies what the push changed and says so in outputs and summary", async () => {
    const outcome = await applyAll(options(fakeEngine(new Set([STACK]))));
    expect(outcome.failure).toBeUndefined();
    expect(applied).toEqual([STACK]);
    const statuses = JSON.parse(outcome.outputs.results ?? "[]");
    expect(statuses).toContainEqual({ unit: STACK, status: "applied" });
    expect(outcome.markdown).toContain(STACK);
    expect(warnings).toEqual([]);
    // Again: the commit is applied, so the unit is no longer affected; nothing runs twice.
    applied = [];
    const again = await applyAll(options(fakeEngine(new Set([STACK]))));
    expect(again.results.map((r) => r.id)).not.toContain(STACK);
    expect(applied).toEqual([]);
  });

  it("applyAll with review required refuses what no merged PR reviewed, and fails", async () => {
    const outcome = await applyAll({
      ...options(fakeEngine(new Set([STACK]))),
      requireReview: true,
    });
    expect(outcome.results.find((r) => r.id === STACK)?.status).toBe("refused");
    expect(outcome.failure).toBe("apply: not every unit was applied; see the job summary");
    expect(applied).toEqual([]);
  });

  it("applyMatrix lists the affected units as matrix outputs, applying nothing", async () => {
    const { outputs } = await applyMatrix(options(fakeEngine(new Set([STACK]))));
    expect(Object.values(outputs).join("\n")).toContain(STACK);
    expect(applied).toEqual([]);
  });

  it("applyDrift alerts, names the drifted units, and fails on a unit it cannot plan", async () => {
    // The pushed change is not applied yet: its drift is alerted, never corrected.
    const outcome = await applyDrift(options(fakeEngine(new Set([STACK]))));
    expect(JSON.parse(outcome.outputs.drifted ?? "[]")).toEqual([STACK]);
    expect(outcome.results.find((r) => r.id === STACK)).toMatchObject({
      status: "drifted",
      policy: "correct",
    });
    expect(outcome.failure).toBeUndefined();
    expect(outcome.markdown).toContain(STACK);
    expect(sim.issues(OWNER, REPO).map((i) => i.title)).toEqual([`Drift in ${STACK}`]);
    expect(applied).toEqual([]);

    const failed = await applyDrift(options(fakeEngine(new Set(), new Set([STACK]))));
    expect(failed.failure).toBe(`drift: ${STACK}: no credentials`);
  });
});
