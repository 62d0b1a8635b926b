// Runs Terraform or OpenTofu in one stack directory: init, plan to a saved plan file, show
// it as JSON, apply exactly that saved plan, and pull the state for backups. Every call is
// the binary with an argument array (never a shell); the environment is passed to the
// child but never logged, nor is anything that can hold secrets (plan JSON, state).
import { spawn } from "node:child_process";
import { constants as fsConstants } from "node:fs";
import { access, mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "../logger.ts";
import { parsePlanJson } from "../plan/summary.ts";

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

const STDERR_TAIL_LINES = 20;
const KILL_GRACE_MS = 5_000;

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

interface Prepared {
  binaryPath: string;
  binaryName: string;
  stackDir: string;
  env: NodeJS.ProcessEnv;
}

/** The lines of one group; flushed at once so parallel stacks do not interleave. */
class GroupLog {
  private readonly lines: string[] = [];
  constructor(
    private readonly log: Logger,
    private readonly stackDir: string,
  ) {}
  add(text: string): void {
    for (const line of text.replace(/\r?\n$/, "").split(/\r?\n/)) this.lines.push(line);
  }
  flush(): void {
    this.log.group(this.stackDir, [...this.lines]);
    this.lines.length = 0;
  }
}

function lockTimeout(o: TerraformOptions): string {
  const s = o.lockTimeoutSeconds ?? 300;
  if (!Number.isInteger(s) || s < 0)
    throw new Error(`lockTimeoutSeconds must be a whole number ≥ 0, not ${s}`);
  return `-lock-timeout=${s}s`;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    const s = await stat(file);
    if (!s.isFile()) return false;
    await access(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** An absolute path to the binary: a path as given, a bare name looked up on env's PATH. */
async function resolveBinary(binary: string, env: NodeJS.ProcessEnv): Promise<string> {
  const name = path.basename(binary) || binary;
  const missing = (where: string): Error =>
    new Error(`${name} not found ${where}; set Platform.spec.terraform.binary or install it`);
  if (binary === "") throw missing("on PATH");
  if (binary.includes("/") || binary.includes(path.sep)) {
    const full = path.resolve(binary);
    if (await isExecutable(full)) return full;
    throw missing(`at ${full}`);
  }
  const exts = process.platform === "win32" ? ["", ".exe", ".cmd"] : [""];
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (dir === "") continue;
    for (const ext of exts) {
      const full = path.join(dir, binary + ext);
      if (await isExecutable(full)) return full;
    }
  }
  throw missing("on PATH");
}

async function prepare(o: TerraformOptions): Promise<Prepared> {
  const stackDir = path.resolve(o.stackDir);
  const s = await stat(stackDir).catch(() => undefined);
  if (!s) throw new Error(`stack directory ${o.stackDir} does not exist`);
  if (!s.isDirectory()) throw new Error(`stack directory ${o.stackDir} is not a directory`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...o.env,
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
    CHECKPOINT_DISABLE: "1",
  };
  if (o.pluginCacheDir !== undefined) {
    const cache = path.resolve(o.pluginCacheDir);
    await mkdir(cache, { recursive: true });
    env.TF_PLUGIN_CACHE_DIR = cache;
  }
  const binaryPath = await resolveBinary(o.binary, env);
  return { binaryPath, binaryName: path.basename(o.binary) || o.binary, stackDir, env };
}

function stderrTail(stderr: string): string {
  const lines = stderr
    .trimEnd()
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  return lines.slice(-STDERR_TAIL_LINES).join("\n");
}

/**
 * Runs one subcommand in the stack directory. `quiet` keeps stdout out of the log (plan
 * JSON and state may hold secrets); stderr is always logged. Exit codes outside `ok` throw.
 */
function run(
  p: Prepared,
  o: TerraformOptions,
  group: GroupLog,
  args: string[],
  options: { ok?: number[]; quiet?: boolean } = {},
): Promise<RunResult> {
  const sub = args[0] === "state" ? `state ${args[1] ?? ""}`.trim() : (args[0] ?? "");
  const shown = args.map((a) => (a === p.stackDir ? "." : a)).join(" ");
  group.add(`$ ${p.binaryName} ${shown}`);
  return new Promise((resolve, reject) => {
    const child = spawn(p.binaryPath, args, {
      cwd: p.stackDir,
      env: p.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: process.platform !== "win32",
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    const signalGroup = (signal: NodeJS.Signals): void => {
      if (child.pid === undefined) return;
      try {
        if (process.platform === "win32") child.kill(signal);
        else process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    const timer =
      o.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            signalGroup("SIGTERM");
            killTimer = setTimeout(() => signalGroup("SIGKILL"), KILL_GRACE_MS);
            killTimer.unref();
          }, o.timeoutMs);
    child.on("error", (e) => {
      if (timer) clearTimeout(timer);
      reject(new Error(`cannot run ${p.binaryName} ${sub} in ${o.stackDir}: ${e.message}`));
    });
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      const result: RunResult = {
        code: code ?? -1,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
      };
      if (!options.quiet && result.stdout !== "") group.add(result.stdout);
      if (result.stderr !== "") group.add(result.stderr);
      if (timedOut) {
        // Anything the group left behind after SIGTERM gets the hard kill now.
        if (killTimer) clearTimeout(killTimer);
        signalGroup("SIGKILL");
        group.add(`${p.binaryName} ${sub} timed out after ${o.timeoutMs} ms`);
        reject(
          new Error(
            `${p.binaryName} ${sub} in ${o.stackDir} timed out after ${o.timeoutMs} ms; the process group was stopped`,
          ),
        );
        return;
      }
      if ((options.ok ?? [0]).includes(result.code)) {
        resolve(result);
        return;
      }
      const how = code === null ? `killed by ${signal ?? "a signal"}` : `exit code ${code}`;
      const tail = stderrTail(result.stderr);
      reject(
        new Error(
          `${p.binaryName} ${sub} failed in stack ${o.stackDir} (${how})${tail ? `:\n${tail}` : ""}`,
        ),
      );
    });
  });
}

/** Runs `fn` with one log group for the stack, flushed whether it succeeds or not. */
async function inGroup<T>(
  o: TerraformOptions,
  fn: (p: Prepared, group: GroupLog) => Promise<T>,
): Promise<T> {
  const p = await prepare(o);
  const group = new GroupLog(o.log, o.stackDir);
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
export function terraformPlan(o: TerraformOptions): Promise<PlanResult> {
  return inGroup(o, async (p, group) => {
    const planFile = path.join(p.stackDir, PLAN_FILE_NAME);
    await rm(planFile, { force: true });
    const init = ["init", "-input=false", "-no-color"];
    if (o.backend === false) init.push("-backend=false");
    await run(p, o, group, init);
    const plan = [
      "plan",
      "-input=false",
      "-no-color",
      lockTimeout(o),
      `-out=${planFile}`,
      ...(o.varFiles ?? []).map((f) => `-var-file=${f}`),
      "-detailed-exitcode",
    ];
    try {
      const planned = await run(p, o, group, plan, { ok: [0, 2] });
      const shown = await run(p, o, group, ["show", "-json", planFile], { quiet: true });
      const json = parsePlanJson(shown.stdout, o.stackDir);
      return { planFile, json, changed: planned.code === 2, output: planned.stdout };
    } catch (err) {
      // A plan nobody could read must not stay behind to be applied.
      await rm(planFile, { force: true });
      throw err;
    }
  });
}

/** `apply` of a saved plan: exactly what was planned, no re-plan, no prompt. */
export function terraformApply(o: TerraformOptions, planFile: string): Promise<{ output: string }> {
  return inGroup(o, async (p, group) => {
    const file = path.resolve(p.stackDir, planFile);
    const exists = await stat(file).catch(() => undefined);
    if (!exists?.isFile())
      throw new Error(`saved plan ${planFile} for stack ${o.stackDir} does not exist`);
    const r = await run(p, o, group, ["apply", "-input=false", "-no-color", lockTimeout(o), file]);
    return { output: r.stdout };
  });
}

/** `state pull`: the state as JSON text (for backups). The stack must be initialised. */
export function terraformStatePull(o: TerraformOptions): Promise<string> {
  return inGroup(o, async (p, group) => {
    const r = await run(p, o, group, ["state", "pull"], { quiet: true });
    group.add(`(state: ${Buffer.byteLength(r.stdout)} bytes, not shown)`);
    return r.stdout;
  });
}
