// The plan preview of `npm start` (cloudneutral main): the gate of every unit; for a
// configuration change, a real plan of each changed stack where Terraform is on PATH
// (here the recorded stand-in), else the rendered-file diff, saying no Terraform was found.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cli, ROOT, sampleRepo, scratch } from "./helpers.ts";

const PATH = process.env.PATH;
afterEach(() => {
  process.env.PATH = PATH;
});

async function changedRepo(): Promise<string> {
  const repo = await sampleRepo({ infra: true });
  const file = path.join(repo, "platform-config/compositions/orders-db.yaml");
  await writeFile(
    file,
    (await readFile(file, "utf8")).replace("allocated_storage: 100", "allocated_storage: 250"),
  );
  return repo;
}

const main = (repo: string) =>
  cli("main", "--config", path.join(repo, "platform-config"), "--out", path.join(repo, "infra"));

describe("the plan preview", () => {
  it("without Terraform on PATH, shows each changed unit's rendered diff and says why", async () => {
    process.env.PATH = await scratch("cn-no-terraform-");
    const r = await main(await changedRepo());
    expect(r.code).toBe(0);
    const preview = r.stdout.slice(r.stdout.indexOf("### Plan: the working configuration"));
    expect(preview).toContain(
      "| `stacks/platform/jp1` | platform | jp1 | terraform | per environment | `cloudneutral-platform-prod` | yes |",
    );
    expect(preview).toContain("No `terraform` found on PATH");
    expect(preview).toContain("-  allocated_storage = 100");
    expect(preview).toContain("+  allocated_storage = 250");
  });

  it("with Terraform on PATH, plans each changed stack in a copy with local state", async () => {
    process.env.PATH = `${path.join(ROOT, "test/fixtures/bin")}${path.delimiter}${PATH}`;
    const repo = await changedRepo();
    const r = await main(repo);
    expect(r.code).toBe(0);
    const preview = r.stdout.slice(r.stdout.indexOf("### Plan: the working configuration"));
    expect(preview).toContain("<code>stacks/platform/jp1</code>: ");
    expect(preview).toContain("Nothing to change.");
    expect(preview).not.toContain("found on PATH");
    // The repository's own tree is untouched: the committed value, no override file.
    expect(
      await readFile(path.join(repo, "infra/stacks/platform/jp1/modules.tf"), "utf8"),
    ).toContain("allocated_storage = 100");
    expect(
      existsSync(path.join(repo, "infra/stacks/platform/jp1/zz_cloudneutral_preview_override.tf")),
    ).toBe(false);
  });

  it("with nothing changed, says there is nothing to plan", async () => {
    const r = await main(await sampleRepo({ infra: true }));
    expect(r.stdout).toContain("nothing to plan");
  });
});

describe("cloudneutral plan pr", () => {
  it("plans what the branch changes against its base, as plan-comment would", async () => {
    const { gitCheckout, gitCommit } = await import("./harness.ts");
    const repo = await sampleRepo({ infra: true });
    await gitCheckout(repo);
    const file = path.join(repo, "infra/stacks/platform/jp1/.standin.json");
    await writeFile(file, JSON.stringify({ fixture: "tpc-2-delete", planExit: 2 }));
    await gitCommit(repo, "a change to one stack");
    const standin = path.join(ROOT, "test/fixtures/bin/terraform");
    const args = ["plan", "pr", "--repo", repo, "--base", "HEAD~1", "--binary", standin];
    const json = await cli(...args, "--format", "json");
    expect(json.code, json.stderr).toBe(0);
    const out = JSON.parse(json.stdout) as { results: { id: string; status: string }[] };
    expect(out.results.map((r) => [r.id, r.status])).toEqual([["stacks/platform/jp1", "changes"]]);
    const md = await cli(...args);
    expect(md.stdout).toContain("**−2** delete");
    expect((await cli("plan", "pr", "--repo", repo)).code).toBe(2);
  });
});
