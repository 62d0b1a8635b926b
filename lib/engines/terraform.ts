// Runs Terraform or OpenTofu in one stack directory: init, plan to a saved plan file, show
// it as JSON, apply exactly that saved plan, and pull the state for backups. Every call is
// the binary with an argument array (never a shell); the environment is passed to the
// child but never logged, nor is anything that can hold secrets (plan JSON, state).
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { parsePlanJson } from "../tfplan/parse.ts";
import {
  childEnv,
  GroupLog,
  type ProcessResult,
  resolveBinary,
  runTool,
  type Tool,
} from "./process.ts";

export interface TerraformOptions {
  /** "terraform", "tofu" or a path to either. */
  binary: string;
  stackDir: string;
  /** Relative to `stackDir`. */
  varFiles?: string[];
  pluginCacheDir?: string;
  /** How long to wait for the state lock; default 300. */
  lockTimeoutSeconds?: number;
  /** Added to (and overriding) the inherited environment of the child; never logged. */
  env?: Record<string, string>;
  log: Logger;
  /** Per command; on expiry the process group is terminated and the call throws. */
  timeoutMs?: number;
  /** `false` runs `init -backend=false` (local checks without the remote state). */
  backend?: boolean;
}

export interface PlanResult {
  /** Absolute path of the saved plan, for `terraformApply`. */
  planFile: string;
  /** The parsed `show -json` of the saved plan. */
  json: unknown;
  /** From `-detailed-exitcode`: 2 means changes, 0 none. */
  changed: boolean;
  /** The human-readable plan text (stdout of `plan`). */
  output: string;
}

/** The saved plan's name inside the stack directory. */
export const PLAN_FILE_NAME = ".cloudneutral.tfplan";

interface Prepared extends Tool {
  stackDir: string;
}

function lockTimeout(options: TerraformOptions): string {
  const s = options.lockTimeoutSeconds ?? 300;
  if (!Number.isInteger(s) || s < 0)
    throw new UsageError(`lockTimeoutSeconds must be a whole number ≥ 0, not ${s}`);
  return `-lock-timeout=${s}s`;
}

async function prepare(options: TerraformOptions): Promise<Prepared> {
  const stackDir = path.resolve(options.stackDir);
  const s = await stat(stackDir).catch(() => undefined);
  if (!s) throw new UsageError(`stack directory ${options.stackDir} does not exist`);
  if (!s.isDirectory())
    throw new UsageError(`stack directory ${options.stackDir} is not a directory`);
  const env = childEnv({
    ...options.env,
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
    CHECKPOINT_DISABLE: "1",
  });
  if (options.pluginCacheDir !== undefined) {
    const cache = path.resolve(options.pluginCacheDir);
    await mkdir(cache, { recursive: true });
    env.TF_PLUGIN_CACHE_DIR = cache;
  }
  const binaryPath = await resolveBinary(options.binary, env, "Platform.spec.terraform.binary");
  return {
    path: binaryPath,
    name: path.basename(options.binary) || options.binary,
    cwd: stackDir,
    stackDir,
    env,
  };
}

function run(
  tool: Prepared,
  options: TerraformOptions,
  group: GroupLog,
  args: string[],
  how: { ok?: number[]; quiet?: boolean } = {},
): Promise<ProcessResult> {
  return runTool(tool, group, args, {
    ...how,
    timeoutMs: options.timeoutMs,
    subject: `in stack ${options.stackDir}`,
  });
}

/** Runs `fn` with one log group for the stack, flushed whether it succeeds or not. */
async function inGroup<T>(
  options: TerraformOptions,
  fn: (p: Prepared, group: GroupLog) => Promise<T>,
): Promise<T> {
  const p = await prepare(options);
  const group = new GroupLog(options.log, options.stackDir);
  try {
    return await fn(p, group);
  } finally {
    group.flush();
  }
}

/**
 * `init`, `plan -out` with `-detailed-exitcode`, then `show -json` of the saved plan. A
 * stale plan file is removed first, and the new one again if anything after it fails, so
 * a failed plan never leaves one behind to apply.
 */
export function terraformPlan(options: TerraformOptions): Promise<PlanResult> {
  return inGroup(options, async (p, group) => {
    const planFile = path.join(p.stackDir, PLAN_FILE_NAME);
    await rm(planFile, { force: true });
    const init = ["init", "-input=false", "-no-color"];
    if (options.backend === false) init.push("-backend=false");
    await run(p, options, group, init);
    const plan = [
      "plan",
      "-input=false",
      "-no-color",
      lockTimeout(options),
      `-out=${planFile}`,
      ...(options.varFiles ?? []).map((f) => `-var-file=${f}`),
      "-detailed-exitcode",
    ];
    try {
      const planned = await run(p, options, group, plan, { ok: [0, 2] });
      const shown = await run(p, options, group, ["show", "-json", planFile], { quiet: true });
      const json = parsePlanJson(shown.stdout, options.stackDir);
      return { planFile, json, changed: planned.code === 2, output: planned.stdout };
    } catch (err) {
      // A plan nobody could read must not stay behind to be applied.
      await rm(planFile, { force: true });
      throw err;
    }
  });
}

/** `apply` of a saved plan: exactly what was planned, no re-plan, no prompt. */
export function terraformApply(
  options: TerraformOptions,
  planFile: string,
): Promise<{ output: string }> {
  return inGroup(options, async (p, group) => {
    const file = path.resolve(p.stackDir, planFile);
    const exists = await stat(file).catch(() => undefined);
    if (!exists?.isFile())
      throw new Error(`saved plan ${planFile} for stack ${options.stackDir} does not exist`);
    const r = await run(p, options, group, [
      "apply",
      "-input=false",
      "-no-color",
      lockTimeout(options),
      file,
    ]);
    return { output: r.stdout };
  });
}

/** `state pull`: the state as JSON text (for backups). The stack must be initialised. */
export function terraformStatePull(options: TerraformOptions): Promise<string> {
  return inGroup(options, async (p, group) => {
    const r = await run(p, options, group, ["state", "pull"], { quiet: true });
    group.add(`(state: ${Buffer.byteLength(r.stdout)} bytes, not shown)`);
    return r.stdout;
  });
}
