// The change set of a pull request, computed with real git repositories: the sample
// platform committed on main, a branch edited as a pull request would edit it.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, symlink, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { dump, loadAll } from "js-yaml";
import { afterEach, describe, expect, it } from "vitest";
import { readBlob } from "../lib/git/index.ts";
import { changeSet, resourceChanges } from "../lib/policy/changes.ts";
import type { ChangeSet } from "../lib/policy/types.ts";
import { FIXTURES } from "./helpers.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TERRAFORM_FIXTURES = path.join(FIXTURES, "terraform");
const run = promisify(execFile);

const cleanups: string[] = [];
afterEach(async () => {
  for (const dir of cleanups.splice(0)) await rm(dir, { recursive: true, force: true });
});

// Hermetic git: no user or system configuration, no hook-provided GIT_DIR.
const gitEnv: NodeJS.ProcessEnv = { ...process.env };
for (const name of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR"])
  delete gitEnv[name];
Object.assign(gitEnv, {
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.com",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.com",
});

async function git(dir: string, ...args: string[]): Promise<string> {
  return (await run("git", args, { cwd: dir, env: gitEnv })).stdout.trim();
}

async function commitAll(dir: string, message: string): Promise<string> {
  await git(dir, "add", "-A");
  await git(dir, "commit", "-q", "-m", message);
  return git(dir, "rev-parse", "HEAD");
}

/** The sample platform committed on `main`, with `pr` checked out at the same commit. */
async function sampleRepo(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "cn-changes-test-"));
  cleanups.push(dir);
  for (const sub of ["platform-config", "templates", "infra"])
    await cp(path.join(ROOT, sub), path.join(dir, sub), { recursive: true });
  await git(dir, "init", "-q", "-b", "main");
  await commitAll(dir, "the sample platform");
  await git(dir, "checkout", "-q", "-b", "pr");
  return dir;
}

async function edit(dir: string, file: string, change: (text: string) => string): Promise<void> {
  const full = path.join(dir, file);
  const before = await readFile(full, "utf8");
  const after = change(before);
  expect(after, `edit of ${file} changed nothing`).not.toBe(before);
  await writeFile(full, after);
}

const units = (c: ChangeSet) => c.stacks.map((s) => s.unit);
const docs = (c: ChangeSet) => c.documents.map((d) => `${d.change} ${d.kind}/${d.name}`);

const NEW_SERVICE = `# a new service
apiVersion: cloudneutral.io/v1alpha1
kind: Service
metadata:
  name: recommendations-api
spec:
  tenant: acme
  project: storefront
  env: prod
  regions: [jp1]
  size: medium
  runtime: k8s
  image: ghcr.io/acme/recommendations-api:1.0.0
  port: 8080
  healthPath: /healthz
`;

describe("changeSet", () => {
  it("reports a service added, in a file whose name has spaces, quotes and a newline", async () => {
    const dir = await sampleRepo();
    const file = `services/new "quoted" it's\nodd.yaml`;
    await writeFile(path.join(dir, "platform-config", file), NEW_SERVICE);
    await commitAll(dir, "add a service");
    const { changes, base, head } = await changeSet({ repoDir: dir, base: "main" });
    expect(base.problems).toEqual([]);
    expect(head.problems).toEqual([]);
    expect(changes.documents).toHaveLength(1);
    const [added] = changes.documents;
    expect(added).toMatchObject({
      kind: "Service",
      name: "recommendations-api",
      change: "added",
      at: { file, line: 5, column: 9 },
    });
    expect(added?.old).toBeUndefined();
    expect(added?.new).toMatchObject({ spec: { image: "ghcr.io/acme/recommendations-api:1.0.0" } });
    const k8s = changes.stacks.find((s) => s.unit === "k8s/jp1");
    expect(k8s).toMatchObject({ layer: "applications", region: "jp1" });
    expect(k8s?.files).toContainEqual({
      path: "k8s/jp1/acme-storefront-prod/recommendations-api.yaml",
      change: "create",
    });
    // Only jp1 is touched.
    expect(changes.stacks.every((s) => s.region === "jp1")).toBe(true);
  });

  it("reports a service changed with its old and new values, and the units it renders to", async () => {
    const dir = await sampleRepo();
    await edit(dir, "platform-config/services/acme-storefront.yaml", (t) =>
      t.replace("storefront-api:2.8.1", "storefront-api:2.9.0"),
    );
    await commitAll(dir, "bump storefront-api");
    const { changes } = await changeSet({ repoDir: dir, base: "main" });
    expect(docs(changes)).toEqual(["changed Service/storefront-api"]);
    const [changed] = changes.documents;
    expect(changed?.at).toEqual({
      root: "platform-config",
      file: "services/acme-storefront.yaml",
      line: 8,
      column: 9,
    });
    expect(changed?.old).toMatchObject({ spec: { image: "ghcr.io/acme/storefront-api:2.8.1" } });
    expect(changed?.new).toMatchObject({ spec: { image: "ghcr.io/acme/storefront-api:2.9.0" } });
    expect(units(changes)).toEqual(["k8s/eu1", "k8s/jp1", "k8s/sg1"]);
    for (const s of changes.stacks) {
      expect(s.layer).toBe("applications");
      expect(s.files).toEqual([
        { path: `k8s/${s.region}/acme-storefront-prod/storefront-api.yaml`, change: "update" },
      ]);
    }
  });

  it("reports a region removed, with every unit of the region deleted", async () => {
    const dir = await sampleRepo();
    const cfg = (f: string) => `platform-config/${f}`;
    await unlink(path.join(dir, cfg("regions/sg1.yaml")));
    await unlink(path.join(dir, cfg("autoscale/sg1-nodes.yaml")));
    for (const f of ["services/acme-storefront.yaml", "services/acme-payments.yaml"])
      await edit(dir, cfg(f), (t) => t.replaceAll(", sg1", ""));
    await edit(dir, cfg("services/globex-inference.yaml"), (t) =>
      t.replaceAll(", sg1", "").replace("regions: [sg1]", "regions: [jp1]"),
    );
    for (const f of ["tenants/acme.yaml", "tenants/globex.yaml"])
      await edit(dir, cfg(f), (t) => t.replace(", sg1", ""));
    for (const f of ["gtm/api.yaml", "gtm/ai.yaml"])
      await edit(dir, cfg(f), (t) =>
        t
          .replace(/ {4}- region: sg1\n {6}weight: \d+\n( {6}failover: \[[^\]]*\]\n)?/, "")
          .replace("failover: [sg1]", "failover: [eu1]")
          .replace("failover: [jp1, sg1]", "failover: [jp1]"),
      );
    await commitAll(dir, "leave sg1");
    const { changes, head } = await changeSet({ repoDir: dir, base: "main" });
    expect(head.problems).toEqual([]);
    const region = changes.documents.find((d) => d.kind === "Region");
    expect(region).toMatchObject({
      name: "sg1",
      change: "removed",
      at: { file: "regions/sg1.yaml" },
    });
    expect(region?.new).toBeUndefined();
    expect(region?.old).toMatchObject({ spec: { provider: expect.any(String) } });
    expect(docs(changes)).toContain("removed AutoscalePolicy/sg1-nodes");
    expect(docs(changes)).toContain("changed Tenant/globex");
    const sg1 = changes.stacks.filter((s) => s.region === "sg1");
    expect(sg1.map((s) => s.unit)).toEqual(
      expect.arrayContaining([
        "gateway/sg1",
        "k8s/sg1",
        "stacks/foundation/sg1",
        "stacks/k8s-base/sg1",
      ]),
    );
    for (const s of sg1) for (const f of s.files) expect(f.change).toBe("delete");
  });

  it("finds no change in a reformatted file (values compared, not text)", async () => {
    const dir = await sampleRepo();
    await edit(dir, "platform-config/services/acme-payments.yaml", (t) =>
      loadAll(t)
        .map((doc) => dump(doc, { sortKeys: true, flowLevel: 3, indent: 4 }))
        .join("---\n"),
    );
    await commitAll(dir, "reformat");
    const { changes, head } = await changeSet({ repoDir: dir, base: "main" });
    expect(head.problems).toEqual([]);
    expect(changes.documents).toEqual([]);
    expect(changes.stacks).toEqual([]);
  });

  it("narrows a composition change to its stack (stacks/platform/jp1)", async () => {
    const dir = await sampleRepo();
    await edit(dir, "platform-config/compositions/orders-db.yaml", (t) =>
      t.replace("allocated_storage: 100", "allocated_storage: 200"),
    );
    await commitAll(dir, "grow orders-db");
    const { changes } = await changeSet({ repoDir: dir, base: "main" });
    expect(docs(changes)).toEqual(["changed Composition/orders-db"]);
    expect(changes.documents[0]?.at).toEqual({
      root: "platform-config",
      file: "compositions/orders-db.yaml",
      line: 7,
      column: 9,
    });
    expect(changes.stacks).toEqual([
      {
        unit: "stacks/platform/jp1",
        layer: "platform",
        region: "jp1",
        files: [{ path: "stacks/platform/jp1/modules.tf", change: "update" }],
      },
    ]);
  });

  it("maps a node-pool tfvars edit to the region's k8s-base stack", async () => {
    const dir = await sampleRepo();
    await edit(dir, "infra/node-pool/jp1.tfvars", (t) =>
      t.replace(/node_count = \d+/, "node_count = 7"),
    );
    await commitAll(dir, "scale jp1");
    const { changes } = await changeSet({ repoDir: dir, base: "main" });
    expect(changes.documents).toEqual([]);
    expect(changes.stacks).toEqual([
      {
        unit: "stacks/k8s-base/jp1",
        layer: "k8s-base",
        region: "jp1",
        files: [{ path: "node-pool/jp1.tfvars", change: "update" }],
      },
    ]);
  });

  it("counts a renamed file under infra/ as a delete and a create", async () => {
    const dir = await sampleRepo();
    await git(dir, "mv", "infra/node-pool/jp1.tfvars", "infra/node-pool/jp9.tfvars");
    await commitAll(dir, "rename");
    const { changes } = await changeSet({ repoDir: dir, base: "main" });
    expect(changes.stacks).toEqual([
      {
        unit: "stacks/k8s-base/jp1",
        layer: "k8s-base",
        region: "jp1",
        files: [{ path: "node-pool/jp1.tfvars", change: "delete" }],
      },
      {
        unit: "stacks/k8s-base/jp9",
        layer: "k8s-base",
        region: "jp9",
        files: [{ path: "node-pool/jp9.tfvars", change: "create" }],
      },
    ]);
  });

  it("includes hand edits of rendered files and template changes", async () => {
    const dir = await sampleRepo();
    await edit(dir, "infra/gateway/cn1/nginx.conf", (t) => `${t}# hand edit\n`);
    await edit(dir, "templates/k8s/namespace.yaml.hbs", (t) => `# namespace\n${t}`);
    await commitAll(dir, "hand edit and template");
    const { changes } = await changeSet({ repoDir: dir, base: "main" });
    expect(changes.documents).toEqual([]);
    expect(changes.stacks.find((s) => s.unit === "gateway/cn1")?.files).toEqual([
      { path: "gateway/cn1/nginx.conf", change: "update" },
    ]);
    const k8s = changes.stacks.filter((s) => s.unit.startsWith("k8s/"));
    expect(k8s.map((s) => s.unit)).toEqual(["k8s/eu1", "k8s/jp1", "k8s/sg1"]);
    for (const s of k8s)
      for (const f of s.files)
        expect(f).toMatchObject({
          path: expect.stringMatching(/\/namespace\.yaml$/),
          change: "update",
        });
  });

  it("judges from the merge-base: changes made only on base are not the pull request's", async () => {
    const dir = await sampleRepo();
    const branchPoint = await git(dir, "rev-parse", "HEAD");
    await edit(dir, "platform-config/compositions/orders-db.yaml", (t) =>
      t.replace("allocated_storage: 100", "allocated_storage: 200"),
    );
    const prHead = await commitAll(dir, "grow orders-db");
    await git(dir, "checkout", "-q", "main");
    await writeFile(path.join(dir, "platform-config/services/added-on-main.yaml"), NEW_SERVICE);
    await edit(dir, "infra/node-pool/sg1.tfvars", (t) =>
      t.replace(/node_count = \d+/, "node_count = 9"),
    );
    const mainHead = await commitAll(dir, "main moves on");

    const { changes, base } = await changeSet({ repoDir: dir, base: "main", head: "pr" });
    expect(changes).toMatchObject({ base: mainHead, head: prHead, mergeBase: branchPoint });
    expect(docs(changes)).toEqual(["changed Composition/orders-db"]);
    expect(units(changes)).toEqual(["stacks/platform/jp1"]);
    // The configuration judged by is the merge-base's, without main's later service.
    expect(base.config.docs.some((d) => d.name === "recommendations-api")).toBe(false);
  });

  it("returns what it can when the head configuration is invalid", async () => {
    const dir = await sampleRepo();
    await edit(dir, "platform-config/services/acme-payments.yaml", (t) =>
      t.replace(/port: 8080/, "port: eighty"),
    );
    await edit(dir, "platform-config/compositions/orders-db.yaml", (t) =>
      t.replace("allocated_storage: 100", "allocated_storage: 200"),
    );
    await edit(dir, "infra/node-pool/jp1.tfvars", (t) =>
      t.replace(/node_count = \d+/, "node_count = 7"),
    );
    await commitAll(dir, "a broken service");
    const { changes, base, head } = await changeSet({ repoDir: dir, base: "main" });
    expect(base.problems).toEqual([]);
    expect(head.problems.length).toBeGreaterThan(0);
    expect(head.problems[0]).toMatchObject({ file: "services/acme-payments.yaml" });
    // The broken document is not "removed"; the valid change is still reported.
    expect(docs(changes)).toEqual(["changed Composition/orders-db"]);
    // Nothing renders from an invalid configuration; edits under infra/ still count.
    expect(units(changes)).toEqual(["stacks/k8s-base/jp1"]);
  });

  it("materialises only regular files: a symlink cannot read outside the repository", async () => {
    const dir = await sampleRepo();
    await symlink("/etc/hostname", path.join(dir, "platform-config/leak.yaml"));
    await commitAll(dir, "a symlink");
    const { head } = await changeSet({ repoDir: dir, base: "main" });
    expect(head.config.files).not.toContain("leak.yaml");
    expect(head.problems).toEqual([]);
  });

  it("reports an oversized file through the loader without reading it", async () => {
    const dir = await sampleRepo();
    await writeFile(
      path.join(dir, "platform-config/huge.yaml"),
      `# ${"x".repeat(5 * 1024 * 1024)}\n`,
    );
    await commitAll(dir, "a huge file");
    const { head } = await changeSet({ repoDir: dir, base: "main" });
    expect(head.problems).toContainEqual(
      expect.objectContaining({ file: "huge.yaml", message: expect.stringContaining("MiB") }),
    );
  });

  it("is empty when head is base", async () => {
    const dir = await sampleRepo();
    const { changes, base, head } = await changeSet({ repoDir: dir, base: "main", head: "pr" });
    expect(changes).toMatchObject({ documents: [], stacks: [], resources: [] });
    expect(changes.base).toBe(changes.mergeBase);
    expect(base.problems).toEqual([]);
    expect(head.config.docs.length).toBe(base.config.docs.length);
    expect(base.config.dir).toBe("platform-config");
  });

  it("refuses hostile and unknown refs by name, running nothing", async () => {
    const dir = await sampleRepo();
    const canary = path.join(dir, "canary");
    await writeFile(canary, "still here");
    await expect(changeSet({ repoDir: dir, base: "--upload-pack=x" })).rejects.toThrow(
      'refusing base ref "--upload-pack=x": a ref may not start with "-"',
    );
    await expect(changeSet({ repoDir: dir, base: "main", head: "-c" })).rejects.toThrow(
      /refusing head ref "-c"/,
    );
    await expect(changeSet({ repoDir: dir, base: ";rm -rf /" })).rejects.toThrow(
      'base ref ";rm -rf /" is not a commit',
    );
    await expect(changeSet({ repoDir: dir, base: "$(touch pwned)" })).rejects.toThrow(
      /not a commit/,
    );
    await expect(changeSet({ repoDir: dir, base: "main\nHEAD" })).rejects.toThrow(
      /control characters/,
    );
    await expect(changeSet({ repoDir: dir, base: "no-such-branch" })).rejects.toThrow(
      'base ref "no-such-branch" is not a commit',
    );
    await expect(
      changeSet({ repoDir: dir, base: "main", configDir: "../outside" }),
    ).rejects.toThrow(/inside the repository/);
    expect(await readFile(canary, "utf8")).toBe("still here");
    expect(await readdir(dir)).not.toContain("pwned");
  });

  it("reads resource changes from plan files", async () => {
    const dir = await sampleRepo();
    const { changes } = await changeSet({
      repoDir: dir,
      base: "main",
      planFiles: [
        {
          stack: "stacks/platform/jp1",
          file: path.join(TERRAFORM_FIXTURES, "tpc-1-modify/plan.json"),
        },
        {
          stack: "stacks/foundation/jp1",
          file: path.join(TERRAFORM_FIXTURES, "tfjson-action_reason/plan.json"),
        },
      ],
    });
    expect(changes.resources).toContainEqual({
      stack: "stacks/foundation/jp1",
      address: "null_resource.example",
      type: "null_resource",
      actions: ["delete", "create"],
    });
    expect(changes.resources.filter((r) => r.stack === "stacks/platform/jp1")).toHaveLength(3);
    await expect(
      changeSet({ repoDir: dir, base: "main", planFiles: [{ stack: "s", file: "missing.json" }] }),
    ).rejects.toThrow(/plan file of s/);
  });
});

describe("readBlob", () => {
  it("reads a file as a commit has it, and fails like a file system read", async () => {
    const dir = await sampleRepo();
    const base = await git(dir, "rev-parse", "HEAD");
    const bytes = Uint8Array.from([0, 1, 2, 255, 10, 0]);
    await writeFile(path.join(dir, "platform-config/my bundle.tar.gz"), bytes);
    const later = await commitAll(dir, "a bundle");
    expect(await readBlob(dir, later, "platform-config/my bundle.tar.gz")).toEqual(
      Buffer.from(bytes),
    );
    expect(
      Buffer.from(
        await readBlob(dir, later, "platform-config/../infra/node-pool/jp1.tfvars"),
      ).toString(),
    ).toMatch(/node_count/);
    await expect(readBlob(dir, base, "platform-config/my bundle.tar.gz")).rejects.toMatchObject({
      code: "ENOENT",
    });
    await expect(readBlob(dir, later, "platform-config")).rejects.toMatchObject({ code: "EISDIR" });
    await expect(readBlob(dir, later, "../etc/passwd")).rejects.toMatchObject({ code: "EINVAL" });
    await expect(readBlob(dir, later, "a\nb")).rejects.toMatchObject({ code: "EINVAL" });
  });
});

describe("resourceChanges", () => {
  it("reads every recorded terraform show -json output (format 0.1 to 1.2)", async () => {
    const folders = (await readdir(TERRAFORM_FIXTURES, { withFileTypes: true })).filter((e) =>
      e.isDirectory(),
    );
    expect(folders.length).toBeGreaterThan(10);
    const versions = new Set<string>();
    const actions = new Set<string>();
    for (const folder of folders) {
      const plan = JSON.parse(
        await readFile(path.join(TERRAFORM_FIXTURES, folder.name, "plan.json"), "utf8"),
      ) as {
        format_version: string;
        resource_changes?: { address: string; type: string; change: { actions: string[] } }[];
      };
      versions.add(plan.format_version);
      const found = resourceChanges(`stacks/platform/${folder.name}`, plan);
      const raw = plan.resource_changes ?? [];
      expect(found, folder.name).toEqual(
        raw.map((r) => ({
          stack: `stacks/platform/${folder.name}`,
          address: r.address,
          type: r.type,
          actions: r.change.actions,
        })),
      );
      for (const r of found) actions.add(r.actions.join(","));
    }
    expect([...versions].sort()).toEqual(expect.arrayContaining(["0.1", "0.2", "1.2"]));
    for (const a of ["create", "update", "delete", "delete,create", "read", "no-op", "forget"])
      expect(actions).toContain(a);
  });

  it("keeps every entry, no-op and read included", async () => {
    const plan: unknown = JSON.parse(
      await readFile(path.join(TERRAFORM_FIXTURES, "tfjson-basic/plan.json"), "utf8"),
    );
    const found = resourceChanges("stacks/platform/jp1", plan);
    expect(found.some((r) => r.actions[0] === "read" && r.address.startsWith("data."))).toBe(true);
    expect(resourceChanges("s", { format_version: "1.2", planned_values: {} })).toEqual([]);
  });

  it("refuses what is not a plan, naming the stack", () => {
    expect(() => resourceChanges("stacks/a/b", null)).toThrow(
      /plan of stacks\/a\/b: not a JSON object/,
    );
    expect(() => resourceChanges("s", { format_version: "2.0", planned_values: {} })).toThrow(
      /unsupported format_version "2.0"/,
    );
    expect(() => resourceChanges("s", { format_version: "1.0", values: {} })).toThrow(
      /state rather than a plan/,
    );
    expect(() =>
      resourceChanges("s", {
        format_version: "1.2",
        resource_changes: [{ address: "a.b", type: "a" }],
      }),
    ).toThrow(/resource_changes\[0\]/);
    expect(() => resourceChanges("s", { format_version: "1.2", resource_changes: {} })).toThrow(
      /not an array/,
    );
  });
});

describe("reading files at commits in one git process", () => {
  it("keeps answers aligned past a missing file and a directory", async () => {
    const { readBlobs } = await import("../lib/git/index.ts");
    const dir = await sampleRepo();
    const { gitCheckout } = await import("./harness.ts");
    await gitCheckout(dir);
    const files = [
      "platform-config/platform.yaml",
      "nope.txt",
      "platform-config",
      "platform-config/sizes.yaml",
    ];
    const got = await readBlobs(
      dir,
      files.map((file) => ({ commit: "HEAD", file })),
    );
    const { readFile } = await import("node:fs/promises");
    expect(got[1]).toBe("missing");
    expect(got[2]).toBe("tree");
    expect(Buffer.from(got[0] as Uint8Array).toString()).toBe(
      await readFile(path.join(dir, files[0]!), "utf8"),
    );
    expect(Buffer.from(got[3] as Uint8Array).toString()).toBe(
      await readFile(path.join(dir, files[3]!), "utf8"),
    );
    await expect(readBlobs(dir, [{ commit: "HEAD", file: "../etc/passwd" }])).rejects.toThrow(
      /not a path inside/,
    );
  });
});
