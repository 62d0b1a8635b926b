// Which units a change affects, from a real git repository: files under a stack, local
// modules it calls (recursively), variable files it reads, platform-config changes that
// re-render it, removed stacks; and on main, changes since each unit's last apply.
import { execFile } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { affectedByPull, affectedSinceApplied } from "../lib/stacks/affected.ts";
import { listUnits, localModules } from "../lib/stacks/inventory.ts";
import { gitCheckout, gitCommit } from "./harness.ts";
import { sampleRepo } from "./helpers.ts";

const run = promisify(execFile);
let repo: string;
let base: string;

const ids = (a: { id: string }[]) => a.map((u) => u.id);

async function write(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
  await writeFile(path.join(repo, file), text);
}

beforeEach(async () => {
  repo = await sampleRepo({ infra: true });
  // A local module used by platform/jp1, which itself calls a shared one.
  await write("infra/modules/db/main.tf", 'module "tags" {\n  source = "../tags"\n}\n');
  await write("infra/modules/tags/main.tf", 'output "tags" {\n  value = {}\n}\n');
  await write(
    "infra/stacks/platform/jp1/local.tf",
    'module "db" {\n  source = "../../../modules/db"\n}\n',
  );
  base = await gitCheckout(repo);
  await run("git", ["checkout", "-q", "-b", "change"], { cwd: repo });
});

describe("the units of the rendered tree", () => {
  it("lists stacks in layer order with their variable files and local modules", () => {
    const units = listUnits(path.join(repo, "infra"));
    expect(ids(units).slice(0, 4)).toEqual([
      "stacks/foundation/cn1",
      "stacks/foundation/eu1",
      "stacks/foundation/jp1",
      "stacks/foundation/sg1",
    ]);
    expect(ids(units).slice(-2)).toEqual(["ansible/cn1", "ansible/eu1"]);
    const k8s = units.find((u) => u.id === "stacks/k8s-base/jp1");
    expect(k8s?.varFiles).toEqual(["node-pool/jp1.tfvars"]);
    expect(k8s?.dependsOn).toEqual(["stacks/foundation/jp1"]);
    const platform = units.find((u) => u.id === "stacks/platform/jp1");
    expect(platform?.watch).toEqual(["stacks/platform/jp1", "modules/db", "modules/tags"]);
    expect(units.find((u) => u.id === "gateway/jp1")).toMatchObject({
      layer: "applications",
      engine: "gitops",
    });
  });

  it("follows module cycles without looping and ignores sources outside the tree", async () => {
    await write("infra/modules/tags/cycle.tf", 'module "db" {\n  source = "../db"\n}\n');
    await write("infra/modules/tags/far.tf", 'module "x" {\n  source = "../../../../outside"\n}\n');
    expect(localModules(path.join(repo, "infra"), "stacks/platform/jp1")).toEqual([
      "modules/db",
      "modules/tags",
    ]);
  });
});

describe("units a pull request affects", () => {
  it("a module two calls deep affects the stack that uses it, and nothing else", async () => {
    await write("infra/modules/tags/main.tf", 'output "tags" {\n  value = { a = 1 }\n}\n');
    await gitCommit(repo, "module change");
    const { affected } = await affectedByPull({ repoDir: repo, base });
    expect(affected.map((a) => [a.id, a.files])).toEqual([
      ["stacks/platform/jp1", ["modules/tags/main.tf"]],
    ]);
  });

  it("a node-pool tfvars change affects its region's k8s-base stack", async () => {
    const file = path.join(repo, "infra/node-pool/sg1.tfvars");
    await writeFile(file, (await readFile(file, "utf8")).replace(/= \d+/, "= 7"));
    await gitCommit(repo, "autoscale sg1");
    const { affected } = await affectedByPull({ repoDir: repo, base });
    expect(ids(affected)).toEqual(["stacks/k8s-base/sg1"]);
  });

  it("a platform-config change affects what it re-renders, even before render ran", async () => {
    const file = path.join(repo, "platform-config/compositions/orders-db.yaml");
    await writeFile(
      file,
      (await readFile(file, "utf8")).replace("allocated_storage: 100", "allocated_storage: 300"),
    );
    await gitCommit(repo, "config only; infra/ not rendered");
    const { affected } = await affectedByPull({ repoDir: repo, base });
    expect(affected.map((a) => [a.id, a.files])).toEqual([
      ["stacks/platform/jp1", ["stacks/platform/jp1/modules.tf"]],
    ]);
  });

  it("a deleted stack directory is a removed unit, not silently nothing", async () => {
    await rm(path.join(repo, "infra/stacks/foundation/eu1"), { recursive: true });
    await gitCommit(repo, "drop");
    const { affected } = await affectedByPull({ repoDir: repo, base });
    expect(affected).toHaveLength(1);
    expect(affected[0]).toMatchObject({
      id: "stacks/foundation/eu1",
      layer: "foundation",
      region: "eu1",
      unit: undefined,
    });
  });
});

describe("units affected on main since their last apply", () => {
  it("a unit whose apply failed is affected again by the next push", async () => {
    await write("infra/stacks/platform/jp1/extra.tf", "# one\n");
    const first = await gitCommit(repo, "first");
    await write("infra/stacks/foundation/jp1/extra.tf", "# two\n");
    const second = await gitCommit(repo, "second");
    // foundation/jp1 and everything else were applied at `first`; platform/jp1 only at base.
    const applied = (id: string) => (id === "stacks/platform/jp1" ? base : first);
    const { affected, warnings } = await affectedSinceApplied({
      repoDir: repo,
      lastApplied: applied,
      fallback: first,
    });
    expect(warnings).toEqual([]);
    expect(affected.map((a) => [a.id, a.since])).toEqual([
      ["stacks/foundation/jp1", first],
      ["stacks/platform/jp1", base],
    ]);
    expect(second).toMatch(/^[0-9a-f]{40}$/);
  });

  it("a recorded commit git does not know counts as no record, with a warning", async () => {
    await write("infra/stacks/platform/jp1/extra.tf", "# one\n");
    await gitCommit(repo, "first");
    const { affected, warnings } = await affectedSinceApplied({
      repoDir: repo,
      lastApplied: (id) =>
        id === "stacks/platform/jp1" ? "0123456789abcdef0123456789abcdef01234567" : base,
      fallback: base,
    });
    expect(ids(affected)).toEqual(["stacks/platform/jp1"]);
    // The sample tree's first commit is a root: the unit counts from it, affected all the same.
    expect(affected[0]).toMatchObject({ since: base, appeared: base });
    expect(warnings[0]).toContain("is not in this history");
  });
});

describe("units with no apply record (new, first adoption, a reset status branch)", () => {
  /** A new stack, as render writes one: platform/sg1. */
  async function addUnit(): Promise<void> {
    await write(
      "infra/stacks/platform/sg1/stack.json",
      JSON.stringify({ layer: "platform", region: "sg1", engine: "terraform" }),
    );
    await write("infra/stacks/platform/sg1/main.tf", "# sg1\n");
  }
  const NEW = "stacks/platform/sg1";
  const recorded = (at: string) => (id: string) => (id === NEW ? undefined : at);

  it("a new unit merged earlier counts from just before the merge that added it", async () => {
    // The PR that adds the unit is merged (a merge commit), then an unrelated push follows.
    await addUnit();
    await gitCommit(repo, "add sg1");
    await run("git", ["checkout", "-q", "main"], { cwd: repo });
    await write("README.md", "main moved on\n");
    const moved = await gitCommit(repo, "main moves on");
    await run("git", ["merge", "-q", "--no-ff", "-m", "merge sg1", "change"], { cwd: repo });
    const merged = (await run("git", ["rev-parse", "HEAD"], { cwd: repo })).stdout.trim();
    await write("NOTES.md", "unrelated\n");
    const next = await gitCommit(repo, "unrelated");
    const { affected, warnings } = await affectedSinceApplied({
      repoDir: repo,
      head: next,
      lastApplied: recorded(merged),
      fallback: merged,
    });
    expect(warnings).toEqual([]);
    // Only the unit without a record: every other one counts from its record.
    expect(affected).toEqual([
      expect.objectContaining({
        id: NEW,
        since: moved,
        appeared: merged,
        files: ["stacks/platform/sg1/main.tf", "stacks/platform/sg1/stack.json"],
      }),
    ]);
  });

  it("a unit deleted and added again appeared when it came back", async () => {
    await addUnit();
    await gitCommit(repo, "add sg1");
    await rm(path.join(repo, "infra", NEW), { recursive: true });
    await gitCommit(repo, "drop sg1");
    await write("README.md", "between\n");
    const between = await gitCommit(repo, "between");
    await addUnit();
    const back = await gitCommit(repo, "sg1 again");
    const { affected } = await affectedSinceApplied({
      repoDir: repo,
      lastApplied: recorded(back),
      fallback: back,
    });
    expect(affected.map((a) => [a.id, a.since, a.appeared])).toEqual([[NEW, between, back]]);
  });

  it("a unit with no record is affected even when nothing changed it, and `only` limits", async () => {
    const none = () => undefined;
    const all = await affectedSinceApplied({ repoDir: repo, lastApplied: none, fallback: base });
    expect(ids(all.affected)).toEqual(ids(listUnits(path.join(repo, "infra"))));
    expect(all.affected.every((a) => a.appeared === base && a.since === base)).toBe(true);
    const one = await affectedSinceApplied({
      repoDir: repo,
      lastApplied: none,
      fallback: base,
      only: ["gateway/jp1"],
    });
    expect(ids(one.affected)).toEqual(["gateway/jp1"]);
  });

  it("a unit whose changes are pending stays affected when later pushes do not touch it", async () => {
    await write("README.md", "unrelated\n");
    const next = await gitCommit(repo, "unrelated");
    const { affected } = await affectedSinceApplied({
      repoDir: repo,
      lastApplied: () => base,
      pending: (id) => id === "stacks/foundation/jp1",
      fallback: next,
    });
    expect(affected.map((a) => [a.id, a.since, a.appeared])).toEqual([
      ["stacks/foundation/jp1", base, undefined],
    ]);
  });
});
