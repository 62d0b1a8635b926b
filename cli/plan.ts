// `cloudneutral plan summarize`: what a saved Terraform plan changes, from its
// `terraform show -json` output. Exit codes: 0 ok, 1 unreadable or invalid plan, 2 usage.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";

export const PLAN_USAGE = "plan summarize --plan-json FILE [--format json|markdown] [--stack NAME]";

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
    return (err as Error).message;
  }
  const file = values["plan-json"];
  if (!file) return "--plan-json FILE is required";
  const format = values.format ?? "json";
  if (format !== "json" && format !== "markdown")
    return `--format must be json or markdown, not ${JSON.stringify(format)}`;
  return values.stack === undefined ? { file, format } : { file, format, stack: values.stack };
}

export async function planCommand(args: string[], io: Io): Promise<number> {
  const parsed = options(args);
  if (typeof parsed === "string") {
    io.err(`cloudneutral: ${parsed}\nusage: cloudneutral ${PLAN_USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(parsed.file, "utf8");
  } catch (err) {
    const { code, message } = err as NodeJS.ErrnoException;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : code === "EACCES"
            ? "permission denied"
            : message;
    io.err(`cloudneutral: cannot read the plan ${parsed.file}: ${why}\n`);
    return 1;
  }
  const { UsageError } = await import("../lib/model/index.ts");
  const { parsePlanJson, summarizePlan, summaryJson } = await import("../lib/plan/summary.ts");
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
