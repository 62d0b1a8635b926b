// What XScopeHub's commands print: tables for people, JSON for scripts. A partial result says
// so first, in both, naming each missing region and why. Label values are printed quoted by
// PromQL's rules, so a hostile value (a newline, an escape sequence) shows as text and cannot
// forge a row or move the terminal's cursor.
import type { MergedResult, RegionAnswer } from "./fan-out.ts";
import type { LabelCheck } from "./label-check.ts";
import { promqlString } from "./labels.ts";
import type { LogsResult } from "./logs.ts";
import type { Labels } from "./parse.ts";

/** Prometheus' way of writing a sample value. */
export function sampleText(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Number.POSITIVE_INFINITY) return "+Inf";
  if (v === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(v);
}

/** `name{label="value",…}` without the region (it has its own column). */
export function seriesText(labels: Labels): string {
  const { __name__: name, region: _region, ...rest } = labels;
  const inner = Object.keys(rest)
    .sort()
    .map((k) => `${k}=${promqlString(rest[k] ?? "")}`)
    .join(",");
  return `${name ?? ""}{${inner}}`;
}

function missingLines(regions: readonly RegionAnswer[]): string[] {
  return regions.flatMap((r) =>
    r.status === "missing" ? [`  ${r.region}: ${oneLine(r.error)}`] : [],
  );
}

/** Control characters as escapes (\n, \u001b), so an error message stays one inert line. */
const oneLine = (s: string) => JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"');

function partialHead(missing: readonly string[], regions: readonly RegionAnswer[]): string {
  return `PARTIAL RESULT: no answer from ${missing.length === 1 ? "region" : "regions"} ${missing.join(", ")}\n${missingLines(regions).join("\n")}\n\n`;
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export function queryTable(r: MergedResult): string {
  const head = r.partial ? partialHead(r.missing, r.regions) : "";
  const answered = r.regions.filter((x) => x.status === "ok").map((x) => x.region);
  let body: string;
  if (r.resultType === "vector") {
    body = table([
      ["REGION", "SERIES", "VALUE"],
      ...r.result.map((s) => [
        s.labels.region ?? "",
        seriesText(s.labels),
        sampleText(s.sample.value),
      ]),
    ]);
  } else {
    body = table([
      ["REGION", "SERIES", "POINTS", "LAST"],
      ...r.result.map((s) => {
        const last = s.samples[s.samples.length - 1];
        return [
          s.labels.region ?? "",
          seriesText(s.labels),
          String(s.samples.length),
          last ? sampleText(last.value) : "",
        ];
      }),
    ]);
  }
  const foot = `\n${r.result.length} series from ${answered.length} of ${r.regions.length} regions${r.partial ? " (partial)" : ""}\n`;
  const warnings = r.warnings.map((w) => `warning: ${oneLine(w)}\n`).join("");
  return `${head}${body}\n${foot}${warnings}`;
}

export function queryJson(r: MergedResult): object {
  const result =
    r.resultType === "vector"
      ? r.result.map((s) => ({
          metric: s.labels,
          value: [s.sample.time, sampleText(s.sample.value)],
        }))
      : r.result.map((s) => ({
          metric: s.labels,
          values: s.samples.map((x) => [x.time, sampleText(x.value)]),
        }));
  return {
    status: r.partial ? "partial" : "complete",
    missing: r.regions.filter((x) => x.status === "missing"),
    regions: r.regions.map((x) => ({ region: x.region, status: x.status })),
    resultType: r.resultType,
    result,
    warnings: r.warnings,
  };
}

export function checkTable(c: LabelCheck): string {
  const lines: string[] = [];
  if (c.partial) {
    const missing = [
      ...c.unconfigured.map((r) => `  ${r}: no metrics source is configured`),
      ...c.sources.flatMap((s) =>
        s.status === "missing" ? [`  ${s.regions.join(", ")}: ${oneLine(s.error)}`] : [],
      ),
    ];
    lines.push(`PARTIAL CHECK: not every region's source answered\n${missing.join("\n")}\n`);
  }
  for (const s of c.sources) {
    if (s.status !== "ok") continue;
    const who = `${s.regions.length === 1 ? "region" : "regions"} ${s.regions.join(", ")} (${s.source})`;
    if (s.gaps.length === 0) {
      lines.push(
        `${who}: every series of ${s.jobs} job(s) has tenant, project, env, region, service`,
      );
      continue;
    }
    lines.push(`${who}: ${s.gaps.length} of ${s.jobs} job(s) have series without a required label`);
    lines.push(
      table([
        ["  JOB", "SERIES", "MISSING"],
        ...s.gaps.map((g) => [
          `  ${g.job === "" ? "(no job)" : promqlString(g.job)}`,
          String(g.series),
          Object.entries(g.missing)
            .map(([label, n]) => `${label} (${n})`)
            .join(", "),
        ]),
      ]),
    );
  }
  return `${lines.join("\n")}\n`;
}

export function logsText(r: LogsResult): string {
  const head = r.partial ? partialHead(r.missing, r.regions) : "";
  const body = r.lines
    .map((l) => {
      const ms = Number(BigInt(l.ns) / 1_000_000n);
      const { region, service } = l.labels;
      // The line is the application's text: control characters shown escaped, never sent raw.
      return `${new Date(ms).toISOString()} ${region ?? "-"} ${service ?? "-"} ${JSON.stringify(l.line).slice(1, -1)}`;
    })
    .join("\n");
  const answered = r.regions.filter((x) => x.status === "ok").length;
  const foot = `${r.lines.length} line(s) from ${answered} of ${r.regions.length} regions${r.truncated ? ", cut at the limit (--limit)" : ""}${r.partial ? " (partial)" : ""}\n`;
  return `${head}${body}${body ? "\n" : ""}${foot}`;
}
