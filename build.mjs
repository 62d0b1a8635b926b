// One esbuild build for every action and the CLI. Shared code is split into chunks and the
// heavy parts are imported lazily, so an action pays only for what it reaches. The default
// templates are embedded, so the bundles need nothing from the repository at run time.
// `node build.mjs` writes dist/; bench/libraries.mjs imports `buildBundles` to build the same
// bundles into a temporary directory, with some modules replaced by library-backed variants.
import { readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const actions = readdirSync("actions", { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function readTemplates(dir) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".hbs"))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
  return Object.fromEntries(files.map((f) => [f, readFileSync(path.join(dir, f), "utf8")]));
}

const embedTemplates = {
  name: "embed-templates",
  setup(build) {
    build.onLoad({ filter: /lib[\\/]render[\\/]builtin-templates\.ts$/ }, () => ({
      loader: "ts",
      contents: [
        `const embedded = ${JSON.stringify(readTemplates("templates"))};`,
        "export async function builtinTemplates() { return embedded; }",
      ].join("\n"),
      resolveDir: path.resolve("lib/render"),
    }));
  },
};

// The CLI's --version: the package's, as a constant (cli/version.ts reads package.json).
const { version } = JSON.parse(readFileSync("package.json", "utf8"));
const embedVersion = {
  name: "embed-version",
  setup(build) {
    build.onLoad({ filter: /cli[\\/]version\.ts$/ }, () => ({
      loader: "ts",
      contents: `export const VERSION = ${JSON.stringify(version)};`,
    }));
  },
};

/** Imports TypeScript sources whatever the Node version: bundled to a module beside node_modules. */
async function importTs(source) {
  const out = path.resolve("node_modules/.cache/cloudneutral-build/entry.mjs");
  await esbuild.build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    packages: "external",
    outfile: out,
    logLevel: "warning",
  });
  return import(`${pathToFileURL(out).href}?${Date.now()}`);
}

// The schema validators as ajv standalone code, generated from the one schema source.
const precompiledValidators = {
  name: "precompiled-validators",
  async setup(build) {
    const { Ajv } = await import("ajv");
    const standaloneCode = (await import("ajv/dist/standalone/index.js")).default.default;
    const { KindNames, Kinds, AJV_OPTIONS } = await importTs(
      'export { KindNames, Kinds } from "./lib/model/schema.ts"; export { AJV_OPTIONS } from "./lib/model/validators.ts";',
    );
    const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
    for (const kind of KindNames) ajv.addSchema(Kinds[kind], kind);
    const code = standaloneCode(ajv, Object.fromEntries(KindNames.map((k) => [k, k])));
    build.onLoad({ filter: /lib[\\/]model[\\/]validators\.ts$/ }, () => ({
      loader: "js",
      contents: `${code}\nconst byKind = { ${KindNames.join(", ")} };\nexport function validatorFor(kind) { return byKind[kind]; }\n`,
      resolveDir: path.resolve("lib/model"),
    }));
  },
};

/** Resolves imports of the repository files named in `replace` to other files instead. */
export function replaceModules(replace) {
  const byPath = new Map(
    Object.entries(replace).map(([from, to]) => [path.resolve(from), path.resolve(to)]),
  );
  return {
    name: "replace-modules",
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = byPath.get(path.resolve(args.resolveDir, args.path));
        // The replacement may import the module it replaces.
        return target && args.importer !== target ? { path: target } : undefined;
      });
    },
  };
}

/**
 * Bundles every action and the CLI into `outdir`. `replace` maps repository files to the
 * files bundled in their place (benchmarks only).
 */
export async function buildBundles({ outdir = "dist", replace = {} } = {}) {
  await rm(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [
      ...actions.map((name) => ({ in: `actions/${name}/main.ts`, out: name })),
      { in: "cli/main.ts", out: "cli" },
    ],
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    chunkNames: "chunks/[name]-[hash]",
    legalComments: "none",
    minifySyntax: true,
    banner: {
      js: 'import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);',
    },
    plugins: [replaceModules(replace), embedTemplates, embedVersion, precompiledValidators],
    logLevel: "warning",
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await buildBundles();
