// Rego sources named by a Policy are compiled to a wasm bundle where the `opa` binary is on
// PATH (`opa build -t wasm`). Elsewhere a prebuilt bundle is needed, and the error says so.
import { execFile, spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/** Where `opa` is on PATH; checked once per process. */
let available: boolean | undefined;
export function hasOpa(): boolean {
  available ??= spawnSync("opa", ["version"], { stdio: "ignore" }).status === 0;
  return available;
}

/**
 * The conftest-style entrypoints of a Rego module: `<package path>/<rule>` for every
 * deny/violation/warn rule it defines (conftest's `deny_x` forms included).
 */
export function regoEntrypoints(source: string): string[] {
  const pkg = /^\s*package\s+([A-Za-z_][\w.]*)/m.exec(source)?.[1];
  if (!pkg) return [];
  const rules = new Set<string>();
  // Rule heads start a line; indented names are locals inside a body.
  for (const m of source.matchAll(/^((?:deny|violation|warn)(?:_\w+)?)\b/gm)) rules.add(m[1]!);
  return [...rules].sort().map((r) => `${pkg.replace(/\./g, "/")}/${r}`);
}

/** Compiles one Rego module into an OPA wasm bundle (.tar.gz bytes). Throws with opa's message. */
export async function compileRego(source: Uint8Array, entrypoints: string[]): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(tmpdir(), "cn-rego-"));
  try {
    const file = path.join(dir, "policy.rego");
    const out = path.join(dir, "bundle.tar.gz");
    await writeFile(file, source);
    const args = ["build", "-t", "wasm", ...entrypoints.flatMap((e) => ["-e", e]), "-o", out, file];
    await promisify(execFile)("opa", args, { cwd: dir }).catch(
      (err: { stderr?: string; message: string }) => {
        throw new Error(`opa build failed: ${(err.stderr || err.message).trim().split("\n")[0]}`);
      },
    );
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
