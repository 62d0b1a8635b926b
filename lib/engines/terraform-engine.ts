// Terraform/OpenTofu behind the Engine interface: a saved plan per stack, hashed after
// normalisation, applied as is; backups by `state pull`.
import path from "node:path";
import type { Unit } from "../stacks/inventory.ts";
import { terraformPlanDigest } from "../tfplan/hash.ts";
import { summarizePlan } from "../tfplan/summary.ts";
import {
  type TerraformOptions,
  terraformApply,
  terraformPlan,
  terraformStatePull,
} from "./terraform.ts";
import type { Engine, EngineContext } from "./types.ts";

async function options(unit: Unit, ctx: EngineContext): Promise<TerraformOptions> {
  const stackDir = path.join(ctx.infraDir, unit.id);
  const own = await ctx.credentialsFor?.(unit);
  return {
    binary: ctx.terraformBinary,
    stackDir,
    varFiles: unit.varFiles.map((v) =>
      path.relative(stackDir, path.join(ctx.infraDir, v)).split(path.sep).join("/"),
    ),
    pluginCacheDir: ctx.pluginCacheDir,
    lockTimeoutSeconds: ctx.lockTimeoutSeconds,
    env: own ? { ...ctx.env, ...own } : ctx.env,
    log: ctx.log,
    timeoutMs: ctx.timeoutMs,
  };
}

export const terraformEngine: Engine = {
  name: "terraform",
  async plan(unit, ctx) {
    await ctx.refreshCredentials?.();
    const result = await terraformPlan(await options(unit, ctx));
    const summary = summarizePlan(result.json, unit.id);
    const { hash, entries, normalised } = terraformPlanDigest(unit.id, result.json);
    return {
      changed: result.changed,
      hash,
      entries,
      normalised,
      summary,
      text: result.output,
      planFile: result.planFile,
    };
  },
  async apply(unit, plan, ctx) {
    if (!plan.planFile) throw new Error(`${unit.id}: no saved plan to apply`);
    await ctx.refreshCredentials?.();
    return terraformApply(await options(unit, ctx), plan.planFile);
  },
  async backup(unit, ctx) {
    await ctx.refreshCredentials?.();
    return terraformStatePull(await options(unit, ctx));
  },
};
