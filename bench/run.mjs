// `npm run bench`: the figures of "Numbers we hold ourselves to" (shared DESIGN.md) that
// concern render, each next to the baseline it is compared to and its target. Benchmarks,
// not tests: a missed target is reported, never fails the run. The exit code is 1 only when
// something could not be measured because it crashed (or dist/ is missing).
//
// Environment:
//   BENCH_RUNS=3            runs per render measurement (median reported)
//   BENCH_COLD_RUNS=20      runs per cold-start measurement
//   BENCH_SERVICES=10000,20000  platform sizes; growth is the last over the first
//   BENCH_REGIONS=100
//   BENCH_BUDGET_S=150      repeats (and converged runs) that would pass this are skipped
//   BENCH_RUN_TIMEOUT_S=120 one child's limit
//   BENCH_JSON=path         also write the figures as JSON there
//   BENCH_DIR=dir           where platforms are generated and rendered; default /dev/shm
//                           (memory) when present, so the figures measure render, not the
//                           disk: creating 20,000 files costs ~9 s on this machine's disk
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generatePlatform } from "./generate.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const NODE = process.execPath;
const PROBE = pathToFileURL(path.join(ROOT, "bench/rss-probe.mjs")).href;
const CLI = "dist/cli.js";
const ACTION = "dist/render.js";

const int = (name, fallback) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(v) || v < 1) throw new Error(`${name} must be a positive number`);
  return Math.floor(v);
};
const RUNS = int("BENCH_RUNS", 3);
const COLD_RUNS = int("BENCH_COLD_RUNS", 20);
const REGIONS = int("BENCH_REGIONS", 100);
const BUDGET_MS = int("BENCH_BUDGET_S", 150) * 1000;
const TIMEOUT_MS = int("BENCH_RUN_TIMEOUT_S", 120) * 1000;
const SIZES = (process.env.BENCH_SERVICES ?? "10000,20000").split(",").map((s) => {
  const n = Number(s.trim());
  if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_SERVICES: not a count: ${s}`);
  return n;
});

const started = process.hrtime.bigint();
const elapsedMs = () => Number(process.hrtime.bigint() - started) / 1e6;
const log = (line) => process.stderr.write(`  … ${line}\n`);

// ---------------------------------------------------------------------------------------
// Measuring one child

/**
 * Runs `node [--import probe] args…` from the repository root; wall time around spawnSync,
 * peak RSS as the child reports it through the probe.
 */
function measure(args, { env = process.env, probe = true, timeout = TIMEOUT_MS } = {}) {
  const argv = probe ? ["--import", PROBE, ...args] : args;
  const t = process.hrtime.bigint();
  const r = spawnSync(NODE, argv, {
    cwd: ROOT,
    env,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    timeout,
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = /BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr ?? "");
  const stderr = (r.stderr ?? "").replace(/\n?BENCH_MAXRSS_KB=\d+\n/, "");
  let error;
  if (r.error?.code === "ETIMEDOUT") error = `timed out after ${TIMEOUT_MS / 1000} s`;
  else if (r.error) error = r.error.message;
  else if (r.status !== 0) error = `exit ${r.status ?? r.signal}: ${firstLine(stderr || r.stdout)}`;
  return {
    ms,
    rssKB: rss ? Number(rss[1]) : undefined,
    status: r.status,
    stdout: r.stdout ?? "",
    stderr,
    error,
  };
}

function firstLine(text) {
  const line = text.split("\n").find((l) => l.trim() !== "") ?? "";
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

const median = (xs) => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Files under dir as [[relative path, bytes], …]. */
function listing(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      return [path.relative(dir, full).split(path.sep).join("/"), statSync(full).size];
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

// ---------------------------------------------------------------------------------------
// Cold start

function coldStart() {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("INPUT_")),
  );
  const action = [];
  const bare = [];
  let problem;
  let failedAtInput = false;
  // Interleaved, after one warm-up each, so drift of the machine hits both alike.
  for (let i = -1; i < COLD_RUNS; i++) {
    const a = measure([ACTION], { env, probe: false, timeout: 30_000 });
    const b = measure(["-e", "0"], { env, probe: false, timeout: 30_000 });
    if (b.error) throw new Error(`node -e 0: ${b.error}`);
    if (a.status === 0) problem ??= "it exited 0 without INPUT_* variables";
    else if (a.status === null) problem ??= a.error;
    if (i === -1) failedAtInput = /Input required/.test(a.stdout + a.stderr);
    else {
      action.push(a.ms);
      bare.push(b.ms);
    }
  }
  return { action: median(action), bare: median(bare), failedAtInput, error: problem };
}

// ---------------------------------------------------------------------------------------
// Render

function renderSize(tmp, services) {
  const dir = path.join(tmp, `s${services}`);
  log(`generating ${services} services over ${REGIONS} regions`);
  const gen = generatePlatform(dir, { services, regions: REGIONS });
  return {
    services,
    dir,
    gen,
    fresh: { times: [], rss: [], errors: [] },
    converged: { times: [], rss: [], errors: [], changes: undefined },
    baseline: { times: [], rss: [], errors: [] },
    output: undefined,
  };
}

const renderArgs = (size, out) => [CLI, "render", "--config", size.gen.configDir, "--out", out];
const changedOf = (stdout) => {
  const m = /: (\d+) file\(s\) changed, (\d+) owned by render\s*$/.exec(stdout);
  return m ? { changed: Number(m[1]), owned: Number(m[2]) } : undefined;
};

function record(slot, r) {
  if (r.error) {
    slot.errors.push(r.error);
    return false;
  }
  slot.times.push(r.ms);
  if (r.rssKB !== undefined) slot.rss.push(r.rssKB);
  return true;
}

function runFresh(size, n) {
  const out = path.join(size.dir, `infra-${n}`);
  log(`render ${size.services} services, fresh out dir, run ${n}`);
  const r = measure(renderArgs(size, out));
  const ok = record(size.fresh, r);
  if (ok && !size.output) {
    const files = listing(out);
    size.output = {
      dir: out,
      files: files.length,
      bytes: files.reduce((sum, [, b]) => sum + b, 0),
      listingFile: path.join(size.dir, "listing.json"),
      reported: changedOf(r.stdout),
    };
    writeFileSync(size.output.listingFile, JSON.stringify(files));
  } else rmSync(out, { recursive: true, force: true });
  return r.ms;
}

function runConverged(size, n) {
  log(`render ${size.services} services, converged, run ${n}`);
  const r = measure(renderArgs(size, size.output.dir));
  if (record(size.converged, r)) {
    size.converged.changes = changedOf(r.stdout)?.changed;
    if (size.converged.changes) {
      size.converged.examples ??= r.stdout
        .split("\n")
        .filter((l) => /^(create|update|delete): /.test(l))
        .slice(0, 3);
    }
  }
  return r.ms;
}

function runBaseline(size, n) {
  const out = path.join(size.dir, `baseline-${n}`);
  log(`baseline ${size.services} services, run ${n}`);
  const r = measure(["bench/baseline.mjs", size.gen.configDir, out, size.output.listingFile]);
  rmSync(out, { recursive: true, force: true });
  record(size.baseline, r);
  return r.ms;
}

/**
 * Every first fresh run and baseline runs; converged runs and repeats only while they are
 * expected to fit the budget (expected = the last run of the same kind and size).
 */
function renderBench(tmp) {
  const sizes = [];
  const last = new Map();
  const skipped = new Map();
  const attempt = (size, kind, n, required, fn) => {
    const slot = size[kind];
    if (slot.errors.length > 0) return; // a crash repeats; one is enough to report
    const key = `${size.services}/${kind}`;
    const expected = last.get(key) ?? last.get(`${size.services}/fresh`) ?? 0;
    if (!required && elapsedMs() + expected > BUDGET_MS) {
      skipped.set(key, (skipped.get(key) ?? 0) + 1);
      return;
    }
    last.set(key, fn(size, n));
  };
  for (const services of SIZES) {
    const size = renderSize(tmp, services);
    sizes.push(size);
    attempt(size, "fresh", 1, true, runFresh);
    if (!size.output) continue;
    attempt(size, "baseline", 1, true, runBaseline);
    attempt(size, "converged", 1, false, runConverged);
  }
  for (let n = 2; n <= RUNS; n++) {
    for (const size of sizes) {
      if (!size.output) continue;
      attempt(size, "fresh", n, false, runFresh);
      attempt(size, "baseline", n, false, runBaseline);
      attempt(size, "converged", n, false, runConverged);
    }
  }
  return { sizes, skipped };
}

// ---------------------------------------------------------------------------------------
// Report

const fmtMs = (ms) =>
  ms === undefined ? "—" : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
const fmtMiB = (kb) => (kb === undefined ? "—" : `${(kb / 1024).toFixed(0)} MiB`);
const fmtX = (x) => (x === undefined || !Number.isFinite(x) ? "—" : `${x.toFixed(2)}×`);
const verdict = (ok) => (ok === undefined ? "—" : ok ? "met" : "missed");
const thousands = (n) => n.toLocaleString("en-US");

function table(rows) {
  const head = ["figure", "median", "n", "peak RSS", "baseline", "ratio", "target", "status"];
  const all = [head, ...rows.map((r) => head.map((h) => String(r[h] ?? "")))];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [
    line(all[0]),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...all.slice(1).map(line),
  ].join("\n");
}

function summarise(cold, bench) {
  const rows = [];
  const notes = [];
  const json = {
    node: process.version,
    cpus: os.cpus().length,
    runs: RUNS,
    coldRuns: COLD_RUNS,
    render: [],
  };
  let crashed = false;

  const coldRatio = cold.action / cold.bare;
  rows.push({
    figure: "cold start: dist/render.js to its first input error",
    median: fmtMs(cold.action),
    n: String(COLD_RUNS),
    baseline: `${fmtMs(cold.bare)} (node -e 0)`,
    ratio: fmtX(coldRatio),
    target: "< 2× baseline",
    status: cold.error ? "error" : verdict(coldRatio < 2),
  });
  if (cold.error) {
    crashed = true;
    notes.push(`cold start: dist/render.js did not fail at an input (${cold.error})`);
  } else if (!cold.failedAtInput)
    notes.push('cold start: dist/render.js failed, but not with "Input required"');
  json.coldStart = { medianMs: cold.action, nodeMedianMs: cold.bare, ratio: coldRatio, target: 2 };

  for (const s of bench.sizes) {
    const label = `${thousands(s.services)} svc / ${REGIONS} regions`;
    const t = median(s.fresh.times);
    const b = median(s.baseline.times);
    const c = median(s.converged.times);
    const ratio = t / b;
    const seconds = s.services === 10000 ? 2000 : undefined;
    rows.push({
      figure: `render ${label}, fresh out dir`,
      median: s.fresh.errors.length && !t ? "failed" : fmtMs(t),
      n: `${s.fresh.times.length}/${RUNS}`,
      "peak RSS": fmtMiB(median(s.fresh.rss)),
      baseline: fmtMs(b),
      ratio: fmtX(ratio),
      target: seconds ? "< 2 s; < 3× baseline" : "< 3× baseline",
      status: t === undefined ? "error" : verdict(ratio < 3 && (!seconds || t < seconds)),
    });
    rows.push({
      figure: `render ${label}, converged re-render`,
      median: s.converged.errors.length ? "failed" : fmtMs(c),
      n: `${s.converged.times.length}/${RUNS}`,
      "peak RSS": fmtMiB(median(s.converged.rss)),
      target: "0 changes",
      status: s.converged.errors.length
        ? "error"
        : s.converged.times.length === 0
          ? "skipped"
          : s.converged.changes === undefined
            ? "—"
            : s.converged.changes === 0
              ? "met (0 changes)"
              : `missed (${s.converged.changes} changes)`,
    });
    rows.push({
      figure: `  baseline ${label}: read+parse YAML, write same files`,
      median: s.baseline.errors.length ? "failed" : fmtMs(b),
      n: `${s.baseline.times.length}/${RUNS}`,
      "peak RSS": fmtMiB(median(s.baseline.rss)),
    });
    const g = s.gen;
    const o = s.output;
    notes.push(
      `${label}: input ${thousands(g.documents)} documents in ${g.files} files (${(g.bytes / 2 ** 20).toFixed(1)} MiB)` +
        (o
          ? `; render wrote ${thousands(o.files)} files, ${(o.bytes / 2 ** 20).toFixed(1)} MiB`
          : ""),
    );
    if (s.converged.examples)
      notes.push(`${label}, converged: ${s.converged.examples.join("; ")} …`);
    if (o?.reported && o.reported.changed !== o.files) {
      notes.push(
        `${label}: the first render reported ${o.reported.changed} changes for ${o.files} files written`,
      );
    }
    for (const [kind, slot] of [
      ["fresh", s.fresh],
      ["converged", s.converged],
      ["baseline", s.baseline],
    ]) {
      for (const e of slot.errors) {
        if (!e.startsWith("timed out")) crashed = true;
        notes.push(`${label}, ${kind}: ${e}`);
      }
    }
    json.render.push({
      services: s.services,
      regions: REGIONS,
      inputDocuments: g.documents,
      outputFiles: o?.files,
      outputBytes: o?.bytes,
      fresh: {
        medianMs: t,
        runs: s.fresh.times,
        peakRssKB: median(s.fresh.rss),
        errors: s.fresh.errors,
      },
      converged: {
        medianMs: c,
        runs: s.converged.times,
        peakRssKB: median(s.converged.rss),
        changes: s.converged.changes,
        errors: s.converged.errors,
      },
      baseline: {
        medianMs: b,
        runs: s.baseline.times,
        peakRssKB: median(s.baseline.rss),
        errors: s.baseline.errors,
      },
      ratioToBaseline: ratio,
    });
  }

  const first = bench.sizes[0];
  const lastSize = bench.sizes.at(-1);
  if (bench.sizes.length > 1) {
    const growth = median(lastSize.fresh.times) / median(first.fresh.times);
    const linear = lastSize.services / first.services;
    const limit = 1.1 * linear;
    rows.push({
      figure: `growth: time ${thousands(lastSize.services)} / time ${thousands(first.services)}`,
      median: fmtX(growth),
      baseline: `${fmtX(linear)} (linear)`,
      target: `≤ ${limit.toFixed(1)}×`,
      status: Number.isFinite(growth) ? verdict(growth <= limit) : "—",
    });
    json.growth = { ratio: growth, linear, target: limit };
  }
  if (bench.skipped.size > 0) {
    const list = [...bench.skipped].map(([key, count]) => {
      const [services, kind] = key.split("/");
      return `${kind} ${thousands(Number(services))} ×${count}`;
    });
    notes.push(
      `runs skipped to stay within BENCH_BUDGET_S=${BUDGET_MS / 1000}: ${list.join(", ")}`,
    );
  }
  return { text: table(rows), notes, json, crashed };
}

// ---------------------------------------------------------------------------------------

function staleDist() {
  const built = statSync(path.join(ROOT, CLI)).mtimeMs;
  const newer = (dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true }).some(
      (e) => e.isFile() && statSync(path.join(e.parentPath, e.name)).mtimeMs > built,
    );
  return ["lib", "cli", "actions", "templates"].filter(
    (d) => existsSync(path.join(ROOT, d)) && newer(d),
  );
}

/** Paths and times of dist/, to notice a rebuild (others may build while the bench runs). */
function distStamp() {
  return readdirSync(path.join(ROOT, "dist"), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      return `${full}@${statSync(full).mtimeMs}`;
    })
    .sort()
    .join("\n");
}

function main() {
  for (const f of [CLI, ACTION]) {
    if (!existsSync(path.join(ROOT, f))) {
      process.stderr.write(`bench: ${f} is missing; run \`npm run build\` first\n`);
      return 1;
    }
  }
  const stale = staleDist();
  const stamp = distStamp();
  const base = process.env.BENCH_DIR ?? (existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir());
  const tmp = mkdtempSync(path.join(base, "cloudneutral-bench-"));
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  process.once("SIGINT", () => {
    cleanup();
    process.exit(130);
  });
  try {
    log(`cold start, ${COLD_RUNS} runs each`);
    const cold = coldStart();
    const bench = renderBench(tmp);
    const { text, notes, json, crashed } = summarise(cold, bench);
    if (distStamp() !== stamp)
      notes.unshift("dist/ was rebuilt while the bench ran: figures may mix two builds");
    const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
    process.stdout.write(
      `\nCloudNeutral benchmarks — node ${process.version}, ${os.platform()} ${os.arch()}, ` +
        `${os.cpus().length} × ${cpu}\n` +
        `medians of BENCH_RUNS=${RUNS} (render) and BENCH_COLD_RUNS=${COLD_RUNS} (cold start); ` +
        `targets from DESIGN.md "Numbers we hold ourselves to"\n\n${text}\n\n`,
    );
    if (stale.length > 0)
      notes.unshift(
        `dist/ is older than ${stale.join(", ")}/: run \`npm run build\` to measure the current code`,
      );
    notes.unshift(`working directory: ${base} (BENCH_DIR)`);
    for (const n of notes) process.stdout.write(`note: ${n}\n`);
    process.stdout.write(`total bench time ${(elapsedMs() / 1000).toFixed(0)} s\n`);
    if (process.env.BENCH_JSON)
      writeFileSync(process.env.BENCH_JSON, `${JSON.stringify(json, null, 2)}\n`);
    return crashed ? 1 : 0;
  } finally {
    cleanup();
  }
}

process.exitCode = main();
