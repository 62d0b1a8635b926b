import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  errorMessage
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// cli/autoscale.ts
import { parseArgs } from "node:util";
var AUTOSCALE_USAGE = [
  "autoscale decide < input.json",
  "       cloudneutral autoscale propose [--dry-run] [--region R \u2026] [--prometheus URL] [--config DIR] [--infra DIR]",
  "                                      [--repo OWNER/NAME] [--base BRANCH] [--format markdown|json]"
].join(`
`);
function usageProblem(args) {
  let [sub, ...rest] = args;
  if (sub !== "decide") return `unknown autoscale command ${JSON.stringify(sub ?? "")}`;
  try {
    parseArgs({ args: rest, strict: !0, allowPositionals: !1, options: {} });
  } catch (err) {
    return errorMessage(err);
  }
  return null;
}
async function autoscaleCommand(args, io) {
  if (args[0] === "propose") return proposeCommand(args.slice(1), io);
  let problem = usageProblem(args) ?? (!io.stdin && process.stdin.isTTY ? "the input is read from stdin; pipe a JSON object in" : null);
  if (problem !== null)
    return io.err(`cloudneutral: ${problem}
usage: cloudneutral ${AUTOSCALE_USAGE}
`), 2;
  let text;
  try {
    text = await (io.stdin ?? readStdin)();
  } catch (err) {
    return io.err(`cloudneutral: cannot read stdin: ${errorMessage(err)}
`), 1;
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    let why = text.trim() === "" ? "it is empty" : errorMessage(err);
    return io.err(`cloudneutral: stdin is not one JSON object: ${why}
`), 1;
  }
  let { DecisionInputError, formatInputProblem, parseDecisionInput } = await import("./input-VBVQR3ON.js"), { decide } = await import("./decide-2AMNLDGQ.js"), input;
  try {
    input = parseDecisionInput(value);
  } catch (err) {
    if (!(err instanceof DecisionInputError)) throw err;
    for (let p of err.problems) io.err(`cloudneutral: stdin: ${formatInputProblem(p)}
`);
    return 1;
  }
  let { desired, recommendation, reason } = decide(input);
  return io.out(`${JSON.stringify({ desired, recommendation, reason })}
`), 0;
}
async function readStdin() {
  let chunks = [];
  for await (let chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}
var PROPOSE_OPTIONS = {
  "dry-run": { type: "boolean" },
  region: { type: "string", multiple: !0 },
  prometheus: { type: "string" },
  config: { type: "string" },
  infra: { type: "string" },
  repo: { type: "string" },
  base: { type: "string" },
  format: { type: "string" }
};
async function proposeCommand(args, io) {
  let usage = (problem) => (io.err(`cloudneutral: ${problem}
usage: cloudneutral ${AUTOSCALE_USAGE}
`), 2), values;
  try {
    values = parseProposeArgs(args);
  } catch (err) {
    return usage(errorMessage(err));
  }
  let format = values.format ?? "markdown";
  if (format !== "markdown" && format !== "json")
    return usage("--format must be one of markdown, json");
  let dryRun = values["dry-run"] ?? !1, token = process.env.GITHUB_TOKEN ?? "", [owner, name, ...extra] = (values.repo ?? "").split("/");
  if (values.repo !== void 0 && (!owner || !name || extra.length > 0))
    return usage(`--repo must be OWNER/NAME, got ${JSON.stringify(values.repo)}`);
  if (!dryRun && values.repo === void 0)
    return usage(
      "proposing writes pull requests: name the repository with --repo OWNER/NAME, or use --dry-run"
    );
  if (!dryRun && token === "")
    return usage("proposing needs a token in GITHUB_TOKEN, or use --dry-run");
  let { ConfigurationError, formatProblem, UsageError } = await import("./errors-MTCDE5SQ.js"), { proposeAutoscale, runFailed } = await import("./propose-JOXLMWLJ.js"), { autoscaleMarkdown } = await import("./report-IIQ7DPY2.js"), log = {
    debug() {
    },
    info: (m) => io.err(`${m}
`),
    warning: (m) => io.err(`warning: ${m}
`),
    group: (title, lines) => io.err(`${title}
${lines.map((l) => `  ${l}`).join(`
`)}
`)
  };
  try {
    let github;
    if (token !== "" && owner && name) {
      let { createGitHubClient } = await import("./client-5S2XOFIO.js");
      github = { gh: createGitHubClient({
        token,
        ...process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {},
        log
      }), repo: { owner, repo: name }, base: values.base ?? "main" };
    }
    let path = await import("node:path"), configDir = path.resolve(values.config ?? "platform-config"), { checkoutRoot } = await import("./git-history-XEZKWJDI.js"), run = await proposeAutoscale({
      configDir,
      infraDir: path.resolve(values.infra ?? "infra"),
      repoDir: await checkoutRoot(configDir) ?? process.cwd(),
      regions: (values.region ?? []).flatMap((r) => r.split(",")).map((r) => r.trim()),
      ...values.prometheus ? { prometheusUrl: values.prometheus } : {},
      dryRun,
      ...github ? { github } : {},
      log
    });
    return io.out(format === "json" ? `${JSON.stringify(run)}
` : autoscaleMarkdown(run)), runFailed(run) ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError) return usage(err.message);
    if (err instanceof ConfigurationError) {
      for (let p of err.problems) io.err(`${formatProblem(p)}
`);
      return 1;
    }
    throw err;
  }
}
function parseProposeArgs(args) {
  return parseArgs({ args, strict: !0, allowPositionals: !1, options: PROPOSE_OPTIONS }).values;
}
export {
  AUTOSCALE_USAGE,
  autoscaleCommand
};
