// Checks the simulator's requests and responses against GitHub's own OpenAPI description
// (@octokit/openapi, dereferenced), so the simulator cannot drift from the real API shape.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Json;
}

interface MediaTypes {
  content?: Record<string, { schema?: Json }>;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: MediaTypes & { required?: boolean };
  responses: Record<string, MediaTypes>;
}

type PathItem = Record<string, Operation>;

let paths: Record<string, PathItem> | undefined;
let matchers: { template: string; regex: RegExp; literals: number }[] | undefined;

/** Parses the description once per process (it is ~70 MB; this takes about a second). */
export function loadOpenApi(): Record<string, PathItem> {
  if (!paths) {
    const file = createRequire(import.meta.url).resolve(
      "@octokit/openapi/generated/api.github.com.deref.json",
    );
    const spec = JSON.parse(readFileSync(file, "utf8")) as { paths: Record<string, PathItem> };
    paths = spec.paths;
  }
  return paths;
}

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** OpenAPI 3.0 schema → JSON Schema: `nullable` becomes a union with null; annotations go. */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "nullable" || k === "example" || k === "examples" || k === "discriminator") continue;
    if (k.startsWith("x-")) continue;
    if (k === "properties" && isObject(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, toJsonSchema(s)]));
    } else if (k === "enum" || k === "default" || k === "required") out[k] = v;
    else out[k] = toJsonSchema(v);
  }
  if (node.nullable !== true) return out;
  if (typeof out.type === "string" && !out.enum) return { ...out, type: [out.type, "null"] };
  return { anyOf: [out, { type: "null" }] };
}

const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function validator(key: string, schema: unknown): ValidateFunction {
  let fn = compiled.get(key);
  if (!fn) {
    ajv ??= new Ajv({
      strict: false,
      allErrors: true,
      logger: false,
      formats: {
        "date-time": DATE_TIME,
        date: /^\d{4}-\d\d-\d\d$/,
        uri: /^[a-z][a-z0-9+.-]*:\S*$/i,
        email: /^[^\s@]+@[^\s@]+$/,
        "uri-template": true,
        int32: true,
        int64: true,
        double: true,
        timestamp: true,
        "repo.nwo": true,
        binary: true,
      },
    });
    fn = ajv.compile(toJsonSchema(schema) as Json);
    compiled.set(key, fn);
  }
  return fn;
}

function describe(errors: ErrorObject[] | null | undefined): string {
  const list = (errors ?? []).slice(0, 12).map((e) => {
    const params = Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : "";
    return `${e.instancePath || "(root)"} ${e.message ?? e.keyword}${params}`;
  });
  const more = (errors?.length ?? 0) > 12 ? `; … ${errors!.length - 12} more` : "";
  return list.join("; ") + more;
}

export function operation(method: string, template: string): Operation | undefined {
  return loadOpenApi()[template]?.[method.toLowerCase()];
}

function coerce(value: string, schema: Json | undefined): unknown {
  const type = schema?.type;
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(value))
    return Number(value);
  if (type === "boolean" && (value === "true" || value === "false")) return value === "true";
  return value;
}

/** Problems with a request the simulator routed to `template` (empty when it conforms). */
export function checkRequest(
  method: string,
  template: string,
  params: Record<string, string>,
  query: URLSearchParams,
  body: unknown,
): string[] {
  const op = operation(method, template);
  if (!op) return [`${method} ${template} is not in GitHub's OpenAPI description`];
  const problems: string[] = [];
  const declared = op.parameters ?? [];
  const check = (where: string, p: Parameter, value: string) => {
    const fn = validator(`${method} ${template} ${where} ${p.name}`, p.schema ?? {});
    if (!fn(coerce(value, p.schema)))
      problems.push(`${where} ${p.name}=${value}: ${describe(fn.errors)}`);
  };
  for (const [name, value] of query) {
    const p = declared.find((d) => d.in === "query" && d.name === name);
    if (!p) problems.push(`unknown query parameter ${name}`);
    else check("query", p, value);
  }
  for (const p of declared) {
    if (p.in === "query" && p.required && !query.has(p.name))
      problems.push(`missing query parameter ${p.name}`);
    if (p.in === "path" && params[p.name] !== undefined) check("path", p, params[p.name]!);
  }
  const schema = op.requestBody?.content?.["application/json"]?.schema;
  if (body === undefined) {
    if (op.requestBody?.required) problems.push("missing request body");
  } else if (!schema) problems.push("request body sent to an operation that takes none");
  else {
    const fn = validator(`${method} ${template} request`, schema);
    if (!fn(body)) problems.push(`request body: ${describe(fn.errors)}`);
  }
  return problems;
}

/**
 * Problems with a response (empty when it conforms). Success must be documented and match;
 * an error status the description leaves out (it lists few: GitHub answers 404 anywhere,
 * 422 on most writes) needs only GitHub's error shape.
 */
export function checkResponse(
  method: string,
  template: string,
  status: number,
  body: unknown,
): string[] {
  const op = operation(method, template);
  if (!op) return [];
  const response = op.responses[String(status)];
  if (!response) {
    if (status >= 400) return checkBasicError(body);
    return [`status ${status} is not documented (documented: ${Object.keys(op.responses)})`];
  }
  const schema = response.content?.["application/json"]?.schema;
  if (!schema) return [];
  const fn = validator(`${method} ${template} ${status}`, schema);
  if (fn(body)) return [];
  const errors = (fn.errors ?? []).filter((e) => !KNOWN_DEVIATIONS.some((d) => d(e)));
  return errors.length === 0 ? [] : [`response body: ${describe(errors)}`];
}

/**
 * Where the description is wrong about what GitHub sends. The pull-request list types a
 * label's `description` as a string; GitHub sends null for a label created without one
 * (every label added to an issue by name).
 */
const KNOWN_DEVIATIONS: ((e: { instancePath: string; keyword: string }) => boolean)[] = [
  (e) => e.keyword === "type" && /^\/\d+\/labels\/\d+\/description$/.test(e.instancePath),
];

function checkBasicError(body: unknown): string[] {
  return isObject(body) && typeof body.message === "string" ? [] : ["error body has no message"];
}

/** For a request no simulator route took: is it GitHub's at all? */
export function describeUnrouted(method: string, pathname: string): string {
  matchers ??= Object.keys(loadOpenApi()).map((template) => ({
    template,
    regex: new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`),
    literals: template.replace(/\{[^}]+\}/g, "").length,
  }));
  const found = matchers
    .filter((m) => m.regex.test(pathname) && operation(method, m.template))
    .sort((a, b) => b.literals - a.literals)[0];
  return found
    ? `${method} ${pathname} (${found.template}) is GitHub's but the simulator does not implement it`
    : `${method} ${pathname} is not in GitHub's OpenAPI description`;
}
