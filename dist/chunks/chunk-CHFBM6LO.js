import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  parsePlanJson
} from "./chunk-HYEIGLEA.js";
import {
  GroupLog,
  childEnv,
  resolveBinary,
  runTool
} from "./chunk-CPKLKLRS.js";
import {
  UsageError
} from "./chunk-J6YPK43K.js";

// lib/engines/terraform.ts
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
var PLAN_FILE_NAME = ".cloudneutral.tfplan";
function lockTimeout(o) {
  let s = o.lockTimeoutSeconds ?? 300;
  if (!Number.isInteger(s) || s < 0)
    throw new UsageError(`lockTimeoutSeconds must be a whole number \u2265 0, not ${s}`);
  return `-lock-timeout=${s}s`;
}
async function prepare(o) {
  let stackDir = path.resolve(o.stackDir), s = await stat(stackDir).catch(() => {
  });
  if (!s) throw new UsageError(`stack directory ${o.stackDir} does not exist`);
  if (!s.isDirectory()) throw new UsageError(`stack directory ${o.stackDir} is not a directory`);
  let env = childEnv({
    ...o.env,
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
    CHECKPOINT_DISABLE: "1"
  });
  if (o.pluginCacheDir !== void 0) {
    let cache = path.resolve(o.pluginCacheDir);
    await mkdir(cache, { recursive: !0 }), env.TF_PLUGIN_CACHE_DIR = cache;
  }
  return {
    path: await resolveBinary(o.binary, env, "Platform.spec.terraform.binary"),
    name: path.basename(o.binary) || o.binary,
    cwd: stackDir,
    stackDir,
    env
  };
}
function run(p, o, group, args, options = {}) {
  return runTool(p, group, args, {
    ...options,
    timeoutMs: o.timeoutMs,
    subject: `in stack ${o.stackDir}`
  });
}
async function inGroup(o, fn) {
  let p = await prepare(o), group = new GroupLog(o.log, o.stackDir);
  try {
    return await fn(p, group);
  } finally {
    group.flush();
  }
}
function terraformPlan(o) {
  return inGroup(o, async (p, group) => {
    let planFile = path.join(p.stackDir, PLAN_FILE_NAME);
    await rm(planFile, { force: !0 });
    let init = ["init", "-input=false", "-no-color"];
    o.backend === !1 && init.push("-backend=false"), await run(p, o, group, init);
    let plan = [
      "plan",
      "-input=false",
      "-no-color",
      lockTimeout(o),
      `-out=${planFile}`,
      ...(o.varFiles ?? []).map((f) => `-var-file=${f}`),
      "-detailed-exitcode"
    ];
    try {
      let planned = await run(p, o, group, plan, { ok: [0, 2] }), shown = await run(p, o, group, ["show", "-json", planFile], { quiet: !0 }), json = parsePlanJson(shown.stdout, o.stackDir);
      return { planFile, json, changed: planned.code === 2, output: planned.stdout };
    } catch (err) {
      throw await rm(planFile, { force: !0 }), err;
    }
  });
}
function terraformApply(o, planFile) {
  return inGroup(o, async (p, group) => {
    let file = path.resolve(p.stackDir, planFile);
    if (!(await stat(file).catch(() => {
    }))?.isFile())
      throw new Error(`saved plan ${planFile} for stack ${o.stackDir} does not exist`);
    return { output: (await run(p, o, group, ["apply", "-input=false", "-no-color", lockTimeout(o), file])).stdout };
  });
}
function terraformStatePull(o) {
  return inGroup(o, async (p, group) => {
    let r = await run(p, o, group, ["state", "pull"], { quiet: !0 });
    return group.add(`(state: ${Buffer.byteLength(r.stdout)} bytes, not shown)`), r.stdout;
  });
}

export {
  terraformPlan,
  terraformApply,
  terraformStatePull
};
