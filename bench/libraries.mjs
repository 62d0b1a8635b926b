// `npm run bench` (part): the libraries the product was specified with — @actions/core,
// @actions/github, undici — against what we wrote instead (actions/runner.ts,
// actions/github.ts over lib/github, Node's fetch in lib/engines/oidc.ts, node:http in
// lib/probes/http.ts). Each is bundled the way the actions are (build.mjs into a temporary
// directory, never dist/), with our module replaced by a variant on the library
// (bench/variants/), and timed as a cold process:
// - @actions/core, @actions/github: the render action from start to its first input error
//   (no INPUT_* variables), as the runner would start it;
// - undici: our modules load it only when a probe or a token request is made (after the
//   inputs, as the actions import them lazily), so the cold start to the input error is the
//   same; what it changes is a cold process's first request: start → first health probe
//   answered (gtm-reconcile) and start → first OIDC token (apply), against a loopback server.
// The rule (issue 15): use a library where its figure stays within 2× `node -e 0`; where it
// does not, keep ours. Medians of BENCH_LIBRARY_RUNS (default 15) interleaved runs after one
// warm-up. Exit 1 only when something could not be measured.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
process.chdir(ROOT);
const { buildBundles, replaceModules } = await import("../build.mjs");

const RUNS = Number(process.env.BENCH_LIBRARY_RUNS ?? 15);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error("BENCH_LIBRARY_RUNS must be ≥ 1");
const NODE = process.execPath;
const log = (line) => process.stderr.write(`  … ${line}\n`);

/** Wall time of one child, with what it printed. */
function timed(args, env) {
  return new Promise((resolve) => {
    const t = process.hrtime.bigint();
    const child = spawn(NODE, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) =>
      resolve({ ms: Number(process.hrtime.bigint() - t) / 1e6, code, out }),
    );
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function bundleFirstRequest(outfile, replace) {
  await esbuild.build({
    entryPoints: ["bench/variants/first-request.ts"],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
    banner: {
      js: 'import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);',
    },
    plugins: [replaceModules(replace)],
  });
}

/** Loopback server: /healthz answers "ok", /token an OIDC token response. */
function startServer() {
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith("/token")) {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ value: "header.payload.signature" }));
    } else res.end("ok");
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, port: server.address().port })),
  );
}

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "cloudneutral-libraries-"));
  const { server, port } = await startServer();
  try {
    log("bundling: ours, @actions/core, @actions/github, undici (into a temporary directory)");
    const dir = (name) => path.join(tmp, name);
    await buildBundles({ outdir: dir("ours") });
    await buildBundles({
      outdir: dir("core"),
      replace: { "actions/runner.ts": "bench/variants/runner-actions-core.ts" },
    });
    await buildBundles({
      outdir: dir("github"),
      replace: { "actions/github.ts": "bench/variants/github-actions-github.ts" },
    });
    await bundleFirstRequest(path.join(tmp, "first-ours.mjs"), {});
    await bundleFirstRequest(path.join(tmp, "first-undici.mjs"), {
      "lib/probes/http.ts": "bench/variants/probes-undici.ts",
      "lib/engines/oidc.ts": "bench/variants/oidc-undici.ts",
    });

    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !k.startsWith("INPUT_") && !k.startsWith("GITHUB_"),
      ),
    );
    const probeUrl = `http://127.0.0.1:${port}/healthz`;
    const tokenUrl = `http://127.0.0.1:${port}/token`;
    const cases = {
      bare: { args: ["-e", "0"], exit: 0 },
      renderOurs: { args: [path.join(dir("ours"), "render.js")], exit: 1, input: true },
      renderCore: { args: [path.join(dir("core"), "render.js")], exit: 1, input: true },
      renderGithub: { args: [path.join(dir("github"), "render.js")], exit: 1, input: true },
      probeOurs: { args: [path.join(tmp, "first-ours.mjs"), "probe", probeUrl], exit: 0 },
      probeUndici: { args: [path.join(tmp, "first-undici.mjs"), "probe", probeUrl], exit: 0 },
      oidcOurs: { args: [path.join(tmp, "first-ours.mjs"), "oidc", tokenUrl], exit: 0 },
      oidcUndici: { args: [path.join(tmp, "first-undici.mjs"), "oidc", tokenUrl], exit: 0 },
    };
    const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
    log(`timing ${Object.keys(cases).length} cases × ${RUNS} runs, interleaved`);
    for (let i = -1; i < RUNS; i++) {
      for (const [name, c] of Object.entries(cases)) {
        const r = await timed(c.args, env);
        const wrong =
          r.code !== c.exit || (c.input && !/Input required and not supplied/.test(r.out));
        if (wrong) throw new Error(`${name}: exit ${r.code}, expected ${c.exit}: ${r.out.trim()}`);
        if (i >= 0) times[name].push(r.ms);
      }
    }
    const m = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
    const rows = [
      [
        "@actions/core",
        "actions/runner.ts",
        "render: start → first input error",
        m.renderOurs,
        m.renderCore,
      ],
      [
        "@actions/github",
        "actions/github.ts (+ lib/github)",
        "render: start → first input error",
        m.renderOurs,
        m.renderGithub,
      ],
      [
        "undici",
        "node:http (lib/probes/http.ts)",
        "start → first health probe answered",
        m.probeOurs,
        m.probeUndici,
      ],
      [
        "undici",
        "global fetch (lib/engines/oidc.ts)",
        "start → first OIDC token",
        m.oidcOurs,
        m.oidcUndici,
      ],
    ];
    return { rows, bare: m.bare };
  } finally {
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Within 2× `node -e 0` the library is used; over it, ours is kept, unless ours is no
 * faster (then the time is not the library's doing). 5% is this machine's run-to-run noise.
 */
function verdictOf(bare) {
  return (ours, lib) =>
    lib / bare < 2
      ? "within 2×: use the library"
      : lib <= ours * 1.05
        ? "over 2×, but no slower than ours: use the library"
        : `over 2×, +${(lib - ours).toFixed(0)} ms over ours: keep ours`;
}

function report({ rows, bare }) {
  const verdict = verdictOf(bare);
  const fmt = (ms) => `${ms.toFixed(1)} ms`;
  const x = (ms) => `${(ms / bare).toFixed(2)}×`;
  const head = [
    "library",
    "instead of",
    "measured",
    "ours",
    "with library",
    "library / node -e 0",
    "verdict",
  ];
  const body = rows.map(([lib, ours, what, a, b]) => [
    lib,
    ours,
    what,
    `${fmt(a)} (${x(a)})`,
    `${fmt(b)} (${x(b)})`,
    x(b),
    verdict(a, b),
  ]);
  const all = [head, ...body];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  process.stdout.write(
    `\nLibraries vs ours — node ${process.version}, medians of ${RUNS} cold processes; node -e 0: ${fmt(bare)}\n\n` +
      [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n") +
      "\n",
  );
}

try {
  report(await main());
} catch (err) {
  process.stderr.write(`bench/libraries: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
