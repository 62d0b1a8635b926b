// `npx tsx bench/console-bench.ts`: `cloudneutral console build` (in-process, as the CLI runs
// it) for the generated 10,000-service / 100-region platform, rendered, committed, with node
// counts changed along main and a status branch holding a record per unit and region and a
// history of GTM decisions. Target (DESIGN.md): under 5 s. Also the size of the sample's site,
// built from the console tests' fixture (target: under 1 MB in all).
//
// Environment: BENCH_RUNS=5 (median reported), BENCH_SERVICES=10000, BENCH_REGIONS=100,
// BENCH_DIR (default /dev/shm).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { buildConsole } from "../lib/console/index.ts";
import { render } from "../lib/render/index.ts";
import { listUnits } from "../lib/stacks/inventory.ts";
import { consoleFixture } from "../test/console-fixture.ts";
// @ts-expect-error: a plain .mjs module without types
import { generatePlatform } from "./generate.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SERVICES = Number(process.env.BENCH_SERVICES ?? 10_000);
const REGIONS = Number(process.env.BENCH_REGIONS ?? 100);
/** GTM decisions kept on the status branch per policy (the console reads at most 100). */
const DECISIONS = 100;

const base = process.env.BENCH_DIR ?? (existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir());
const dir = mkdtempSync(path.join(base, "cn-console-bench-"));
const git = (cwd: string, args: string[], date?: Date) =>
  execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "bench",
      GIT_AUTHOR_EMAIL: "bench@cloudneutral.invalid",
      GIT_COMMITTER_NAME: "bench",
      GIT_COMMITTER_EMAIL: "bench@cloudneutral.invalid",
      ...(date
        ? { GIT_AUTHOR_DATE: date.toISOString(), GIT_COMMITTER_DATE: date.toISOString() }
        : {}),
    },
    maxBuffer: 1 << 28,
  });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const regionName = (i: number) => `r${String(i).padStart(3, "0")}`;

try {
  const t0 = Date.now();
  const { configDir } = generatePlatform(dir, { services: SERVICES, regions: REGIONS }) as {
    configDir: string;
  };
  // Ten public names of ten regions each.
  const policies = Array.from({ length: Math.ceil(REGIONS / 10) }, (_, p) => ({
    apiVersion: "cloudneutral.io/v1alpha1",
    kind: "GtmPolicy",
    metadata: { name: `api-${p}` },
    spec: {
      publicName: `api-${p}.example.com`,
      zone: "example.com",
      provider: "pdns",
      ttl: 30,
      regions: Array.from({ length: Math.min(10, REGIONS - p * 10) }, (_, k) => ({
        region: regionName(p * 10 + k),
        weight: 10 + k * 10,
      })),
      minReadyNodes: 1,
      healthCheck: { scheme: "https", path: "/healthz", intervalSeconds: 10, timeoutSeconds: 3 },
      hysteresis: { failures: 3, successes: 2 },
      failOpen: true,
    },
  }));
  writeFileSync(path.join(configDir, "gtm.yaml"), policies.map((d) => stringify(d)).join("---\n"));
  const infra = path.join(dir, "infra");
  await render({ configDir, outDir: infra });
  const now = Date.now();
  const day = 86_400_000;
  git(dir, ["init", "-q", "-b", "main"]);
  git(dir, ["add", "-A"]);
  git(dir, ["commit", "-qm", "initial"], new Date(now - 10 * day));
  // Three rounds of count changes over every region, as merged autoscale PRs would make.
  for (let round = 1; round <= 3; round++) {
    for (const file of readdirSync(path.join(infra, "node-pool"))) {
      const p = path.join(infra, "node-pool", file);
      writeFileSync(p, `node_count = ${2 + round}\n`);
    }
    git(
      dir,
      ["commit", "-qam", `autoscale: round ${round} (#${100 + round})`],
      new Date(now - (10 - 3 * round) * day),
    );
  }
  const head = git(dir, ["rev-parse", "HEAD"]).trim();

  // The status branch: a record per unit and region, then DECISIONS commits of GTM decisions.
  const status = path.join(dir, "status");
  mkdirSync(status);
  git(status, ["init", "-q", "-b", "main"]);
  const units = listUnits(infra).map((u) => u.id);
  const at = new Date(now - day).toISOString();
  for (const unit of units) {
    const entry = { commit: head, hash: "a".repeat(64), at, run: "42", result: "applied" };
    const file = path.join(status, "apply", `${unit}.json`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ unit, lastApplied: entry, applied: [entry] }));
  }
  mkdirSync(path.join(status, "autoscale"));
  for (let r = 0; r < REGIONS; r++) {
    const recs = Array.from({ length: 20 }, (_, k) => ({
      at: new Date(now - (20 - k) * 3_600_000).toISOString(),
      nodes: 3 + (k % 4),
    }));
    writeFileSync(
      path.join(status, "autoscale", `${regionName(r)}.json`),
      JSON.stringify({
        region: regionName(r),
        recommendations: recs,
        last: {
          at,
          current: 5,
          desired: 5,
          recommendation: 5,
          reason: "utilization 0.60 over 5 ready nodes vs target 0.60 → ratio 1.00 → 5 nodes",
        },
      }),
    );
  }
  mkdirSync(path.join(status, "gtm"));
  for (let d = 0; d < DECISIONS; d++) {
    for (const p of policies) {
      const regions = Object.fromEntries(
        p.spec.regions.map((r, k) => [
          r.region,
          {
            state: (d + k) % 7 === 0 ? "down" : "up",
            failures: 0,
            successes: 0,
            weight: (d + k) % 7 === 0 ? 0 : r.weight,
          },
        ]),
      );
      writeFileSync(
        path.join(status, "gtm", `${p.metadata.name}.json`),
        JSON.stringify({
          version: 1,
          policy: p.metadata.name,
          publicName: p.spec.publicName,
          state: { regions },
          failOpen: false,
          alert: false,
          dnsPending: false,
        }),
      );
    }
    git(status, ["add", "-A"]);
    git(status, ["commit", "-qm", `gtm: decision ${d}`], new Date(now - (DECISIONS - d) * 600_000));
  }
  git(dir, ["fetch", "-q", status, "+refs/heads/main:refs/remotes/origin/cloudneutral/status"]);
  const setup = (Date.now() - t0) / 1000;

  const times: number[] = [];
  let bytes = 0;
  let pages = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    const site = await buildConsole({ configDir, infraDir: infra, out: path.join(dir, "site") });
    times.push(Number(process.hrtime.bigint() - t) / 1e9);
    bytes = site.bytes;
    pages = site.files.length;
  }

  // The sample's site, from the console tests' fixture (history, applies, GTM and autoscale).
  const fixture = await consoleFixture();
  let sample = 0;
  try {
    sample = (
      await buildConsole({
        configDir: path.join(fixture.repo, "platform-config"),
        infraDir: path.join(fixture.repo, "infra"),
        out: path.join(fixture.repo, "site"),
      })
    ).bytes;
  } finally {
    rmSync(fixture.repo, { recursive: true, force: true });
  }

  const t = median(times);
  console.log(`\n## console build (XControl), ${SERVICES} services over ${REGIONS} regions`);
  console.log(
    `platform: ${units.length} units, ${policies.length} GTM policies with ${DECISIONS} decisions each, 4 commits of node counts (setup ${setup.toFixed(1)} s)`,
  );
  console.log(
    `console build: ${t.toFixed(2)} s median of ${RUNS} (min ${Math.min(...times).toFixed(2)} s) — target < 5 s: ${t < 5 ? "met" : "NOT met"}`,
  );
  console.log(`its site: ${pages} pages, ${(bytes / 1024 / 1024).toFixed(2)} MiB`);
  console.log(
    `the sample's site (test fixture: status branch with applies, GTM decisions, autoscale history): ${(sample / 1024).toFixed(1)} KiB — target < 1 MB: ${sample < 1_000_000 ? "met" : "NOT met"}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
