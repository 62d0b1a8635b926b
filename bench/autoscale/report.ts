// Plain-text tables for `npm run bench:autoscale`, in the manner of bench/run.mjs: each
// figure next to the baseline it is compared to, the target, and whether it was met.
import type { TargetVerdict, TraceFigures } from "./compare.ts";
import type { DelayModel, PoolModel } from "./simulate.ts";

type Row = Record<string, string>;

export function table(head: string[], rows: Row[], alignRight: string[] = []): string {
  const all = [head, ...rows.map((r) => head.map((h) => r[h] ?? ""))];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) =>
        alignRight.includes(head[i]!) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!),
      )
      .join("  ")
      .trimEnd();
  return [
    line(all[0]!),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...all.slice(1).map(line),
  ].join("\n");
}

const pct = (x: number) => `${x.toFixed(2)}%`;
const METRICS = ["θU", "θO", "τU", "τO", "node-h", "PRs opened", "PR updates", "closed", "merged"];

export function strategyTable(f: TraceFigures): string {
  const rows = f.strategies.map((s) => ({
    strategy: s.label,
    θU: pct(s.underAccuracy),
    θO: pct(s.overAccuracy),
    τU: pct(s.underTimeshare),
    τO: pct(s.overTimeshare),
    "node-h": s.nodeHours.toFixed(1),
    "PRs opened": String(s.prsOpened),
    "PR updates": String(s.prUpdates),
    closed: String(s.prsClosed),
    merged: String(s.scaleChanges),
  }));
  return table(["strategy", ...METRICS], rows, METRICS);
}

export function targetTable(verdict: TargetVerdict): string {
  const rows = verdict.checks.map((c) => {
    const isPrs = c.figure.startsWith("PRs");
    const show = isPrs ? String : pct;
    return {
      figure: c.figure,
      "this autoscaler": show(c.value),
      "baseline (plain rule)": show(c.baseline),
      target: isPrs ? `≤ ${c.limit} (half)` : `≤ ${pct(c.limit)}`,
      status: c.met ? "met" : "missed",
    };
  });
  return table(["figure", "this autoscaler", "baseline (plain rule)", "target", "status"], rows);
}

export function traceSection(f: TraceFigures, verdict: TargetVerdict): string {
  return [
    `trace ${f.trace}: ${f.description}`,
    `  ${f.hours.toFixed(0)} h, peak ${f.peakCores.toFixed(1)} cores = ${f.peakNodes} nodes at target`,
    "",
    strategyTable(f),
    "",
    targetTable(verdict),
    `target (under-provisioning no worse than the plain rule, at most half its PRs): ${
      verdict.pass ? "PASS" : "MISS"
    }`,
  ].join("\n");
}

export function summaryTable(results: { figures: TraceFigures; verdict: TargetVerdict }[]): string {
  const rows = results.map(({ figures, verdict }) => {
    const [theta, tau, prs] = verdict.checks;
    return {
      trace: figures.trace,
      "θU mine / plain": `${pct(theta!.value)} / ${pct(theta!.baseline)}`,
      "τU mine / plain": `${pct(tau!.value)} / ${pct(tau!.baseline)}`,
      "PRs mine / plain": `${prs!.value} / ${prs!.baseline}`,
      target: verdict.pass ? "PASS" : "MISS",
    };
  });
  return table(["trace", "θU mine / plain", "τU mine / plain", "PRs mine / plain", "target"], rows);
}

export function modelLines(pool: PoolModel, delays: DelayModel, seed: number): string {
  const p = pool.policy;
  return [
    `pool: ${pool.capacityCores} cores a node, min ${p.min}, max ${p.max}, target utilization ` +
      `${p.targetUtilization}, tolerance ${p.tolerance ?? 0.1}, usage averaged over ${pool.windowSeconds} s`,
    `loop: cron every ${delays.cronSeconds} s → PR merged after ${delays.mergeSeconds} s → ` +
      `new nodes ready ${delays.provisionSeconds} s after the merge (listed, not ready, for the ` +
      `last ${delays.warmupSeconds} s); removed nodes gone ${delays.applySeconds} s after it`,
    `demand in nodes = ceil(cores / (capacity × target)); supply = ready nodes; ` +
      `node-hours count every node that exists; seed ${seed}`,
  ].join("\n");
}
