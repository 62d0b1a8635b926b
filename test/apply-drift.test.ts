// The drift run against the local GitHub and the Terraform stand-in: alert opens one issue
// per drifted unit and keeps it (no duplicates), closes it once back in sync; the check
// lists units to correct with their Environment, and the correction applies and records it
// on the status branch; units the GitOps engine reconciles are left to it unless the matrix
// says otherwise — then their files and the cluster (kubectl diff) are compared, and config
// units are checked with the real ansible-playbook --check --diff.
import { appendFile, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { detectDrift, driftUnits } from "../lib/apply/drift.ts";
import { applyRecords } from "../lib/apply/records.ts";
import { unitFilesHash } from "../lib/engines/unit-files.ts";
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

async function drift(
  mode: "check" | "correct" = "check",
  more: Partial<Parameters<typeof detectDrift>[0]> = {},
) {
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
    mode,
    ...more,
  });
}

const applied = async () =>
  (await readFile(log, "utf8").catch(() => ""))
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { argv: string[]; cwd: string })
    .filter((c) => c.argv[0] === "apply")
    .map((c) => path.relative(path.join(repo, "infra"), c.cwd));

/** An apply of `unit` on the status branch, as apply records it. */
async function recordApplied(unit: string, hash = "a".repeat(64)): Promise<void> {
  const gh = createGitHubClient({
    token: sim.token,
    baseUrl: sim.url,
    log: silentLogger,
    backoffMs: 1,
  });
  const records = applyRecords(
    statusStore(gh, { repo: { owner: OWNER, repo: REPO }, log: silentLogger }),
    "41",
  );
  const at = new Date("2026-11-22T09:00:00Z");
  await records.claim(unit, "b".repeat(40), "b".repeat(40), at);
  await records.succeeded(unit, {
    commit: "b".repeat(40),
    hash,
    at: at.toISOString(),
    run: "41",
    result: "applied",
  });
}

describe("drift", () => {
  it("checks only units reconciled on drift or periodically", async () => {
    const { config } = await validateConfig(path.join(repo, "platform-config"));
    const units = listUnits(path.join(repo, "infra"));
    const checked = driftUnits(units, routeUnits(config, units)).map((u) => u.id);
    expect(checked).toContain("stacks/foundation/jp1");
    expect(checked).toContain("stacks/platform/jp1");
    expect(checked.some((id) => id.startsWith("k8s/") || id.startsWith("ansible/"))).toBe(false);
  });

  it("alerts once per drifted unit, lists what the matrix corrects, closes when back in sync", async () => {
    await standin("stacks/foundation/jp1", { fixture: "tpc-2-delete", planExit: 2 });
    await standin("stacks/platform/jp1", { fixture: "tpc-1-modify", planExit: 2 });
    await recordApplied("stacks/platform/jp1");
    const first = await drift();
    const by = (id: string) => first.find((r) => r.id === id);
    expect(by("stacks/foundation/jp1")).toMatchObject({ status: "drifted", policy: "alert" });
    // The check only names the correction and its Environment; nothing is applied here.
    expect(by("stacks/platform/jp1")).toMatchObject({
      status: "to-correct",
      policy: "correct",
      environment: "cloudneutral-platform-prod",
    });
    expect(first.filter((r) => r.status === "in-sync").length).toBe(first.length - 2);
    expect(await applied()).toEqual([]);
    // The job in the Environment checks the unit again and applies it.
    const platform = listUnits(path.join(repo, "infra")).filter(
      (u) => u.id === "stacks/platform/jp1",
    );
    const corrected = await drift("correct", { units: platform });
    expect(corrected).toMatchObject([{ id: "stacks/platform/jp1", status: "corrected" }]);
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

/** A DecisionMatrix that reconciles the applications and config layers periodically. */
const reconcileEverything = () =>
  writeFile(
    path.join(repo, "platform-config", "decision-matrix.yaml"),
    [
      "apiVersion: cloudneutral.io/v1alpha1",
      "kind: DecisionMatrix",
      "metadata:",
      "  name: drift-everything",
      "spec:",
      "  rows:",
      "    applications: { reconcile: periodic, drift: alert }",
      "    config: { reconcile: periodic }",
      "",
    ].join("\n"),
  );

const only = (id: string) => listUnits(path.join(repo, "infra")).filter((u) => u.id === id);

describe("drift of applications and config units", () => {
  it("the default matrix leaves them to their engines; a row reconciling them periodically checks them", async () => {
    const before = (await drift()).map((r) => r.id);
    expect(before.some((id) => id.startsWith("k8s/") || id.startsWith("ansible/"))).toBe(false);
    await reconcileEverything();
    const ids = (
      await drift("check", {
        units: listUnits(path.join(repo, "infra")).filter((u) => u.engine === "gitops"),
      })
    ).map((r) => r.id);
    expect(ids).toContain("k8s/jp1");
    expect(ids).toContain("gateway/jp1");
  });

  it("an application: its files against the ones last synced, and kubectl diff with a kubeconfig", async () => {
    await reconcileEverything();
    const unit = "k8s/jp1";
    const infraDir = path.join(repo, "infra");
    // Never synced, no kubeconfig: nothing to compare, and it says so.
    const [never] = await drift("check", { units: only(unit) });
    expect(never).toMatchObject({ id: unit, status: "in-sync", policy: "alert" });
    // Synced: the status branch holds the hash of the files the engine was given.
    await recordApplied(unit, unitFilesHash(infraDir, only(unit)[0]!));
    expect((await drift("check", { units: only(unit) }))[0]?.status).toBe("in-sync");
    // A manifest that is not the one synced: drifted, one issue that says why.
    await appendFile(path.join(infraDir, unit, "acme-payments-prod/payments-api.yaml"), "\n# x\n");
    const [changed] = await drift("check", { units: only(unit) });
    expect(changed).toMatchObject({ status: "drifted", issue: 1 });
    expect(sim.issues(OWNER, REPO)[0]?.body).toContain("are not the ones last synced");
    expect(sim.issues(OWNER, REPO)[0]?.body).toContain(
      "No kubeconfig: the cluster is not compared",
    );
    // With a kubeconfig, the real kubectl diffs against the cluster; one it cannot reach is
    // that unit's failure, in kubectl's words.
    const kubeconfig = path.join(await scratch("cn-kube-"), "config");
    await writeFile(
      kubeconfig,
      [
        "apiVersion: v1",
        "kind: Config",
        "clusters: [{ name: c, cluster: { server: 'http://127.0.0.1:9' } }]",
        "contexts: [{ name: x, context: { cluster: c, user: u } }]",
        "current-context: x",
        "users: [{ name: u, user: { token: t } }]",
        "",
      ].join("\n"),
    );
    const [unreachable] = await drift("check", {
      units: only(unit),
      ctx: { infraDir, log: silentLogger, terraformBinary: STANDIN, kubeconfig },
    });
    expect(unreachable?.status).toBe("failed");
    expect(unreachable?.message).toContain("connection refused");
    expect(sim.issues(OWNER, REPO)).toHaveLength(1);
  });

  // Five runs of a one-task playbook (four in check mode, one real), each sized at 30 s as
  // in engines-ansible.test.ts (a busy 2-core machine), three times over.
  it("a config unit: Ansible --check --diff finds it, the correction runs the playbook", {
    timeout: 450_000,
  }, async () => {
    await reconcileEverything();
    const unit = "ansible/eu1";
    const dir = path.join(repo, "infra", unit);
    await rm(dir, { recursive: true });
    const { mkdir } = await import("node:fs/promises");
    await mkdir(dir, { recursive: true });
    await writeFile(
      path.join(dir, "inventory.yml"),
      [
        "all:",
        "  hosts:",
        "    localhost:",
        "      ansible_connection: local",
        '      ansible_python_interpreter: "{{ ansible_playbook_python }}"',
        "",
      ].join("\n"),
    );
    await writeFile(
      path.join(dir, "site.yml"),
      [
        "- hosts: all",
        "  gather_facts: false",
        "  tasks:",
        "    - ansible.builtin.copy:",
        '        dest: "{{ motd }}"',
        '        content: "reviewed\\n"',
        "",
      ].join("\n"),
    );
    const motd = path.join(await scratch("cn-drift-ansible-"), "motd");
    const ctx = {
      infraDir: path.join(repo, "infra"),
      log: silentLogger,
      terraformBinary: STANDIN,
      ansibleVars: { motd },
      env: { ANSIBLE_LOCALHOST_WARNING: "0" },
    };
    const check = () => drift("check", { units: only(unit), ctx });
    // Never applied: what the head holds was never reviewed into place; alerted only.
    const [never] = await check();
    expect(never).toMatchObject({
      status: "drifted",
      message: `${unit}: drifted; alerted (never applied)`,
    });
    await recordApplied(unit);
    const [missing] = await check();
    expect(missing).toMatchObject({ status: "to-correct", policy: "correct" });
    expect(await readFile(motd, "utf8").catch(() => "absent")).toBe("absent");
    const [corrected] = await drift("correct", { units: only(unit), ctx });
    expect(corrected?.status).toBe("corrected");
    expect(await readFile(motd, "utf8")).toBe("reviewed\n");
    expect((await check())[0]?.status).toBe("in-sync");
    // Changed by hand on the host: drifted again.
    await writeFile(motd, "edited on the host\n");
    expect((await check())[0]?.status).toBe("to-correct");
  });
});
