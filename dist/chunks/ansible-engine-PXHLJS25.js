import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  decodeTfvars,
  readNodeCount
} from "./chunk-WRVK7YPS.js";
import {
  filesHash,
  unitFiles
} from "./chunk-GV5ZLV5Q.js";
import {
  yaml
} from "./chunk-WAWDWLZY.js";
import {
  GroupLog,
  childEnv,
  outputTail,
  resolveBinary,
  runTool
} from "./chunk-RB2DSZJL.js";
import {
  ConfigurationError,
  UsageError,
  underRoot
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/engines/ansible-engine.ts
import { readFileSync } from "node:fs";
import path3 from "node:path";

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

// lib/engines/ansible-paths.ts
import path2 from "node:path";
var PATH_MODULES = /* @__PURE__ */ new Set([
  "include",
  "include_tasks",
  "import_tasks",
  "import_playbook",
  "include_vars",
  "include_role",
  "import_role",
  "script"
]), SRC_MODULES = /* @__PURE__ */ new Set([
  ...PATH_MODULES,
  "copy",
  "template",
  "unarchive",
  "assemble",
  "win_copy",
  "win_template"
]), PATH_ARGUMENTS = ["src", "file", "name"], LOOKUP = /\b(?:lookup|query|q)\(\s*['"](?:ansible\.builtin\.)?(\w+)['"]\s*(?:,\s*['"]([^'"]*)['"])?/g, FILE_LOOKUPS = /* @__PURE__ */ new Set([
  "file",
  "template",
  "fileglob",
  "first_found",
  "lines",
  "ini",
  "csvfile"
]), moduleName = (key) => key.replace(/^ansible\.(?:builtin|legacy)\./, ""), templated = (s) => s.includes("{{") || s.includes("{%");
function assertAnsibleSelfContained(infraDir, unitDirs, files) {
  let problems = [], inUnit = (rel) => unitDirs.some((d) => rel === d || rel.startsWith(`${d}/`)) && !rel.startsWith("../");
  for (let file of files) {
    if (!/\.ya?ml$/.test(file.path)) continue;
    let text = file.content.toString("utf8"), docs;
    try {
      docs = yaml.loadAll(text);
    } catch {
      continue;
    }
    let where = (value) => {
      let at = Math.max(0, text.indexOf(value)), before = text.slice(0, at);
      return { line: before.split(`
`).length, column: at - before.lastIndexOf(`
`) };
    }, refuse = (value, why) => problems.push({ file: file.path, ...where(value), message: why }), checkPath = (value, what) => {
      if (typeof value != "string" || value === "" || templated(value)) return;
      let target = path2.posix.normalize(
        path2.posix.isAbsolute(value) ? value : path2.posix.join(path2.posix.dirname(file.path), value)
      );
      (path2.posix.isAbsolute(value) || !inUnit(target)) && refuse(
        value,
        `${what} ${JSON.stringify(value)} leads out of the unit: an Ansible unit may only use its own files, which are what its reviewed hash covers`
      );
    }, checkString = (s) => {
      for (let m of s.matchAll(LOOKUP)) {
        let plugin = m[1] ?? "";
        plugin === "pipe" ? refuse(s, "a pipe lookup runs a command on the controller; use a task on the hosts") : FILE_LOOKUPS.has(plugin) && m[2] !== void 0 && checkPath(m[2], `lookup ${plugin}`);
      }
    }, visit = (node) => {
      if (typeof node == "string") checkString(node);
      else if (Array.isArray(node)) for (let item of node) visit(item);
      if (!(node === null || typeof node != "object" || Array.isArray(node)))
        for (let [key, value] of Object.entries(node)) {
          let name = moduleName(key);
          if (typeof value == "string" && PATH_MODULES.has(name))
            checkPath(name === "script" ? value.trim().split(/\s+/)[0] : value, name);
          else if (SRC_MODULES.has(name) && value && typeof value == "object" && !Array.isArray(value)) {
            let args = value;
            if (args.remote_src !== !0 && args.remote_src !== "yes")
              for (let arg of PATH_ARGUMENTS) checkPath(args[arg], `${name} ${arg}`);
          } else if (name === "vars_files" && Array.isArray(value))
            for (let v of value) checkPath(v, "vars_files entry");
          else if (name === "roles" && Array.isArray(value))
            for (let r of value)
              checkPath(typeof r == "string" ? r : r?.role, "role");
          visit(value);
        }
    };
    docs.forEach(visit);
  }
  if (problems.length > 0) throw new ConfigurationError(underRoot(infraDir, problems));
}

// lib/engines/ansible-engine.ts
var options = (unit, ctx) => ({
  unitDir: path3.join(ctx.infraDir, unit.id),
  log: ctx.log,
  env: ctx.env,
  extraVars: { ...ctx.ansibleVars, ...nodeCount(unit, ctx.infraDir) },
  timeoutMs: ctx.timeoutMs
});
function nodeCount(unit, infraDir) {
  let file = unit.varFiles.find((f) => f === `node-pool/${unit.region}.tfvars`);
  if (file === void 0) return {};
  let text = decodeTfvars(readFileSync(path3.join(infraDir, file)), `infra/${file}`);
  return { cloudneutral_node_count: String(readNodeCount(text, `infra/${file}`).count) };
}
var ansibleEngine = {
  name: "ansible",
  async plan(unit, ctx) {
    let files = unitFiles(ctx.infraDir, unit);
    assertAnsibleSelfContained(ctx.infraDir, unit.watch, files);
    let hash = filesHash(files);
    await ctx.refreshCredentials?.();
    let r = await ansiblePlan(options(unit, ctx));
    return { changed: r.changed, hash, text: r.output };
  },
  async apply(unit, _plan, ctx) {
    return await ctx.refreshCredentials?.(), { output: (await ansibleApply(options(unit, ctx))).output };
  }
};
export {
  ansibleEngine,
  nodeCount
};
