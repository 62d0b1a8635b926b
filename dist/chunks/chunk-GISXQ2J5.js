import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  UsageError,
  errorMessage
} from "./chunk-Q3YCBL2Q.js";

// cli/args.ts
import { parseArgs } from "node:util";
var CommandUsageError = class extends UsageError {
  constructor(message, usage) {
    super(message);
    this.usage = usage;
  }
  usage;
}, HELP = { type: "boolean", help: "print this help" };
function flagText(name, f) {
  return f.type === "boolean" ? `--${name}` : `--${name} ${f.choices ? f.choices.join("|") : f.arg ?? "VALUE"}${f.multiple ? " \u2026" : ""}`;
}
function usageLine(c) {
  let parts = [c.name];
  for (let [name, f] of Object.entries(c.flags))
    parts.push(f.required ? flagText(name, f) : `[${flagText(name, f)}]`);
  return parts.push(...c.args ?? []), c.input && parts.push(c.input), parts.join(" ");
}
function usageOf(commands) {
  return commands.map((c, i) => `${i === 0 ? "usage:" : "      "} cloudneutral ${usageLine(c)}`).join(`
`);
}
function columns(rows) {
  let width = Math.min(30, Math.max(...rows.map(([a]) => a.length)));
  return rows.map(
    ([a, b]) => a.length > width ? `  ${a}
  ${" ".repeat(width)}  ${b}` : `  ${a.padEnd(width)}  ${b}`
  ).join(`
`);
}
function helpOf(c) {
  let rows = Object.entries(c.flags).map(([name, f]) => [
    flagText(name, f),
    `${f.help}${f.default !== void 0 ? ` (default: ${f.default})` : ""}${f.required ? " (required)" : ""}`
  ]);
  return rows.push(["-h, --help", HELP.help]), [
    usageOf([c]),
    "",
    c.summary,
    ...c.details ? [c.details] : [],
    "",
    "options:",
    columns(rows),
    ""
  ].join(`
`);
}
var HEADER = `usage: cloudneutral <command> [options]
       cloudneutral --version`;
function listOf(commands, header) {
  return `${header}

commands:
${columns(commands.map((c) => [c.name, c.summary]))}

Run 'cloudneutral <command> --help' for a command's options.
`;
}
var wantsHelp = (argv) => {
  let end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
}, shortParseError = (err) => errorMessage(err).replace(/\. To specify .*$/s, "");
function parseCommand(c, argv) {
  let options = Object.fromEntries(
    Object.entries(c.flags).map(([name, f]) => [
      name,
      { type: f.type, ...f.multiple ? { multiple: !0 } : {} }
    ])
  ), parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: !0,
      allowPositionals: (c.args?.length ?? 0) > 0,
      options
    });
  } catch (err) {
    throw err.code?.startsWith("ERR_PARSE_ARGS") ? new UsageError(shortParseError(err)) : err;
  }
  let values = {};
  for (let [name, f] of Object.entries(c.flags)) {
    let v = parsed.values[name];
    if (v === void 0 && f.required) throw new UsageError(`${flagText(name, f)} is required`);
    if (typeof v == "string" && f.choices && !f.choices.includes(v)) {
      let allowed = f.choices.length === 2 ? `${f.choices[0]} or ${f.choices[1]}` : `one of ${f.choices.join(", ")}`;
      throw new UsageError(`--${name} must be ${allowed}, not ${JSON.stringify(v)}`);
    }
    values[name] = v ?? (f.type === "boolean" ? !1 : f.multiple ? [] : f.default);
  }
  let want = c.args ?? [], required = want.filter((a) => !a.startsWith("[")).length, given = parsed.positionals.length;
  if (given < required || given > want.length)
    throw new UsageError(
      given < required ? `${want.slice(given, required).join(" ")} is required` : `Unexpected argument '${parsed.positionals[want.length]}'`
    );
  return { values, args: parsed.positionals };
}
function find(table, argv) {
  let best;
  for (let c of table) {
    let words = c.name.split(" ");
    words.every((w, i) => argv[i] === w) && words.length > (best?.name.split(" ").length ?? 0) && (best = c);
  }
  return best;
}
var groupOf = (table, word) => table.filter((c) => word !== void 0 && c.name.startsWith(`${word} `));
async function dispatch(table, argv, io) {
  let c = find(table, argv);
  if (!c) {
    let group = groupOf(table, argv[0]);
    if (group.length === 0)
      throw new CommandUsageError(`unknown command "${argv[0] ?? ""}"`, listOf(table, HEADER));
    if (argv.length === 2 && wantsHelp(argv.slice(1)))
      return io.out(listOf(group, usageOf(group))), 0;
    throw new CommandUsageError(
      `unknown ${argv[0]} command ${JSON.stringify(argv[1] ?? "")}`,
      withDetails(group)
    );
  }
  let rest = argv.slice(c.name.split(" ").length);
  if (wantsHelp(rest))
    return io.out(helpOf(c)), 0;
  try {
    let { values, args } = parseCommand(c, rest);
    return await c.run(values, args, io);
  } catch (err) {
    throw err instanceof UsageError && !(err instanceof CommandUsageError) ? new CommandUsageError(err.message, withDetails([c])) : err;
  }
}
var withDetails = (commands) => [
  usageOf(commands),
  ...commands.length === 1 && commands[0]?.details ? [commands[0].details] : []
].join(`
`);
function printUsageError(err, io) {
  return io.err(`cloudneutral: ${err.message}
${err.usage.replace(/\n+$/, "")}
`), 2;
}

export {
  CommandUsageError,
  usageLine,
  HEADER,
  listOf,
  dispatch,
  printUsageError
};
