// actions/runner.ts with @actions/core underneath, for bench/libraries.mjs: the same
// exports, each delegating to the library where it has the function. Bundled in place of
// actions/runner.ts, it gives the cold start of an action built on @actions/core.
import { appendFileSync } from "node:fs";
import { EOL } from "node:os";
import {
  getBooleanInput as coreBooleanInput,
  info as coreInfo,
  getInput as coreInput,
  setFailed as coreSetFailed,
  setOutput as coreSetOutput,
  setSecret as coreSetSecret,
  debug,
  endGroup,
  error,
  notice,
  startGroup,
  warning,
} from "@actions/core";

// Named imports, so that esbuild keeps only what is used (fair to the library).
const annotations = { error, warning, notice };

import { ConfigurationError, errorMessage } from "../../lib/errors.ts";
import type { Logger } from "../../lib/logger.ts";
import { fitSummary, reportProblems } from "../../lib/report/job-report.ts";

export { getContext, type RunContext } from "../../actions/runner.ts";

export class InputError extends Error {
  override name = "InputError";
}

export function getInput(name: string, options: { required?: boolean } = {}): string {
  try {
    return coreInput(name, options);
  } catch (err) {
    throw new InputError(errorMessage(err));
  }
}

export function getChoiceInput<const T extends string>(
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = getInput(name) || fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new InputError(
      `input "${name}" must be one of ${choices.join(", ")}; got ${JSON.stringify(value)}`,
    );
  }
  return value as T;
}

export function getBooleanInput(name: string, fallback: boolean): boolean {
  if (getInput(name) === "") return fallback;
  try {
    return coreBooleanInput(name);
  } catch (err) {
    throw new InputError(errorMessage(err));
  }
}

export function setOutput(name: string, value: string): void {
  coreSetOutput(name, value);
}

export interface AnnotationProperties {
  file?: string;
  line?: number;
  column?: number;
  title?: string;
}

export function annotate(
  kind: "error" | "warning" | "notice",
  message: string,
  props: AnnotationProperties = {},
): void {
  annotations[kind](message, {
    title: props.title,
    file: props.file,
    startLine: props.line,
    startColumn: props.column,
  });
}

export function setSecret(secret: string): void {
  if (secret) coreSetSecret(secret);
}

export function maskUrlCredentials(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  for (const part of [parsed.username, parsed.password]) {
    if (!part) continue;
    setSecret(part);
    let decoded = part;
    try {
      decoded = decodeURIComponent(part);
    } catch {}
    if (decoded !== part) setSecret(decoded);
  }
}

export function info(message: string): void {
  coreInfo(message);
}

export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, markdown.endsWith("\n") ? markdown : `${markdown}\n`);
  else info(markdown);
}

export function setFailed(message: string): void {
  coreSetFailed(message);
}

export function failStep(err: unknown, title: string): string | undefined {
  let table: string | undefined;
  if (err instanceof ConfigurationError) {
    const report = reportProblems(title, err.problems);
    for (const p of report.annotate)
      annotate("error", p.message, { file: p.file, line: p.line, column: p.column });
    appendSummary(fitSummary(report.markdown));
    table = report.markdown;
  }
  setFailed(errorMessage(err));
  return table;
}

export const runnerLog: Logger = {
  debug: (m: string) => debug(m),
  info,
  warning: (m: string) => warning(m),
  group(title: string, lines: string[]) {
    startGroup(title);
    const token = crypto.randomUUID();
    process.stdout.write(`::stop-commands::${token}${EOL}`);
    for (const line of lines) process.stdout.write(`${line}${EOL}`);
    process.stdout.write(`::${token}::${EOL}`);
    endGroup();
  },
};
