// `terraform validate` on rendered stacks, where a real terraform (or tofu) is on PATH and
// the providers are in a local plugin directory — this machine reaches no provider
// registry. DESIGN.md: HCL validity is always checked with HashiCorp's parser
// (consumers.test.ts); a real binary checks types and arguments on top where it exists.
import { execFile, spawnSync } from "node:child_process";
import { cp, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { render } from "../lib/render/index.ts";
import { ROOT, sampleRepo, scratch } from "./helpers.ts";

const run = promisify(execFile);
const binary = ["terraform", "tofu"].find((b) => spawnSync(b, ["version"]).status === 0);
const pluginDir = process.env.TF_PLUGIN_DIR ?? "/opt/tf-plugins";
const available = async (provider: string) => {
  if (provider === "onprem") return true; // no provider: terraform_data is built in
  const vendors = await readdir(path.join(pluginDir, "registry.terraform.io")).catch(
    (): string[] => [],
  );
  for (const vendor of vendors) {
    const names = await readdir(path.join(pluginDir, "registry.terraform.io", vendor));
    if (names.includes({ aws: "aws", gcp: "google", alicloud: "alicloud" }[provider] ?? provider))
      return true;
  }
  return false;
};

// In CI a missing terraform fails (run(binary!) throws), never skips.
describe.skipIf(!binary && process.env.CI !== "true")(
  `${binary ?? "terraform (not on PATH)"} validate`,
  () => {
    // Sized from measurements: the five stacks with local providers (two without a provider,
    // three with the 675 MB aws plugin) took 27.6 s alone on 2 cores at load average 8, and up
    // to 47 s with a second copy of the suite beside it (load average up to 11) — most of it
    // starting the aws provider for init and validate. 120 s leaves room for a busier machine.
    it("accepts every rendered stack whose providers are installed locally", {
      timeout: 120_000,
    }, async () => {
      const validated = await validateStacks(await sampleRepo());
      expect(validated).toContain("foundation/eu1");
      expect(validated).toContain("k8s-base/eu1");
      expect(validated).toContain("k8s-base/jp1");
    });

    // The second adopter: seven stacks, five of them AWS (two regions in one account); measured
    // 114 s on 2 cores shared with other suites (load average 6–9), hence 300 s. The AWS
    // bootstrap stacks (the role policies) are planned by the real provider in
    // identity-subjects.test.ts.
    it("accepts every stack of the second adopter, every AWS one included", {
      timeout: 300_000,
    }, async () => {
      const repo = await scratch("cn-adopter-");
      await cp(
        path.join(ROOT, "test/fixtures/adopter/platform-config"),
        path.join(repo, "platform-config"),
        {
          recursive: true,
        },
      );
      const validated = await validateStacks(repo);
      expect(validated.sort()).toEqual([
        "foundation/dc1",
        "foundation/use1",
        "foundation/usw2",
        "k8s-base/dc1",
        "k8s-base/use1",
        "k8s-base/usw2",
        "platform/use1",
      ]);
    });
  },
);

/** Renders `repo` and validates each stack whose providers are installed; returns which. */
async function validateStacks(repo: string): Promise<string[]> {
  await render({
    configDir: path.join(repo, "platform-config"),
    outDir: path.join(repo, "infra"),
  });
  const validated: string[] = [];
  for (const layer of await readdir(path.join(repo, "infra/stacks"))) {
    for (const region of await readdir(path.join(repo, "infra/stacks", layer))) {
      const src = path.join(repo, "infra/stacks", layer, region);
      const { provider } = JSON.parse(await readFile(path.join(src, "stack.json"), "utf8")) as {
        provider: string;
      };
      if (!(await available(provider))) continue;
      const dir = await scratch("cn-tf-");
      await cp(src, dir, { recursive: true });
      // Module sources are remote (registry, git); they cannot be fetched offline.
      await rm(path.join(dir, "modules.tf"), { force: true });
      const env = { ...process.env, TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" };
      await run(binary!, ["init", "-backend=false", "-input=false", `-plugin-dir=${pluginDir}`], {
        cwd: dir,
        env,
      });
      const { stdout } = await run(binary!, ["validate", "-no-color"], { cwd: dir, env });
      expect(stdout, `${layer}/${region}`).toContain("The configuration is valid");
      validated.push(`${layer}/${region}`);
    }
  }
  return validated;
}
