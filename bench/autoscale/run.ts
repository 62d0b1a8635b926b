// `npm run bench:autoscale` (tsx bench/autoscale/run.ts): replays generated load traces
// through the autoscaling decision with a model of the GitOps delay and reports the SPEC
// Research Group elasticity metrics, node-hours and PRs of this autoscaler, the plain HPA rule
// and a static pool at max (issue 7, "Numbers"). A benchmark, not a test: a missed target is
// reported, never fails the run; the exit code is 1 only when the simulation itself fails.
//
// Environment (seconds must be multiples of BENCH_STEP_S):
//   BENCH_SEED=20261122   trace generator seed
//   BENCH_DAYS=3          simulated days per trace
//   BENCH_STEP_S=15       trace resolution
//   BENCH_CRON_S=300  BENCH_MERGE_S=600  BENCH_PROVISION_S=240  BENCH_WARMUP_S=120
//   BENCH_APPLY_S=60      the delay model (see simulate.ts)
//   BENCH_DOWN_WINDOW_S   this autoscaler's scale-down stabilization window; default the
//                         HPA's 300 s (what the sample policies set)
//   BENCH_JSON=path       also write the figures as JSON there
import { writeFileSync } from "node:fs";
import { resolveBehavior } from "../../lib/autoscale/behavior.ts";
import { behaviorForRun } from "../../lib/autoscale/run-policy.ts";
import { checkTarget, compare } from "./compare.ts";
import { modelLines, summaryTable, traceSection } from "./report.ts";
import type { DelayModel, PoolModel } from "./simulate.ts";
import { strategies } from "./strategies.ts";
import { generateTraces } from "./traces.ts";

function int(name: string, fallback: number, min = 0): number {
  const raw = process.env[name];
  const v = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(v) || v < min) throw new Error(`${name} must be an integer ≥ ${min}`);
  return v;
}

function main(): number {
  const seed = int("BENCH_SEED", 20261122);
  const days = int("BENCH_DAYS", 3, 1);
  const stepSeconds = int("BENCH_STEP_S", 15, 1);
  const delays: DelayModel = {
    cronSeconds: int("BENCH_CRON_S", 300, 1),
    mergeSeconds: int("BENCH_MERGE_S", 600),
    provisionSeconds: int("BENCH_PROVISION_S", 240),
    warmupSeconds: int("BENCH_WARMUP_S", 120),
    applySeconds: int("BENCH_APPLY_S", 60),
  };
  // The sample platform's jp1 policy (platform-config/autoscale/jp1-nodes.yaml) with room for
  // the traces' peaks, so the static pool at max is never short.
  const pool: PoolModel = {
    capacityCores: 4,
    policy: { min: 2, max: 20, targetUtilization: 0.6, tolerance: 0.1 },
    windowSeconds: 300,
  };
  const downWindow = process.env.BENCH_DOWN_WINDOW_S;
  if (downWindow !== undefined && downWindow !== "") {
    const seconds = int("BENCH_DOWN_WINDOW_S", 300);
    pool.policy.behavior = { scaleDown: { stabilizationWindowSeconds: seconds } };
  }

  const started = performance.now();
  const traces = generateTraces({ days, stepSeconds, seed });
  const results = traces.map((trace) => {
    const figures = compare(trace, pool, delays, strategies(pool.policy, delays.cronSeconds));
    return { figures, verdict: checkTarget(figures) };
  });

  const out: string[] = [
    "",
    `CloudNeutral autoscaling simulation — ${traces.length} traces × ${days} days at ${stepSeconds} s, node ${process.version}`,
    modelLines(pool, delays, seed),
    "θU/θO: average relative under/over supply in % of demand; τU/τO: % of time under/over " +
      "(SPEC RG elasticity metrics, Herbst et al.)",
    "",
  ];
  for (const r of results) out.push(traceSection(r.figures, r.verdict), "");
  out.push("summary", summaryTable(results), "");
  for (const note of loopNotes(pool, delays)) out.push(`note: ${note}`);
  const passed = results.filter((r) => r.verdict.pass).length;
  out.push(
    `target met on ${passed} of ${results.length} traces; ` +
      `simulated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    "",
  );
  process.stdout.write(out.join("\n"));

  if (process.env.BENCH_JSON) {
    const json = { seed, days, stepSeconds, pool, delays, results };
    writeFileSync(process.env.BENCH_JSON, `${JSON.stringify(json, null, 2)}\n`);
  }
  return 0;
}

/**
 * The HPA's behavior was tuned for a 15 s sync loop; on a cron loop parts of it may never
 * get a say, and a reader of identical rows should be told why rather than guess.
 */
function loopNotes(pool: PoolModel, delays: DelayModel): string[] {
  const notes: string[] = [];
  // As the action runs it: windows widened by one cron interval.
  const { scaleUp, scaleDown } = resolveBehavior(
    behaviorForRun(pool.policy.behavior, delays.cronSeconds).behavior,
  );
  const down = scaleDown.stabilizationWindowSeconds;
  if (down <= delays.cronSeconds)
    notes.push(
      `this autoscaler's scale-down stabilization window (${down} s) is not longer than the cron ` +
        `period (${delays.cronSeconds} s): no earlier recommendation is ever inside it, so it ` +
        "cannot hold anything (try BENCH_DOWN_WINDOW_S)",
    );
  const periods = [...scaleUp.policies, ...scaleDown.policies].map((p) => p.periodSeconds);
  if (periods.every((p) => p < delays.cronSeconds))
    notes.push(
      `every rate-limit period (${[...new Set(periods)].join(", ")} s) is shorter than the cron ` +
        "period: no earlier scale event is ever inside one, so the rate limits cannot bind",
    );
  return notes;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`bench:autoscale: ${error instanceof Error ? error.message : error}\n`);
  process.exitCode = 1;
}
