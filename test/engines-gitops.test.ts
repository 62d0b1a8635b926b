// The applications layer behind the Engine interface: its plan is its files (hashed, so
// apply can check them), apply reports that the GitOps engine syncs them, and a kubeconfig
// without kubectl is a clear error rather than a silent skip.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { gitopsEngine } from "../lib/engines/gitops-engine.ts";
import { unitFilesHash } from "../lib/engines/unit-files.ts";
import { silentLogger } from "../lib/logger.ts";
import { listUnits } from "../lib/stacks/inventory.ts";
import { ROOT, scratch } from "./helpers.ts";

const infraDir = path.join(ROOT, "infra");
const unit = listUnits(infraDir).find((u) => u.id === "k8s/jp1")!;
const ctx = { infraDir, log: silentLogger, terraformBinary: "terraform" };

describe("the GitOps engine", () => {
  it("plans the unit's files with their hash, and apply says the sync engine applies them", async () => {
    const plan = await gitopsEngine.plan(unit, ctx);
    expect(plan.hash).toBe(unitFilesHash(infraDir, unit));
    expect(plan.text).toContain("k8s/jp1/acme-payments-prod/payments-api.yaml");
    const { output } = await gitopsEngine.apply(unit, plan, ctx);
    expect(output).toBe(
      "k8s/jp1: synced by the GitOps engine from this commit; nothing to run here.",
    );
  });

  it("with a kubeconfig but no kubectl, says so", async () => {
    const empty = await scratch("cn-no-kubectl-");
    await expect(
      gitopsEngine.plan(unit, {
        ...ctx,
        kubeconfig: path.join(empty, "config"),
        env: { PATH: empty },
      }),
    ).rejects.toThrow(/kubectl not found on PATH/);
  });
});
