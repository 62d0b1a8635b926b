// User rules in Rego, compiled to WebAssembly by `opa build -t wasm` and run in-process with
// OPA's own JavaScript SDK. Rules follow conftest's conventions: `deny`, `violation` and
// `warn` are sets of messages (strings, or objects with `msg`). The input a rule sees is the
// same as CEL's variables: `input.object`, `input.oldObject`, `input.change`, `input.pr`.
import { loadPolicy } from "@open-policy-agent/opa-wasm";
import type { LocatedProblem } from "../errors.ts";
import type { SourceDoc } from "../model/load.ts";
import { matchesChange } from "./cel.ts";
import { compileRego, hasOpa, regoEntrypoints } from "./rego.ts";
import { BundleError, gunzip, untar } from "./tar.ts";
import type { Location, PolicyResult, RuleInput, Severity } from "./types.ts";

export interface OpaPolicy {
  entrypoints: string[];
  evaluate(input: RuleInput & { at?: Location }): PolicyResult[];
}

export interface Bundle {
  wasm: Uint8Array;
  data: unknown;
  manifest: unknown;
}

/** The WebAssembly module, base data and manifest of a bundle built by `opa build -t wasm`. */
export function readBundle(bytes: Uint8Array): Bundle {
  const files = untar(gunzip(bytes));
  const manifest = parseJson(files, ".manifest");
  const declared = (manifest as { wasm?: { module?: unknown }[] } | undefined)?.wasm?.[0]?.module;
  const wasmPath = typeof declared === "string" ? declared.replace(/^\/+/, "") : "policy.wasm";
  const wasm = files.get(wasmPath);
  if (!wasm) {
    const has = [...files.keys()].join(", ") || "nothing";
    throw new BundleError(
      `bundle has no /${wasmPath} (it has ${has}); build it with \`opa build -t wasm\``,
    );
  }
  // Data files sit at the path of the data they hold: /a/b/data.json is data.a.b.
  let data: unknown = {};
  for (const name of [...files.keys()].sort()) {
    if (name !== "data.json" && !name.endsWith("/data.json")) continue;
    const keys = name.split("/").slice(0, -1);
    data = mergeAt(data, keys, parseJson(files, name));
  }
  return { wasm, data, manifest };
}

function parseJson(files: Map<string, Uint8Array>, name: string): unknown {
  const bytes = files.get(name);
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (err) {
    throw new BundleError(`/${name} is not valid JSON: ${(err as Error).message}`);
  }
}

function mergeAt(base: unknown, keys: string[], value: unknown): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) {
    if (!isObject(base) || !isObject(value)) return value;
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(value)) out[k] = mergeAt(out[k], [], v);
    return out;
  }
  const out: Record<string, unknown> = isObject(base) ? { ...base } : {};
  out[key] = mergeAt(out[key], rest, value);
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** conftest's rule names, optionally with a suffix (`deny_latest`). */
const CONVENTION = /^(deny|violation|warn)(_[A-Za-z0-9_]*)?$/;

function severityOf(entrypoint: string): Severity {
  return /^warn(_|$)/.test(entrypoint.split("/").at(-1) ?? "") ? "warn" : "deny";
}

/** The entrypoints to run: those asked for, or else the module's conftest-named rules. */
export function selectEntrypoints(
  available: string[],
  requested: string[] | undefined,
): { entrypoints: string[]; missing: string[] } {
  if (requested && requested.length > 0) {
    return {
      entrypoints: requested.filter((e) => available.includes(e)),
      missing: requested.filter((e) => !available.includes(e)),
    };
  }
  const entrypoints = available.filter((e) => CONVENTION.test(e.split("/").at(-1) ?? ""));
  return { entrypoints, missing: [] };
}

/**
 * PolicyResults from what opa-wasm's `evaluate` returns: a result set, `[{ result: value }]`,
 * empty when the rule is undefined. Sets arrive as arrays; a boolean rule is one finding.
 */
export function opaResults(resultSet: unknown, entrypoint: string, about: About): PolicyResult[] {
  const make = (message: string, severity = severityOf(entrypoint)) =>
    finding(about, entrypoint, message, severity);
  if (!Array.isArray(resultSet))
    return [make(`rule failed to evaluate (unexpected result ${show(resultSet)})`, "deny")];
  const out: PolicyResult[] = [];
  for (const entry of resultSet) {
    const value: unknown = isObject(entry) ? entry.result : undefined;
    if (value === undefined || value === null || value === false) continue;
    if (value === true) out.push(make(`${entrypoint} is true`));
    else if (Array.isArray(value)) out.push(...value.map((m) => make(messageOf(m))));
    else out.push(make(messageOf(value)));
  }
  return out;
}

type About = { policy: string; object: string; at?: Location };

function finding(
  about: About,
  entrypoint: string,
  message: string,
  severity: Severity,
): PolicyResult {
  const { policy, object, at } = about;
  return { rule: `${policy}/${entrypoint}`, severity, object, message, ...(at && { at }) };
}

function messageOf(m: unknown): string {
  if (typeof m === "string") return m;
  if (isObject(m) && typeof m.msg === "string") return m.msg;
  return show(m);
}

function show(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === "string") return err;
  return isObject(err) && typeof err.message === "string" ? err.message : show(err);
}

// What opa-wasm calls on a module: checked first, so a wrong file is a clear problem rather
// than a TypeError (or a console message) from deep inside the SDK.
const OPA_EXPORTS = [
  "opa_wasm_abi_version",
  "opa_wasm_abi_minor_version",
  "builtins",
  "entrypoints",
  "opa_malloc",
  "opa_json_parse",
  "opa_json_dump",
  "opa_heap_ptr_get",
  "opa_heap_ptr_set",
];

type LoadedPolicy = Awaited<ReturnType<typeof loadPolicy>>;

async function instantiate(wasm: Uint8Array, data: unknown): Promise<LoadedPolicy | string> {
  let module: WebAssembly.Module;
  try {
    module = await WebAssembly.compile(new Uint8Array(wasm)); // a copy owns a plain ArrayBuffer
  } catch (err) {
    return `policy.wasm is not a WebAssembly module: ${errorText(err)}`;
  }
  const exported = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  const missing = OPA_EXPORTS.filter((e) => !exported.has(e));
  if (missing.length > 0)
    return `policy.wasm is not an OPA policy (it does not export ${missing.join(", ")}); build it with \`opa build -t wasm\``;
  try {
    const policy = await loadPolicy(module);
    policy.setData(isObject(data) ? data : {});
    return policy;
  } catch (err) {
    return `policy.wasm does not instantiate as an OPA policy: ${errorText(err)}`;
  }
}

/**
 * Loads the bundle a Policy's `opa` refers to (path relative to the config directory).
 * Anything wrong with it is a LocatedProblem at the `opa.bundle` field, or at the entrypoint asked for.
 */
export async function loadOpaPolicy(
  doc: SourceDoc<"Policy">,
  readFile: (relPath: string) => Promise<Uint8Array>,
): Promise<{ policy?: OpaPolicy; problems: LocatedProblem[] }> {
  const spec = doc.value.spec.opa;
  if (!spec) return { problems: [] };
  const problemAt = (message: string, path: (string | number)[]): LocatedProblem => ({
    file: doc.file,
    ...doc.at(path),
    message: `Policy ${doc.name}: ${message}`,
  });
  const problem = (message: string) => ({
    problems: [problemAt(message, ["spec", "opa", "bundle"])],
  });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(spec.bundle);
  } catch (err) {
    const code = (err as { code?: string }).code;
    return problem(
      code === "ENOENT"
        ? `OPA bundle ${spec.bundle} not found (the path is relative to the config directory)`
        : `cannot read OPA bundle ${spec.bundle}: ${errorText(err)}`,
    );
  }
  if (spec.bundle.endsWith(".rego")) {
    if (!hasOpa()) {
      return problem(
        `${spec.bundle} is Rego source, and no \`opa\` is on PATH to compile it; install opa, or point opa.bundle at a bundle built with \`opa build -t wasm\``,
      );
    }
    try {
      bytes = await compileRego(
        bytes,
        spec.entrypoints ?? regoEntrypoints(Buffer.from(bytes).toString("utf8")),
      );
    } catch (err) {
      return problem(`${spec.bundle}: ${errorText(err)}`);
    }
  }
  let bundle: Bundle;
  try {
    bundle = readBundle(bytes);
  } catch (err) {
    if (!(err instanceof BundleError)) throw err;
    return problem(`OPA bundle ${spec.bundle}: ${err.message}`);
  }
  const loaded = await instantiate(bundle.wasm, bundle.data);
  if (typeof loaded === "string") return problem(`OPA bundle ${spec.bundle}: ${loaded}`);

  const available = Object.keys((loaded.entrypoints ?? {}) as Record<string, number>).sort();
  const { entrypoints, missing } = selectEntrypoints(available, spec.entrypoints);
  const has = available.join(", ") || "none";
  if (missing.length > 0) {
    const problems = missing.map((e) =>
      problemAt(`OPA bundle ${spec.bundle} has no entrypoint ${e}; it has: ${has}`, [
        "spec",
        "opa",
        "entrypoints",
        spec.entrypoints?.indexOf(e) ?? 0,
      ]),
    );
    return { problems };
  }
  if (entrypoints.length === 0)
    return problem(
      `OPA bundle ${spec.bundle} has no deny, violation or warn entrypoint (it has: ${has}); build it with \`-e <package path>/deny\` or name them in opa.entrypoints`,
    );

  const evaluate = (input: RuleInput & { at?: Location }): PolicyResult[] => {
    if (!matchesChange(doc.value.spec.match, input.change)) return [];
    const about = {
      policy: doc.name,
      object: `${input.change.kind}/${input.change.name}`,
      ...(input.at && { at: input.at }),
    };
    const opaInput = {
      object: input.object ?? null,
      oldObject: input.oldObject ?? null,
      change: input.change,
      pr: input.pr,
    };
    return entrypoints.flatMap((entrypoint) => {
      try {
        return opaResults(loaded.evaluate(opaInput, entrypoint), entrypoint, about);
      } catch (err) {
        // Fail closed, as the CEL rules do: a rule that cannot run must not let a change through.
        const message = `rule failed to evaluate (${errorText(err)}), so it denies`;
        return [finding(about, entrypoint, message, "deny")];
      }
    });
  };
  return { policy: { entrypoints, evaluate }, problems: [] };
}
