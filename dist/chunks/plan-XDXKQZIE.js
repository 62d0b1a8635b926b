import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  readUserFile
} from "./chunk-BUE5GIMM.js";
import {
  errorMessage
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// cli/plan.ts
import { parseArgs } from "node:util";
var PLAN_USAGE = `plan summarize --plan-json FILE [--format json|markdown] [--stack NAME]
       cloudneutral plan pr --base REF [--head REF] [--binary terraform|tofu] [--repo DIR] [--config DIR] [--infra DIR] [--format markdown|json]`;
function options(args) {
  let [sub, ...rest] = args;
  if (sub !== "summarize") return `unknown plan command ${JSON.stringify(sub ?? "")}`;
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      strict: !0,
      allowPositionals: !1,
      options: {
        "plan-json": { type: "string" },
        format: { type: "string" },
        stack: { type: "string" }
      }
    }));
  } catch (err) {
    return errorMessage(err);
  }
  let file = values["plan-json"];
  if (!file) return "--plan-json FILE is required";
  let format = values.format ?? "json";
  return format !== "json" && format !== "markdown" ? `--format must be json or markdown, not ${JSON.stringify(format)}` : values.stack === void 0 ? { file, format } : { file, format, stack: values.stack };
}
async function planCommand(args, io) {
  if (args[0] === "pr") return prCommand(args.slice(1), io);
  let parsed = options(args);
  if (typeof parsed == "string")
    return io.err(`cloudneutral: ${parsed}
usage: cloudneutral ${PLAN_USAGE}
`), 2;
  let read = await readUserFile(parsed.file);
  if ("why" in read)
    return io.err(`cloudneutral: cannot read the plan ${parsed.file}: ${read.why}
`), 1;
  let text = read.text, { UsageError } = await import("./model-7F5P5KUX.js"), { parsePlanJson } = await import("./parse-GRPAMT37.js"), { summarizePlan, summaryJson } = await import("./summary-CP5MIIVX.js"), label = parsed.stack ?? parsed.file, summary;
  try {
    summary = summarizePlan(parsePlanJson(text, label), label);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return io.err(`cloudneutral: ${err.message}
`), 1;
  }
  if (parsed.format === "json")
    return io.out(`${JSON.stringify(summaryJson(summary))}
`), 0;
  let { planMarkdown } = await import("./markdown-7VDCQSVB.js");
  return io.out(planMarkdown(summary, { title: label })), 0;
}
async function prCommand(args, io) {
  let { values } = parseArgs({
    args,
    strict: !0,
    allowPositionals: !1,
    options: {
      base: { type: "string" },
      head: { type: "string" },
      repo: { type: "string" },
      binary: { type: "string" },
      config: { type: "string" },
      infra: { type: "string" },
      templates: { type: "string" },
      format: { type: "string" }
    }
  }), { UsageError } = await import("./errors-MTCDE5SQ.js");
  if (!values.base) throw new UsageError("plan pr needs --base REF (e.g. origin/main)");
  let format = values.format ?? "markdown";
  if (format !== "markdown" && format !== "json")
    throw new UsageError(`--format must be markdown or json, not ${JSON.stringify(format)}`);
  let pull = await import("./pull-X5FH6CUR.js"), path = await import("node:path"), repoDir = path.resolve(values.repo ?? "."), options2 = {
    repoDir,
    base: values.base,
    head: values.head ?? "HEAD",
    configDir: values.config ?? "platform-config",
    infraDir: values.infra ?? "infra",
    templatesDir: values.templates ?? "templates"
  }, scope = await pull.pullScope(options2), log = {
    debug: () => {
    },
    info: (m) => io.err(`${m}
`),
    warning: (m) => io.err(`warning: ${m}
`),
    group: (title, lines) => io.err(`\u2500\u2500 ${title}
${lines.join(`
`)}
`)
  }, results = await pull.planScope(scope, {
    infraDir: path.resolve(repoDir, options2.infraDir),
    log,
    terraformBinary: values.binary ?? "terraform"
  }), failed = results.some((r) => r.status === "failed" || r.status === "removed");
  if (format === "json")
    return io.out(`${JSON.stringify({ head: scope.head, mergeBase: scope.mergeBase, results })}
`), failed ? 1 : 0;
  let { planComment } = await import("./comment-WWH2HZTS.js"), { commentTemplates } = await import("./comment-templates-LAAZH54E.js"), { full } = planComment({
    results,
    routes: scope.routes,
    commit: scope.head,
    diffs: await pull.fileDiffs(options2, scope),
    templates: await commentTemplates(repoDir, values.base, options2.templatesDir),
    fullTextAt: "this output"
  });
  return io.out(`${full}
`), failed ? 1 : 0;
}
export {
  PLAN_USAGE,
  planCommand
};
