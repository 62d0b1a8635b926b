import { type Problem, sortProblems, underRoot } from "../errors.ts";
import { type LoadedConfig, loadDocuments } from "./load.ts";
import { checkReferences } from "./references.ts";

export { UsageError } from "../errors.ts";
export type { LoadedConfig, SourceDoc } from "./load.ts";

/**
 * Loads and validates a platform-config directory: YAML, schema, then cross-document
 * references (only over documents that passed the schema). Every problem, sorted, with
 * `root` (default `dir`) as the directory its file is relative to: a caller that validates a
 * copy (a commit's tree in a temporary directory) names the directory the user knows.
 */
export async function validateConfig(
  dir: string,
  root = dir,
): Promise<{ config: LoadedConfig; problems: Problem[] }> {
  const { config, problems } = await loadDocuments(dir);
  const refProblems =
    config.docs.length > 0 || problems.length === 0 ? checkReferences(config) : [];
  return { config, problems: sortProblems(underRoot(root, [...problems, ...refProblems])) };
}
