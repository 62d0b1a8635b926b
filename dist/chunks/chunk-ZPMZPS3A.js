import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/git/run.ts
import { spawn } from "node:child_process";
var REDIRECTING_ENV = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_COMMON_DIR",
  "GIT_PREFIX",
  "GIT_NAMESPACE"
];
function gitEnv(extra = {}) {
  let env = { ...process.env };
  for (let name of REDIRECTING_ENV) delete env[name];
  return { ...env, ...extra };
}
function git(repoDir, args, options = {}) {
  return new Promise((resolve, reject) => {
    let child = spawn("git", args, {
      cwd: repoDir,
      env: gitEnv(options.env),
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: !0
    }), out = [], err = [];
    child.stdout.on("data", (c) => out.push(c)), child.stderr.on("data", (c) => err.push(c)), child.stdin.on("error", () => {
    }), child.on("error", (e) => reject(new Error(`cannot run git: ${e.message}`))), child.on("close", (code) => {
      let result = {
        code: code ?? -1,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString()
      };
      if ((options.ok ?? [0]).includes(result.code)) resolve(result);
      else {
        let why = result.stderr.trim().split(`
`)[0] || `exit code ${result.code}`;
        reject(new Error(`git ${args[0]} failed in ${repoDir}: ${why}`));
      }
    }), child.stdin.end(options.input ?? "");
  });
}
async function gitText(repoDir, args) {
  return (await git(repoDir, args)).stdout.toString("utf8");
}
function hasControlCharacters(s) {
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 32 || c === 127) return !0;
  }
  return !1;
}

export {
  git,
  gitText,
  hasControlCharacters
};
