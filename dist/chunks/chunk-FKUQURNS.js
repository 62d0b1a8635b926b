import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  clockFromEnv
} from "./chunk-7EAAW733.js";
import {
  UsageError,
  errorMessage
} from "./chunk-Q3YCBL2Q.js";

// cli/gtm.ts
import path from "node:path";

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
  let options2 = Object.fromEntries(
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
      options: options2
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
  let want = c.args ?? [];
  if (parsed.positionals.length !== want.length)
    throw new UsageError(
      parsed.positionals.length < want.length ? `${want.slice(parsed.positionals.length).join(" ")} is required` : `Unexpected argument '${parsed.positionals[want.length]}'`
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

// cli/gtm.ts
var RECONCILE_FLAGS = {
  config: { type: "string", arg: "DIR", default: "platform-config", help: "the platform-config" },
  repo: { type: "string", arg: "DIR", default: ".", help: "the repository's root" },
  "dry-run": { type: "boolean", help: "decide and print; needs no token, writes nothing" },
  force: { type: "boolean", help: "apply a DNS plan the safety limits refuse" },
  watch: { type: "string", arg: "SECONDS", help: "a round every SECONDS (with --for)" },
  for: { type: "string", arg: "MINUTES", help: "how long to watch" },
  policy: { type: "string", arg: "NAME", multiple: !0, help: "only these GtmPolicies" },
  "status-branch": { type: "string", arg: "BRANCH", help: "where decisions are recorded" },
  "prometheus-url": { type: "string", arg: "URL", help: "instead of the Platform's" },
  format: { type: "string", choices: ["markdown", "json"], default: "markdown", help: "output" }
}, GTM_COMMANDS = [
  {
    name: "gtm reconcile",
    summary: "a global traffic management round (or watch): probes, metrics, weights, DNS",
    flags: RECONCILE_FLAGS,
    details: `  A real reconcile records its decisions on the status branch: it needs GITHUB_TOKEN
  (and GITHUB_REPOSITORY, or the Platform's repository). Exit 1 when something failed.`,
    run: (values, _args, io) => reconcile(options(values), io)
  }
];
function gtmCommand(args, io) {
  return dispatch(GTM_COMMANDS, ["gtm", ...args], io);
}
function options(values) {
  if (values.watch === void 0 != (values.for === void 0))
    throw new UsageError("--watch SECONDS and --for MINUTES go together");
  let watch = values.watch === void 0 ? void 0 : {
    intervalSeconds: positive("--watch", values.watch),
    forMinutes: positive("--for", values.for ?? "")
  };
  return {
    configDir: values.config,
    repoRoot: values.repo,
    dryRun: values["dry-run"],
    force: values.force,
    watch,
    policies: values.policy,
    statusBranch: values["status-branch"],
    prometheusUrl: values["prometheus-url"],
    format: values.format
  };
}
function positive(flag, raw) {
  let n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n) || n <= 0)
    throw new UsageError(`${flag} must be a number > 0, not ${JSON.stringify(raw)}`);
  return n;
}
async function reconcile(o, io) {
  let log = {
    debug: () => {
    },
    info: (m) => io.err(`${m}
`),
    warning: (m) => io.err(`warning: ${m}
`),
    group: (title, lines) => io.err(`${title}
${lines.map((l) => `  ${l}
`).join("")}`)
  }, github = await githubFor(o, log), { reconcileGtm } = await import("./gtm-EWOSMUI2.js"), controller = new AbortController(), stop = () => controller.abort();
  process.once("SIGINT", stop);
  try {
    let outcome = await reconcileGtm({
      configDir: o.configDir,
      repoRoot: path.resolve(o.repoRoot),
      policies: o.policies,
      dryRun: o.dryRun,
      force: o.force,
      ...o.watch ? { watch: o.watch, clock: clockFromEnv() } : {},
      ...o.statusBranch ? { statusBranch: o.statusBranch } : {},
      ...o.prometheusUrl ? { prometheusUrl: o.prometheusUrl } : {},
      ...github ? { github } : {},
      env: process.env,
      log,
      signal: controller.signal
    });
    return io.out(o.format === "json" ? `${JSON.stringify(outcome.decision)}
` : `${outcome.markdown}
`), outcome.result.ok ? 0 : 1;
  } finally {
    process.removeListener("SIGINT", stop);
  }
}
async function githubFor(o, log) {
  let token = process.env.GITHUB_TOKEN ?? "";
  if (token === "") {
    if (o.dryRun) return;
    throw new UsageError(
      "a reconcile records its decisions on the status branch: set GITHUB_TOKEN (contents: write, issues: write), or use --dry-run"
    );
  }
  let full = process.env.GITHUB_REPOSITORY ?? "";
  if (full === "") {
    let { loadGtmSetup } = await import("./targets-SEBYXCQG.js");
    full = (await loadGtmSetup(o.configDir)).owner;
  }
  let [owner = "", repo = ""] = full.split("/"), { createGitHubClient } = await import("./client-XF6CP53F.js");
  return { gh: createGitHubClient({
    token,
    log,
    ...process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}
  }), repo: { owner, repo } };
}
async function gtmDryRun(configDir, repoRoot) {
  let { gtmDryRunMarkdown } = await import("./dry-run-ZTA6VHYH.js");
  return gtmDryRunMarkdown(configDir, repoRoot);
}

export {
  CommandUsageError,
  usageLine,
  HEADER,
  listOf,
  dispatch,
  printUsageError,
  GTM_COMMANDS,
  gtmCommand,
  gtmDryRun
};
