import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/errors.ts
var ConfigurationError = class extends Error {
  problems;
  constructor(problems) {
    let first = problems[0];
    super(
      first ? `${problems.length} problem(s) in the configuration; first: ${formatProblem(first)}` : "invalid configuration"
    ), this.name = "ConfigurationError", this.problems = problems;
  }
};
function formatProblem(p) {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}
function sortProblems(problems) {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column
  );
}
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  ConfigurationError,
  formatProblem,
  sortProblems,
  UsageError
};
