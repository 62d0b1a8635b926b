import { type Problem, sortProblems } from "../errors.ts";
import { type LoadedConfig, loadDocuments } from "./load.ts";
import { checkReferences } from "./references.ts";

export { UsageError } from "../errors.ts";
export type { LoadedConfig, SourceDoc } from "./load.ts";

/**
 * Loads and validates a platform-config directory: YAML, schema, then cross-document
 * references (only over documents that passed the schema). Every problem, sorted.
 */
export async function validateConfig(
  dir: string,
): Promise<{ config: LoadedConfig; problems: Problem[] }> {
  const { config, problems } = await loadDocuments(dir);
  const refProblems =
    config.docs.length > 0 || problems.length === 0 ? checkReferences(config) : [];
  return { config, problems: sortProblems([...problems, ...refProblems]) };
}
