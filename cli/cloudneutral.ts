// The `cloudneutral` command: translates flags to lib/ calls and results to text, JSON or
// workflow commands. Exit codes: 0 ok, 1 invalid input or check failed, 2 usage error.
import { parseArgs } from "node:util";
import { errorMessage, UsageError } from "../lib/errors.ts";

const USAGE = `usage: cloudneutral <command> [options]

commands:
  validate [--config DIR] [--format text|json|github]
  render   [--config DIR] [--out DIR] [--templates DIR] [--check] [--format text|json]
  main     [--config DIR] [--out DIR]   validate and render against the committed output, print the summary
  plan summarize --plan-json FILE [--stack NAME] [--format json|markdown]
  plan pr --base REF [--head REF] [--repo DIR] [--binary terraform|tofu] [--format markdown|json]
  gtm reconcile [--dry-run] [--watch SECONDS --for MINUTES] [--policy NAME]
  dns plan --current FILE --desired FILE --owner ID [--policy sync|upsert-only|create-only] [--adopt] [--force] [--format json|text]
  autoscale decide < input.json
  autoscale propose [--dry-run] [--region R …] [--prometheus URL] [--repo OWNER/NAME]
  backup decrypt --key PRIVATE_KEY.pem FILE   a state backup apply kept, decrypted
  policy check --base REF [--head REF] [--pr FILE] [--config DIR] [--plan STACK=FILE …] [--autoscale-author LOGIN] [--format text|json]

defaults: --config platform-config  --out infra  --templates <config>/../templates`;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

const stdio: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

export async function runCli(argv: string[], io: Io = stdio): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case "validate":
        return await validateCommand(rest, io);
      case "render":
        return await renderCommand(rest, io);
      case "main":
        return await mainCommand(rest, io);
      case "policy":
        return await policy(rest, io);
      case "plan":
        return await (await import("./plan.ts")).planCommand(rest, io);
      case "gtm":
        return await (await import("./gtm.ts")).gtmCommand(rest, io);
      case "dns":
        return await (await import("./dns.ts")).dnsCommand(rest, io);
      case "backup":
        return await (await import("./backup.ts")).backupCommand(rest, io);
      case "autoscale":
        return await (await import("./autoscale.ts")).autoscaleCommand(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    const { ConfigurationError, formatProblem } = await import("../lib/errors.ts");
    if (
      err instanceof UsageError ||
      (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
    ) {
      io.err(`cloudneutral: ${errorMessage(err)}\n${USAGE}\n`);
      return 2;
    }
    if (err instanceof ConfigurationError) {
      for (const p of err.problems) io.err(`${formatProblem(p)}\n`);
      return 1;
    }
    throw err;
  }
}

/** Exit codes of `policy check`: 0 allow, 1 deny, 2 usage or configuration error. */
async function policy(args: string[], io: Io): Promise<number> {
  const { policyCommand } = await import("./policy.ts");
  const { ConfigurationError, formatProblem } = await import("../lib/errors.ts");
  try {
    return await policyCommand(args, io);
  } catch (err) {
    if (err instanceof ConfigurationError) {
      for (const p of err.problems) io.err(`${formatProblem(p)}\n`);
      return 2;
    }
    throw err;
  }
}

function parse(args: string[], extra: Record<string, { type: "string" | "boolean" }> = {}) {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: { config: { type: "string" }, format: { type: "string" }, ...extra },
  });
  return values as {
    config?: string;
    format?: string;
    out?: string;
    templates?: string;
    check?: boolean;
  };
}

function format<T extends string>(value: string | undefined, allowed: readonly T[]): T {
  const f = (value ?? allowed[0]) as T;
  if (!allowed.includes(f)) throw new UsageError(`--format must be one of ${allowed.join(", ")}`);
  return f;
}

async function validateCommand(args: string[], io: Io): Promise<number> {
  const opts = parse(args);
  const fmt = format(opts.format, ["text", "json", "github"] as const);
  const { validateConfig } = await import("../lib/model/index.ts");
  const { formatProblem } = await import("../lib/errors.ts");
  const { errorCommand } = await import("../lib/report/workflow-commands.ts");
  const dir = opts.config ?? "platform-config";
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

async function renderCommand(args: string[], io: Io): Promise<number> {
  const opts = parse(args, {
    out: { type: "string" },
    templates: { type: "string" },
    check: { type: "boolean" },
  });
  const fmt = format(opts.format, ["text", "json"] as const);
  const { render } = await import("../lib/render/index.ts");
  const outDir = opts.out ?? "infra";
  const result = await render({
    configDir: opts.config ?? "platform-config",
    outDir,
    templatesDir: opts.templates,
    check: opts.check ?? false,
  });
  const stale = opts.check && result.changes.length > 0;
  if (fmt === "json") {
    io.out(
      `${JSON.stringify({ ok: !stale, check: opts.check ?? false, changes: result.changes })}\n`,
    );
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
async function mainCommand(args: string[], io: Io): Promise<number> {
  const opts = parse(args, { out: { type: "string" } });
  const { render } = await import("../lib/render/index.ts");
  const { regionsMarkdown, renderSummaryMarkdown } = await import("../lib/render/summary.ts");
  const configDir = opts.config ?? "platform-config";
  const outDir = opts.out ?? "infra";
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
  io.out(`\n${await gtmDryRun(configDir, path.dirname(path.resolve(outDir)))}`);
  return 0;
}
