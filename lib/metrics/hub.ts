// XScopeHub's entry points, as the CLI calls them: load the platform-config, pick the regions
// asked for, resolve each one's source (and token), and run the fan-out, the label check or
// the log query. Durations are read here too, so that every command reads them alike.
import { UsageError } from "../errors.ts";
import type { FanOutSource } from "./fan-out.ts";
import type { CheckSource } from "./label-check.ts";
import { regionSources, type SourceKind, sourceToken } from "./sources.ts";

/** The selected regions' sources (all regions when `only` is empty), in name order. */
export async function loadSources(
  configDir: string,
  kind: SourceKind,
  only: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<FanOutSource[]> {
  const { validateConfig } = await import("../model/index.ts");
  const { assertNoProblems } = await import("../model/load.ts");
  const { config, problems } = await validateConfig(configDir);
  assertNoProblems(problems);
  const all = regionSources(config, kind);
  const wanted = [...new Set(only.flatMap((r) => r.split(",")).map((r) => r.trim()))].filter(
    (r) => r !== "",
  );
  const unknown = wanted.filter((r) => !all.has(r));
  if (unknown.length > 0)
    throw new UsageError(
      `no region ${unknown.map((r) => JSON.stringify(r)).join(", ")}; the configuration has ${[...all.keys()].join(", ") || "none"}`,
    );
  if (all.size === 0) throw new UsageError(`${configDir}: no Region documents`);
  return [...all]
    .filter(([name]) => wanted.length === 0 || wanted.includes(name))
    .map(([region, s]) => {
      if (s === undefined) return { region, url: undefined };
      const token = sourceToken(s, env);
      return { region, url: s.url, ...(token !== undefined ? { token } : {}) };
    });
}

/** Sources as the label check wants them: each distinct source once, with its regions. */
export function distinctSources(sources: readonly FanOutSource[]): {
  sources: CheckSource[];
  unconfigured: string[];
} {
  const byKey = new Map<string, CheckSource>();
  const unconfigured: string[] = [];
  for (const s of sources) {
    if (s.url === undefined) {
      unconfigured.push(s.region);
      continue;
    }
    // The same server with the same credentials is one source, whatever regions name it.
    const key = JSON.stringify([s.url, typeof s.token === "string" ? s.token : null]);
    const seen = byKey.get(key);
    if (seen) seen.regions.push(s.region);
    else
      byKey.set(key, {
        regions: [s.region],
        url: s.url,
        ...(s.token !== undefined ? { token: s.token } : {}),
      });
  }
  return { sources: [...byKey.values()], unconfigured };
}

const UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** "90s", "15m", "1h30m", "7d" → seconds; a UsageError naming `flag` otherwise. */
export function durationSeconds(flag: string, text: string): number {
  const parts = [...text.matchAll(/(\d+)([smhdw])/g)];
  const whole = parts.map((m) => m[0]).join("");
  const seconds = parts.reduce((n, m) => n + Number(m[1]) * (UNIT[m[2] ?? "s"] ?? 1), 0);
  if (text === "" || whole !== text || seconds <= 0)
    throw new UsageError(
      `${flag} must be a duration such as 90s, 15m, 1h30m or 7d, not ${JSON.stringify(text)}`,
    );
  return seconds;
}

/** RFC 3339 or Unix seconds → a Date; a UsageError naming `flag` otherwise. */
export function timeFlag(flag: string, text: string): Date {
  const d = /^\d+(\.\d+)?$/.test(text) ? new Date(Number(text) * 1000) : new Date(text);
  if (!/^\d+(\.\d+)?$/.test(text) && !/^\d{4}-\d{2}-\d{2}T/.test(text))
    throw new UsageError(
      `${flag} must be RFC 3339 (2026-12-03T10:00:00Z) or Unix seconds, not ${JSON.stringify(text)}`,
    );
  if (Number.isNaN(d.getTime()))
    throw new UsageError(`${flag} is not a valid time: ${JSON.stringify(text)}`);
  return d;
}
