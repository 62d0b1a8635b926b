import { type Problem, problemPath } from "../errors.ts";

// GitHub's workflow-command encoding: data escapes % CR LF, properties also : and ,.
export const escapeData = (s: string) =>
  s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
export const escapeProperty = (s: string) =>
  escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** One `::error file=…,line=…,col=…::message` line; `file` as given (make it workspace-relative). */
export function errorCommand(p: Problem): string {
  return `::error file=${escapeProperty(problemPath(p))},line=${p.line},col=${p.column}::${escapeData(p.message)}`;
}

/** GitHub shows at most this many annotations of one type per step; the rest go to the summary. */
export const ANNOTATION_LIMIT = 10;
