// The runner's file-and-stdout protocol, which is all an action needs from it: inputs from
// INPUT_* variables, outputs and the job summary appended to the files GitHub names, and
// annotations as workflow commands. Written here rather than taken from @actions/core, which
// loads its HTTP client at import: measured by bench/libraries.mjs, render reaches its first
// input error in 2.7× the time of `node -e 0` on @actions/core, 1.25× on this (README).
import { randomUUID } from "node:crypto";
import { appendFileSync, readFileSync } from "node:fs";
import { EOL } from "node:os";

import { ConfigurationError, errorMessage } from "../lib/errors.ts";
import type { Logger } from "../lib/logger.ts";
import { fitSummary, reportProblems } from "../lib/report/job-report.ts";
import { escapeData, escapeProperty } from "../lib/report/workflow-commands.ts";

export class InputError extends Error {
  override name = "InputError";
}

/** An input as the runner passes it (`INPUT_<NAME>`, spaces as `_`, upper case), trimmed. */
export function getInput(name: string, options: { required?: boolean } = {}): string {
  const value = (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  if (options.required && value === "")
    throw new InputError(`Input required and not supplied: ${name}`);
  return value;
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

/** A "true"/"false" input; anything else is an InputError naming the input. */
export function getBooleanInput(name: string, fallback: boolean): boolean {
  return getChoiceInput(name, ["true", "false"] as const, fallback ? "true" : "false") === "true";
}

/** Appends `name<<delimiter … delimiter` to $GITHUB_OUTPUT; the delimiter cannot occur in the value. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(
      `${EOL}::set-output name=${escapeProperty(name)}::${escapeData(value)}${EOL}`,
    );
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
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
  const fields = [
    props.title !== undefined ? `title=${escapeProperty(props.title)}` : "",
    props.file !== undefined ? `file=${escapeProperty(props.file)}` : "",
    props.line !== undefined ? `line=${props.line}` : "",
    props.column !== undefined ? `col=${props.column}` : "",
  ].filter(Boolean);
  process.stdout.write(
    `::${kind}${fields.length > 0 ? ` ${fields.join(",")}` : ""}::${escapeData(message)}${EOL}`,
  );
}

/** Asks the runner to mask `secret` in every later log line. Call before anything could print it. */
export function setSecret(secret: string): void {
  if (secret) process.stdout.write(`::add-mask::${escapeData(secret)}${EOL}`);
}

/**
 * Masks the credentials in a URL (`https://user:password@host`): user name and password,
 * each as written and percent-decoded, since either form can end up in a log line.
 */
export function maskUrlCredentials(url: string): void {
  if (!url) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return; // Not a URL: whoever reads it refuses it without repeating it.
  }
  for (const part of [parsed.username, parsed.password]) {
    if (!part) continue;
    setSecret(part);
    let decoded = part;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      // A malformed escape: the raw form, masked above, is what could be printed.
    }
    if (decoded !== part) setSecret(decoded);
  }
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

/** Appends markdown to the job summary ($GITHUB_STEP_SUMMARY); without one, prints it. */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, markdown.endsWith("\n") ? markdown : `${markdown}\n`);
  else info(markdown);
}

/** Marks the step failed: an error annotation and exit code 1. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  annotate("error", message);
}

/**
 * The one way an action fails on an error: configuration problems become annotations (the
 * first ten) and a table in the job summary, titled `title`; then the step fails with the
 * error's message. Returns the table (for a PR comment), or undefined for other errors.
 */
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

/** The runner's logger for lib/: debug lines only show when step debugging is on. */
export const runnerLog: Logger = {
  debug: (m: string) => process.stdout.write(`::debug::${escapeData(m)}${EOL}`),
  info,
  warning: (m: string) => annotate("warning", m),
  // A fold in the log; workflow commands are switched off inside it, so a line of the
  // program's output that looks like one (`::add-mask::`, `::error::`) stays text.
  group(title: string, lines: string[]) {
    const token = randomUUID();
    process.stdout.write(`::group::${escapeData(title)}${EOL}::stop-commands::${token}${EOL}`);
    for (const line of lines) process.stdout.write(`${line}${EOL}`);
    process.stdout.write(`::${token}::${EOL}::endgroup::${EOL}`);
  },
};

export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  /** The pull request of a pull_request(_target) event. */
  pullNumber: number | undefined;
  /** Its base and head commits, from the event payload. */
  pull: { baseSha: string; headSha: string } | undefined;
  /** A push event's previous tip of the branch (all zeros for a new branch). */
  before: string | undefined;
  apiUrl: string;
  runId: string;
  /** This run's page, where the job summary is. */
  runUrl: string;
}

/** What the runner tells every step about the run (GITHUB_* variables and the event payload). */
export function getContext(): RunContext {
  const env = process.env;
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  let event: {
    pull_request?: { number?: unknown; base?: { sha?: string }; head?: { sha?: string } };
    before?: unknown;
  } = {};
  if (env.GITHUB_EVENT_PATH) event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
  const number = event.pull_request?.number;
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    owner,
    repo,
    pullNumber: typeof number === "number" ? number : undefined,
    pull: event.pull_request
      ? { baseSha: event.pull_request.base?.sha ?? "", headSha: event.pull_request.head?.sha ?? "" }
      : undefined,
    before: typeof event.before === "string" ? event.before : undefined,
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    runId: env.GITHUB_RUN_ID ?? "local",
    runUrl: `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? ""}`,
  };
}
