import { readFile } from "node:fs/promises";
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { loadDocuments } from "../lib/model/load.ts";
import { SCHEMA_FILE, schemaText } from "../scripts/write-schema.ts";
import { ROOT, SAMPLE_CONFIG } from "./helpers.ts";

describe("the published schema", () => {
  it("is the committed file, generated from lib/model/schema.ts (npm run schema)", async () => {
    expect(await readFile(path.join(ROOT, SCHEMA_FILE), "utf8")).toBe(schemaText());
  });

  it("accepts every sample document and rejects what the loader rejects, on its own", async () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(await readFile(path.join(ROOT, SCHEMA_FILE), "utf8")));
    const { config } = await loadDocuments(SAMPLE_CONFIG);
    for (const file of config.files) {
      const text = await readFile(path.join(SAMPLE_CONFIG, file), "utf8");
      const depth = file.split("/").length - 1;
      expect(text.split("\n")[0], file).toBe(
        `# yaml-language-server: $schema=${"../".repeat(depth + 1)}schema/platform-config.schema.json`,
      );
      for (const doc of parseAllDocuments(text) as unknown as { toJS(): unknown }[]) {
        expect(validate(doc.toJS()), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
    const bad = {
      apiVersion: "cloudneutral.io/v1alpha1",
      kind: "Region",
      metadata: { name: "x" },
      spec: { provider: "azure" },
    };
    expect(validate(bad)).toBe(false);
    expect(validate({ ...bad, kind: "Nope" })).toBe(false);
  });
});
