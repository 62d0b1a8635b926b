// `cloudneutral plan summarize`: what a saved Terraform plan changes, from its
// `terraform show -json` output. Exit codes: 0 ok, 1 unreadable or invalid plan, 2 usage.
import { parseArgs } from "node:util";
import { errorMessage } from "../lib/errors.ts";
import { readUserFile } from "./read-input.ts";

export const PLAN_USAGE =
  "plan summarize --plan-json FILE [--format json|markdown] [--stack NAME]\n       cloudneutral plan pr --base REF [--head REF] [--binary terraform|tofu] [--repo DIR] [--config DIR] [--infra DIR] [--format markdown|json]";

interface Io {
  out(text: string): void;
  err(text: string): void;
}

interface Options {
  file: string;
  format: "json" | "markdown";
  stack?: string;
}

/** The options, or the reason they are not usable. */
function options(args: string[]): Options | string {
  const [sub, ...rest] = args;
  if (sub !== "summarize") return `unknown plan command ${JSON.stringify(sub ?? "")}`;
  let values: { "plan-json"?: string; format?: string; stack?: string };
  try {
    ({ values } = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: {
        "plan-json": { type: "string" },
        format: { type: "string" },
        stack: { type: "string" },
      },
    }));
  } catch (err) {
    return errorMessage(err);
  }
  const file = values["plan-json"];
  if (!file) return "--plan-json FILE is required";
  const format = values.format ?? "json";
  if (format !== "json" && format !== "markdown")
    return `--format must be json or markdown, not ${JSON.stringify(format)}`;
  return values.stack === undefined ? { file, format } : { file, format, stack: values.stack };
}

export async function planCommand(args: string[], io: Io): Promise<number> {
  if (args[0] === "pr") return prCommand(args.slice(1), io);
  const parsed = options(args);
  if (typeof parsed === "string") {
    io.err(`cloudneutral: ${parsed}\nusage: cloudneutral ${PLAN_USAGE}\n`);
    return 2;
  }
  const read = await readUserFile(parsed.file);
  if ("why" in read) {
    io.err(`cloudneutral: cannot read the plan ${parsed.file}: ${read.why}\n`);
    return 1;
  }
  const text = read.text;
  const { UsageError } = await import("../lib/model/index.ts");
  const { parsePlanJson } = await import("../lib/tfplan/parse.ts");
  const { summarizePlan, summaryJson } = await import("../lib/tfplan/summary.ts");
  const label = parsed.stack ?? parsed.file;
  let summary: ReturnType<typeof summarizePlan>;
  try {
    summary = summarizePlan(parsePlanJson(text, label), label);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`cloudneutral: ${err.message}\n`);
    return 1;
  }
  if (parsed.format === "json") {
    io.out(`${JSON.stringify(summaryJson(summary))}\n`);
    return 0;
  }
  const { planMarkdown } = await import("../lib/plan/markdown.ts");
  io.out(planMarkdown(summary, { title: label }));
  return 0;
}

/**
 * `plan pr`: what plan-comment would post for the branch, run locally — the affected units
 * between the merge-base of --base and --head, each planned, as the comment's markdown or
 * as JSON results. Exit 1 when a unit could not be planned.
 */
async function prCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      base: { type: "string" },
      head: { type: "string" },
      repo: { type: "string" },
      binary: { type: "string" },
      config: { type: "string" },
      infra: { type: "string" },
      templates: { type: "string" },
      format: { type: "string" },
    },
  });
  const { UsageError } = await import("../lib/errors.ts");
  if (!values.base) throw new UsageError("plan pr needs --base REF (e.g. origin/main)");
  const format = values.format ?? "markdown";
  if (format !== "markdown" && format !== "json")
    throw new UsageError(`--format must be markdown or json, not ${JSON.stringify(format)}`);
  const pull = await import("../lib/plan/pull.ts");
  const path = await import("node:path");
  const repoDir = path.resolve(values.repo ?? ".");
  const options = {
    repoDir,
    base: values.base,
    head: values.head ?? "HEAD",
    configDir: values.config ?? "platform-config",
    infraDir: values.infra ?? "infra",
    templatesDir: values.templates ?? "templates",
  };
  const scope = await pull.pullScope(options);
  const log = {
    debug: () => {},
    info: (m: string) => io.err(`${m}\n`),
    warning: (m: string) => io.err(`warning: ${m}\n`),
    group: (title: string, lines: string[]) => io.err(`── ${title}\n${lines.join("\n")}\n`),
  };
  const results = await pull.planScope(scope, {
    infraDir: path.resolve(repoDir, options.infraDir),
    log,
    terraformBinary: values.binary ?? "terraform",
  });
  const failed = results.some((r) => r.status === "failed" || r.status === "removed");
  if (format === "json") {
    io.out(`${JSON.stringify({ head: scope.head, mergeBase: scope.mergeBase, results })}\n`);
    return failed ? 1 : 0;
  }
  const { planComment } = await import("../lib/plan/comment.ts");
  const { commentTemplates } = await import("../lib/plan/comment-templates.ts");
  const { full } = planComment({
    results,
    routes: scope.routes,
    commit: scope.head,
    diffs: await pull.fileDiffs(options, scope),
    templates: await commentTemplates(repoDir, values.base, options.templatesDir),
    fullTextAt: "this output",
  });
  io.out(`${full}\n`);
  return failed ? 1 : 0;
}
