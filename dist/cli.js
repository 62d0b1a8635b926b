#!/usr/bin/env node
import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  UsageError,
  errorMessage
} from "./chunks/chunk-Q3YCBL2Q.js";
import "./chunks/chunk-BOG7BZ5N.js";

// cli/cloudneutral.ts
import { parseArgs } from "node:util";
var USAGE = `usage: cloudneutral <command> [options]

commands:
  validate [--config DIR] [--format text|json|github]
  render   [--config DIR] [--out DIR] [--templates DIR] [--check] [--format text|json]
  main     [--config DIR] [--out DIR]   validate and render against the committed output, print the summary
  plan summarize --plan-json FILE [--stack NAME] [--format json|markdown]
  plan pr --base REF [--head REF] [--repo DIR] [--binary terraform|tofu] [--format markdown|json]
  gtm reconcile [--dry-run] [--watch SECONDS --for MINUTES] [--policy NAME]
  dns plan --current FILE --desired FILE --owner ID [--policy sync|upsert-only|create-only] [--adopt] [--force] [--format json|text]
  autoscale decide < input.json
  autoscale propose [--dry-run] [--region R \u2026] [--prometheus URL] [--repo OWNER/NAME]
  backup decrypt --key PRIVATE_KEY.pem FILE   a state backup apply kept, decrypted
  policy check --base REF [--head REF] [--pr FILE] [--config DIR] [--plan STACK=FILE \u2026] [--format text|json]

defaults: --config platform-config  --out infra  --templates <config>/../templates`, stdio = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t)
};
async function runCli(argv, io = stdio) {
  try {
    let [command, ...rest] = argv;
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
        return await (await import("./chunks/plan-XDXKQZIE.js")).planCommand(rest, io);
      case "gtm":
        return await (await import("./chunks/gtm-D5GIJF3X.js")).gtmCommand(rest, io);
      case "dns":
        return await (await import("./chunks/dns-J3UXWMO7.js")).dnsCommand(rest, io);
      case "backup":
        return await (await import("./chunks/backup-FTRF6TRB.js")).backupCommand(rest, io);
      case "autoscale":
        return await (await import("./chunks/autoscale-UPC6YCFV.js")).autoscaleCommand(rest, io);
      case void 0:
      case "help":
      case "--help":
      case "-h":
        return io.out(`${USAGE}
`), command === void 0 ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    let { ConfigurationError, formatProblem } = await import("./chunks/errors-MTCDE5SQ.js");
    if (err instanceof UsageError || err.code?.startsWith("ERR_PARSE_ARGS"))
      return io.err(`cloudneutral: ${errorMessage(err)}
${USAGE}
`), 2;
    if (err instanceof ConfigurationError) {
      for (let p of err.problems) io.err(`${formatProblem(p)}
`);
      return 1;
    }
    throw err;
  }
}
async function policy(args, io) {
  let { policyCommand } = await import("./chunks/policy-BM46PN22.js"), { ConfigurationError, formatProblem } = await import("./chunks/errors-MTCDE5SQ.js");
  try {
    return await policyCommand(args, io);
  } catch (err) {
    if (err instanceof ConfigurationError) {
      for (let p of err.problems) io.err(`${formatProblem(p)}
`);
      return 2;
    }
    throw err;
  }
}
function parse(args, extra = {}) {
  let { values } = parseArgs({
    args,
    strict: !0,
    allowPositionals: !1,
    options: { config: { type: "string" }, format: { type: "string" }, ...extra }
  });
  return values;
}
function format(value, allowed) {
  let f = value ?? allowed[0];
  if (!allowed.includes(f)) throw new UsageError(`--format must be one of ${allowed.join(", ")}`);
  return f;
}
async function validateCommand(args, io) {
  let opts = parse(args), fmt = format(opts.format, ["text", "json", "github"]), { validateConfig } = await import("./chunks/model-7F5P5KUX.js"), { formatProblem } = await import("./chunks/errors-MTCDE5SQ.js"), { errorCommand } = await import("./chunks/workflow-commands-ZBHNP67U.js"), dir = opts.config ?? "platform-config", { config, problems } = await validateConfig(dir), ok = problems.length === 0;
  if (fmt === "json") io.out(`${JSON.stringify({ ok, errors: problems })}
`);
  else if (fmt === "github")
    for (let p of problems) io.out(`${errorCommand(p)}
`);
  else if (ok)
    io.out(`${dir}: valid (${config.docs.length} documents in ${config.files.length} files)
`);
  else {
    for (let p of problems) io.err(`${formatProblem(p)}
`);
    io.err(`${dir}: ${problems.length} problem(s)
`);
  }
  return ok ? 0 : 1;
}
async function renderCommand(args, io) {
  let opts = parse(args, {
    out: { type: "string" },
    templates: { type: "string" },
    check: { type: "boolean" }
  }), fmt = format(opts.format, ["text", "json"]), { render } = await import("./chunks/render-5VXSF3C6.js"), outDir = opts.out ?? "infra", result = await render({
    configDir: opts.config ?? "platform-config",
    outDir,
    templatesDir: opts.templates,
    check: opts.check ?? !1
  }), stale = opts.check && result.changes.length > 0;
  if (fmt === "json")
    io.out(
      `${JSON.stringify({ ok: !stale, check: opts.check ?? !1, changes: result.changes })}
`
    );
  else if (opts.check) {
    let word = { create: "missing", update: "stale", delete: "extra" };
    for (let c of result.changes) io.out(`${word[c.change]}: ${outDir}/${c.path}
`);
    io.out(
      stale ? `${outDir}: ${result.changes.length} file(s) differ from a fresh render; run cloudneutral render
` : `${outDir}: up to date
`
    );
  } else {
    for (let c of result.changes) io.out(`${c.change}: ${outDir}/${c.path}
`);
    io.out(
      `${outDir}: ${result.changes.length} file(s) changed, ${result.owned} owned by render
`
    );
  }
  return stale ? 1 : 0;
}
async function mainCommand(args, io) {
  let opts = parse(args, { out: { type: "string" } }), { render } = await import("./chunks/render-5VXSF3C6.js"), { regionsMarkdown, renderSummaryMarkdown } = await import("./chunks/summary-QRSSU73T.js"), configDir = opts.config ?? "platform-config", outDir = opts.out ?? "infra", result = await render({ configDir, outDir, check: !0 });
  io.out(
    `## CloudNeutral

Validate: \`${configDir}/\` is valid \u2014 ${result.documents} documents in ${result.files} files.

`
  ), io.out(`${regionsMarkdown(result.regions)}
`), io.out(renderSummaryMarkdown(result.changes, { outLabel: outDir, written: !1 }));
  let { judgeWholeConfig } = await import("./chunks/check-T53HM3BZ.js"), { verdictMarkdown } = await import("./chunks/report-CI4CEJJ2.js"), verdict = await judgeWholeConfig(configDir, /* @__PURE__ */ new Date());
  io.out(`
${verdictMarkdown(verdict)}`);
  let { validateConfig } = await import("./chunks/model-7F5P5KUX.js"), { planPreview } = await import("./chunks/preview-XMPWI7GN.js"), { silentLogger } = await import("./chunks/logger-G6OHHJMC.js"), { config } = await validateConfig(configDir), binary = config.byKind.Platform[0]?.value.spec.terraform?.binary ?? "terraform";
  io.out(
    `
${await planPreview({ config, outDir, rendered: result, terraformBinary: binary, log: silentLogger })}`
  );
  let { autoscaleDryRun } = await import("./chunks/dry-run-DGF7XQAF.js");
  io.out(`
${await autoscaleDryRun(configDir, outDir)}`);
  let { gtmDryRun } = await import("./chunks/gtm-D5GIJF3X.js"), path = await import("node:path");
  return io.out(`
${await gtmDryRun(configDir, path.dirname(path.resolve(outDir)))}`), 0;
}

// cli/main.ts
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`cloudneutral: internal error: ${err.stack ?? String(err)}
`), process.exitCode = 3;
  }
);
