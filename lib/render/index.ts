import path from "node:path";
import { ConfigurationError } from "../errors.ts";
import { validateConfig } from "../model/index.ts";
import { buildModel, type GatewayListen, type RegionView } from "./context.ts";
import { applyOutput, type FileChange, planOutput } from "./output.ts";
import { renderFiles } from "./render-files.ts";
import { loadTemplates } from "./templates.ts";

export type { FileChange } from "./output.ts";

export interface RenderOptions {
  configDir: string;
  outDir: string;
  /** The repository's template overrides; default: templates/ beside the config directory. */
  templatesDir?: string;
  /** Compare only; write nothing. */
  check?: boolean;
  /**
   * For tests that run the rendered gateway: its listen address and ports (default: every
   * address, 443 and 8080). Not a setting: the CLI and the actions never pass it.
   */
  gatewayListen?: GatewayListen;
}

export interface RenderResult {
  changes: FileChange[];
  /** Number of files render owns after this run (manifest included). */
  owned: number;
  written: boolean;
  /** Documents and files of the validated configuration. */
  documents: number;
  files: number;
  /** Where the virtual regions land and what runs there, for summaries. */
  regions: RegionSummary[];
  /** What render makes of each created or updated file (by path), written or not. */
  contents: ReadonlyMap<string, string>;
}

export interface RegionSummary {
  name: string;
  provider: RegionView["provider"];
  location: string;
  mode: RegionView["nodePool"]["mode"];
  services: number;
  stacks: string[];
}

const posix = (p: string) => p.split(path.sep).join("/");

/**
 * validate → model → templates → files → compare with `outDir` → write (unless check).
 * Everything that can fail on user input fails before the first write.
 */
export async function render(options: RenderOptions): Promise<RenderResult> {
  const { config, problems } = await validateConfig(options.configDir);
  if (problems.length > 0) throw new ConfigurationError(problems);
  const root = path.dirname(path.resolve(options.outDir));
  const templatesDir =
    options.templatesDir ?? path.join(path.dirname(path.resolve(options.configDir)), "templates");
  const templatesLabel = posix(path.relative(root, path.resolve(templatesDir)));
  const templates = await loadTemplates(templatesDir, templatesLabel);
  const model = buildModel(
    config,
    options.gatewayListen ? { gatewayListen: options.gatewayListen } : {},
  );
  const output = renderFiles(model, templates, {
    configLabel: posix(path.relative(root, path.resolve(options.configDir))),
    templatesLabel,
  });
  const plan = planOutput(
    options.outDir,
    output,
    `${posix(path.relative(root, path.resolve(options.outDir)))}/`,
  );
  if (!options.check) applyOutput(options.outDir, plan);
  return {
    changes: plan.changes,
    owned: output.files.length + 1,
    written: !options.check && plan.changes.length > 0,
    documents: config.docs.length,
    files: config.files.length,
    regions: summarizeRegions(model),
    contents: plan.writes,
  };
}

function summarizeRegions(model: ReturnType<typeof buildModel>): RegionSummary[] {
  const count = new Map<string, number>();
  for (const s of model.services) count.set(s.region, (count.get(s.region) ?? 0) + 1);
  return model.regions.map((r) => ({
    name: r.name,
    provider: r.provider,
    location: r.location,
    mode: r.nodePool.mode,
    services: count.get(r.name) ?? 0,
    stacks: model.stacks.filter((s) => s.region.name === r.name).map((s) => s.layer),
  }));
}
