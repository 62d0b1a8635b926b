// Maintenance windows at apply time (lib/apply/window-gate.ts), through applyAll as the action
// calls it, with a fake engine, a real git checkout, and the local GitHub for the PRs, the
// status branch and the audit: a k8s-base change merged outside its region's window is held
// (not applied, not failed, pending on the status branch, the commit status pending), then the
// hourly scheduled run applies it once the injected clock is inside the window. The
// autoscaler's pre-authorised node count is not held; the same edit by anyone else is.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ApplyRunOptions, applyAll } from "../lib/apply/index.ts";
import { applyRecords, type UnitRecord } from "../lib/apply/records.ts";
import { applyUnits, heldDependency } from "../lib/apply/run.ts";
import { windowHold } from "../lib/apply/window-gate.ts";
import type { Engine } from "../lib/engines/index.ts";
import { createGitHubClient, type GitHub } from "../lib/github/client.ts";
import { statusStore } from "../lib/github/status-store.ts";
import { silentLogger } from "../lib/logger.ts";
import { DEFAULT_AUTOSCALE_AUTHOR } from "../lib/policy/preauthorised.ts";
import type { AffectedUnit } from "../lib/stacks/affected.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import { gitCheckout } from "./harness.ts";
import { sampleRepo } from "./helpers.ts";
import { adoptedStatus } from "./status-records.ts";

const run = promisify(execFile);
const OWNER = "cloudneutral";
const REPO = "platform";
const UNIT = "stacks/k8s-base/jp1";
const BOT = DEFAULT_AUTOSCALE_AUTHOR;
// jp1's window: Sundays 17:00 UTC for 120 minutes (platform-config/regions/jp1.yaml).
const THURSDAY = new Date("2026-12-03T10:00:00Z");
const SUNDAY_IN_WINDOW = new Date("2026-12-06T17:30:00Z");

let sim: GitHubSim;
let gh: GitHub;
let workspace: string;
let base: string;
let applied: string[];

beforeEach(async () => {
  sim = await startGitHubSim();
  await sim.createRepo(OWNER, REPO);
  gh = createGitHubClient({
    token: sim.token,
    baseUrl: sim.url,
    log: silentLogger,
    backoffMs: 1,
    minWriteIntervalMs: 0,
  });
  workspace = await sampleRepo({ infra: true });
  base = await gitCheckout(workspace);
  await run("git", ["push", "-q", "--force", sim.gitUrl(OWNER, REPO), "main"], { cwd: workspace });
  await adoptedStatus(sim, { owner: OWNER, repo: REPO, workspace, commit: base });
  applied = [];
});

afterEach(async () => {
  expect(sim.openapiErrors).toEqual([]);
  await sim.close();
});

/** Every unit has changes to plan; apply notes the unit. */
const engineFor: ApplyRunOptions["engineFor"] = async () =>
  ({
    name: "terraform",
    async plan() {
      return { changed: true, hash: "1".repeat(64), text: "~ node_count" };
    },
    async apply(unit) {
      applied.push(unit.id);
      return { output: "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." };
    },
  }) satisfies Engine;

/** A PR by `user` that edits `files` (text replaced in each), merged; the checkout at the merge. */
async function mergedPull(user: string, files: Record<string, [string, string]>): Promise<string> {
  const branch = `change-${sim.pulls(OWNER, REPO).length + 1}`;
  const edits: Record<string, string> = {};
  for (const [file, [from, to]] of Object.entries(files)) {
    const text = await readFile(path.join(workspace, file), "utf8");
    expect(text).toContain(from);
    edits[file] = text.replace(from, to);
  }
  await sim.commit(OWNER, REPO, branch, edits, `${user}: ${Object.keys(files).join(", ")}`, user);
  const number = sim.createPull(OWNER, REPO, { head: branch, base: "main", title: branch, user });
  const merged = await sim.mergePull(OWNER, REPO, number);
  await run("git", ["fetch", "-q", sim.gitUrl(OWNER, REPO), "main"], { cwd: workspace });
  await run("git", ["reset", "-q", "--hard", "FETCH_HEAD"], { cwd: workspace });
  return merged;
}

function options(head: string, now: Date, over: Partial<ApplyRunOptions> = {}): ApplyRunOptions {
  return {
    repoDir: workspace,
    infraDir: "infra",
    configDir: "platform-config",
    head,
    before: base,
    github: { gh, repo: { owner: OWNER, repo: REPO }, runUrl: "https://github.example/run/1" },
    statusBranch: "cloudneutral/status",
    run: String(now.getTime()),
    log: silentLogger,
    engineContext: async () => ({ log: silentLogger, terraformBinary: "terraform" }),
    engineFor,
    requireReview: false,
    planAuthor: sim.botLogin,
    now: () => now,
    autoscaleAuthor: BOT,
    ...over,
  };
}

/** The scheduled run: no push behind it (no `before`), held units only. */
const scheduled = (head: string, now: Date) =>
  options(head, now, { before: undefined, heldOnly: true });

async function record(unit: string): Promise<UnitRecord | undefined> {
  const store = statusStore(gh, {
    repo: { owner: OWNER, repo: REPO },
    branch: "cloudneutral/status",
    log: silentLogger,
  });
  return store.read<UnitRecord>(`apply/${unit}.json`);
}

async function status(sha: string) {
  const { data } = await gh.rest.repos.getCombinedStatusForRef({
    owner: OWNER,
    repo: REPO,
    ref: sha,
  });
  return data.statuses.find((s) => s.context === "cloudneutral/apply");
}

const POOL_FILE = "infra/stacks/k8s-base/jp1/node-pool.tf";
const COUNT_FILE = "infra/node-pool/jp1.tfvars";

describe("maintenance windows at apply time", () => {
  it("holds a k8s-base change outside its window, then the scheduled run applies it inside", async () => {
    const text = await readFile(path.join(workspace, POOL_FILE), "utf8");
    const firstLine = text.split("\n")[0]!;
    const merged = await mergedPull("alice", {
      [POOL_FILE]: [firstLine, `${firstLine}\n# larger disks`],
    });

    const held = await applyAll(options(merged, THURSDAY));
    expect(applied).toEqual([]);
    const result = held.results.find((r) => r.id === UNIT);
    expect(result).toMatchObject({ status: "held", heldUntil: "2026-12-06T17:00:00.000Z" });
    expect(result?.message).toContain(`${UNIT}: held until 2026-12-06T17:00:00Z`);
    // Held is neither done nor failed: the step passes, the audit says so, nothing pages.
    expect(held.failure).toBeUndefined();
    expect(held.markdown).toContain("⏳ 1 unit(s) held for a maintenance window");
    expect(held.markdown).toContain("held until 2026-12-06T17:00:00Z");
    expect(await status(merged)).toMatchObject({
      state: "pending",
      description: expect.stringContaining("held for a maintenance window"),
    });
    const pull = sim.pulls(OWNER, REPO).find((p) => p.merge_commit_sha === merged)!;
    expect(
      sim
        .comments(OWNER, REPO, pull.number)
        .map((c) => c.body)
        .join("\n"),
    ).toContain("held until 2026-12-06T17:00:00Z");
    // Not lost: pending on the status branch from where its changes began.
    expect(await record(UNIT)).toMatchObject({
      pendingSince: base,
      held: { commit: merged, until: "2026-12-06T17:00:00.000Z" },
    });
    expect((await record(UNIT))?.lastFailure).toBeUndefined();

    // An hour later, still Thursday: the scheduled run holds it again.
    const later = await applyAll(scheduled(merged, new Date("2026-12-03T11:07:00Z")));
    expect(later.results.map((r) => [r.id, r.status])).toEqual([[UNIT, "held"]]);
    expect(applied).toEqual([]);

    // Sunday 17:30: inside the window, the scheduled run applies it and clears the hold.
    const open = await applyAll(scheduled(merged, SUNDAY_IN_WINDOW));
    expect(open.results.map((r) => [r.id, r.status])).toEqual([[UNIT, "applied"]]);
    expect(applied).toEqual([UNIT]);
    expect(open.failure).toBeUndefined();
    expect(await status(merged)).toMatchObject({ state: "success" });
    const done = await record(UNIT);
    expect(done?.pendingSince).toBeUndefined();
    expect(done?.held).toBeUndefined();
    expect(done?.lastApplied?.commit).toBe(merged);

    // The next hour has nothing held: it applies and reports nothing.
    const idle = await applyAll(scheduled(merged, new Date("2026-12-06T18:07:00Z")));
    expect(idle.results).toEqual([]);
    expect(applied).toEqual([UNIT]);
    expect(await status(merged)).toMatchObject({ state: "success" });
  });

  it("applies the autoscaler's pre-authorised count outside the window; the same edit by a person waits", async () => {
    const bot = await mergedPull(BOT, { [COUNT_FILE]: ["node_count = 3", "node_count = 4"] });
    const outcome = await applyAll(options(bot, THURSDAY));
    expect(outcome.results.map((r) => [r.id, r.status])).toEqual([[UNIT, "applied"]]);
    expect(applied).toEqual([UNIT]);
    // The audit says why a unit behind a window was applied outside it.
    expect(outcome.results[0]?.message).toContain(
      `applied outside its maintenance window: node count 3 → 4 in ${COUNT_FILE} by ${BOT}, pre-authorised by AutoscalePolicy/jp1-nodes`,
    );

    // A person's 4 → 5, and a bot whose login is not the configured one: both held.
    const person = await mergedPull("alice", {
      [COUNT_FILE]: ["node_count = 4", "node_count = 5"],
    });
    const byPerson = await applyAll(options(person, THURSDAY, { before: bot }));
    expect(byPerson.results.map((r) => [r.id, r.status])).toEqual([[UNIT, "held"]]);
    expect(applied).toEqual([UNIT]);

    // The bot's next PR on top: the pending change since the last apply still holds the
    // person's edit, so the unit keeps waiting for its window.
    const next = await mergedPull(BOT, { [COUNT_FILE]: ["node_count = 5", "node_count = 6"] });
    const mixed = await applyAll(options(next, THURSDAY, { before: person }));
    expect(mixed.results.map((r) => [r.id, r.status])).toEqual([[UNIT, "held"]]);
    expect(applied).toEqual([UNIT]);
  });

  it("holds the bot's count beyond its policy's bounds, or with no bot configured", async () => {
    const far = await mergedPull(BOT, { [COUNT_FILE]: ["node_count = 3", "node_count = 13"] });
    const outcome = await applyAll(options(far, THURSDAY));
    expect(outcome.results.map((r) => [r.id, r.status])).toEqual([[UNIT, "held"]]);
    const unconfigured = await applyAll(
      options(far, THURSDAY, { autoscaleAuthor: "", run: "again" }),
    );
    expect(unconfigured.results.map((r) => [r.id, r.status])).toEqual([[UNIT, "held"]]);
    expect(applied).toEqual([]);
  });
});

describe("what stands on a held unit", () => {
  it("waits with it, pending and held, never skipped as a failure", async () => {
    // A status branch of its own: these units have no record, not the adopted ones.
    const store = statusStore(gh, {
      repo: { owner: OWNER, repo: REPO },
      branch: "cloudneutral/status-unrecorded",
      log: silentLogger,
    });
    const unit = (id: string): AffectedUnit => {
      const [, layer = "k8s-base", region = "jp1"] = id.split("/");
      const l = layer as AffectedUnit["layer"];
      return {
        id,
        layer: l,
        region,
        files: [],
        since: base,
        unit: { id, layer: l, region, engine: "terraform", varFiles: [], dependsOn: [], watch: [] },
      };
    };
    const until = new Date("2026-12-06T17:00:00Z");
    const results = await applyUnits({
      commit: base,
      affected: [unit(UNIT), { ...unit("k8s/jp1"), layer: "applications" }],
      routes: new Map(),
      reviews: undefined,
      records: applyRecords(store, "7"),
      ctx: { log: silentLogger, terraformBinary: "terraform", infraDir: workspace },
      run: "7",
      now: () => THURSDAY,
      engineFor,
      windowGate: async (a) =>
        a.layer === "k8s-base" ? { kind: "hold", hold: { until, why: "its window" } } : undefined,
    });
    expect(results.map((r) => [r.id, r.status])).toEqual([
      [UNIT, "held"],
      ["k8s/jp1", "held"],
    ]);
    expect(results[1]?.message).toContain(`it waits for ${UNIT}, which is held`);
    expect(applied).toEqual([]);
    expect(await store.read<UnitRecord>("apply/k8s/jp1.json")).toMatchObject({
      pendingSince: base,
      held: { until: until.toISOString() },
    });
    // A fan-out's job for the manifests finds the hold on the status branch, and waits too.
    const records = applyRecords(store, "8");
    const manifests = { ...unit("k8s/jp1"), layer: "applications" as const };
    expect(await heldDependency(manifests, [unit(UNIT)], records)).toMatchObject({
      until,
      why: `it waits for ${UNIT}, which is held until 2026-12-06T17:00:00Z`,
    });
    expect(await heldDependency(manifests, [unit("stacks/k8s-base/sg1")], records)).toBe(undefined);
  });
});

describe("windowHold", () => {
  const window = { days: ["sun" as const], start: "17:00", durationMinutes: 120 };
  const unit = { layer: "k8s-base" as const, region: "jp1" };

  it("holds only a unit whose row asks for the window, and only outside it", () => {
    expect(windowHold(unit, { maintenanceWindow: true }, [window], THURSDAY)).toMatchObject({
      until: new Date("2026-12-06T17:00:00Z"),
    });
    expect(windowHold(unit, { maintenanceWindow: true }, [window], SUNDAY_IN_WINDOW)).toBe(
      undefined,
    );
    expect(windowHold(unit, { maintenanceWindow: false }, [window], THURSDAY)).toBe(undefined);
    // A region without a window (on either side) takes changes at any time.
    expect(windowHold(unit, { maintenanceWindow: true }, [undefined, undefined], THURSDAY)).toBe(
      undefined,
    );
    // The merged head dropped the window: the one the unit was last applied with still holds.
    expect(
      windowHold(unit, { maintenanceWindow: true }, [undefined, window], THURSDAY),
    ).toBeDefined();
  });
});
