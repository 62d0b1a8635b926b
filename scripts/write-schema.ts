// Writes schema/platform-config.schema.json from lib/model/schema.ts (the one source).
// A test fails when the committed file differs from what this would write.
import { mkdir, writeFile } from "node:fs/promises";
import { publishedSchema } from "../lib/model/schema.ts";

export const SCHEMA_FILE = "schema/platform-config.schema.json";

export function schemaText(): string {
  return `${JSON.stringify(publishedSchema(), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await mkdir("schema", { recursive: true });
  await writeFile(SCHEMA_FILE, schemaText());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
