// The `cloudneutral` command: one table of commands (each module's rows) from which come the
// parser, every usage line and every --help; the commands translate flags to lib/ calls and
// results to text, JSON or workflow commands. Exit codes: 0 ok, 1 invalid input or check
// failed, 2 usage error.
import { ConfigurationError, formatProblem } from "../lib/errors.ts";
import { ADOPT_COMMANDS } from "./adopt.ts";
import {
  type Command,
  CommandUsageError,
  command,
  dispatch,
  type Flags,
  HEADER,
  type Io,
  listOf,
  printUsageError,
  type Values,
} from "./args.ts";
import { AUTOSCALE_COMMANDS } from "./autoscale.ts";
import { BACKUP_COMMANDS } from "./backup.ts";
import { CONSOLE_COMMANDS } from "./console.ts";
import { DNS_COMMANDS } from "./dns.ts";
import { GTM_COMMANDS } from "./gtm.ts";
import { PLAN_COMMANDS } from "./plan.ts";
import { POLICY_COMMANDS } from "./policy.ts";
import { VERSION } from "./version.ts";

const config = {
  type: "string",
  arg: "DIR",
  default: "platform-config",
  help: "the platform-config directory",
} as const;

const VALIDATE_FLAGS = {
  config,
  format: {
    type: "string",
    choices: ["text", "json", "github"],
    default: "text",
    help: "problems as file:line:col lines, one JSON object, or workflow commands",
  },
} as const satisfies Flags;

const RENDER_FLAGS = {
  config,
  out: { type: "string", arg: "DIR", default: "infra", help: "where the output goes" },
  templates: {
    type: "string",
    arg: "DIR",
    help: "the templates (default: templates/ beside the config directory, else the built-in ones)",
  },
  check: { type: "boolean", help: "write nothing; exit 1 when the output is not up to date" },
  format: { type: "string", choices: ["text", "json"], default: "text", help: "output" },
} as const satisfies Flags;

const MAIN_FLAGS = {
  config,
  out: { type: "string", arg: "DIR", default: "infra", help: "the committed output" },
} as const satisfies Flags;

/** Every command, in the order `cloudneutral --help` lists them. */
export const COMMANDS: readonly Command[] = [
  command({
    name: "validate",
    summary: "check platform-config: YAML, schema and references, every problem at once",
    flags: VALIDATE_FLAGS,
    details: "  Exit 1 when there is a problem.",
    run: (values, _args, io) => validateCommand(values, io),
  }),
  command({
    name: "render",
    summary: "render platform-config into infra/ (or check that it is up to date)",
    flags: RENDER_FLAGS,
    run: (values, _args, io) => renderCommand(values, io),
  }),
  command({
    name: "main",
    summary:
      "what `npm start` runs: validate, render against the committed output, preview, and build the console",
    flags: MAIN_FLAGS,
    run: (values, _args, io) => mainCommand(values, io),
  }),
  ...POLICY_COMMANDS,
  ...PLAN_COMMANDS,
  ...GTM_COMMANDS,
  ...DNS_COMMANDS,
  ...AUTOSCALE_COMMANDS,
  ...BACKUP_COMMANDS,
  ...CONSOLE_COMMANDS,
  ...ADOPT_COMMANDS,
];

const stdio: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

export async function runCli(argv: string[], io: Io = stdio): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "--version") {
    io.out(`${VERSION}\n`);
    return 0;
  }
  if (first === undefined) {
    io.err(listOf(COMMANDS, HEADER));
    return 2;
  }
  if (first === "help" && rest.length > 0) return runCli([...rest, "--help"], io);
  if (first === "help" || first === "--help" || first === "-h") {
    io.out(listOf(COMMANDS, HEADER));
    return 0;
  }
  try {
    return await dispatch(COMMANDS, argv, io);
  } catch (err) {
    if (err instanceof CommandUsageError) return printUsageError(err, io);
    if (err instanceof ConfigurationError) {
      for (const p of err.problems) io.err(`${formatProblem(p)}\n`);
      return 1;
    }
    throw err;
  }
}

async function validateCommand(opts: Values<typeof VALIDATE_FLAGS>, io: Io): Promise<number> {
  const fmt = opts.format;
  const { validateConfig } = await import("../lib/model/index.ts");
  const { errorCommand } = await import("../lib/report/workflow-commands.ts");
  const dir = opts.config;
  const { config, problems } = await validateConfig(dir);
  const ok = problems.length === 0;
  if (fmt === "json") io.out(`${JSON.stringify({ ok, errors: problems })}\n`);
  else if (fmt === "github") {
    for (const p of problems) io.out(`${errorCommand(p)}\n`);
  } else if (ok)
    io.out(`${dir}: valid (${config.docs.length} documents in ${config.files.length} files)\n`);
  else {
    for (const p of problems) io.err(`${formatProblem(p)}\n`);
    io.err(`${dir}: ${problems.length} problem(s)\n`);
  }
  return ok ? 0 : 1;
}

async function renderCommand(opts: Values<typeof RENDER_FLAGS>, io: Io): Promise<number> {
  const fmt = opts.format;
  const { render } = await import("../lib/render/index.ts");
  const outDir = opts.out;
  const result = await render({
    configDir: opts.config,
    outDir,
    templatesDir: opts.templates,
    check: opts.check,
  });
  const stale = opts.check && result.changes.length > 0;
  if (fmt === "json") {
    io.out(`${JSON.stringify({ ok: !stale, check: opts.check, changes: result.changes })}\n`);
  } else if (opts.check) {
    const word = { create: "missing", update: "stale", delete: "extra" } as const;
    for (const c of result.changes) io.out(`${word[c.change]}: ${outDir}/${c.path}\n`);
    io.out(
      stale
        ? `${outDir}: ${result.changes.length} file(s) differ from a fresh render; run cloudneutral render\n`
        : `${outDir}: up to date\n`,
    );
  } else {
    for (const c of result.changes) io.out(`${c.change}: ${outDir}/${c.path}\n`);
    io.out(
      `${outDir}: ${result.changes.length} file(s) changed, ${result.owned} owned by render\n`,
    );
  }
  return stale ? 1 : 0;
}

/** What `npm start` runs: the PR job on this repository, with no credentials and no network. */
async function mainCommand(opts: Values<typeof MAIN_FLAGS>, io: Io): Promise<number> {
  const { render } = await import("../lib/render/index.ts");
  const { regionsMarkdown, renderSummaryMarkdown } = await import("../lib/render/summary.ts");
  const configDir = opts.config;
  const outDir = opts.out;
  const result = await render({ configDir, outDir, check: true });
  io.out(
    `## CloudNeutral\n\nValidate: \`${configDir}/\` is valid — ${result.documents} documents in ${result.files} files.\n\n`,
  );
  io.out(`${regionsMarkdown(result.regions)}\n`);
  io.out(renderSummaryMarkdown(result.changes, { outLabel: outDir, written: false }));
  // Every document judged as if new: the rules and the matrix at work on the sample.
  const { judgeWholeConfig } = await import("../lib/policy/check.ts");
  const { verdictMarkdown } = await import("../lib/policy/report.ts");
  const verdict = await judgeWholeConfig(configDir, new Date());
  io.out(`\n${verdictMarkdown(verdict)}`);
  // What a PR with the working copy's configuration would plan.
  const { validateConfig } = await import("../lib/model/index.ts");
  const { planPreview } = await import("../lib/plan/preview.ts");
  const { silentLogger } = await import("../lib/logger.ts");
  const { config } = await validateConfig(configDir);
  const binary = config.byKind.Platform[0]?.value.spec.terraform?.binary ?? "terraform";
  io.out(
    `\n${await planPreview({ config, outDir, rendered: result, terraformBinary: binary, log: silentLogger })}`,
  );
  // What the autoscaler would decide per region (no Prometheus here: it says so, quickly).
  const { autoscaleDryRun } = await import("../lib/autoscale/dry-run.ts");
  io.out(`\n${await autoscaleDryRun(configDir, outDir)}`);
  // And what global traffic management would answer, against the embedded zone-file provider.
  const { gtmDryRun } = await import("./gtm.ts");
  const path = await import("node:path");
  const root = path.dirname(path.resolve(outDir));
  io.out(`\n${await gtmDryRun(configDir, root)}`);
  // Last, the console of all this: where to open it.
  const { consoleBuild } = await import("./console.ts");
  const site = await consoleBuild({ configDir, infraDir: outDir, out: path.join(root, "site") });
  io.out(`\n## Console\n\n${site.text}`);
  return 0;
}
