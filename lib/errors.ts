/** One user mistake, located in the config: 1-based line and column, file relative to the config dir. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/**
 * A mistake in what the user gave us (config, templates, flags). Carries every problem
 * found in the run, so the user fixes them all at once. Anything else thrown is a bug.
 */
export class ConfigurationError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const first = problems[0];
    super(
      first
        ? `${problems.length} problem(s) in the configuration; first: ${formatProblem(first)}`
        : "invalid configuration",
    );
    this.name = "ConfigurationError";
    this.problems = problems;
  }
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/** A wrong invocation (flags, refs, paths outside the repository): exit code 2, not a bug. */
export class UsageError extends Error {
  override name = "UsageError";
}
