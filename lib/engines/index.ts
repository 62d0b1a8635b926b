// The engines a unit is planned and applied with, behind one small interface: Terraform or
// OpenTofu for stacks, Ansible for the config layer, the GitOps engine for applications.
// Each declares what it can do; the orchestrators (plan/run.ts, apply/run.ts) ask, never
// assume.
import type { EngineName } from "../stacks/inventory.ts";
import type { Engine } from "./types.ts";

export type { Engine, EngineContext, UnitPlan } from "./types.ts";

export async function engineFor(name: EngineName): Promise<Engine> {
  switch (name) {
    case "terraform":
      return (await import("./terraform-engine.ts")).terraformEngine;
    case "ansible":
      return (await import("./ansible-engine.ts")).ansibleEngine;
    case "gitops":
      return (await import("./gitops-engine.ts")).gitopsEngine;
  }
}
