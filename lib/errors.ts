/** One user mistake, located: 1-based line and column in `file`, which is relative to `root`. */
export interface Problem {
  /**
   * The directory `file` is relative to, as the user named it (the config dir, or "." for
   * the repository), so that every report can print a path the user can open.
   */
  root: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A problem before it is known what its file is relative to (inside one directory's checks). */
export type LocatedProblem = Omit<Problem, "root">;

export const underRoot = (root: string, problems: readonly LocatedProblem[]): Problem[] =>
  problems.map((p) => ({ root, ...p }));

/** The problem's file as a path from where the user ran us (root and file joined). */
export function problemPath(p: Pick<Problem, "root" | "file">): string {
  const root = p.root.replace(/\/+$/, "");
  return root === "" || root === "." ? p.file : `${root}/${p.file}`;
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
  return `${problemPath(p)}:${p.line}:${p.column}: ${p.message}`;
}

export function sortProblems<P extends Problem>(problems: P[]): P[] {
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...problems].sort(
    (a, b) => order(problemPath(a), problemPath(b)) || a.line - b.line || a.column - b.column,
  );
}

/** A wrong invocation (flags, refs, paths outside the repository): exit code 2, not a bug. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** What went wrong, for a message: an Error's message, anything else thrown as text. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
