// `cloudneutral policy check` on real git repositories: exit codes, JSON, trust in the base.
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { gitCheckout, gitCommit } from "./harness.ts";
import { cli, sampleRepo } from "./helpers.ts";

const run = promisify(execFile);
let repo: string;
let cwd: string;

beforeEach(async () => {
  repo = await sampleRepo({ infra: true });
  await gitCheckout(repo);
  await run("git", ["checkout", "-q", "-b", "change"], { cwd: repo });
  cwd = process.cwd();
  process.chdir(repo);
});

afterEach(() => {
  process.chdir(cwd);
});

async function edit(file: string, from: string, to: string) {
  const full = path.join(repo, "platform-config", file);
  const text = await readFile(full, "utf8");
  expect(text).toContain(from);
  await writeFile(full, text.replace(from, to));
}

interface Json {
  decision: string;
  routes: { stack: string; layer: string; engine: string; gate: string }[];
  results: { rule: string; severity: string; message: string; file?: string; line?: number }[];
}

describe("cloudneutral policy check", () => {
  it("allows a change that satisfies every rule when owners approved the head commit", async () => {
    await edit(
      "services/acme-storefront.yaml",
      "ghcr.io/acme/orders-api:1.4.2",
      "ghcr.io/acme/orders-api:1.4.3",
    );
    const head = await gitCommit(repo, "orders-api 1.4.3");
    const pr = path.join(repo, "..", `pr-${path.basename(repo)}.json`);
    await writeFile(
      pr,
      JSON.stringify({
        author: "alice",
        labels: [],
        reviews: ["bob", "carol"].map((user) => ({ user, state: "APPROVED", commitId: head })),
        teams: { "@acme/platform": ["bob", "carol"], "@acme/storefront": ["bob", "carol"] },
      }),
    );
    const result = await cli("policy", "check", "--base", "main", "--pr", pr, "--format", "json");
    const json = JSON.parse(result.stdout) as Json;
    expect(json.results).toEqual([]);
    expect(json.decision).toBe("allow");
    expect(json.routes).toContainEqual({
      stack: "k8s/jp1",
      layer: "applications",
      engine: "gitops",
      gate: "automatic (policy)",
    });
    expect(result.code).toBe(0);
  });

  it("denies by the base branch's CEL rules, at the line that triggered them, and exits 1", async () => {
    await edit(
      "services/acme-storefront.yaml",
      "  regions: [jp1, sg1, eu1]\n",
      "  regions: [jp1]\n",
    );
    await gitCommit(repo, "storefront-api in one region");
    const result = await cli("policy", "check", "--base", "main", "--format", "json");
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as Json;
    expect(json.decision).toBe("deny");
    expect(json.results).toContainEqual(
      expect.objectContaining({
        rule: "prod-services/0",
        severity: "deny",
        message: "prod services run in at least two regions",
        file: "services/acme-storefront.yaml",
      }),
    );
  });

  it("judges a PR that loosens a policy by the old policy, and previews the new one", async () => {
    await edit(
      "services/acme-storefront.yaml",
      "  regions: [jp1, sg1, eu1]\n",
      "  regions: [jp1]\n",
    );
    const policy = path.join(repo, "platform-config/policies/prod-services.yaml");
    await writeFile(
      policy,
      (await readFile(policy, "utf8")).replace(
        "object.spec.regions.size() >= 2",
        "object.spec.regions.size() >= 1",
      ),
    );
    await gitCommit(repo, "one region is enough, says the PR");
    const result = await cli("policy", "check", "--base", "main");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("prod services run in at least two regions");
    expect(result.stdout).toContain("Preview: what this PR's own policy changes would report");
  });

  it("judges by the base branch as it is now, even when it tightened a rule after the PR branched", async () => {
    await edit(
      "services/acme-storefront.yaml",
      "ghcr.io/acme/orders-api:1.4.2",
      "ghcr.io/acme/orders-api:1.4.3",
    );
    await gitCommit(repo, "orders-api 1.4.3");
    await run("git", ["checkout", "-q", "main"], { cwd: repo });
    const policy = path.join(repo, "platform-config/policies/prod-services.yaml");
    await writeFile(
      policy,
      (await readFile(policy, "utf8"))
        .replace("object.spec.regions.size() >= 2", "object.spec.regions.size() >= 3")
        .replace(
          "prod services run in at least two regions",
          "prod services run in at least three regions",
        ),
    );
    await gitCommit(repo, "prod needs three regions");
    await run("git", ["checkout", "-q", "change"], { cwd: repo });
    const result = await cli("policy", "check", "--base", "main", "--format", "json");
    const json = JSON.parse(result.stdout) as Json;
    expect(json.results).toContainEqual(
      expect.objectContaining({
        rule: "prod-services/0",
        message: "prod services run in at least three regions",
      }),
    );
    expect(result.code).toBe(1);
  });

  it("usage and configuration errors exit 2; hostile refs never reach git as options", async () => {
    expect((await cli("policy", "check")).code).toBe(2);
    expect((await cli("policy", "check", "--base", "--upload-pack=touch /tmp/pwned")).code).toBe(2);
    expect((await cli("policy", "check", "--base", "no-such-branch")).code).toBe(2);
    const badPr = path.join(repo, "..", `bad-pr-${path.basename(repo)}.json`);
    await writeFile(badPr, JSON.stringify({ reviews: {} }));
    const bad = await cli("policy", "check", "--base", "main", "--pr", badPr);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("reviews must be a list of {user, state, commitId}");
    process.chdir(path.dirname(repo));
    const outside = await cli("policy", "check", "--base", "main");
    process.chdir(repo);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/is not a git repository with history/);
    await writeFile(
      path.join(repo, "platform-config/bad.yaml"),
      "apiVersion: cloudneutral.io/v1alpha1\nkind: Nope\n",
    );
    await gitCommit(repo, "broken");
    const broken = await cli("policy", "check", "--base", "main", "--format", "json");
    expect(broken.code).toBe(2);
    expect((JSON.parse(broken.stdout) as Json).results).toContainEqual(
      expect.objectContaining({ rule: "config/valid", file: "bad.yaml", line: 2 }),
    );
  });
});
