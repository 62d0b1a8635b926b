import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  terraformApply,
  terraformPlan,
  terraformStatePull
} from "./chunk-JR2TVZUK.js";
import {
  terraformPlanDigest
} from "./chunk-APUQBNXB.js";
import "./chunk-RB2DSZJL.js";
import {
  summarizePlan
} from "./chunk-7L672MCS.js";
import "./chunk-65PPA6I5.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/engines/terraform-engine.ts
import path from "node:path";
async function options(unit, ctx) {
  let stackDir = path.join(ctx.infraDir, unit.id), own = await ctx.credentialsFor?.(unit);
  return {
    binary: ctx.terraformBinary,
    stackDir,
    varFiles: unit.varFiles.map(
      (v) => path.relative(stackDir, path.join(ctx.infraDir, v)).split(path.sep).join("/")
    ),
    pluginCacheDir: ctx.pluginCacheDir,
    lockTimeoutSeconds: ctx.lockTimeoutSeconds,
    env: own ? { ...ctx.env, ...own } : ctx.env,
    log: ctx.log,
    timeoutMs: ctx.timeoutMs
  };
}
var terraformEngine = {
  name: "terraform",
  async plan(unit, ctx) {
    await ctx.refreshCredentials?.();
    let result = await terraformPlan(await options(unit, ctx)), summary = summarizePlan(result.json, unit.id), { hash, entries, normalised } = terraformPlanDigest(unit.id, result.json);
    return {
      changed: result.changed,
      hash,
      entries,
      normalised,
      summary,
      text: result.output,
      planFile: result.planFile
    };
  },
  async apply(unit, plan, ctx) {
    if (!plan.planFile) throw new Error(`${unit.id}: no saved plan to apply`);
    return await ctx.refreshCredentials?.(), terraformApply(await options(unit, ctx), plan.planFile);
  },
  async backup(unit, ctx) {
    return await ctx.refreshCredentials?.(), terraformStatePull(await options(unit, ctx));
  }
};
export {
  terraformEngine
};
