// docs/reference.md, generated from the published schema (lib/model/schema.ts): every kind,
// every field with its type, default, description and example, and an example document of
// each kind. `npm run schema` writes it beside the schema; a test fails when it is stale.
// It reads the schema as plain JSON Schema, so a field added without a description or an
// example still appears (with "—"), and `fieldsOf` tells the test what is missing.
import { stringify } from "yaml";
import { KindNames, publishedSchema } from "../lib/model/schema.ts";

export const REFERENCE_FILE = "docs/reference.md";

/** The part of JSON Schema that lib/model/schema.ts uses. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  examples?: unknown[];
  default?: unknown;
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

/** The alternatives of a union (TypeBox's Union is anyOf), or undefined. */
const alternatives = (s: JsonSchema) => s.anyOf ?? s.oneOf;

/** A field: its schema with a documented value type merged in, and where it is. */
export interface Field {
  kind: string;
  /** `spec.healthCheck.path`, `spec.regions[].weight`. */
  path: string;
  /** As published (a documented value type under an allOf). */
  raw: JsonSchema;
  /** With the value type merged in. */
  schema: JsonSchema;
  required: boolean;
  /** The description of the value type (a pattern's "expected …"), when the field has one. */
  format: string | undefined;
  /** Has fields of its own, listed after it. */
  container: boolean;
  example: unknown;
}

/** A field whose schema is `allOf: [value type]` plus its own documentation, as one. */
function merged(s: JsonSchema): { schema: JsonSchema; format: string | undefined } {
  const inner = s.allOf?.length === 1 && s.type === undefined ? s.allOf[0] : undefined;
  if (!inner) return { schema: s, format: undefined };
  const { allOf: _, ...own } = s;
  const base = merged(inner);
  return {
    schema: { ...base.schema, ...own, examples: own.examples ?? base.schema.examples },
    format: base.schema.description,
  };
}

const hasFields = (s: JsonSchema) =>
  s.properties !== undefined && Object.keys(s.properties).length > 0;

/** An example of a value: its own, its default, its constant, or one built from its fields. */
export function exampleOf(raw: JsonSchema): unknown {
  const { schema: s } = merged(raw);
  if (s.examples && s.examples.length > 0) return s.examples[0];
  if (s.default !== undefined) return s.default;
  if (s.const !== undefined) return s.const;
  if (s.enum && s.enum.length > 0) return s.enum[0];
  const alts = alternatives(s);
  if (alts) {
    for (const alt of alts) {
      const v = exampleOf(alt);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  if (hasFields(s)) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(s.properties ?? {})) {
      const v = exampleOf(child);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  if (s.type === "array" && s.items) {
    const item = exampleOf(s.items);
    return item === undefined ? undefined : [item];
  }
  return undefined;
}

/**
 * Every field under `s`, depth first, in the schema's order. Fields that are objects of one
 * schema (a row per layer, an offer per provider) are listed once, as `<key>`.
 */
function walk(kind: string, s: JsonSchema, prefix: string, out: Field[]): void {
  const required = new Set(s.required ?? []);
  const entries = Object.entries(s.properties ?? {});
  const same = (a: JsonSchema, b: JsonSchema) => JSON.stringify(a) === JSON.stringify(b);
  const shared = entries.filter(
    ([, v]) => hasFields(merged(v).schema) && entries.filter(([, w]) => same(v, w)).length > 1,
  );
  for (const [key, raw0] of entries) {
    const group = shared.filter(([, v]) => same(v, raw0)).map(([k]) => k);
    if (group.length > 1 && group[0] !== key) continue;
    const name = group.length > 1 ? "<key>" : key;
    const raw =
      group.length > 1
        ? {
            ...raw0,
            description: `${raw0.description ?? "—"}; ${code("<key>")} is one of ${group.join(", ")}`,
          }
        : raw0;
    const path = prefix ? `${prefix}.${name}` : name;
    const { schema, format } = merged(raw);
    const items = schema.type === "array" && schema.items ? merged(schema.items).schema : undefined;
    // A union of objects: the fields of every alternative, each listed once.
    const union = (x: JsonSchema | undefined): JsonSchema | undefined => {
      const alts = x && alternatives(x)?.map((a) => merged(a).schema);
      if (!alts?.some(hasFields)) return undefined;
      return { properties: Object.assign({}, ...alts.map((a) => a.properties ?? {})) };
    };
    const nested = hasFields(schema)
      ? schema
      : items && hasFields(items)
        ? items
        : (union(schema) ?? union(items));
    out.push({
      kind,
      path,
      raw,
      schema,
      required: required.has(key),
      format,
      container: nested !== undefined,
      example: nested ? undefined : exampleOf(raw),
    });
    if (nested)
      walk(kind, nested, items && nested !== schema && !union(schema) ? `${path}[]` : path, out);
  }
}

function definitions(): Record<string, JsonSchema> {
  return (publishedSchema() as { definitions: Record<string, JsonSchema> }).definitions;
}

/** The fields of every kind: the envelope's under the pseudo-kind "*", then each kind's spec. */
export function fieldsOf(): Field[] {
  const defs = definitions();
  const out: Field[] = [];
  const first = defs[KindNames[0]!]!;
  const envelope = { ...first, properties: { ...first.properties } };
  delete envelope.properties.spec;
  delete envelope.properties.kind;
  walk("*", envelope, "", out);
  for (const kind of KindNames) {
    const spec = defs[kind]?.properties?.spec;
    if (!spec) continue;
    out.push({
      kind,
      path: "spec",
      raw: spec,
      schema: spec,
      required: true,
      format: undefined,
      container: true,
      example: undefined,
    });
    walk(kind, spec, "spec", out);
  }
  return out;
}

/** Each kind's example document: every field that has an example, optional ones too. */
export function exampleDocument(kind: string): Record<string, unknown> {
  const def = definitions()[kind];
  if (!def) throw new Error(`no kind ${kind}`);
  const name = EXAMPLE_NAMES[kind] ?? exampleOf(def.properties?.metadata?.properties?.name ?? {});
  return {
    apiVersion: def.properties?.apiVersion?.const,
    kind,
    metadata: { name },
    spec: exampleOf(def.properties?.spec ?? {}) ?? {},
  };
}

/** Names that read well in each kind's example (other kinds take metadata.name's example). */
const EXAMPLE_NAMES: Record<string, string> = {
  Platform: "acme",
  Tenant: "acme",
  Project: "storefront",
  Environment: "prod",
  Region: "jp1",
  Size: "medium",
  Service: "orders-api",
  Composition: "orders-db",
  GtmPolicy: "api",
  AutoscalePolicy: "jp1-nodes",
  Policy: "prod-services",
  DecisionMatrix: "matrix",
};

// ---------------------------------------------------------------------------------------
// Markdown

const code = (text: string) => {
  const ticks = text.includes("`") ? "``" : "`";
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${ticks}${pad}${text}${pad}${ticks}`;
};

/** A table cell: one line, pipes escaped (also inside code spans, as GFM tables require). */
const cell = (text: string) => text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");

/** A value as YAML on one line (flow style), as it would be written in a document. */
function inline(value: unknown): string {
  return stringify(value, { collectionStyle: "flow", lineWidth: 0 }).trim();
}

function range(s: JsonSchema): string {
  const low =
    s.exclusiveMinimum !== undefined
      ? `> ${s.exclusiveMinimum}`
      : s.minimum !== undefined
        ? `${s.minimum}`
        : undefined;
  if (low !== undefined && s.maximum !== undefined && s.exclusiveMinimum === undefined)
    return `${low}–${s.maximum}`;
  const parts = [
    low === undefined ? undefined : s.exclusiveMinimum !== undefined ? low : `≥ ${low}`,
    s.maximum === undefined ? undefined : `≤ ${s.maximum}`,
  ].filter((p) => p !== undefined);
  return parts.join(", ");
}

/** The type column: what a value must be, in words. */
export function typeOf(raw: JsonSchema): string {
  const { schema: s, format } = merged(raw);
  if (s.const !== undefined) return code(inline(s.const));
  if (s.enum) return `one of ${s.enum.map((v) => code(String(v))).join(", ")}`;
  const alts = alternatives(s);
  if (alts) {
    if (alts.every((a) => a.const !== undefined))
      return `one of ${alts.map((a) => code(inline(a.const))).join(", ")}`;
    return alts.map((a) => (hasFields(merged(a).schema) ? "object" : typeOf(a))).join(" or ");
  }
  if (Array.isArray(s.type)) return s.type.join(", ");
  switch (s.type) {
    case "string": {
      const what = format ?? s.description;
      const text = s.pattern ? (what ?? `matching ${code(s.pattern)}`) : undefined;
      const length =
        s.maxLength !== undefined
          ? `up to ${s.maxLength} characters`
          : s.minLength
            ? "not empty"
            : undefined;
      return ["string", [text, length].filter(Boolean).join(", ")].filter(Boolean).join(": ");
    }
    case "integer":
    case "number": {
      const r = range(s);
      return r ? `${s.type}, ${r}` : s.type;
    }
    case "array": {
      const item = s.items ? typeOf(s.items) : "values";
      const rules = [
        s.minItems ? `at least ${s.minItems}` : undefined,
        s.uniqueItems ? "no repeats" : undefined,
      ].filter(Boolean);
      const items = s.items && hasFields(merged(s.items).schema) ? "objects" : item;
      return `list of ${items}${rules.length > 0 ? ` (${rules.join(", ")})` : ""}`;
    }
    case "object": {
      if (hasFields(s))
        return s.minProperties ? `object, at least ${s.minProperties} field` : "object";
      const [[key, value] = []] = Object.entries(s.patternProperties ?? {});
      if (!value) return "object";
      const keys = key === "^(.*)$" || key === undefined ? "string" : `keys matching ${code(key)}`;
      return `map: ${keys} → ${typeOf(value)}`;
    }
    default:
      return s.type ?? "any value";
  }
}

function row(f: Field): string {
  const s = f.schema;
  const description = s.description && s.description !== f.format ? s.description : "—";
  const cells = [
    code(f.path),
    typeOf(f.raw),
    f.required ? "yes" : "",
    s.default !== undefined ? code(inline(s.default)) : "",
    description,
    f.container ? "" : f.example !== undefined ? code(inline(f.example)) : "—",
  ];
  return `| ${cells.map(cell).join(" | ")} |`;
}

const anchor = (kind: string) => kind.toLowerCase();

function table(fields: Field[]): string[] {
  return [
    "| field | type | required | default | description | example |",
    "| --- | --- | --- | --- | --- | --- |",
    ...fields.map(row),
  ];
}

/** The whole of docs/reference.md. */
export function referenceText(): string {
  const defs = definitions();
  const fields = fieldsOf();
  const lines: string[] = [
    "<!-- Generated by `npm run schema` (scripts/reference.ts) from lib/model/schema.ts: edit the schema, not this file. -->",
    "",
    "# Model reference",
    "",
    "Every kind of `platform-config/` document, every field with its type, whether it is",
    "required, the default the code applies when it is left out, what it means and an example.",
    "The same descriptions are in `schema/platform-config.schema.json`, which editors show on",
    "hover (`# yaml-language-server: $schema=…`). Beyond the schema, `cloudneutral validate`",
    'checks references between documents (see the README\'s "The model").',
    "",
    "Each kind's example sets every field, optional ones too, and is checked against the",
    "schema by `test/reference.test.ts`; a real document leaves out what it does not need.",
    "A field of a list of objects is written `list[].field`.",
    "",
    "| kind | what it is |",
    "| --- | --- |",
    ...KindNames.map(
      (k) => `| [${code(k)}](#${anchor(k)}) | ${cell(defs[k]?.description ?? "—")} |`,
    ),
    "",
    "## Every document",
    "",
    "A document has a Kubernetes-style envelope; a file may hold several, separated by `---`.",
    "",
    ...table([
      {
        kind: "*",
        path: "apiVersion",
        raw: defs[KindNames[0]!]?.properties?.apiVersion ?? {},
        schema: defs[KindNames[0]!]?.properties?.apiVersion ?? {},
        required: true,
        format: undefined,
        container: false,
        example: defs[KindNames[0]!]?.properties?.apiVersion?.const,
      },
      {
        kind: "*",
        path: "kind",
        raw: { type: "string", enum: KindNames, description: "the document's kind" },
        schema: { type: "string", enum: KindNames, description: "the document's kind" },
        required: true,
        format: undefined,
        container: false,
        example: "Service",
      },
      ...fields.filter((f) => f.kind === "*" && f.path !== "apiVersion"),
    ]),
  ];
  for (const kind of KindNames) {
    lines.push(
      "",
      `## ${kind}`,
      "",
      defs[kind]?.description ?? "",
      "",
      "```yaml",
      stringify(exampleDocument(kind), { lineWidth: 0 }).trimEnd(),
      "```",
      "",
      ...table(fields.filter((f) => f.kind === kind && f.path !== "spec")),
    );
  }
  return `${lines.join("\n")}\n`;
}
