// The drift run against the local GitHub and the Terraform stand-in: alert opens one issue
// per drifted unit and keeps it (no duplicates), closes it once back in sync; correct
// applies and records it on the status branch; units the GitOps engine reconciles are left
// to it.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { detectDrift, driftUnits } from "../lib/apply/drift.ts";
import { applyRecords } from "../lib/apply/records.ts";
import { createGitHubClient } from "../lib/github/client.ts";
import { statusStore } from "../lib/github/status-store.ts";
import { silentLogger } from "../lib/logger.ts";
import { validateConfig } from "../lib/model/index.ts";
import { listUnits } from "../lib/stacks/inventory.ts";
import { routeUnits } from "../lib/stacks/routing.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import { ROOT, sampleRepo, scratch } from "./helpers.ts";

const OWNER = "cloudneutral";
const REPO = "platform";
const STANDIN = path.join(ROOT, "test/fixtures/bin/terraform");

let sim: GitHubSim;
let repo: string;
let log: string;

beforeEach(async () => {
  sim = await startGitHubSim();
  await sim.createRepo(OWNER, REPO);
  repo = await sampleRepo({ infra: true });
  log = path.join(await scratch("cn-drift-log-"), "calls.jsonl");
});

afterEach(async () => {
  expect(sim.openapiErrors).toEqual([]);
  await sim.close();
});

const standin = (stack: string, config: object) =>
  writeFile(path.join(repo, "infra", stack, ".standin.json"), JSON.stringify(config));

async function drift() {
  const infraDir = path.join(repo, "infra");
  const { config } = await validateConfig(path.join(repo, "platform-config"));
  const units = listUnits(infraDir);
  const gh = createGitHubClient({
    token: sim.token,
    baseUrl: sim.url,
    log: silentLogger,
    backoffMs: 1,
  });
  const ghRepo = { owner: OWNER, repo: REPO };
  const records = applyRecords(statusStore(gh, { repo: ghRepo, log: silentLogger }), "42");
  return detectDrift({
    units,
    routes: routeUnits(config, units),
    ctx: {
      infraDir,
      log: silentLogger,
      terraformBinary: STANDIN,
      env: { STANDIN_LOG: log },
    },
    records,
    commit: "c".repeat(40),
    run: "42",
    now: () => new Date("2026-11-22T10:00:00Z"),
    github: { gh, repo: ghRepo },
  });
}

const applied = async () =>
  (await readFile(log, "utf8").catch(() => ""))
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { argv: string[]; cwd: string })
    .filter((c) => c.argv[0] === "apply")
    .map((c) => path.relative(path.join(repo, "infra"), c.cwd));

describe("drift", () => {
  it("checks only units reconciled on drift or periodically", async () => {
    const { config } = await validateConfig(path.join(repo, "platform-config"));
    const units = listUnits(path.join(repo, "infra"));
    const checked = driftUnits(units, routeUnits(config, units)).map((u) => u.id);
    expect(checked).toContain("stacks/foundation/jp1");
    expect(checked).toContain("stacks/platform/jp1");
    expect(checked.some((id) => id.startsWith("k8s/") || id.startsWith("ansible/"))).toBe(false);
  });

  it("alerts once per drifted unit, corrects where the matrix says so, closes when back in sync", async () => {
    await standin("stacks/foundation/jp1", { fixture: "tpc-2-delete", planExit: 2 });
    await standin("stacks/platform/jp1", { fixture: "tpc-1-modify", planExit: 2 });
    const first = await drift();
    const by = (id: string) => first.find((r) => r.id === id);
    expect(by("stacks/foundation/jp1")).toMatchObject({ status: "drifted", policy: "alert" });
    expect(by("stacks/platform/jp1")).toMatchObject({ status: "corrected", policy: "correct" });
    expect(first.filter((r) => r.status === "in-sync").length).toBe(first.length - 2);
    expect(await applied()).toEqual(["stacks/platform/jp1"]);
    const issues = sim.issues(OWNER, REPO);
    expect(issues.map((i) => [i.title, i.state, i.labels])).toEqual([
      ["Drift in stacks/foundation/jp1", "open", ["cloudneutral-drift"]],
    ]);
    expect(issues[0]?.body).toContain("`local_file.test`");

    // Still drifted: the same issue is updated, not a second one opened.
    await drift();
    expect(sim.issues(OWNER, REPO)).toHaveLength(1);

    await standin("stacks/foundation/jp1", { fixture: "tpc-4-empty", planExit: 0 });
    const third = await drift();
    expect(third.find((r) => r.id === "stacks/foundation/jp1")?.status).toBe("in-sync");
    expect(sim.issues(OWNER, REPO)[0]).toMatchObject({
      state: "closed",
      state_reason: "completed",
    });
  });

  it("a unit that cannot be planned is a failure of that unit only", async () => {
    await standin("stacks/k8s-base/sg1", { fixture: "tpc-0-create", fail: "plan" });
    const results = await drift();
    const failed = results.filter((r) => r.status === "failed");
    expect(failed.map((r) => r.id)).toEqual(["stacks/k8s-base/sg1"]);
    expect(failed[0]?.message).toContain("replayed failure");
    expect(results.filter((r) => r.status === "in-sync").length).toBe(results.length - 1);
  });
});

describe("apply and drift on the status branch", () => {
  async function setup(run: string) {
    const infraDir = path.join(repo, "infra");
    const gh = createGitHubClient({
      token: sim.token,
      baseUrl: sim.url,
      log: silentLogger,
      backoffMs: 1,
    });
    const records = applyRecords(
      statusStore(gh, { repo: { owner: OWNER, repo: REPO }, log: silentLogger, jitterMs: 20 }),
      run,
    );
    const { config } = await validateConfig(path.join(repo, "platform-config"));
    const units = listUnits(infraDir);
    return { infraDir, records, routes: routeUnits(config, units), units };
  }

  it("two runs applying one unit at once: it is applied once", async () => {
    const { applyUnit } = await import("../lib/apply/run.ts");
    await standin("stacks/platform/jp1", { fixture: "tpc-0-create", planExit: 2, sleep: 1 });
    const commit = "d".repeat(40);
    const attempt = async (run: string) => {
      const { infraDir, records, routes, units } = await setup(run);
      const unit = units.find((u) => u.id === "stacks/platform/jp1")!;
      return applyUnit(
        { id: unit.id, layer: unit.layer, region: unit.region, unit, files: [], since: commit },
        {
          commit,
          affected: [],
          routes,
          reviews: undefined,
          records,
          ctx: { infraDir, log: silentLogger, terraformBinary: STANDIN, env: { STANDIN_LOG: log } },
          run,
          now: () => new Date(),
        },
      );
    };
    const results = await Promise.all([attempt("1"), attempt("2")]);
    expect(results.map((r) => r.status).sort()).toEqual(["applied", "concurrent"]);
    expect(await applied()).toEqual(["stacks/platform/jp1"]);
    // And once done, a third run finds the commit applied.
    expect((await attempt("3")).status).toBe("already-applied");
  });

  it("a unit with changes not yet applied is alerted, never corrected", async () => {
    await standin("stacks/platform/jp1", { fixture: "tpc-1-modify", planExit: 2 });
    const { infraDir, records, routes, units } = await setup("7");
    const gh = createGitHubClient({
      token: sim.token,
      baseUrl: sim.url,
      log: silentLogger,
      backoffMs: 1,
    });
    const results = await detectDrift({
      units: units.filter((u) => u.id === "stacks/platform/jp1"),
      routes,
      pending: new Set(["stacks/platform/jp1"]),
      ctx: { infraDir, log: silentLogger, terraformBinary: STANDIN, env: { STANDIN_LOG: log } },
      records,
      commit: "e".repeat(40),
      run: "7",
      now: () => new Date(),
      github: { gh, repo: { owner: OWNER, repo: REPO } },
    });
    expect(results[0]).toMatchObject({ status: "drifted", policy: "correct" });
    expect(results[0]?.message).toContain("changes pending apply");
    expect(await applied()).toEqual([]);
    expect(sim.issues(OWNER, REPO)[0]?.body).toContain("not corrected");
  });
});
