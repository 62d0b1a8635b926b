// docs/reference.md: generated from the schema, complete (every field described, every
// value field with an example), its examples valid, and linked from the README.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { KindNames } from "../lib/model/schema.ts";
import { AJV_OPTIONS, validatorFor } from "../lib/model/validators.ts";
import {
  exampleDocument,
  exampleOf,
  fieldsOf,
  REFERENCE_FILE,
  referenceText,
  typeOf,
} from "../scripts/reference.ts";
import { ROOT } from "./helpers.ts";

describe("docs/reference.md", () => {
  it("is the committed file, generated from lib/model/schema.ts (npm run schema)", async () => {
    expect(await readFile(path.join(ROOT, REFERENCE_FILE), "utf8")).toBe(referenceText());
  });

  it("has every kind and every field of the schema", () => {
    const text = referenceText();
    for (const kind of KindNames) expect(text).toContain(`\n## ${kind}\n`);
    const fields = fieldsOf();
    expect(fields.length).toBeGreaterThan(150);
    for (const f of fields.filter((f) => f.path !== "spec"))
      expect(text, f.path).toContain(`| \`${f.path}\` |`);
  });

  it("describes every field and gives every value field an example", () => {
    const fields = fieldsOf().filter((f) => f.path !== "spec");
    // A value type's own description (Name's "lower-case letters, …") says what a value must
    // look like, not what the field means: a field that has only that is undescribed.
    const undescribed = fields
      .filter((f) => !f.schema.description || (f.schema.pattern !== undefined && !f.format))
      .map((f) => `${f.kind} ${f.path}`);
    const noExample = fields
      .filter((f) => !f.container && f.example === undefined)
      .map((f) => `${f.kind} ${f.path}`);
    expect(undescribed, "add a description in lib/model/schema.ts (doc(…))").toEqual([]);
    expect(noExample, "add an example in lib/model/schema.ts (doc(…, { example }))").toEqual([]);
  });

  it("every example is valid: each field's against the field, each kind's document against the kind", () => {
    const ajv = new Ajv({ ...AJV_OPTIONS, allErrors: false });
    let checked = 0;
    for (const f of fieldsOf()) {
      if (f.example === undefined) continue;
      checked++;
      const validate = ajv.compile(f.raw);
      expect(validate(f.example), `${f.kind} ${f.path}: ${JSON.stringify(validate.errors)}`).toBe(
        true,
      );
    }
    expect(checked).toBeGreaterThan(120);
    for (const kind of KindNames) {
      const validate = validatorFor(kind);
      const doc = exampleDocument(kind);
      expect(validate(doc), `${kind}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("says what a value must be in words, and keeps every table row at six cells", () => {
    expect(typeOf({ type: "integer", minimum: 0, maximum: 255 })).toBe("integer, 0–255");
    expect(typeOf({ type: "number", exclusiveMinimum: 0, maximum: 1 })).toBe("number, > 0, ≤ 1");
    expect(
      typeOf({ type: "array", items: { type: "string", enum: ["a", "b"] }, minItems: 1 }),
    ).toBe("list of one of `a`, `b` (at least 1)");
    expect(
      typeOf({
        allOf: [{ type: "string", pattern: "^x$", description: "an x" }],
        description: "d",
      }),
    ).toBe("string: an x");
    // Unions, which the model does not use yet: named, and an example from an alternative.
    expect(typeOf({ anyOf: [{ const: "a" }, { const: "b" }] })).toBe("one of `a`, `b`");
    expect(exampleOf({ anyOf: [{ type: "string" }, { type: "integer", examples: [3] }] })).toBe(3);
    // Patterns hold "|" (Composition inputs): escaped, or the row would split.
    const rows = referenceText()
      .split("\n")
      .filter((l) => l.startsWith("| `"));
    expect(rows.length).toBeGreaterThan(150);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2, row).toBe(6);
  });

  it("is linked from the README", async () => {
    const readme = await readFile(path.join(ROOT, "README.md"), "utf8");
    expect(readme).toMatch(/\]\(docs\/reference\.md\)/);
  });
});
