// The one way we run git: an argument array (never a shell), in the repository the caller
// names, whatever a calling hook exported. Refs and paths reach here from pull requests and
// are treated as hostile by the callers in this folder.
import { spawn } from "node:child_process";

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

// Variables that would point git somewhere other than `repoDir` (set, for example, when
// tests run from a git hook); the repository is always the one the caller named.
const REDIRECTING_ENV = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_COMMON_DIR",
  "GIT_PREFIX",
  "GIT_NAMESPACE",
];

function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of REDIRECTING_ENV) delete env[name];
  return { ...env, ...extra };
}

/** Runs git in `repoDir`; exit codes outside `ok` are errors carrying git's own message. */
export function git(
  repoDir: string,
  args: string[],
  /** `env`: variables set on purpose by this layer (a private index, an identity). */
  options: { input?: string; ok?: number[]; env?: Record<string, string> } = {},
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, {
      cwd: repoDir,
      env: gitEnv(options.env),
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    // git may exit before reading all of its input; its exit code says what happened.
    child.stdin.on("error", () => {});
    child.on("error", (e) => reject(new Error(`cannot run git: ${e.message}`)));
    child.on("close", (code) => {
      const result = {
        code: code ?? -1,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString(),
      };
      if ((options.ok ?? [0]).includes(result.code)) resolve(result);
      else {
        const why = result.stderr.trim().split("\n")[0] || `exit code ${result.code}`;
        reject(new Error(`git ${args[0]} failed in ${repoDir}: ${why}`));
      }
    });
    child.stdin.end(options.input ?? "");
  });
}

/** git's standard output as text; any exit code but 0 is an error carrying git's message. */
export async function gitText(repoDir: string, args: string[]): Promise<string> {
  return (await git(repoDir, args)).stdout.toString("utf8");
}

/** Newlines and other control characters: never in a ref or a directory we accept. */
export function hasControlCharacters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}
