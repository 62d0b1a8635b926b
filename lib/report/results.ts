// Per-unit results handed from fan-out jobs to the job that reports them, as artifacts: one
// JSON file per unit, written atomically (a crashed job leaves no half file), read back from
// wherever the artifacts were downloaded (one folder per artifact).
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { errorMessage, UsageError } from "../errors.ts";

export async function writeUnitResult(dir: string, id: string, result: object): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${id.replaceAll("/", "__")}.json`);
  await writeFile(`${file}.tmp`, `${JSON.stringify(result)}\n`);
  await rename(`${file}.tmp`, file);
  return file;
}

/** Every result under `dir` (recursively), by unit id; `dir` may not exist (no job reported). */
export async function readUnitResults<T extends { id: string }>(
  dir: string,
  isResult: (v: unknown) => v is T,
): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile() || !e.name.endsWith(".json")) continue;
    const file = path.join(e.parentPath, e.name);
    let value: unknown;
    try {
      value = JSON.parse(await readFile(file, "utf8"));
    } catch (err) {
      throw new UsageError(`result file ${file} is not JSON: ${errorMessage(err)}`);
    }
    if (!isResult(value)) throw new UsageError(`result file ${file} is not a unit result`);
    found.set(value.id, value);
  }
  return found;
}

/** A JSON object with a string `id` and a string `status`: what both kinds of result share. */
export const hasIdAndStatus = (v: unknown): v is { id: string; status: string } =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as { id?: unknown }).id === "string" &&
  typeof (v as { status?: unknown }).status === "string";
