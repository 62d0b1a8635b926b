import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  GroupLog,
  childEnv,
  resolveBinary,
  runTool
} from "./chunk-RB2DSZJL.js";
import {
  parsePlanJson
} from "./chunk-65PPA6I5.js";
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";

// lib/engines/terraform.ts
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
var PLAN_FILE_NAME = ".cloudneutral.tfplan";
function lockTimeout(options) {
  let s = options.lockTimeoutSeconds ?? 300;
  if (!Number.isInteger(s) || s < 0)
    throw new UsageError(`lockTimeoutSeconds must be a whole number \u2265 0, not ${s}`);
  return `-lock-timeout=${s}s`;
}
async function prepare(options) {
  let stackDir = path.resolve(options.stackDir), s = await stat(stackDir).catch(() => {
  });
  if (!s) throw new UsageError(`stack directory ${options.stackDir} does not exist`);
  if (!s.isDirectory())
    throw new UsageError(`stack directory ${options.stackDir} is not a directory`);
  let env = childEnv({
    ...options.env,
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
    CHECKPOINT_DISABLE: "1"
  });
  if (options.pluginCacheDir !== void 0) {
    let cache = path.resolve(options.pluginCacheDir);
    await mkdir(cache, { recursive: !0 }), env.TF_PLUGIN_CACHE_DIR = cache;
  }
  return {
    path: await resolveBinary(options.binary, env, "Platform.spec.terraform.binary"),
    name: path.basename(options.binary) || options.binary,
    cwd: stackDir,
    stackDir,
    env
  };
}
function run(tool, options, group, args, how = {}) {
  return runTool(tool, group, args, {
    ...how,
    timeoutMs: options.timeoutMs,
    subject: `in stack ${options.stackDir}`
  });
}
async function inGroup(options, fn) {
  let p = await prepare(options), group = new GroupLog(options.log, options.stackDir);
  try {
    return await fn(p, group);
  } finally {
    group.flush();
  }
}
function terraformPlan(options) {
  return inGroup(options, async (p, group) => {
    let planFile = path.join(p.stackDir, PLAN_FILE_NAME);
    await rm(planFile, { force: !0 });
    let init = ["init", "-input=false", "-no-color"];
    options.backend === !1 && init.push("-backend=false"), await run(p, options, group, init);
    let plan = [
      "plan",
      "-input=false",
      "-no-color",
      lockTimeout(options),
      `-out=${planFile}`,
      ...(options.varFiles ?? []).map((f) => `-var-file=${f}`),
      "-detailed-exitcode"
    ];
    try {
      let planned = await run(p, options, group, plan, { ok: [0, 2] }), shown = await run(p, options, group, ["show", "-json", planFile], { quiet: !0 }), json = parsePlanJson(shown.stdout, options.stackDir);
      return { planFile, json, changed: planned.code === 2, output: planned.stdout };
    } catch (err) {
      throw await rm(planFile, { force: !0 }), err;
    }
  });
}
function terraformApply(options, planFile) {
  return inGroup(options, async (p, group) => {
    let file = path.resolve(p.stackDir, planFile);
    if (!(await stat(file).catch(() => {
    }))?.isFile())
      throw new Error(`saved plan ${planFile} for stack ${options.stackDir} does not exist`);
    return { output: (await run(p, options, group, [
      "apply",
      "-input=false",
      "-no-color",
      lockTimeout(options),
      file
    ])).stdout };
  });
}
function terraformStatePull(options) {
  return inGroup(options, async (p, group) => {
    let r = await run(p, options, group, ["state", "pull"], { quiet: !0 });
    return group.add(`(state: ${Buffer.byteLength(r.stdout)} bytes, not shown)`), r.stdout;
  });
}

export {
  terraformPlan,
  terraformApply,
  terraformStatePull
};
