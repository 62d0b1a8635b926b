// Everything a run reads before it asks anyone anything: the platform-config (policies, the
// Prometheus URL, the status branch) and each region's node pool file. Every problem in any of
// them is collected and reported at once, before the first request, so a run with a broken
// file writes nothing anywhere.
import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { ConfigurationError, UsageError } from "../errors.ts";
/**
 * lib/github/status-store.ts' default, repeated rather than imported: importing it would load
 * the GitHub client into every dry run, which never talks to GitHub.
 */
import { DEFAULT_STATUS_BRANCH } from "../github/status-store.ts";
import { type QuerySource, regionSources } from "../metrics/sources.ts";
import { validateConfig } from "../model/index.ts";
import type { AutoscaleSpec } from "./run-policy.ts";
import { decodeTfvars, type NodeCount, readNodeCount, tfvarsFile } from "./tfvars.ts";

export interface RegionTarget {
  region: string;
  /** The AutoscalePolicy's file, relative to the repository (as annotations want it). */
  policyFile: string;
  spec: AutoscaleSpec;
  /** The node pool file relative to the repository, and where it is on disk. */
  tfvarsFile: string;
  tfvarsPath: string;
  /** Its text as read (the proposal edits this text) and the count in it. */
  text: string;
  count: NodeCount;
  /** The region's own Prometheus-compatible source, else the Platform's (or the override). */
  prometheus: QuerySource;
}

export interface AutoscaleTargets {
  /** The override, else the Platform's `metrics.prometheus.url` ("" when neither). */
  prometheusUrl: string;
  /** The Platform's `statusBranch`, else the default. */
  statusBranch: string;
  targets: RegionTarget[];
}

export interface TargetOptions {
  configDir: string;
  infraDir: string;
  /** Paths in problems and PRs are relative to this (the checkout); default the process' directory. */
  repoDir?: string;
  /** Only these regions; all regions with an AutoscalePolicy when absent or empty. */
  regions?: string[];
  prometheusUrl?: string;
}

export async function loadTargets(options: TargetOptions): Promise<AutoscaleTargets> {
  // Real paths, so that a symlinked temp or workspace directory cannot make the paths a
  // pull request edits start with "../".
  const real = (p: string) => realpath(p).catch(() => p);
  const repoDir = await real(path.resolve(options.repoDir ?? "."));
  const configDir = await real(path.resolve(repoDir, options.configDir));
  const infraDir = await real(path.resolve(repoDir, options.infraDir));
  const rel = (p: string) => path.relative(repoDir, p).split(path.sep).join("/") || ".";
  const { config, problems } = await validateConfig(configDir, rel(configDir));
  if (problems.length > 0) throw new ConfigurationError(problems);

  const policies = config.byKind.AutoscalePolicy;
  const known = policies.map((p) => p.value.spec.region).sort();
  const wanted = options.regions?.filter((r) => r !== "") ?? [];
  const unknown = wanted.filter((r) => !known.includes(r));
  if (unknown.length > 0)
    throw new UsageError(
      `no AutoscalePolicy for region ${unknown.map((r) => JSON.stringify(r)).join(", ")}; regions with one: ${known.join(", ") || "none"}`,
    );

  const platform = config.byKind.Platform[0];
  const configured = platform?.value.spec.metrics?.prometheus.url;
  const prometheusUrl = options.prometheusUrl || configured;
  if (options.prometheusUrl && !isHttpUrl(options.prometheusUrl))
    throw new UsageError("the Prometheus URL given is not an http(s) URL");
  // Each region reads its own source; the override (a flag, an action input) replaces them all.
  const sources = regionSources(config, "metrics");
  const sourceOf = (region: string): QuerySource | undefined =>
    options.prometheusUrl ? { url: options.prometheusUrl } : sources.get(region);
  const blind = policies
    .filter((p) => wanted.length === 0 || wanted.includes(p.value.spec.region))
    .filter((p) => sourceOf(p.value.spec.region) === undefined)
    .map((p) => p.value.spec.region);
  if (blind.length > 0) {
    const at = platform ? platform.at(["spec"], true) : { line: 1, column: 1 };
    problems.push({
      root: rel(configDir),
      file: platform ? platform.file : ".",
      ...at,
      message: `no metrics.prometheus.url for region ${[...new Set(blind)].sort().join(", ")}: the autoscaler reads node metrics from the region's Prometheus (Region.spec.metrics, else the Platform's metrics; or pass its URL as prometheus-url)`,
    });
  }

  const targets: RegionTarget[] = [];
  for (const doc of [...policies].sort((a, b) =>
    a.value.spec.region < b.value.spec.region ? -1 : 1,
  )) {
    const spec = doc.value.spec;
    if (wanted.length > 0 && !wanted.includes(spec.region)) continue;
    const tfvarsPath = path.join(infraDir, "node-pool", `${spec.region}.tfvars`);
    const file = tfvarsFile(rel(infraDir), spec.region);
    try {
      const bytes = await readFile(tfvarsPath).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== "ENOENT") throw err;
        throw new ConfigurationError([
          {
            root: ".",
            file,
            line: 1,
            column: 1,
            message: `the node pool file of region ${spec.region} is missing; render creates it (cloudneutral render)`,
          },
        ]);
      });
      const text = decodeTfvars(bytes, file);
      const count = readNodeCount(text, file);
      const pool = config.byKind.Region.find((r) => r.name === spec.region)?.value.spec.nodePool;
      if (pool && (count.count < pool.min || count.count > pool.max))
        throw new ConfigurationError([
          {
            root: ".",
            file,
            line: count.line,
            column: count.column,
            message: `${count.count} nodes is outside region ${spec.region}'s pool bounds [${pool.min}, ${pool.max}] (Region.spec.nodePool); fix the count or the bounds`,
          },
        ]);
      targets.push({
        region: spec.region,
        policyFile: `${rel(configDir)}/${doc.file}`,
        spec,
        tfvarsFile: file,
        tfvarsPath,
        text,
        count,
        prometheus: sourceOf(spec.region) ?? { url: "" },
      });
    } catch (err) {
      if (!(err instanceof ConfigurationError)) throw err;
      problems.push(...err.problems);
    }
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return {
    prometheusUrl: prometheusUrl ?? "",
    statusBranch: platform?.value.spec.statusBranch ?? DEFAULT_STATUS_BRANCH,
    targets,
  };
}

function isHttpUrl(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}
