import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  unitFilesHash
} from "./chunk-JVP3NJ3Q.js";
import {
  GroupLog,
  childEnv,
  outputTail,
  resolveBinary,
  runTool
} from "./chunk-RB2DSZJL.js";
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/engines/ansible-engine.ts
import path2 from "node:path";

// lib/engines/ansible.ts
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
function ansiblePlan(options2) {
  return runPlaybook(options2, ["--check", "--diff"]);
}
function ansibleApply(options2) {
  return runPlaybook(options2, []);
}
var RECAP_LINE = /^(\S+)\s+:\s+ok=(\d+)\s+changed=(\d+)\s+unreachable=(\d+)\s+failed=(\d+)(?:\s+skipped=(\d+))?/;
function parseRecap(output) {
  let at = output.lastIndexOf("PLAY RECAP");
  if (at < 0) return [];
  let hosts = [];
  for (let line of output.slice(at).split(/\r?\n/).slice(1)) {
    let m = RECAP_LINE.exec(line.trim());
    m && hosts.push({
      host: m[1],
      ok: Number(m[2]),
      changed: Number(m[3]),
      unreachable: Number(m[4]),
      failed: Number(m[5]),
      skipped: Number(m[6] ?? 0)
    });
  }
  return hosts;
}
async function isFile(file) {
  return (await stat(file).catch(() => {
  }))?.isFile() ?? !1;
}
async function prepare(options2) {
  let unit = options2.unitDir, dir = path.resolve(unit), s = await stat(dir).catch(() => {
  });
  if (!s) throw new UsageError(`Ansible unit ${unit} does not exist`);
  if (!s.isDirectory()) throw new UsageError(`Ansible unit ${unit} is not a directory`);
  let playbook = options2.playbook ?? "site.yml";
  if (!await isFile(path.resolve(dir, playbook)))
    throw new UsageError(`Ansible unit ${unit} has no playbook ${playbook}`);
  let inventory = options2.inventory ?? "inventory.yml";
  if (!await stat(path.resolve(dir, inventory)).catch(() => {
  }))
    throw new UsageError(`Ansible unit ${unit} has no inventory ${inventory}`);
  let env = childEnv({
    ...options2.env,
    ANSIBLE_NOCOLOR: "1",
    ANSIBLE_FORCE_COLOR: "0",
    ANSIBLE_RETRY_FILES_ENABLED: "0"
  }), binary = options2.binary ?? "ansible-playbook";
  try {
    return { path: await resolveBinary(binary, env, "the Ansible binary"), name: path.basename(binary) || binary, cwd: dir, env };
  } catch (err) {
    throw err instanceof UsageError ? new UsageError(`Ansible unit ${unit}: ${err.message}`) : err;
  }
}
async function runPlaybook(options2, mode) {
  let tool = await prepare(options2), subject = `in Ansible unit ${options2.unitDir}`, group = new GroupLog(options2.log, options2.unitDir), varsDir;
  try {
    let args = [
      options2.playbook ?? "site.yml",
      ...mode,
      "-i",
      options2.inventory ?? "inventory.yml"
    ];
    if (options2.extraVars && Object.keys(options2.extraVars).length > 0) {
      varsDir = await mkdtemp(path.join(tmpdir(), "cn-ansible-"));
      let file = path.join(varsDir, "extra-vars.json");
      await writeFile(file, JSON.stringify(options2.extraVars), { mode: 384 }), args.push("-e", `@${file}`);
    }
    let r = await runTool(tool, group, args, {
      timeoutMs: options2.timeoutMs,
      subject,
      // Task failures are on stdout, errors before any task on stderr: quote stdout last.
      errorText: (r2) => `${r2.stderr}
${r2.stdout}`
    }), hosts = parseRecap(r.stdout), failed = hosts.filter((h) => h.failed > 0 || h.unreachable > 0);
    if (failed.length > 0) {
      let tail = outputTail(`${r.stderr}
${r.stdout}`);
      throw new Error(
        `${tool.name} ${args[0]} failed ${subject} (${failed.map((h) => h.host).join(", ")} failed or unreachable):
${tail}`
      );
    }
    return { changed: hosts.some((h) => h.changed > 0), hosts, output: r.stdout };
  } finally {
    group.flush(), varsDir && await rm(varsDir, { recursive: !0, force: !0 });
  }
}

// lib/engines/ansible-engine.ts
var options = (unit, ctx) => ({
  unitDir: path2.join(ctx.infraDir, unit.id),
  log: ctx.log,
  env: ctx.env,
  extraVars: ctx.ansibleVars,
  timeoutMs: ctx.timeoutMs
}), ansibleEngine = {
  name: "ansible",
  async plan(unit, ctx) {
    await ctx.refreshCredentials?.();
    let r = await ansiblePlan(options(unit, ctx));
    return { changed: r.changed, hash: unitFilesHash(ctx.infraDir, unit), text: r.output };
  },
  async apply(unit, _plan, ctx) {
    return await ctx.refreshCredentials?.(), { output: (await ansibleApply(options(unit, ctx))).output };
  }
};
export {
  ansibleEngine
};
