// `cloudneutral plan summarize`: what a saved Terraform plan changes, from its
// `terraform show -json` output (exit 1: unreadable or invalid plan); `cloudneutral plan pr`:
// plan-comment run locally (exit 1: a unit could not be planned). Exit 2: usage.
import { command, type Flags, type Io, runCommands, type Values } from "./args.ts";
import { readUserFile } from "./read-input.ts";

const SUMMARIZE_FLAGS = {
  "plan-json": {
    type: "string",
    arg: "FILE",
    required: true,
    help: "the plan as `terraform show -json` prints it",
  },
  format: { type: "string", choices: ["json", "markdown"], default: "json", help: "output" },
  stack: { type: "string", arg: "NAME", help: "the title (default: the file name)" },
} as const satisfies Flags;

const PR_FLAGS = {
  base: { type: "string", arg: "REF", required: true, help: "the branch's base, e.g. origin/main" },
  head: { type: "string", arg: "REF", default: "HEAD", help: "the branch" },
  repo: { type: "string", arg: "DIR", default: ".", help: "the repository" },
  binary: {
    type: "string",
    arg: "terraform|tofu",
    default: "terraform",
    help: "what plans: terraform, tofu or a path to either",
  },
  config: { type: "string", arg: "DIR", default: "platform-config", help: "in the repository" },
  infra: { type: "string", arg: "DIR", default: "infra", help: "in the repository" },
  templates: { type: "string", arg: "DIR", default: "templates", help: "in the repository" },
  format: { type: "string", choices: ["markdown", "json"], default: "markdown", help: "output" },
} as const satisfies Flags;

export const PLAN_COMMANDS = [
  command({
    name: "plan summarize",
    summary: "what a saved Terraform plan changes (exit 1: unreadable or invalid plan)",
    flags: SUMMARIZE_FLAGS,
    run: (values, _args, io) => summarize(values, io),
  }),
  command({
    name: "plan pr",
    summary: "plan-comment run locally: the units the branch affects, each planned",
    flags: PR_FLAGS,
    details: "  Exit 1 when a unit could not be planned.",
    run: (values, _args, io) => prCommand(values, io),
  }),
];

/** `cloudneutral plan …`: the arguments after "plan". */
export function planCommand(args: string[], io: Io): Promise<number> {
  return runCommands(PLAN_COMMANDS, ["plan", ...args], io);
}

async function summarize(parsed: Values<typeof SUMMARIZE_FLAGS>, io: Io): Promise<number> {
  const file = parsed["plan-json"];
  const read = await readUserFile(file);
  if ("why" in read) {
    io.err(`cloudneutral: cannot read the plan ${file}: ${read.why}\n`);
    return 1;
  }
  const text = read.text;
  const { UsageError } = await import("../lib/model/index.ts");
  const { parsePlanJson } = await import("../lib/tfplan/parse.ts");
  const { summarizePlan, summaryJson } = await import("../lib/tfplan/summary.ts");
  const label = parsed.stack ?? file;
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
async function prCommand(values: Values<typeof PR_FLAGS>, io: Io): Promise<number> {
  const format = values.format;
  const pull = await import("../lib/plan/pull.ts");
  const path = await import("node:path");
  const repoDir = path.resolve(values.repo);
  const options = {
    repoDir,
    base: values.base,
    head: values.head,
    configDir: values.config,
    infraDir: values.infra,
    templatesDir: values.templates,
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
    terraformBinary: values.binary,
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
