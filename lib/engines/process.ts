// How engines run their tools: a binary found on PATH (or at a path), an argument array
// (never a shell), the environment passed but never logged, output gathered into one log
// group per unit, and a timeout that stops the whole process group.
import { spawn } from "node:child_process";
import { constants as fsConstants } from "node:fs";
import { access, stat } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../errors.ts";
import type { Logger } from "../logger.ts";

const TAIL_LINES = 20;
/** Terraform finishes writing state and releases its lock on SIGINT; give it time. */
const KILL_GRACE_MS = 30_000;

/**
 * The runner's own credentials, never for a child: the step's inputs (the GitHub token among
 * them), the OIDC token request pair (a child could mint tokens for any audience), the
 * runtime token. Plans run code from pull requests (providers, external data sources).
 */
const RUNNER_SECRETS = [
  /^INPUT_/,
  /^ACTIONS_ID_TOKEN_REQUEST_/,
  /^ACTIONS_RUNTIME_/,
  /^ACTIONS_RESULTS_URL$/,
  /^ACTIONS_CACHE_URL$/,
  /^GITHUB_TOKEN$/,
];

/** The environment a tool runs with: the runner's, without its secrets, plus `extra`. */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!RUNNER_SECRETS.some((r) => r.test(k))) env[k] = v;
  return { ...env, ...extra };
}

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Tool {
  /** Absolute path of the binary. */
  path: string;
  /** As shown in logs and messages, e.g. "terraform". */
  name: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** The lines of one group; flushed at once so that parallel units do not interleave. */
export class GroupLog {
  private readonly lines: string[] = [];
  constructor(
    private readonly log: Logger,
    private readonly title: string,
  ) {}
  add(text: string): void {
    for (const line of text.replace(/\r?\n$/, "").split(/\r?\n/)) this.lines.push(line);
  }
  flush(): void {
    this.log.group(this.title, [...this.lines]);
    this.lines.length = 0;
  }
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

/**
 * An absolute path to the binary: a path as given, a bare name looked up on env's PATH. A
 * missing tool is the user's to fix (install it or name another), so the error says where
 * it is named (`setting`).
 */
export async function resolveBinary(
  binary: string,
  env: NodeJS.ProcessEnv,
  setting: string,
): Promise<string> {
  const name = path.basename(binary) || binary;
  const missing = (where: string) =>
    new UsageError(`${name} not found ${where}; set ${setting} or install it`);
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

/** The last non-empty lines of a tool's output: the part of an error worth showing. */
export function outputTail(text: string, lines = TAIL_LINES): string {
  return text
    .trimEnd()
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(-lines)
    .join("\n");
}

export interface RunOptions {
  /** Exit codes that are not errors; default [0]. */
  ok?: number[];
  /** Keeps stdout out of the log (plan JSON and state may hold secrets). */
  quiet?: boolean;
  timeoutMs?: number;
  /** Where, as errors say it: "in stack infra/stacks/platform/jp1". */
  subject: string;
  /** Output to quote when the command fails; default stderr. */
  errorText?: (r: ProcessResult) => string;
}

/** Runs one command; exit codes outside `ok` (and timeouts) throw with the output's tail. */
export function runTool(
  tool: Tool,
  group: GroupLog,
  args: string[],
  options: RunOptions,
): Promise<ProcessResult> {
  const sub = args[0] === "state" ? `state ${args[1] ?? ""}`.trim() : (args[0] ?? "");
  group.add(`$ ${tool.name} ${args.map((a) => (a === tool.cwd ? "." : a)).join(" ")}`);
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, {
      cwd: tool.cwd,
      env: tool.env,
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
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            signalGroup("SIGINT");
            killTimer = setTimeout(() => signalGroup("SIGKILL"), KILL_GRACE_MS);
            killTimer.unref();
          }, options.timeoutMs);
    child.on("error", (e) => {
      if (timer) clearTimeout(timer);
      reject(new Error(`cannot run ${tool.name} ${sub} ${options.subject}: ${e.message}`));
    });
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      const result: ProcessResult = {
        code: code ?? -1,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
      };
      if (!options.quiet && result.stdout !== "") group.add(result.stdout);
      if (result.stderr !== "") group.add(result.stderr);
      if (timedOut) {
        // Anything the group left behind after SIGINT gets the hard kill now.
        if (killTimer) clearTimeout(killTimer);
        signalGroup("SIGKILL");
        group.add(`${tool.name} ${sub} timed out after ${options.timeoutMs} ms`);
        reject(
          new Error(
            `${tool.name} ${sub} ${options.subject} timed out after ${options.timeoutMs} ms; the process group was stopped`,
          ),
        );
        return;
      }
      if ((options.ok ?? [0]).includes(result.code)) {
        resolve(result);
        return;
      }
      const how = code === null ? `killed by ${signal ?? "a signal"}` : `exit code ${code}`;
      const tail = outputTail((options.errorText ?? ((r) => r.stderr))(result));
      reject(
        new Error(
          `${tool.name} ${sub} failed ${options.subject} (${how})${tail ? `:\n${tail}` : ""}`,
        ),
      );
    });
  });
}
