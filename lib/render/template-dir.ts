import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** Every `*.hbs` under `dir`, keyed by its path relative to `dir` (forward slashes). */
export async function readTemplateDir(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(
    (err: NodeJS.ErrnoException) => {
      if (err.code === "ENOENT") return [];
      throw err;
    },
  );
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith(".hbs"))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
  const out: Record<string, string> = {};
  for (const file of files) out[file] = await readFile(path.join(dir, file), "utf8");
  return out;
}
