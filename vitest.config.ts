import { defineConfig } from "vitest/config";
import { TEST_GITHUB_PACING, TEST_WATCH_CLOCK } from "./test/pacing.ts";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A test that needs longer (a real ansible-playbook, terraform) says so itself, with the
    // measurement its timeout is sized from. The default is three times the slowest ordinary
    // test measured on a machine at load average 20 (~60 s): a busy day stays green, and a
    // hung test still ends.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Files run in child processes, three at a time on two cores: most files spend much of
    // their time waiting on real servers and tools (git, PowerDNS, Prometheus, ansible,
    // terraform), which their own processes use the cores for. Measured on this 2-core
    // machine, the whole suite alone (`/usr/bin/time npx vitest run --maxWorkers=N`): 2 → 404 s,
    // 3 → 312 s, 4 → 372 s. Every server a test starts listens on a port chosen at run time, so
    // files (and a second copy of the suite beside this one) never share one.
    pool: "forks",
    maxWorkers: 3,
    // GitHub's one second between writes is off in tests, watches run on a virtual clock
    // (test/pacing.ts).
    env: { ...TEST_GITHUB_PACING, ...TEST_WATCH_CLOCK },
    // In CI also write a JSON report; .ci/run turns it into a plain "N passed, N failed" line.
    reporters: process.env.CI
      ? ["default", ["json", { outputFile: ".cache/vitest.json" }]]
      : ["default"],
  },
});
