// One unit's apply with a fake engine (ApplyOptions.engineFor) and the real records:
// claim → plan → review gate → backup → apply → record, and every way it stops short, in
// milliseconds instead of a Terraform run. The records keep their JSON in a store in memory
// (each status-branch write through the local GitHub costs about 300 ms of git); the last
// test runs the whole sequence once more on the local GitHub's status branch.
import { generateKeyPairSync } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { decryptBackup } from "../lib/apply/backup.ts";
import { applyRecords, type UnitRecord } from "../lib/apply/records.ts";
import type { Reviews } from "../lib/apply/reviews.ts";
import { type ApplyOptions, applyUnit, applyUnits } from "../lib/apply/run.ts";
import type { Engine, UnitPlan } from "../lib/engines/index.ts";
import { createGitHubClient } from "../lib/github/client.ts";
import {
  type StatusEntry,
  type StatusStore,
  type StatusWrite,
  statusStore,
} from "../lib/github/status-store.ts";
import { silentLogger } from "../lib/logger.ts";
import type { AffectedUnit } from "../lib/stacks/affected.ts";
import type { Unit } from "../lib/stacks/inventory.ts";
import type { UnitRoute } from "../lib/stacks/routing.ts";
import { startGitHubSim } from "./github-sim/index.ts";
import { scratch } from "./helpers.ts";

const OWNER = "cloudneutral";
const COMMIT = "c".repeat(40);
const SINCE = "b".repeat(40);
const HASH = "1".repeat(64);

/** What happened, in order: the fake engine's calls and the records' writes. */
let steps: string[];
let store: StatusStore;

/** The status store's contract (read, compare-and-set write, history) over a Map. */
function memoryStore(): StatusStore {
  const files = new Map<string, string>();
  const log: StatusEntry[] = [];
  return {
    branch: "cloudneutral/status",
    async read<T>(file: string) {
      const text = files.get(file);
      return text === undefined ? undefined : (JSON.parse(text) as T);
    },
    async write<T>(
      file: string,
      update: (current: T | undefined) => T,
      message: (value: T) => string,
    ): Promise<StatusWrite<T>> {
      const text = files.get(file);
      const value = update(text === undefined ? undefined : (JSON.parse(text) as T));
      const next = `${JSON.stringify(value, null, 2)}\n`;
      if (next === text) return { value, commit: undefined, attempts: 1 };
      files.set(file, next);
      const sha = String(log.length + 1).padStart(40, "0");
      log.unshift({ sha, message: message(value), date: new Date().toISOString() });
      return { value, commit: sha, attempts: 1 };
    },
    async history() {
      return [...log];
    },
  };
}

beforeEach(() => {
  steps = [];
  store = memoryStore();
});

/** The real records, each write noted in `steps`. */
function records(run = "42") {
  const real = applyRecords(store, run);
  return {
    ...real,
    claim: async (...args: Parameters<typeof real.claim>) => {
      steps.push(`claim ${args[0]}`);
      return real.claim(...args);
    },
    succeeded: async (...args: Parameters<typeof real.succeeded>) => {
      steps.push(`record ${args[0]} ${args[1].result}`);
      return real.succeeded(...args);
    },
    failed: async (...args: Parameters<typeof real.failed>) => {
      steps.push(`record ${args[0]} failed`);
      return real.failed(...args);
    },
  };
}

const readRecord = async (id: string): Promise<UnitRecord> => applyRecords(store, "0").read(id);

interface FakeSetup {
  plan?: Partial<UnitPlan> | Error;
  apply?: string | Error;
  state?: string;
}

/** An engine that plans and applies what it is told, per unit id, and says what it did. */
function fakeEngines(setup: Record<string, FakeSetup>): ApplyOptions["engineFor"] {
  const engine: Engine = {
    name: "terraform",
    async plan(unit) {
      steps.push(`plan ${unit.id}`);
      const p = setup[unit.id]?.plan ?? {};
      if (p instanceof Error) throw p;
      return { changed: true, hash: HASH, text: "", ...p };
    },
    async apply(unit) {
      steps.push(`apply ${unit.id}`);
      const a = setup[unit.id]?.apply ?? "Apply complete! Resources: 1 added.";
      if (a instanceof Error) throw a;
      return { output: `planning…\n${a}\n` };
    },
    async backup(unit) {
      steps.push(`backup ${unit.id}`);
      return setup[unit.id]?.state ?? '{"version":4}';
    },
  };
  return async () => engine;
}

function affected(id: string, extra: Partial<Unit> = {}): AffectedUnit {
  const [, layer = "platform", region = "jp1"] = id.split("/");
  const unit: Unit = {
    id,
    layer: layer as Unit["layer"],
    region,
    engine: "terraform",
    varFiles: [],
    dependsOn: [],
    watch: [id],
    ...extra,
  };
  return { id, layer: unit.layer, region, unit, files: [], since: SINCE };
}

const reviewed = (hashes: Record<string, string>): Reviews => ({
  byUnit: new Map(
    Object.entries(hashes).map(([id, hash]) => [id, { hash, commit: "d".repeat(40), pull: 3 }]),
  ),
  problems: [],
});

function options(
  units: AffectedUnit[],
  setup: Record<string, FakeSetup>,
  extra: Partial<ApplyOptions> = {},
): ApplyOptions {
  return {
    commit: COMMIT,
    affected: units,
    routes: new Map(units.map((u) => [u.id, { backup: "none" } as UnitRoute])),
    reviews: undefined,
    records: records(),
    ctx: { infraDir: "/nonexistent/infra", log: silentLogger, terraformBinary: "terraform" },
    run: "42",
    now: () => new Date("2026-11-22T10:00:00Z"),
    engineFor: fakeEngines(setup),
    ...extra,
  };
}

const ID = "stacks/platform/jp1";

async function appliesInOrder(): Promise<void> {
  const keys = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  const dir = await scratch("cn-backups-");
  const unit = affected(ID);
  const result = await applyUnit(
    unit,
    options(
      [unit],
      { [ID]: { state: '{"secret":"s3"}' } },
      {
        reviews: reviewed({ [ID]: HASH }),
        routes: new Map([[ID, { backup: "state-snapshot" } as UnitRoute]]),
        backup: { dir, publicKey: keys.publicKey },
      },
    ),
  );
  expect(result).toMatchObject({
    id: ID,
    status: "applied",
    message: `${ID}: Apply complete! Resources: 1 added. (reviewed in PR #3)`,
    hash: HASH,
    startedAt: "2026-11-22T10:00:00.000Z",
  });
  expect(steps).toEqual([
    `claim ${ID}`,
    `plan ${ID}`,
    `backup ${ID}`,
    `apply ${ID}`,
    `record ${ID} applied`,
  ]);
  expect(result.backup).toBe(path.join(dir, `stacks__platform__jp1.${"c".repeat(12)}.tfstate.enc`));
  const sealed = JSON.parse(await readFile(result.backup!, "utf8"));
  expect(decryptBackup(sealed, keys.privateKey)).toBe('{"secret":"s3"}');
  const record = await readRecord(ID);
  expect(record.lastApplied).toMatchObject({ commit: COMMIT, hash: HASH, result: "applied" });
  expect(record.inProgress).toBeUndefined();
  expect(record.pendingSince).toBeUndefined();
}

describe("applyUnit with a fake engine", () => {
  it(
    "claims, plans, checks the review, backs up, applies, records — in that order",
    appliesInOrder,
  );

  it("no changes: recorded, nothing applied, no review needed", async () => {
    const unit = affected(ID);
    const result = await applyUnit(
      unit,
      options([unit], { [ID]: { plan: { changed: false } } }, { reviews: reviewed({}) }),
    );
    expect(result).toMatchObject({ status: "no-changes", message: `${ID}: nothing to change` });
    expect(steps).toEqual([`claim ${ID}`, `plan ${ID}`, `record ${ID} no-changes`]);
    expect((await readRecord(ID)).lastApplied?.result).toBe("no-changes");
  });

  it("a plan that is not the reviewed one is refused and recorded as pending", async () => {
    const unit = affected(ID);
    const result = await applyUnit(
      unit,
      options([unit], {}, { reviews: reviewed({ [ID]: "9".repeat(64) }) }),
    );
    expect(result.status).toBe("refused");
    expect(result.message).toContain("is not the plan reviewed in PR #3");
    expect(steps).toEqual([`claim ${ID}`, `plan ${ID}`, `record ${ID} failed`]);
    const record = await readRecord(ID);
    expect(record.pendingSince).toBe(SINCE);
    expect(record.lastFailure?.error).toContain("not the plan reviewed");
    expect(record.inProgress).toBeUndefined();
  });

  it("no review at all is refused", async () => {
    const unit = affected(ID);
    const result = await applyUnit(unit, options([unit], {}, { reviews: reviewed({}) }));
    expect(result.status).toBe("refused");
    expect(result.message).toContain("has a reviewed plan for it");
    expect(steps).not.toContain(`apply ${ID}`);
  });

  it("a failed plan or apply is a failed unit, recorded, claim released", async () => {
    const unit = affected(ID);
    const planFailed = await applyUnit(
      unit,
      options([unit], { [ID]: { plan: new Error("no credentials") } }),
    );
    expect(planFailed).toMatchObject({ status: "failed", message: "no credentials" });
    const applyFailed = await applyUnit(
      unit,
      options([unit], { [ID]: { apply: new Error("quota exceeded") } }),
    );
    expect(applyFailed).toMatchObject({ status: "failed", message: "quota exceeded", hash: HASH });
    const record = await readRecord(ID);
    expect(record.lastFailure?.error).toBe("quota exceeded");
    expect(record.inProgress).toBeUndefined();
    expect(record.pendingSince).toBe(SINCE);
  });

  it("a commit already applied is not planned again; a unit claimed by another run waits", async () => {
    const unit = affected(ID);
    expect((await applyUnit(unit, options([unit], {}))).status).toBe("applied");
    steps = [];
    const again = await applyUnit(unit, options([unit], {}));
    expect(again).toMatchObject({ status: "already-applied", hash: HASH });
    expect(steps).toEqual([`claim ${ID}`]);

    const other = "stacks/platform/sg1";
    await records("999").claim(other, COMMIT, SINCE, new Date("2026-11-22T09:59:00Z"));
    steps = [];
    const held = await applyUnit(affected(other), options([affected(other)], {}));
    expect(held.status).toBe("concurrent");
    expect(held.message).toContain("is being applied by run 999");
    expect(steps).toEqual([`claim ${other}`]);
  });

  it("a removed unit is reported, not claimed", async () => {
    const gone: AffectedUnit = { ...affected(ID), unit: undefined };
    const result = await applyUnit(gone, options([gone], {}));
    expect(result.status).toBe("removed");
    expect(steps).toEqual([]);
  });
});

describe("applyUnits with a fake engine", () => {
  it("applies layer by layer and skips what depends on a unit that did not apply", async () => {
    const foundation = affected("stacks/foundation/jp1");
    const platform = affected("stacks/platform/jp1", { dependsOn: ["stacks/foundation/jp1"] });
    const manifests: AffectedUnit = {
      ...affected("k8s/jp1"),
      layer: "applications",
      region: "jp1",
    };
    manifests.unit = { ...manifests.unit!, layer: "applications", region: "jp1" };
    const elsewhere = affected("stacks/platform/sg1");
    const units = [manifests, platform, elsewhere, foundation];
    const results = await applyUnits(
      options(units, { "stacks/foundation/jp1": { apply: new Error("boom") } }),
    );
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ["stacks/foundation/jp1", "failed"],
      ["stacks/platform/jp1", "skipped"],
      ["stacks/platform/sg1", "applied"],
      ["k8s/jp1", "skipped"],
    ]);
    expect(results[1]?.message).toBe(
      "stacks/platform/jp1: not applied because stacks/foundation/jp1 did not apply (failed)",
    );
    expect(results[3]?.message).toBe(
      "k8s/jp1: not applied because stacks/platform/jp1 did not apply (skipped)",
    );
    expect(steps.filter((s) => s.startsWith("apply "))).toEqual([
      "apply stacks/foundation/jp1",
      "apply stacks/platform/sg1",
    ]);
  });
});

describe("on the local GitHub's status branch", () => {
  it("claims, plans, checks the review, backs up, applies, records — in that order", async () => {
    const sim = await startGitHubSim();
    try {
      const repo = { owner: OWNER, repo: "platform" };
      await sim.createRepo(repo.owner, repo.repo);
      const gh = createGitHubClient({
        token: sim.token,
        baseUrl: sim.url,
        log: silentLogger,
        backoffMs: 1,
        minWriteIntervalMs: 0,
      });
      store = statusStore(gh, { repo, log: silentLogger, jitterMs: 1 });
      await appliesInOrder();
      expect((await store.history("apply/stacks/platform/jp1.json")).map((e) => e.message)).toEqual(
        [
          `apply ${ID}: applied at ${"c".repeat(12)} (plan ${"1".repeat(12)}, run 42)`,
          `apply ${ID}: claimed by run 42 at ${"c".repeat(12)}`,
        ],
      );
      expect(sim.openapiErrors).toEqual([]);
    } finally {
      await sim.close();
    }
  });
});
