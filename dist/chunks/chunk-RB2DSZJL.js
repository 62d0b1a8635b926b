import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";

// lib/engines/process.ts
import { spawn } from "node:child_process";
import { constants as fsConstants } from "node:fs";
import { access, stat } from "node:fs/promises";
import path from "node:path";
var TAIL_LINES = 20, KILL_GRACE_MS = 3e4, RUNNER_SECRETS = [
  /^INPUT_/,
  /^ACTIONS_ID_TOKEN_REQUEST_/,
  /^ACTIONS_RUNTIME_/,
  /^ACTIONS_RESULTS_URL$/,
  /^ACTIONS_CACHE_URL$/,
  /^GITHUB_TOKEN$/
];
function childEnv(extra = {}) {
  let env = {};
  for (let [k, v] of Object.entries(process.env))
    RUNNER_SECRETS.some((r) => r.test(k)) || (env[k] = v);
  return { ...env, ...extra };
}
var GroupLog = class {
  constructor(log, title) {
    this.log = log;
    this.title = title;
  }
  log;
  title;
  lines = [];
  add(text) {
    for (let line of text.replace(/\r?\n$/, "").split(/\r?\n/)) this.lines.push(line);
  }
  flush() {
    this.log.group(this.title, [...this.lines]), this.lines.length = 0;
  }
};
async function isExecutable(file) {
  try {
    return (await stat(file)).isFile() ? (await access(file, fsConstants.X_OK), !0) : !1;
  } catch {
    return !1;
  }
}
async function resolveBinary(binary, env, setting) {
  let name = path.basename(binary) || binary, missing = (where) => new UsageError(`${name} not found ${where}; set ${setting} or install it`);
  if (binary === "") throw missing("on PATH");
  if (binary.includes("/") || binary.includes(path.sep)) {
    let full = path.resolve(binary);
    if (await isExecutable(full)) return full;
    throw missing(`at ${full}`);
  }
  let exts = process.platform === "win32" ? ["", ".exe", ".cmd"] : [""];
  for (let dir of (env.PATH ?? "").split(path.delimiter))
    if (dir !== "")
      for (let ext of exts) {
        let full = path.join(dir, binary + ext);
        if (await isExecutable(full)) return full;
      }
  throw missing("on PATH");
}
function outputTail(text, lines = TAIL_LINES) {
  return text.trimEnd().split(/\r?\n/).filter((l) => l.trim() !== "").slice(-lines).join(`
`);
}
function runTool(tool, group, args, options) {
  let sub = args[0] === "state" ? `state ${args[1] ?? ""}`.trim() : args[0] ?? "";
  return group.add(`$ ${tool.name} ${args.map((a) => a === tool.cwd ? "." : a).join(" ")}`), new Promise((resolve, reject) => {
    let child = spawn(tool.path, args, {
      cwd: tool.cwd,
      env: tool.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: process.platform !== "win32",
      windowsHide: !0
    }), out = [], err = [];
    child.stdout.on("data", (c) => out.push(c)), child.stderr.on("data", (c) => err.push(c));
    let timedOut = !1, killTimer, signalGroup = (signal) => {
      if (child.pid !== void 0)
        try {
          process.platform === "win32" ? child.kill(signal) : process.kill(-child.pid, signal);
        } catch {
        }
    }, timer = options.timeoutMs === void 0 ? void 0 : setTimeout(() => {
      timedOut = !0, signalGroup("SIGINT"), killTimer = setTimeout(() => signalGroup("SIGKILL"), KILL_GRACE_MS), killTimer.unref();
    }, options.timeoutMs);
    child.on("error", (e) => {
      timer && clearTimeout(timer), reject(new Error(`cannot run ${tool.name} ${sub} ${options.subject}: ${e.message}`));
    }), child.on("close", (code, signal) => {
      timer && clearTimeout(timer);
      let result = {
        code: code ?? -1,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString()
      };
      if (!options.quiet && result.stdout !== "" && group.add(result.stdout), result.stderr !== "" && group.add(result.stderr), timedOut) {
        killTimer && clearTimeout(killTimer), signalGroup("SIGKILL"), group.add(`${tool.name} ${sub} timed out after ${options.timeoutMs} ms`), reject(
          new Error(
            `${tool.name} ${sub} ${options.subject} timed out after ${options.timeoutMs} ms; the process group was stopped`
          )
        );
        return;
      }
      if ((options.ok ?? [0]).includes(result.code)) {
        resolve(result);
        return;
      }
      let how = code === null ? `killed by ${signal ?? "a signal"}` : `exit code ${code}`, tail = outputTail((options.errorText ?? ((r) => r.stderr))(result));
      reject(
        new Error(
          `${tool.name} ${sub} failed ${options.subject} (${how})${tail ? `:
${tail}` : ""}`
        )
      );
    });
  });
}

export {
  childEnv,
  GroupLog,
  resolveBinary,
  outputTail,
  runTool
};
