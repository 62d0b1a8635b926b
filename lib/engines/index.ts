// The engines a unit is planned and applied with, behind one small interface: Terraform or
// OpenTofu for stacks, Ansible for the config layer, the GitOps engine for applications.
// Each declares what it can do; the orchestrators (plan/run.ts, apply/run.ts) ask, never
// assume.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Logger } from "../logger.ts";
import { filesHash } from "../plan/hash.ts";
import type { PlanSummary } from "../plan/summary.ts";
import type { EngineName, Unit } from "../stacks/inventory.ts";

export interface EngineContext {
  /** Absolute path of the rendered tree (infra/). */
  infraDir: string;
  log: Logger;
  /** Terraform or OpenTofu: "terraform", "tofu" or a path. */
  terraformBinary: string;
  pluginCacheDir?: string;
  lockTimeoutSeconds?: number;
  /** Per engine command. */
  timeoutMs?: number;
  /** Added to the children's environment (cloud credentials from OIDC); never logged. */
  env?: Record<string, string>;
  /** Renews short-lived credentials (OIDC token files) before a unit's commands. */
  refreshCredentials?: () => Promise<void>;
  /** With it, the applications layer runs `kubectl diff`. */
  kubeconfig?: string;
  /** Extra variables for Ansible (e.g. the SSH user); passed as a file, never on a command line. */
  ansibleVars?: Record<string, string>;
}

export interface UnitPlan {
  changed: boolean;
  /** What apply must find again: the normalised plan's hash, or the unit files' hash. */
  hash: string;
  /** Per-change short hashes (Terraform), to name what differs on a mismatch. */
  entries?: Record<string, string>;
  summary?: PlanSummary;
  /** Human-readable: Terraform's plan text, Ansible's check-mode diff, kubectl's diff. */
  text: string;
  /** Terraform's saved plan, applied as is. */
  planFile?: string;
}

export interface Engine {
  name: EngineName;
  plan(unit: Unit, ctx: EngineContext): Promise<UnitPlan>;
  /** Applies exactly `plan` (a saved plan where the engine has one). */
  apply(unit: Unit, plan: UnitPlan, ctx: EngineContext): Promise<{ output: string }>;
  /** The state as text, kept before apply (engines with a state only). */
  backup?(unit: Unit, ctx: EngineContext): Promise<string>;
}

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

/** The files a unit's plan is made of (its directory and variable files), infra/-relative. */
export function unitFiles(infraDir: string, unit: Unit): { path: string; content: Buffer }[] {
  const out: { path: string; content: Buffer }[] = [];
  const walk = (rel: string) => {
    const abs = path.join(infraDir, rel);
    for (const d of readdirSync(abs, { withFileTypes: true })) {
      const child = `${rel}/${d.name}`;
      // Engine working files (.terraform/, saved plans) are not part of what was reviewed.
      if (d.name.startsWith(".terraform") || d.name.startsWith(".cloudneutral")) continue;
      if (d.isDirectory()) walk(child);
      else if (d.isFile())
        out.push({ path: child, content: readFileSync(path.join(infraDir, child)) });
    }
  };
  for (const dir of unit.watch)
    if (statSync(path.join(infraDir, dir), { throwIfNoEntry: false })) walk(dir);
  for (const v of unit.varFiles) {
    const abs = path.join(infraDir, v);
    if (statSync(abs, { throwIfNoEntry: false })?.isFile())
      out.push({ path: v, content: readFileSync(abs) });
  }
  return out;
}

/** The hash of a unit whose plan is its files (Ansible, GitOps manifests). */
export const unitFilesHash = (infraDir: string, unit: Unit) => filesHash(unitFiles(infraDir, unit));
