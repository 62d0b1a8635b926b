// The first adoption of an existing repository (or a reset status branch): no unit has an
// apply record, so the first push plans every unit once. Units without changes are recorded
// as no-changes; a unit whose plan has changes and no reviewed PR is pending — refused and
// reported, the run failing — and stays so on the next push, while the recorded units are
// not planned again. The apply entry points with a fake engine, real git, the local GitHub.
import { execFile } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ApplyRunOptions, applyAll } from "../lib/apply/index.ts";
import { applyRecords } from "../lib/apply/records.ts";
import type { Engine } from "../lib/engines/index.ts";
import { createGitHubClient } from "../lib/github/client.ts";
import { statusStore } from "../lib/github/status-store.ts";
import { silentLogger } from "../lib/logger.ts";
import { listUnits } from "../lib/stacks/inventory.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import { gitCheckout, gitCommit } from "./harness.ts";
import { sampleRepo } from "./helpers.ts";

const run = promisify(execFile);
const OWNER = "cloudneutral";
const REPO = "platform";
/** The units of this repository: three, to keep the status branch's writes few. */
const UNITS = ["stacks/foundation/jp1", "stacks/platform/jp1", "gateway/sg1"];
const CHANGED = "stacks/platform/jp1";

let sim: GitHubSim;
let workspace: string;
let planned: string[];
let applied: string[];

const gh = () =>
  createGitHubClient({
    token: sim.token,
    baseUrl: sim.url,
    log: silentLogger,
    backoffMs: 1,
    minWriteIntervalMs: 0,
  });

/** Commits a change outside infra/ and pushes it; returns the new head. */
async function push(file: string, text: string): Promise<string> {
  await writeFile(path.join(workspace, file), text);
  const sha = await gitCommit(workspace, `edit ${file}`);
  await run("git", ["push", "-q", "--force", sim.gitUrl(OWNER, REPO), "main"], {
    cwd: workspace,
  });
  return sha;
}

beforeEach(async () => {
  sim = await startGitHubSim();
  await sim.createRepo(OWNER, REPO);
  workspace = await sampleRepo({ infra: true });
  for (const u of listUnits(path.join(workspace, "infra")))
    if (!UNITS.includes(u.id)) await rm(path.join(workspace, "infra", u.id), { recursive: true });
  await gitCheckout(workspace);
  planned = [];
  applied = [];
});

afterEach(async () => {
  expect(sim.openapiErrors).toEqual([]);
  await sim.close();
});

/** Plans a change for CHANGED only; notes what it plans and applies. */
const engineFor: ApplyRunOptions["engineFor"] = async () =>
  ({
    name: "terraform",
    async plan(unit) {
      planned.push(unit.id);
      return { changed: unit.id === CHANGED, hash: "1".repeat(64), text: "~ resized" };
    },
    async apply(unit) {
      applied.push(unit.id);
      return { output: "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." };
    },
  }) satisfies Engine;

const options = (head: string, before: string): ApplyRunOptions => ({
  repoDir: workspace,
  infraDir: "infra",
  configDir: "platform-config",
  head,
  before,
  github: { gh: gh(), repo: { owner: OWNER, repo: REPO } },
  statusBranch: "cloudneutral/status",
  run: "1",
  log: silentLogger,
  engineContext: async () => ({ log: silentLogger, terraformBinary: "terraform" }),
  engineFor,
  requireReview: true,
  planAuthor: sim.botLogin,
  now: () => new Date("2026-11-22T10:00:00Z"),
});

describe("the first adoption of a repository (no status branch)", () => {
  it("plans every unit once, records the unchanged, reports the changed one pending", async () => {
    // The workflow is added: the first push apply sees, its `before` the old tip.
    const old = (await run("git", ["rev-parse", "HEAD"], { cwd: workspace })).stdout.trim();
    const adopted = await push("ADOPTED.md", "CloudNeutral applies this repository now.\n");
    const first = await applyAll(options(adopted, old));
    expect([...planned].sort()).toEqual([...UNITS].sort());
    expect(first.results.map((r) => [r.id, r.status])).toEqual([
      ["stacks/foundation/jp1", "no-changes"],
      ["stacks/platform/jp1", "refused"],
      ["gateway/sg1", "no-changes"],
    ]);
    expect(first.results[1]?.message).toContain(
      "stacks/platform/jp1: pending — it has no apply record",
    );
    expect(first.failure).toBe("apply: not every unit was applied; see the job summary");
    expect(applied).toEqual([]);
    const records = applyRecords(
      statusStore(gh(), { repo: { owner: OWNER, repo: REPO }, log: silentLogger }),
      "0",
    );
    // reviewGate's no-changes path writes the record: those units count from it from now on.
    expect((await records.read("gateway/sg1")).lastApplied).toMatchObject({
      commit: adopted,
      result: "no-changes",
    });
    const pending = await records.read(CHANGED);
    expect(pending.lastApplied).toBeUndefined();
    expect(pending.pendingSince).toMatch(/^[0-9a-f]{40}$/);

    // The next push changes nothing in infra/: only the pending unit is planned, and refused.
    planned = [];
    const next = await push("NOTES.md", "unrelated\n");
    const second = await applyAll(options(next, adopted));
    expect(planned).toEqual([CHANGED]);
    expect(second.results.map((r) => [r.id, r.status])).toEqual([[CHANGED, "refused"]]);
    expect(second.failure).toBeDefined();
  });
});
