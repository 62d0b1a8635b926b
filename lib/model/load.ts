import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { ErrorObject } from "ajv";
import { CORE_SCHEMA, loadAll } from "js-yaml";
import { type Document, LineCounter, parseAllDocuments } from "yaml";
import {
  ConfigurationError,
  errorMessage,
  type LocatedProblem,
  type Problem,
  sortProblems,
  UsageError,
} from "../errors.ts";
import { locate, type Path, type Position } from "./locate.ts";
import { type DocumentOf, type KindName, KindNames } from "./schema.ts";
import { validatorFor } from "./validators.ts";
import { unresolvedAlias, yamlErrorExplainer } from "./yaml-errors.ts";

/** Larger files are refused: a config file this big is a mistake, and would slow every run. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** One validated document and where it came from. */
export interface SourceDoc<K extends KindName = KindName> {
  kind: K;
  name: string;
  /** Relative to the config directory, with forward slashes. */
  file: string;
  value: DocumentOf<K>;
  /** Position of a path inside this document (`key` = the field name rather than its value). */
  at(path: Path, key?: boolean): Position;
}

export type ByKind = { [K in KindName]: SourceDoc<K>[] };

export interface LoadedConfig {
  dir: string;
  files: string[];
  docs: SourceDoc[];
  byKind: ByKind;
  /** `Kind/name` of documents that failed the schema: references to them are not "unknown". */
  invalid: Set<string>;
}

async function listYamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/**
 * Reads every YAML file under `dir` (sorted, so runs are deterministic), parses each
 * document and validates it against its kind's schema. Returns the valid
 * documents and every problem found; the caller decides whether problems are fatal.
 */
export async function loadDocuments(
  dir: string,
): Promise<{ config: LoadedConfig; problems: LocatedProblem[]; partial: SourceDoc[] }> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`config directory not found: ${dir}`);
  const files = await listYamlFiles(dir);
  const problems: LocatedProblem[] = [];
  const docs: SourceDoc[] = [];
  const partial: SourceDoc[] = [];
  const invalid = new Set<string>();
  if (files.length === 0) {
    problems.push({
      file: ".",
      line: 1,
      column: 1,
      message: "no YAML files found; expected platform-config documents (*.yaml)",
    });
  }
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (const file of files) {
    const full = path.join(dir, file);
    const size = (await stat(full)).size;
    if (size > MAX_FILE_BYTES) {
      problems.push({
        file,
        line: 1,
        column: 1,
        message: `file is ${(size / 1024 / 1024).toFixed(1)} MiB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MiB per file (split it into several files)`,
      });
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(await readFile(full));
    } catch {
      problems.push({
        file,
        line: 1,
        column: 1,
        message: "file is not valid UTF-8; expected UTF-8 text",
      });
      continue;
    }
    parseFile(file, text, { docs, problems, invalid, partial });
  }
  return {
    config: { dir, files, docs, byKind: groupByKind(docs), invalid },
    problems,
    partial,
  };
}

/**
 * Marks the positions a partial document's `at` gives (they are spread into the problems
 * reported with them): "ill-typed" where the path touches a field that failed the schema.
 */
export const PARTIAL = Symbol("partial");

/**
 * A document that failed the schema without its failing fields, so that the checks of its
 * other fields (references to other documents) still run; `touches` says whether a path is,
 * holds or lies under a failing field. Undefined when its kind or name failed.
 */
function wellTyped(
  value: unknown,
  found: readonly PathMessage[],
): { value: unknown; touches(p: Path): boolean } | undefined {
  const fields = found.map((e) => e.field);
  const under = (a: Path, b: Path) => a.length <= b.length && a.every((s, i) => s === b[i]);
  const touches = (p: Path) => fields.some((f) => under(f, p) || under(p, f));
  if (touches(["kind"]) || touches(["metadata", "name"])) return undefined;
  const copy = structuredClone(value);
  for (const { field, container } of found) {
    const parent = valueAt(copy, field.slice(0, -1)) as Record<string | number, unknown>;
    if (parent === null || typeof parent !== "object") continue;
    const last = field[field.length - 1]!;
    // An empty list or mapping keeps the checks that walk it going; a scalar is left out.
    if (container === "array") parent[last] = [];
    else if (container === "object") parent[last] = {};
    else delete parent[last];
  }
  return { value: copy, touches };
}

/** An alias (`*name`) where YAML allows one: after a blank, `[`, `{`, `,`, `:` or `-`. */
const ALIAS = /(^|[\s[{,:-])\*[^\s,[\]{}]/m;

/** A document that failed to parse: its problems are reported, it yields no value. */
const UNPARSED = Symbol("unparsed");

interface Located {
  docs: Document[];
  counter: LineCounter;
  explain: ReturnType<typeof yamlErrorExplainer>;
}

/**
 * Values come from js-yaml (core schema, duplicate keys refused), which is several times
 * faster than a parser that keeps a syntax tree. Positions are needed only to report a
 * problem, so the `yaml` package's positioned parse runs lazily, for files that have one —
 * and it is the judge of invalid YAML, with its clearer messages.
 */
function parseFile(
  file: string,
  text: string,
  out: {
    docs: SourceDoc[];
    problems: LocatedProblem[];
    invalid: Set<string>;
    partial: SourceDoc[];
  },
): void {
  const { docs, problems, invalid } = out;
  let located: Located | undefined;
  const positioned = (): Located => {
    if (!located) {
      const counter = new LineCounter();
      located = {
        counter,
        docs: parseAllDocuments(text, {
          lineCounter: counter,
          uniqueKeys: true,
          prettyErrors: false,
          // A broken document's keys may be lists ("Keys with collection values…"): that is
          // reported as the mistake, not as a process warning on stderr.
          logLevel: "error",
        }),
        explain: yamlErrorExplainer(text, counter),
      };
    }
    return located;
  };
  const atDoc =
    (index: number) =>
    (p: Path, key?: boolean): Position => {
      const { docs: parsed, counter } = positioned();
      const doc = parsed[index];
      return doc ? locate(doc, counter, p, key) : { line: 1, column: 1 };
    };

  let values: unknown[] = [];
  try {
    // js-yaml has no limit on alias expansion ("billion laughs"): files with aliases take
    // the `yaml` package's path, which refuses more than 100.
    if (ALIAS.test(text)) throw new Error("aliases");
    loadAll(text, (v) => values.push(v), { schema: CORE_SCHEMA, filename: file });
  } catch {
    const { docs: parsed, explain, counter } = positioned();
    values = parsed.map((doc, index) => {
      if (doc.errors.length === 0) {
        const value = parseSlowly(doc, file, atDoc(index), counter, problems);
        const id = value === UNPARSED ? identify(doc) : undefined;
        if (id) invalid.add(id);
        return value;
      }
      for (const m of explain(doc.errors)) problems.push({ file, ...m });
      // What the parser recovered names the document: references to it are not "unknown".
      const id = identify(doc);
      if (id) invalid.add(id);
      return UNPARSED;
    });
  }
  values.forEach((value, index) => {
    if (value === UNPARSED || value === null || value === undefined) return; // failed, or an empty document
    const at = atDoc(index);
    const found = checkDocument(value);
    if (found.length > 0) {
      for (const e of found) problems.push({ file, ...at(e.path, e.key), message: e.message });
      const { kind, metadata } = value as { kind?: unknown; metadata?: { name?: unknown } };
      if (typeof kind === "string" && typeof metadata?.name === "string") {
        invalid.add(`${kind}/${metadata.name}`);
        const rest = wellTyped(value, found);
        if (rest && (KindNames as string[]).includes(kind))
          out.partial.push({
            kind: kind as KindName,
            name: metadata.name,
            file,
            value: rest.value as DocumentOf<KindName>,
            at: (p, key) => ({ ...at(p, key), [PARTIAL]: rest.touches(p) ? "ill-typed" : "typed" }),
          });
      }
      return;
    }
    const v = value as { kind: KindName; metadata: { name: string } };
    docs.push({ kind: v.kind, name: v.metadata.name, file, value: v as DocumentOf<KindName>, at });
  });
}

/** `Kind/name` of a document that did not parse, from what the parser recovered of it. */
function identify(doc: Document): string | undefined {
  try {
    // The two fields only: the rest may not resolve (an alias without its anchor).
    const kind: unknown = doc.get("kind");
    const name: unknown = doc.getIn(["metadata", "name"]);
    return typeof kind === "string" && typeof name === "string" ? `${kind}/${name}` : undefined;
  } catch {
    return undefined;
  }
}

function parseSlowly(
  doc: Document,
  file: string,
  at: SourceDoc["at"],
  counter: LineCounter,
  problems: LocatedProblem[],
): unknown {
  if (doc.contents === null) return null;
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    problems.push({
      file,
      ...(unresolvedAlias(doc, counter) ?? {
        ...at([]),
        message: `invalid YAML: ${firstLine(errorMessage(err))}`,
      }),
    });
    return UNPARSED;
  }
}

interface PathMessage {
  path: Path;
  key: boolean;
  message: string;
  /** The field that is wrong (or missing): what a reference check must not read. */
  field: Path;
  /** The field's container type, when it is one: an empty one stands in for it. */
  container?: "array" | "object";
}

function checkDocument(value: unknown): PathMessage[] {
  const top = (message: string) => [{ path: [], key: false, message, field: [] }];
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return top("expected a mapping with apiVersion, kind, metadata and spec");
  }
  const kind = (value as Record<string, unknown>).kind;
  if (kind === undefined) {
    return top(`document has no \`kind\`; expected one of ${KindNames.join(", ")}`);
  }
  if (typeof kind !== "string" || !(KindNames as string[]).includes(kind)) {
    return [
      {
        path: ["kind"],
        key: false,
        field: ["kind"],
        message: `unknown kind ${JSON.stringify(kind)}; expected one of ${KindNames.join(", ")}`,
      },
    ];
  }
  const validate = validatorFor(kind as KindName);
  if (validate(value)) return [];
  return dedupe((validate.errors ?? []).map((e) => describe(e, value)));
}

function dedupe(list: PathMessage[]): PathMessage[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.path.join("/")}|${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(root: unknown, p: Path): unknown {
  let v = root;
  for (const s of p) v = (v as Record<string | number, unknown> | undefined)?.[s];
  return v;
}

/** A short rendering of a value for a message; containers are named, never serialised. */
function show(v: unknown): string {
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (v !== null && typeof v === "object") return "a mapping";
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** The container type a failing field should have been, if it is one. */
function containerOf(e: ErrorObject, value: unknown): PathMessage["container"] {
  const wanted =
    e.keyword === "type"
      ? e.params.type
      : e.keyword === "required"
        ? (e.parentSchema as { properties?: Record<string, { type?: unknown }> } | undefined)
            ?.properties?.[String(e.params.missingProperty)]?.type
        : Array.isArray(value)
          ? "array"
          : value !== null && typeof value === "object"
            ? "object"
            : undefined;
  return wanted === "array" || wanted === "object" ? wanted : undefined;
}

function describe(e: ErrorObject, root: unknown): PathMessage {
  const found = describeError(e, root);
  const container = containerOf(e, valueAt(root, found.field));
  return container ? { ...found, container } : found;
}

function describeError(e: ErrorObject, root: unknown): PathMessage {
  const p = pointerToPath(e.instancePath);
  const where = p.length > 0 ? `${p.join(".")}: ` : "";
  const value = valueAt(root, p);
  const schema = e.parentSchema as { description?: string; pattern?: string } | undefined;
  switch (e.keyword) {
    case "required":
      return {
        path: p,
        key: false,
        field: [...p, String(e.params.missingProperty)],
        message: `${where}missing required field "${e.params.missingProperty}"`,
      };
    case "additionalProperties": {
      const prop = String(e.params.additionalProperty);
      const props = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      const expected = props.length > 0 ? `; expected one of ${props.join(", ")}` : "";
      return {
        path: [...p, prop],
        key: true,
        field: [...p, prop],
        message: `${where}unknown field "${prop}"${expected}`,
      };
    }
    case "enum":
      return {
        path: p,
        key: false,
        field: p,
        message: `${where}expected one of ${(e.params.allowedValues as unknown[]).join(", ")}; got ${show(value)}`,
      };
    case "const":
      return {
        path: p,
        key: false,
        field: p,
        message: `${where}expected ${show(e.params.allowedValue)}; got ${show(value)}`,
      };
    case "pattern":
      return {
        path: p,
        key: false,
        field: p,
        message: `${where}expected ${schema?.description ?? `a value matching ${e.params.pattern}`}; got ${show(value)}`,
      };
    case "type":
      return {
        path: p,
        key: false,
        field: p,
        message: `${where}expected ${e.params.type}; got ${show(value)}`,
      };
    case "maximum":
    case "minimum":
    case "exclusiveMaximum":
    case "exclusiveMinimum": {
      const sign = { "<=": "≤", ">=": "≥", "<": "<", ">": ">" }[String(e.params.comparison)];
      return {
        path: p,
        key: false,
        field: p,
        message: `${where}expected a number ${sign ?? e.params.comparison} ${e.params.limit}; got ${show(value)}`,
      };
    }
    case "minItems":
    case "maxItems":
    case "minLength":
    case "maxLength":
    case "minProperties": {
      const most = e.keyword.startsWith("max") ? "at most" : "at least";
      const unit = e.keyword.endsWith("Items")
        ? "item(s)"
        : e.keyword.endsWith("Length")
          ? "character(s)"
          : "field(s)";
      const size = Array.isArray(value)
        ? value.length
        : typeof value === "string"
          ? value.length
          : Object.keys(value ?? {}).length;
      return {
        path: p,
        key: false,
        field: p,
        message: `${where}expected ${most} ${e.params.limit} ${unit}; got ${size}`,
      };
    }
    case "uniqueItems":
      return {
        path: p,
        key: false,
        field: p,
        message: `${where}items ${e.params.j} and ${e.params.i} are the same (${show((value as unknown[])[Number(e.params.i)])}); each may appear once`,
      };
    default:
      return { path: p, key: false, field: p, message: `${where}${e.message ?? "invalid"}` };
  }
}

function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
}

function groupByKind(docs: SourceDoc[]): ByKind {
  const out = Object.fromEntries(KindNames.map((k) => [k, [] as SourceDoc[]])) as unknown as Record<
    KindName,
    SourceDoc[]
  >;
  for (const d of docs) out[d.kind].push(d);
  return out as unknown as ByKind;
}

export function assertNoProblems(problems: Problem[]): void {
  if (problems.length > 0) throw new ConfigurationError(sortProblems(problems));
}
