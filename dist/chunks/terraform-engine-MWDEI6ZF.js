import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  terraformApply,
  terraformPlan,
  terraformStatePull
} from "./chunk-KFEFJVQD.js";
import {
  summarizePlan
} from "./chunk-BDSSD7T4.js";
import "./chunk-2AYWUZ3R.js";
import {
  terraformPlanDigest
} from "./chunk-GJKJQNJ4.js";
import "./chunk-GN6SVRLO.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";

// lib/engines/terraform-engine.ts
import path from "node:path";
function options(unit, ctx) {
  let stackDir = path.join(ctx.infraDir, unit.id);
  return {
    binary: ctx.terraformBinary,
    stackDir,
    varFiles: unit.varFiles.map(
      (v) => path.relative(stackDir, path.join(ctx.infraDir, v)).split(path.sep).join("/")
    ),
    pluginCacheDir: ctx.pluginCacheDir,
    lockTimeoutSeconds: ctx.lockTimeoutSeconds,
    env: ctx.env,
    log: ctx.log,
    timeoutMs: ctx.timeoutMs
  };
}
var terraformEngine = {
  name: "terraform",
  canBackup: !0,
  async plan(unit, ctx) {
    let result = await terraformPlan(options(unit, ctx)), summary = summarizePlan(result.json, unit.id), { hash, entries } = terraformPlanDigest(unit.id, result.json);
    return {
      changed: result.changed,
      hash,
      entries,
      summary,
      text: result.output,
      planFile: result.planFile
    };
  },
  async apply(unit, plan, ctx) {
    if (!plan.planFile) throw new Error(`${unit.id}: no saved plan to apply`);
    return terraformApply(options(unit, ctx), plan.planFile);
  },
  backup(unit, ctx) {
    return terraformStatePull(options(unit, ctx));
  }
};
export {
  terraformEngine
};
