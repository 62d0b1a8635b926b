import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import "./chunk-BOG7BZ5N.js";

// cli/plan.ts
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
var PLAN_USAGE = "plan summarize --plan-json FILE [--format json|markdown] [--stack NAME]";
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
    return err.message;
  }
  let file = values["plan-json"];
  if (!file) return "--plan-json FILE is required";
  let format = values.format ?? "json";
  return format !== "json" && format !== "markdown" ? `--format must be json or markdown, not ${JSON.stringify(format)}` : values.stack === void 0 ? { file, format } : { file, format, stack: values.stack };
}
async function planCommand(args, io) {
  let parsed = options(args);
  if (typeof parsed == "string")
    return io.err(`cloudneutral: ${parsed}
usage: cloudneutral ${PLAN_USAGE}
`), 2;
  let text;
  try {
    text = await readFile(parsed.file, "utf8");
  } catch (err) {
    let { code, message } = err, why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : message;
    return io.err(`cloudneutral: cannot read the plan ${parsed.file}: ${why}
`), 1;
  }
  let { UsageError } = await import("./model-WPWOWFVK.js"), { parsePlanJson, summarizePlan, summaryJson } = await import("./summary-FEN5RHVB.js"), label = parsed.stack ?? parsed.file, summary;
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
export {
  PLAN_USAGE,
  planCommand
};
