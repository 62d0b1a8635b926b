// Writes schema/platform-config.schema.json and docs/reference.md from lib/model/schema.ts
// (the one source). A test fails when a committed file differs from what this would write.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { publishedSchema } from "../lib/model/schema.ts";
import { REFERENCE_FILE, referenceText } from "./reference.ts";

export const SCHEMA_FILE = "schema/platform-config.schema.json";

export function schemaText(): string {
  return `${JSON.stringify(publishedSchema(), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [file, text] of [
    [SCHEMA_FILE, schemaText()],
    [REFERENCE_FILE, referenceText()],
  ] as const) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    process.stdout.write(`wrote ${file}\n`);
  }
}
