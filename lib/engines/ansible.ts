// Runs ansible-playbook in one unit directory (infra/ansible/<region>): check mode with diffs
// to plan, a real run to apply. The binary gets an argument array (never a shell); the
// environment is passed to the child but never logged, and extra vars travel in a temporary
// file rather than on the command line, where any local user could read them.
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { UsageError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { childEnv, GroupLog, outputTail, resolveBinary, runTool, type Tool } from "./process.ts";

export interface AnsibleOptions {
  /** "ansible-playbook" (the default) or a path to it. */
  binary?: string;
  /** The unit: a directory holding the playbook, its inventory and group_vars. */
  unitDir: string;
  /** Relative to `unitDir`; default "site.yml". */
  playbook?: string;
  /** Relative to `unitDir`; default "inventory.yml". */
  inventory?: string;
  /**
   * Passed as one `-e @file` (JSON). Ansible templates extra vars like any other variable,
   * so these are the operator's settings, never tenant data.
   */
  extraVars?: Record<string, string>;
  /** Added to (and overriding) the inherited environment of the child; never logged. */
  env?: Record<string, string>;
  log: Logger;
  /** On expiry the process group is terminated and the call throws. */
  timeoutMs?: number;
}

/** One host's line of the PLAY RECAP. */
export interface AnsibleHostRecap {
  host: string;
  ok: number;
  changed: number;
  unreachable: number;
  failed: number;
  skipped: number;
}

export interface AnsibleResult {
  /** Some host changed (in check mode: would change). */
  changed: boolean;
  hosts: AnsibleHostRecap[];
  /** ansible-playbook's stdout (its warnings, on stderr, are in the log only). */
  output: string;
}

/** `ansible-playbook --check --diff`: what a run would change, changing nothing. */
export function ansiblePlan(options: AnsibleOptions): Promise<AnsibleResult> {
  return runPlaybook(options, ["--check", "--diff"]);
}

/** `ansible-playbook`: the real run. */
export function ansibleApply(options: AnsibleOptions): Promise<AnsibleResult> {
  return runPlaybook(options, []);
}

const RECAP_LINE =
  /^(\S+)\s+:\s+ok=(\d+)\s+changed=(\d+)\s+unreachable=(\d+)\s+failed=(\d+)(?:\s+skipped=(\d+))?/;

/** The hosts of the last PLAY RECAP in ansible-playbook's output (none when there is none). */
export function parseRecap(output: string): AnsibleHostRecap[] {
  const at = output.lastIndexOf("PLAY RECAP");
  if (at < 0) return [];
  const hosts: AnsibleHostRecap[] = [];
  for (const line of output.slice(at).split(/\r?\n/).slice(1)) {
    const m = RECAP_LINE.exec(line.trim());
    if (!m) continue;
    hosts.push({
      host: m[1]!,
      ok: Number(m[2]),
      changed: Number(m[3]),
      unreachable: Number(m[4]),
      failed: Number(m[5]),
      skipped: Number(m[6] ?? 0),
    });
  }
  return hosts;
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

async function prepare(options: AnsibleOptions): Promise<Tool> {
  const unit = options.unitDir;
  const dir = path.resolve(unit);
  const s = await stat(dir).catch(() => undefined);
  if (!s) throw new UsageError(`Ansible unit ${unit} does not exist`);
  if (!s.isDirectory()) throw new UsageError(`Ansible unit ${unit} is not a directory`);
  const playbook = options.playbook ?? "site.yml";
  if (!(await isFile(path.resolve(dir, playbook))))
    throw new UsageError(`Ansible unit ${unit} has no playbook ${playbook}`);
  const inventory = options.inventory ?? "inventory.yml";
  if (!(await stat(path.resolve(dir, inventory)).catch(() => undefined)))
    throw new UsageError(`Ansible unit ${unit} has no inventory ${inventory}`);
  const env = childEnv({
    ...options.env,
    ANSIBLE_NOCOLOR: "1",
    ANSIBLE_FORCE_COLOR: "0",
    ANSIBLE_RETRY_FILES_ENABLED: "0",
  });
  const binary = options.binary ?? "ansible-playbook";
  try {
    const found = await resolveBinary(binary, env, "the Ansible binary");
    return { path: found, name: path.basename(binary) || binary, cwd: dir, env };
  } catch (err) {
    if (err instanceof UsageError) throw new UsageError(`Ansible unit ${unit}: ${err.message}`);
    throw err;
  }
}

async function runPlaybook(options: AnsibleOptions, mode: string[]): Promise<AnsibleResult> {
  const tool = await prepare(options);
  const subject = `in Ansible unit ${options.unitDir}`;
  const group = new GroupLog(options.log, options.unitDir);
  let varsDir: string | undefined;
  try {
    // The playbook first, so that messages read "ansible-playbook site.yml failed …".
    const args = [
      options.playbook ?? "site.yml",
      ...mode,
      "-i",
      options.inventory ?? "inventory.yml",
    ];
    if (options.extraVars && Object.keys(options.extraVars).length > 0) {
      varsDir = await mkdtemp(path.join(tmpdir(), "cn-ansible-"));
      const file = path.join(varsDir, "extra-vars.json");
      await writeFile(file, JSON.stringify(options.extraVars), { mode: 0o600 });
      args.push("-e", `@${file}`);
    }
    const r = await runTool(tool, group, args, {
      timeoutMs: options.timeoutMs,
      subject,
      // Task failures are on stdout, errors before any task on stderr: quote stdout last.
      errorText: (r) => `${r.stderr}\n${r.stdout}`,
    });
    const hosts = parseRecap(r.stdout);
    const failed = hosts.filter((h) => h.failed > 0 || h.unreachable > 0);
    if (failed.length > 0) {
      // Exit code 0 all the same (ignore_unreachable, say): still not a run to trust.
      const tail = outputTail(`${r.stderr}\n${r.stdout}`);
      throw new Error(
        `${tool.name} ${args[0]} failed ${subject} (${failed.map((h) => h.host).join(", ")} failed or unreachable):\n${tail}`,
      );
    }
    return { changed: hosts.some((h) => h.changed > 0), hosts, output: r.stdout };
  } finally {
    group.flush();
    if (varsDir) await rm(varsDir, { recursive: true, force: true });
  }
}
