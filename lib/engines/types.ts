// The one interface every engine implements, and what it is given and gives back.
import type { Logger } from "../logger.ts";
import type { EngineName, Unit } from "../stacks/inventory.ts";
import type { PlanSummary } from "../tfplan/summary.ts";

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
  /**
   * The cloud environment of one unit (its own identity from stack.json, fresh tokens), added
   * over `env` for that unit's commands. Absent when an explicit role was given for all units.
   */
  credentialsFor?: (unit: Unit) => Promise<Record<string, string>>;
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
  /** Terraform: the normalised plan the hash is of (sensitive values blanked). */
  normalised?: Record<string, unknown>[];
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
  /**
   * Drift: how the running system differs from what this unit last put there, where that is
   * not its plan (the GitOps engine's plan is always its files). `applied` is the hash the
   * status branch recorded at the last apply. Without it, drift is the plan's `changed`.
   */
  drift?(unit: Unit, ctx: EngineContext, applied: { hash?: string }): Promise<UnitPlan>;
  /** The state as text, kept before apply (engines with a state only). */
  backup?(unit: Unit, ctx: EngineContext): Promise<string>;
}
