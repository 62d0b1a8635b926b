// What `npm start` shows of the autoscaler: a decision per region, quickly, with no token,
// whether or not Prometheus is there.
import { ConfigurationError, formatProblem, UsageError } from "../errors.ts";
import { silentLogger } from "../logger.ts";
import { markdownText } from "../report/markdown-text.ts";
import { proposeAutoscale } from "./propose.ts";
import { autoscaleMarkdown } from "./report.ts";

export interface DryRunOptions {
  /** Per request; Prometheus is asked once, no retries. Default 1500 ms. */
  timeoutMs?: number;
  /** The checkout paths are relative to; default the process' directory. */
  repoDir?: string;
}

/**
 * A decision per region as markdown, without a token and without writing anything: what
 * `npm start` shows. Prometheus is asked once with a short timeout, so an unreachable one
 * costs at most one timeout (regions are asked in parallel) and reads "no data". Problems in
 * the configuration or a node pool file are shown, not thrown: this is a preview.
 */
export async function autoscaleDryRun(
  configDir: string,
  infraDir: string,
  prometheusUrl?: string,
  options: DryRunOptions = {},
): Promise<string> {
  try {
    const run = await proposeAutoscale({
      configDir,
      infraDir,
      ...(options.repoDir === undefined ? {} : { repoDir: options.repoDir }),
      ...(prometheusUrl ? { prometheusUrl } : {}),
      dryRun: true,
      query: { timeoutMs: options.timeoutMs ?? 1500, attempts: 1 },
      log: silentLogger,
    });
    return autoscaleMarkdown(run);
  } catch (err) {
    if (err instanceof ConfigurationError)
      return `### Autoscale (dry run)\n\nNo decision: the configuration has problems.\n\n${err.problems.map((p) => `- ${markdownText(formatProblem(p))}`).join("\n")}\n`;
    if (err instanceof UsageError)
      return `### Autoscale (dry run)\n\nNo decision: ${markdownText(err.message)}\n`;
    throw err;
  }
}
