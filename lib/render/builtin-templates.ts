import { fileURLToPath } from "node:url";
import { readTemplateDir } from "./template-dir.ts";

/**
 * The default templates, keyed by path under `templates/`. From source they are read from
 * the repository; the bundle build (build.mjs) replaces this module with one that embeds
 * them, so the actions and the CLI need nothing but their own files.
 */
export async function builtinTemplates(): Promise<Record<string, string>> {
  return readTemplateDir(fileURLToPath(new URL("../../templates/", import.meta.url)));
}
