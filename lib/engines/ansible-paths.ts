// An Ansible unit must run only its own files: the hash people reviewed covers the unit's
// directory and nothing else. A playbook can reach other files on the controller in a few
// ways (includes and imports, roles, vars_files, the `src` of copy/template/script, file
// lookups); a literal path of that kind that leads out of the unit, or a `pipe` lookup (a
// command run on the controller), is refused at plan time with the file and line. A templated
// path (`{{ … }}`) cannot be resolved before the run and is left to the owner rules that
// guard hand-written files.
import path from "node:path";
import yaml from "js-yaml";
import { ConfigurationError, type LocatedProblem, underRoot } from "../errors.ts";

/** Modules whose value (a string) is a controller-side path. */
const PATH_MODULES = new Set([
  "include",
  "include_tasks",
  "import_tasks",
  "import_playbook",
  "include_vars",
  "include_role",
  "import_role",
  "script",
]);
/** Modules whose `src` (or `file`, `name`) argument is a controller-side path. */
const SRC_MODULES = new Set([
  ...PATH_MODULES,
  "copy",
  "template",
  "unarchive",
  "assemble",
  "win_copy",
  "win_template",
]);
const PATH_ARGUMENTS = ["src", "file", "name"];
/** Lookups that read controller files; `pipe` runs a command there. */
const LOOKUP =
  /\b(?:lookup|query|q)\(\s*['"](?:ansible\.builtin\.)?(\w+)['"]\s*(?:,\s*['"]([^'"]*)['"])?/g;
const FILE_LOOKUPS = new Set([
  "file",
  "template",
  "fileglob",
  "first_found",
  "lines",
  "ini",
  "csvfile",
]);

const moduleName = (key: string) => key.replace(/^ansible\.(?:builtin|legacy)\./, "");
const templated = (s: string) => s.includes("{{") || s.includes("{%");

/**
 * Throws a ConfigurationError naming every reference that leaves the unit. `files` are the
 * unit's files (paths relative to `infraDir`); `unitDirs` its directories, infra-relative.
 */
export function assertAnsibleSelfContained(
  infraDir: string,
  unitDirs: readonly string[],
  files: readonly { path: string; content: Buffer }[],
): void {
  const problems: LocatedProblem[] = [];
  const inUnit = (rel: string) =>
    unitDirs.some((d) => rel === d || rel.startsWith(`${d}/`)) && !rel.startsWith("../");
  for (const file of files) {
    if (!/\.ya?ml$/.test(file.path)) continue;
    const text = file.content.toString("utf8");
    let docs: unknown[];
    try {
      docs = yaml.loadAll(text);
    } catch {
      continue; // Not YAML Ansible can read either: the run fails on it, with its own message.
    }
    const where = (value: string) => {
      const at = Math.max(0, text.indexOf(value));
      const before = text.slice(0, at);
      const line = before.split("\n").length;
      return { line, column: at - before.lastIndexOf("\n") };
    };
    const refuse = (value: string, why: string) =>
      problems.push({ file: file.path, ...where(value), message: why });
    const checkPath = (value: unknown, what: string) => {
      if (typeof value !== "string" || value === "" || templated(value)) return;
      const target = path.posix.normalize(
        path.posix.isAbsolute(value)
          ? value
          : path.posix.join(path.posix.dirname(file.path), value),
      );
      if (path.posix.isAbsolute(value) || !inUnit(target))
        refuse(
          value,
          `${what} ${JSON.stringify(value)} leads out of the unit: an Ansible unit may only use its own files, which are what its reviewed hash covers`,
        );
    };
    const checkString = (s: string) => {
      for (const m of s.matchAll(LOOKUP)) {
        const plugin = m[1] ?? "";
        if (plugin === "pipe")
          refuse(s, "a pipe lookup runs a command on the controller; use a task on the hosts");
        else if (FILE_LOOKUPS.has(plugin) && m[2] !== undefined)
          checkPath(m[2], `lookup ${plugin}`);
      }
    };
    const visit = (node: unknown): void => {
      if (typeof node === "string") checkString(node);
      else if (Array.isArray(node)) for (const item of node) visit(item);
      if (node === null || typeof node !== "object" || Array.isArray(node)) return;
      for (const [key, value] of Object.entries(node)) {
        const name = moduleName(key);
        if (typeof value === "string" && PATH_MODULES.has(name))
          checkPath(name === "script" ? value.trim().split(/\s+/)[0] : value, name);
        else if (
          SRC_MODULES.has(name) &&
          value &&
          typeof value === "object" &&
          !Array.isArray(value)
        ) {
          const args = value as Record<string, unknown>;
          if (args.remote_src !== true && args.remote_src !== "yes")
            for (const arg of PATH_ARGUMENTS) checkPath(args[arg], `${name} ${arg}`);
        } else if (name === "vars_files" && Array.isArray(value))
          for (const v of value) checkPath(v, "vars_files entry");
        else if (name === "roles" && Array.isArray(value))
          for (const r of value)
            checkPath(typeof r === "string" ? r : (r as { role?: unknown })?.role, "role");
        visit(value);
      }
    };
    docs.forEach(visit);
  }
  if (problems.length > 0) throw new ConfigurationError(underRoot(infraDir, problems));
}
