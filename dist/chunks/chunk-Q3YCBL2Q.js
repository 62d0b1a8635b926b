import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/errors.ts
var underRoot = (root, problems) => problems.map((p) => ({ root, ...p }));
function problemPath(p) {
  let root = p.root.replace(/\/+$/, "");
  return root === "" || root === "." ? p.file : `${root}/${p.file}`;
}
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
  return `${problemPath(p)}:${p.line}:${p.column}: ${p.message}`;
}
function sortProblems(problems) {
  let order = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  return [...problems].sort(
    (a, b) => order(problemPath(a), problemPath(b)) || a.line - b.line || a.column - b.column
  );
}
var UsageError = class extends Error {
  name = "UsageError";
};
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}

export {
  underRoot,
  problemPath,
  ConfigurationError,
  formatProblem,
  sortProblems,
  UsageError,
  errorMessage
};
