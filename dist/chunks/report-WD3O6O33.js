import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  promqlString
} from "./chunk-7Q6NB2VU.js";
import "./chunk-BOG7BZ5N.js";

// lib/metrics/report.ts
function sampleText(v) {
  return Number.isNaN(v) ? "NaN" : v === Number.POSITIVE_INFINITY ? "+Inf" : v === Number.NEGATIVE_INFINITY ? "-Inf" : String(v);
}
function seriesText(labels) {
  let { __name__: name, region: _region, ...rest } = labels, inner = Object.keys(rest).sort().map((k) => `${k}=${promqlString(rest[k] ?? "")}`).join(",");
  return `${name ?? ""}{${inner}}`;
}
function missingLines(regions) {
  return regions.flatMap(
    (r) => r.status === "missing" ? [`  ${r.region}: ${oneLine(r.error)}`] : []
  );
}
var oneLine = (s) => JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"');
function partialHead(missing, regions) {
  return `PARTIAL RESULT: no answer from ${missing.length === 1 ? "region" : "regions"} ${missing.join(", ")}
${missingLines(regions).join(`
`)}

`;
}
function table(rows) {
  let widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows.map(
    (r) => r.map((c, i) => i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)).join("  ").trimEnd()
  ).join(`
`);
}
function queryTable(r) {
  let head = r.partial ? partialHead(r.missing, r.regions) : "", answered = r.regions.filter((x) => x.status === "ok").map((x) => x.region), body;
  r.resultType === "vector" ? body = table([
    ["REGION", "SERIES", "VALUE"],
    ...r.result.map((s) => [
      s.labels.region ?? "",
      seriesText(s.labels),
      sampleText(s.sample.value)
    ])
  ]) : body = table([
    ["REGION", "SERIES", "POINTS", "LAST"],
    ...r.result.map((s) => {
      let last = s.samples[s.samples.length - 1];
      return [
        s.labels.region ?? "",
        seriesText(s.labels),
        String(s.samples.length),
        last ? sampleText(last.value) : ""
      ];
    })
  ]);
  let foot = `
${r.result.length} series from ${answered.length} of ${r.regions.length} regions${r.partial ? " (partial)" : ""}
`, warnings = r.warnings.map((w) => `warning: ${oneLine(w)}
`).join("");
  return `${head}${body}
${foot}${warnings}`;
}
function queryJson(r) {
  let result = r.resultType === "vector" ? r.result.map((s) => ({
    metric: s.labels,
    value: [s.sample.time, sampleText(s.sample.value)]
  })) : r.result.map((s) => ({
    metric: s.labels,
    values: s.samples.map((x) => [x.time, sampleText(x.value)])
  }));
  return {
    status: r.partial ? "partial" : "complete",
    missing: r.regions.filter((x) => x.status === "missing"),
    regions: r.regions.map((x) => ({ region: x.region, status: x.status })),
    resultType: r.resultType,
    result,
    warnings: r.warnings
  };
}
function checkTable(c) {
  let lines = [];
  if (c.partial) {
    let missing = [
      ...c.unconfigured.map((r) => `  ${r}: no metrics source is configured`),
      ...c.sources.flatMap(
        (s) => s.status === "missing" ? [`  ${s.regions.join(", ")}: ${oneLine(s.error)}`] : []
      )
    ];
    lines.push(`PARTIAL CHECK: not every region's source answered
${missing.join(`
`)}
`);
  }
  for (let s of c.sources) {
    if (s.status !== "ok") continue;
    let who = `${s.regions.length === 1 ? "region" : "regions"} ${s.regions.join(", ")} (${s.source})`;
    if (s.gaps.length === 0) {
      lines.push(
        `${who}: every series of ${s.jobs} job(s) has tenant, project, env, region, service`
      );
      continue;
    }
    lines.push(`${who}: ${s.gaps.length} of ${s.jobs} job(s) have series without a required label`), lines.push(
      table([
        ["  JOB", "SERIES", "MISSING"],
        ...s.gaps.map((g) => [
          `  ${g.job === "" ? "(no job)" : promqlString(g.job)}`,
          String(g.series),
          Object.entries(g.missing).map(([label, n]) => `${label} (${n})`).join(", ")
        ])
      ])
    );
  }
  return `${lines.join(`
`)}
`;
}
function logsText(r) {
  let head = r.partial ? partialHead(r.missing, r.regions) : "", body = r.lines.map((l) => {
    let ms = Number(BigInt(l.ns) / 1000000n), { region, service } = l.labels;
    return `${new Date(ms).toISOString()} ${region ?? "-"} ${service ?? "-"} ${JSON.stringify(l.line).slice(1, -1)}`;
  }).join(`
`), answered = r.regions.filter((x) => x.status === "ok").length, foot = `${r.lines.length} line(s) from ${answered} of ${r.regions.length} regions${r.truncated ? ", cut at the limit (--limit)" : ""}${r.partial ? " (partial)" : ""}
`;
  return `${head}${body}${body ? `
` : ""}${foot}`;
}
export {
  checkTable,
  logsText,
  queryJson,
  queryTable,
  sampleText,
  seriesText
};
