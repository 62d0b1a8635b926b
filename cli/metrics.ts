// XScopeHub from a terminal: `metrics query` and `metrics check` over each region's
// Prometheus-compatible source, `logs` over each region's Loki. Exit codes: 0 a whole answer,
// 1 a configuration problem, a query the sources reject, or no region answered (or, for
// `metrics check`, series without a required label), 2 usage, 4 a partial answer (printed,
// marked, with the missing regions named).
import { QueryError } from "../lib/metrics/errors.ts";
import { command, type Flags, type Io, type Values } from "./args.ts";

/** The exit code of an answer some regions did not give. */
export const EXIT_PARTIAL = 4;

const config = {
  type: "string",
  arg: "DIR",
  default: "platform-config",
  help: "the platform-config",
} as const;
const region = {
  type: "string",
  arg: "R",
  multiple: true,
  help: "only these regions (R,R… too); all by default",
} as const;
const scope = {
  tenant: { type: "string", arg: "T", help: "only series (or streams) of this tenant" },
  project: { type: "string", arg: "P", help: "only this project's" },
  env: { type: "string", arg: "E", help: "only this environment's" },
  service: { type: "string", arg: "S", help: "only this service's" },
} as const;
const timeout = {
  type: "string",
  arg: "SECONDS",
  default: "10",
  help: "per request to a source; 3 attempts at most",
} as const;

const QUERY_FLAGS = {
  config,
  region,
  ...scope,
  range: { type: "string", arg: "DURATION", help: "a range query over this long (1h, 90m…)" },
  step: { type: "string", arg: "DURATION", default: "1m", help: "the range query's resolution" },
  time: {
    type: "string",
    arg: "TIME",
    help: "evaluation time, or the range's end (RFC 3339 or Unix seconds); now by default",
  },
  timeout,
  format: { type: "string", choices: ["table", "json"], default: "table", help: "output" },
} as const satisfies Flags;

const CHECK_FLAGS = {
  config,
  region,
  time: { type: "string", arg: "TIME", help: "evaluation time (RFC 3339 or Unix seconds)" },
  timeout,
  format: { type: "string", choices: ["table", "json"], default: "table", help: "output" },
} as const satisfies Flags;

const LOGS_FLAGS = {
  config,
  region,
  ...scope,
  since: { type: "string", arg: "DURATION", default: "15m", help: "how far back" },
  until: { type: "string", arg: "TIME", help: "the window's end (RFC 3339 or Unix seconds)" },
  grep: { type: "string", arg: "TEXT", help: "only lines containing TEXT (exact, case included)" },
  limit: { type: "string", arg: "N", default: "100", help: "lines at most, newest first" },
  timeout,
  format: { type: "string", choices: ["text", "json"], default: "text", help: "output" },
} as const satisfies Flags;

const EXITS =
  "  Exit 0 whole, 4 partial (some regions did not answer: named in the output), 1 a\n  configuration problem, a rejected query or no region answered, 2 usage.";

export const METRICS_COMMANDS = [
  command({
    name: "metrics query",
    summary: "one PromQL query over every region's Prometheus, merged, each series with its region",
    flags: QUERY_FLAGS,
    args: ["PROMQL"],
    details: EXITS,
    run: (values, args, io) => queryCommand(values, args[0] ?? "", io),
  }),
  command({
    name: "metrics check",
    summary: "which series lack tenant, project, env, region or service, per source and job",
    flags: CHECK_FLAGS,
    details:
      "  Exit 0 no gap, 1 gaps found (or a configuration problem), 4 no gap among the sources\n  that answered but some did not, 2 usage.",
    run: (values, _args, io) => checkCommand(values, io),
  }),
  command({
    name: "logs",
    summary: "log lines from every region's Loki, merged newest first",
    flags: LOGS_FLAGS,
    details: EXITS,
    run: (values, _args, io) => logsCommand(values, io),
  }),
];

function scopeOf(values: { tenant?: string; project?: string; env?: string; service?: string }) {
  const out: Record<string, string> = {};
  for (const k of ["tenant", "project", "env", "service"] as const) {
    const v = values[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

async function hub() {
  return import("../lib/metrics/hub.ts");
}

async function timeoutMs(raw: string): Promise<number> {
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n) || n <= 0 || n > 600) {
    const { UsageError } = await import("../lib/errors.ts");
    throw new UsageError(`--timeout must be seconds between 0 and 600, not ${JSON.stringify(raw)}`);
  }
  return n * 1000;
}

async function queryCommand(
  values: Values<typeof QUERY_FLAGS>,
  promql: string,
  io: Io,
): Promise<number> {
  const { durationSeconds, loadSources, timeFlag } = await hub();
  const { promqlSyntaxError } = await import("../lib/metrics/inject.ts");
  const { UsageError } = await import("../lib/errors.ts");
  const problem = promqlSyntaxError(promql);
  if (problem !== undefined) throw new UsageError(`PROMQL does not parse: ${problem}`);
  const end = values.time !== undefined ? timeFlag("--time", values.time) : new Date();
  const range =
    values.range !== undefined
      ? {
          start: new Date(end.getTime() - durationSeconds("--range", values.range) * 1000),
          end,
          stepSeconds: durationSeconds("--step", values.step),
        }
      : undefined;
  if (range && (range.end.getTime() - range.start.getTime()) / 1000 / range.stepSeconds > 11_000)
    throw new UsageError("--range / --step is more than 11,000 points, Prometheus' limit");
  const ms = await timeoutMs(values.timeout);
  const sources = await loadSources(values.config, "metrics", values.region, process.env);
  const { queryRegions } = await import("../lib/metrics/fan-out.ts");
  const { queryJson, queryTable } = await import("../lib/metrics/report.ts");
  let result: Awaited<ReturnType<typeof queryRegions>>;
  try {
    result = await queryRegions(promql, sources, {
      timeoutMs: ms,
      scope: scopeOf(values),
      ...(range ? { range } : values.time !== undefined ? { time: end } : {}),
    });
  } catch (err) {
    if (!(err instanceof QueryError)) throw err;
    io.err(`cloudneutral: ${err.message}\n`);
    return 1;
  }
  io.out(values.format === "json" ? `${JSON.stringify(queryJson(result))}\n` : queryTable(result));
  return exitOf(result.regions.length, result.missing.length, io);
}

function exitOf(asked: number, missing: number, io: Io): number {
  if (missing === 0) return 0;
  if (missing === asked) {
    io.err("cloudneutral: no region answered\n");
    return 1;
  }
  io.err(`cloudneutral: partial result: ${missing} of ${asked} regions did not answer\n`);
  return EXIT_PARTIAL;
}

async function checkCommand(values: Values<typeof CHECK_FLAGS>, io: Io): Promise<number> {
  const { distinctSources, loadSources, timeFlag } = await hub();
  const time = values.time !== undefined ? timeFlag("--time", values.time) : undefined;
  const ms = await timeoutMs(values.timeout);
  const sources = await loadSources(values.config, "metrics", values.region, process.env);
  const { checkLabels } = await import("../lib/metrics/label-check.ts");
  const { checkTable } = await import("../lib/metrics/report.ts");
  const distinct = distinctSources(sources);
  const check = await checkLabels(distinct.sources, distinct.unconfigured, {
    timeoutMs: ms,
    ...(time ? { time } : {}),
  });
  io.out(values.format === "json" ? `${JSON.stringify(check)}\n` : checkTable(check));
  if (check.gaps > 0) return 1;
  const answered = check.sources.filter((s) => s.status === "ok").length;
  if (check.partial && answered === 0) {
    io.err("cloudneutral: no source answered\n");
    return 1;
  }
  return check.partial ? EXIT_PARTIAL : 0;
}

async function logsCommand(values: Values<typeof LOGS_FLAGS>, io: Io): Promise<number> {
  const { durationSeconds, loadSources, timeFlag } = await hub();
  const { UsageError } = await import("../lib/errors.ts");
  const end = values.until !== undefined ? timeFlag("--until", values.until) : new Date();
  const start = new Date(end.getTime() - durationSeconds("--since", values.since) * 1000);
  const limit = Number(values.limit);
  if (!/^[0-9]+$/.test(values.limit) || limit < 1 || limit > 5000)
    throw new UsageError(
      `--limit must be a whole number from 1 to 5000, not ${JSON.stringify(values.limit)}`,
    );
  const ms = await timeoutMs(values.timeout);
  const sources = await loadSources(values.config, "logs", values.region, process.env);
  const { queryLogs } = await import("../lib/metrics/logs.ts");
  const { logsText } = await import("../lib/metrics/report.ts");
  let result: Awaited<ReturnType<typeof queryLogs>>;
  try {
    result = await queryLogs(sources, {
      timeoutMs: ms,
      scope: scopeOf(values),
      ...(values.grep !== undefined ? { grep: values.grep } : {}),
      start,
      end,
      limit,
    });
  } catch (err) {
    if (!(err instanceof QueryError)) throw err;
    io.err(`cloudneutral: ${err.message}\n`);
    return 1;
  }
  io.out(
    values.format === "json"
      ? `${JSON.stringify({ status: result.partial ? "partial" : "complete", missing: result.regions.filter((r) => r.status === "missing"), truncated: result.truncated, lines: result.lines })}\n`
      : logsText(result),
  );
  return exitOf(result.regions.length, result.missing.length, io);
}
