import { type LocatedProblem, type Problem, sortProblems, underRoot } from "../errors.ts";
import { type LoadedConfig, loadDocuments, PARTIAL, type SourceDoc } from "./load.ts";
import { checkReferences } from "./references.ts";

export { UsageError } from "../errors.ts";
export type { LoadedConfig, SourceDoc } from "./load.ts";

/** Documents past this many that failed the schema are not reference-checked one by one. */
const MAX_PARTIAL_CHECKS = 50;

/**
 * Loads and validates a platform-config directory: YAML, schema, then cross-document
 * references — over the documents that passed the schema, and over each that did not with
 * its failing fields left out, so that one run reports every problem. Every problem, sorted,
 * with `root` (default `dir`) as the directory its file is relative to: a caller that
 * validates a copy (a commit's tree in a temporary directory) names the directory the user
 * knows.
 */
export async function validateConfig(
  dir: string,
  root = dir,
): Promise<{ config: LoadedConfig; problems: Problem[] }> {
  const { config, problems, partial } = await loadDocuments(dir);
  // A Platform the schema refused is reported by the schema, not again as missing.
  const refused = new Set(partial.map((doc) => doc.kind));
  const refProblems =
    config.docs.length > 0 || problems.length === 0 ? checkReferences(config, refused) : [];
  const partialProblems = partial
    .slice(0, MAX_PARTIAL_CHECKS)
    .flatMap((doc) => partialReferences(config, doc));
  return {
    config,
    problems: sortProblems(underRoot(root, [...problems, ...refProblems, ...partialProblems])),
  };
}

/**
 * The reference problems of one document that failed the schema: the checks run with it
 * among the valid documents, and what they report on its well-typed fields is kept. A check
 * that cannot run without a field the schema refused gives up on the document.
 */
function partialReferences(config: LoadedConfig, doc: SourceDoc): LocatedProblem[] {
  const byKind = { ...config.byKind, [doc.kind]: [...config.byKind[doc.kind], doc] };
  let found: LocatedProblem[];
  try {
    found = checkReferences({ ...config, docs: [...config.docs, doc], byKind });
  } catch {
    // A field it needs was left out (a check reading past it): no problems from this one.
    return [];
  }
  return found
    .filter((p) => (p as { [PARTIAL]?: string })[PARTIAL] === "typed")
    .map(({ file, line, column, message }) => ({ file, line, column, message }));
}
