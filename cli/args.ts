// The command table's machinery: each command is one row (its flags, positionals and help),
// and from the rows come the parser (Node's util.parseArgs, strict), the usage lines and
// every `--help`. Usage errors carry the usage of the command (or group) they belong to.
import { parseArgs } from "node:util";
import { errorMessage, UsageError } from "../lib/errors.ts";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** All of stdin; the process' own when left out. */
  stdin?: () => Promise<string>;
}

export interface Flag {
  type: "string" | "boolean";
  /** The value's placeholder in the usage line (strings): DIR, FILE, REF, N. */
  arg?: string;
  help: string;
  multiple?: boolean;
  required?: boolean;
  /** The values allowed; the usage shows them instead of `arg`. */
  choices?: readonly string[];
  /** Given when the flag is not; shown in the help. */
  default?: string;
}

export type Flags = Record<string, Flag>;

type ValueOf<F extends Flag> = F["type"] extends "boolean"
  ? boolean
  : F["multiple"] extends true
    ? string[]
    : F extends { choices: readonly (infer C)[] }
      ? F extends { default: string } | { required: true }
        ? C
        : C | undefined
      : F extends { default: string } | { required: true }
        ? string
        : string | undefined;

/** Parsed flags: booleans are false and lists empty when not given, defaults filled in. */
export type Values<F extends Flags> = { [K in keyof F]: ValueOf<F[K]> };

export interface Command<F extends Flags = Flags> {
  /** The words after `cloudneutral`: "validate", "plan summarize". */
  name: string;
  /** One line, for the list of commands. */
  summary: string;
  flags: F;
  /** Positional arguments in order: ["FILE"]; `[DIR]` is optional (after the required ones). */
  args?: readonly string[];
  /** What the usage line ends with, such as "< input.json". */
  input?: string;
  /** Printed under the usage line: what the inputs hold, exit codes. */
  details?: string;
  run(values: Values<F>, args: string[], io: Io): Promise<number>;
}

/** A table row, typed by its flags (`const`, so choices and defaults narrow the values). */
export function command<const F extends Flags>(c: Command<F>): Command {
  return c as unknown as Command;
}

/** A usage error that knows the usage to print with it. */
export class CommandUsageError extends UsageError {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}

const HELP: Flag = { type: "boolean", help: "print this help" };

function flagText(name: string, f: Flag): string {
  if (f.type === "boolean") return `--${name}`;
  return `--${name} ${f.choices ? f.choices.join("|") : (f.arg ?? "VALUE")}${f.multiple ? " …" : ""}`;
}

/** `validate [--config DIR] [--format text|json|github]`, without "cloudneutral". */
export function usageLine(c: Command): string {
  const parts = [c.name];
  for (const [name, f] of Object.entries(c.flags))
    parts.push(f.required ? flagText(name, f) : `[${flagText(name, f)}]`);
  parts.push(...(c.args ?? []));
  if (c.input) parts.push(c.input);
  return parts.join(" ");
}

/** The usage lines of several commands, the first after "usage: ". */
export function usageOf(commands: readonly Command[]): string {
  return commands
    .map((c, i) => `${i === 0 ? "usage:" : "      "} cloudneutral ${usageLine(c)}`)
    .join("\n");
}

function columns(rows: [string, string][]): string {
  const width = Math.min(30, Math.max(...rows.map(([a]) => a.length)));
  return rows
    .map(([a, b]) =>
      a.length > width ? `  ${a}\n  ${" ".repeat(width)}  ${b}` : `  ${a.padEnd(width)}  ${b}`,
    )
    .join("\n");
}

/** `cloudneutral <command> --help`. */
export function helpOf(c: Command): string {
  const rows: [string, string][] = Object.entries(c.flags).map(([name, f]) => [
    flagText(name, f),
    `${f.help}${f.default !== undefined ? ` (default: ${f.default})` : ""}${f.required ? " (required)" : ""}`,
  ]);
  rows.push(["-h, --help", HELP.help]);
  return [
    usageOf([c]),
    "",
    c.summary,
    ...(c.details ? [c.details] : []),
    "",
    "options:",
    columns(rows),
    "",
  ].join("\n");
}

export const HEADER = `usage: cloudneutral <command> [options]
       cloudneutral --version`;

/** The list of commands: for `cloudneutral --help` and `cloudneutral <group> --help`. */
export function listOf(commands: readonly Command[], header: string): string {
  return `${header}\n\ncommands:\n${columns(commands.map((c) => [c.name, c.summary]))}\n\nRun 'cloudneutral <command> --help' for a command's options.\n`;
}

const wantsHelp = (argv: readonly string[]) => {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
};

/** The first sentence of parseArgs' message: the rest explains `--`, which misleads here. */
const shortParseError = (err: unknown) => errorMessage(err).replace(/\. To specify .*$/s, "");

/** The command's flags and positionals, or a UsageError saying what is wrong with them. */
export function parseCommand<F extends Flags>(
  c: Command<F>,
  argv: string[],
): { values: Values<F>; args: string[] } {
  const options = Object.fromEntries(
    Object.entries(c.flags).map(([name, f]) => [
      name,
      { type: f.type, ...(f.multiple ? { multiple: true } : {}) },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: (c.args?.length ?? 0) > 0,
      options,
    });
  } catch (err) {
    if (!(err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) throw err;
    throw new UsageError(shortParseError(err));
  }
  const values: Record<string, unknown> = {};
  for (const [name, f] of Object.entries(c.flags)) {
    const v = parsed.values[name] as string | string[] | boolean | undefined;
    if (v === undefined && f.required) throw new UsageError(`${flagText(name, f)} is required`);
    if (typeof v === "string" && f.choices && !f.choices.includes(v)) {
      const allowed =
        f.choices.length === 2
          ? `${f.choices[0]} or ${f.choices[1]}`
          : `one of ${f.choices.join(", ")}`;
      throw new UsageError(`--${name} must be ${allowed}, not ${JSON.stringify(v)}`);
    }
    values[name] = v ?? (f.type === "boolean" ? false : f.multiple ? [] : f.default);
  }
  const want = c.args ?? [];
  // `[DIR]`: optional, after the required ones.
  const required = want.filter((a) => !a.startsWith("[")).length;
  const given = parsed.positionals.length;
  if (given < required || given > want.length)
    throw new UsageError(
      given < required
        ? `${want.slice(given, required).join(" ")} is required`
        : `Unexpected argument '${parsed.positionals[want.length]}'`,
    );
  return { values: values as Values<F>, args: parsed.positionals };
}

/** The command `argv` names (longest match of its words), and the words after it. */
function find(table: readonly Command[], argv: readonly string[]) {
  let best: Command | undefined;
  for (const c of table) {
    const words = c.name.split(" ");
    if (words.every((w, i) => argv[i] === w) && words.length > (best?.name.split(" ").length ?? 0))
      best = c;
  }
  return best;
}

/** The commands of a group ("plan" → plan summarize, plan pr). */
const groupOf = (table: readonly Command[], word: string | undefined) =>
  table.filter((c) => word !== undefined && c.name.startsWith(`${word} `));

/**
 * Runs the command `argv` names with the rest of `argv` as its flags. `--help` anywhere
 * prints the help instead. A usage error (also one the command throws) is thrown as a
 * CommandUsageError with the usage of the command, or of its group when no command of the
 * group was named.
 */
export async function dispatch(table: readonly Command[], argv: string[], io: Io): Promise<number> {
  const c = find(table, argv);
  if (!c) {
    const group = groupOf(table, argv[0]);
    if (group.length === 0)
      throw new CommandUsageError(`unknown command "${argv[0] ?? ""}"`, listOf(table, HEADER));
    if (argv.length === 2 && wantsHelp(argv.slice(1))) {
      io.out(listOf(group, usageOf(group)));
      return 0;
    }
    throw new CommandUsageError(
      `unknown ${argv[0]} command ${JSON.stringify(argv[1] ?? "")}`,
      withDetails(group),
    );
  }
  const rest = argv.slice(c.name.split(" ").length);
  if (wantsHelp(rest)) {
    io.out(helpOf(c));
    return 0;
  }
  try {
    const { values, args } = parseCommand(c, rest);
    return await c.run(values, args, io);
  } catch (err) {
    if (err instanceof UsageError && !(err instanceof CommandUsageError))
      throw new CommandUsageError(err.message, withDetails([c]));
    throw err;
  }
}

/** The usage lines, and the details of a lone command (what its inputs hold, exit codes). */
const withDetails = (commands: readonly Command[]) =>
  [
    usageOf(commands),
    ...(commands.length === 1 && commands[0]?.details ? [commands[0].details] : []),
  ].join("\n");

/** Prints a usage error as `cloudneutral: <why>`, the usage and a pointer to --help; exit 2. */
export function printUsageError(err: CommandUsageError, io: Io): number {
  io.err(`cloudneutral: ${err.message}\n${err.usage.replace(/\n+$/, "")}\n`);
  return 2;
}

/** dispatch, printing usage errors: what a group's own entry point (`dnsCommand`) does. */
export async function runCommands(
  table: readonly Command[],
  argv: string[],
  io: Io,
): Promise<number> {
  try {
    return await dispatch(table, argv, io);
  } catch (err) {
    if (err instanceof CommandUsageError) return printUsageError(err, io);
    throw err;
  }
}
