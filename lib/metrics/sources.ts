// Where each region's metrics and logs are: the Region's own source (`spec.metrics.prometheus`,
// `spec.logs.loki`), else the Platform's. A source is a base URL and, when it needs one, the
// name of the environment variable holding its bearer token; the token itself is read only
// when a query is sent, and never shown.
import type { LoadedConfig } from "../model/index.ts";

export interface QuerySource {
  url: string;
  tokenEnv?: string;
}

export interface RegionSource extends QuerySource {
  region: string;
  /** Where it was configured: the Region itself, or the Platform's fallback. */
  from: "region" | "platform";
}

export type SourceKind = "metrics" | "logs";

/**
 * Every Region of `config`, sorted by name, with its source of `kind`, or undefined when
 * neither the Region nor the Platform has one.
 */
export function regionSources(
  config: Pick<LoadedConfig, "byKind">,
  kind: SourceKind,
): Map<string, RegionSource | undefined> {
  const platform = config.byKind.Platform[0]?.value.spec;
  const fallback = kind === "metrics" ? platform?.metrics?.prometheus : platform?.logs?.loki;
  const out = new Map<string, RegionSource | undefined>();
  for (const r of [...config.byKind.Region].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const own = kind === "metrics" ? r.value.spec.metrics?.prometheus : r.value.spec.logs?.loki;
    const chosen = own ?? fallback;
    out.set(
      r.name,
      chosen
        ? {
            region: r.name,
            url: chosen.url,
            ...(chosen.tokenEnv ? { tokenEnv: chosen.tokenEnv } : {}),
            from: own ? "region" : "platform",
          }
        : undefined,
    );
  }
  return out;
}

/** The same server asked with the same credentials: one source, whatever regions name it. */
export function sourceKey(s: QuerySource): string {
  return JSON.stringify([s.url, s.tokenEnv ?? null]);
}

/**
 * The token of a source from `env`: undefined when it names none, an Error (for that
 * region's result, not the whole run) when the variable it names is unset.
 */
export function sourceToken(s: QuerySource, env: NodeJS.ProcessEnv): string | undefined | Error {
  if (s.tokenEnv === undefined) return undefined;
  const value = env[s.tokenEnv];
  if (value === undefined || value === "")
    return new Error(`its token variable ${s.tokenEnv} is not set`);
  return value;
}
