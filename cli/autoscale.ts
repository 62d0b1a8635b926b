// `cloudneutral autoscale decide`: one region's autoscaling decision from one JSON object on
// stdin, printed as one JSON line. Exit codes: 0 ok, 1 invalid input, 2 usage.
// `cloudneutral autoscale propose`: what the autoscale-propose action does, from a checkout;
// with --dry-run it decides and prints, needs no token and writes nothing. Exit codes: 0 ok
// (no data from Prometheus included: that is no decision, not a failure), 1 a configuration
// problem or a region that failed, 2 usage.
import { parseArgs } from "node:util";
import { errorMessage } from "../lib/errors.ts";
import type { Logger } from "../lib/logger.ts";

export const AUTOSCALE_USAGE = [
  "autoscale decide < input.json",
  "       cloudneutral autoscale propose [--dry-run] [--region R …] [--prometheus URL] [--config DIR] [--infra DIR]",
  "                                      [--repo OWNER/NAME] [--base BRANCH] [--auto-merge none|scale-up|all]",
  "                                      [--format markdown|json]",
].join("\n");

interface Io {
  out(text: string): void;
  err(text: string): void;
  /** All of stdin; the process' own when left out. */
  stdin?: () => Promise<string>;
}

/** Null when the arguments are usable, else the reason they are not. */
function usageProblem(args: string[]): string | null {
  const [sub, ...rest] = args;
  if (sub !== "decide") return `unknown autoscale command ${JSON.stringify(sub ?? "")}`;
  try {
    parseArgs({ args: rest, strict: true, allowPositionals: false, options: {} });
  } catch (err) {
    return errorMessage(err);
  }
  return null;
}

export async function autoscaleCommand(args: string[], io: Io): Promise<number> {
  if (args[0] === "propose") return proposeCommand(args.slice(1), io);
  // A terminal on stdin would wait for input nobody is going to type.
  const problem =
    usageProblem(args) ??
    (!io.stdin && process.stdin.isTTY
      ? "the input is read from stdin; pipe a JSON object in"
      : null);
  if (problem !== null) {
    io.err(`cloudneutral: ${problem}\nusage: cloudneutral ${AUTOSCALE_USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await (io.stdin ?? readStdin)();
  } catch (err) {
    io.err(`cloudneutral: cannot read stdin: ${errorMessage(err)}\n`);
    return 1;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const why = text.trim() === "" ? "it is empty" : errorMessage(err);
    io.err(`cloudneutral: stdin is not one JSON object: ${why}\n`);
    return 1;
  }
  const { DecisionInputError, formatInputProblem, parseDecisionInput } = await import(
    "../lib/autoscale/input.ts"
  );
  const { decide } = await import("../lib/autoscale/decide.ts");
  let input: ReturnType<typeof parseDecisionInput>;
  try {
    input = parseDecisionInput(value);
  } catch (err) {
    if (!(err instanceof DecisionInputError)) throw err;
    for (const p of err.problems) io.err(`cloudneutral: stdin: ${formatInputProblem(p)}\n`);
    return 1;
  }
  const { desired, recommendation, reason } = decide(input);
  io.out(`${JSON.stringify({ desired, recommendation, reason })}\n`);
  return 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}

const PROPOSE_OPTIONS = {
  "dry-run": { type: "boolean" },
  region: { type: "string", multiple: true },
  prometheus: { type: "string" },
  config: { type: "string" },
  infra: { type: "string" },
  repo: { type: "string" },
  base: { type: "string" },
  "auto-merge": { type: "string" },
  format: { type: "string" },
} as const;

async function proposeCommand(args: string[], io: Io): Promise<number> {
  const usage = (problem: string) => {
    io.err(`cloudneutral: ${problem}\nusage: cloudneutral ${AUTOSCALE_USAGE}\n`);
    return 2;
  };
  let values: ReturnType<typeof parseProposeArgs>;
  try {
    values = parseProposeArgs(args);
  } catch (err) {
    return usage(errorMessage(err));
  }
  const format = values.format ?? "markdown";
  if (format !== "markdown" && format !== "json")
    return usage("--format must be one of markdown, json");
  const dryRun = values["dry-run"] ?? false;
  const { AUTO_MERGE_MODES, parseAutoMerge } = await import("../lib/autoscale/merge.ts");
  const autoMerge = parseAutoMerge(values["auto-merge"] ?? "scale-up");
  if (!autoMerge) return usage(`--auto-merge must be one of ${AUTO_MERGE_MODES.join(", ")}`);
  // Writing to GitHub is never a default: the repository is named, the token comes from the
  // environment (a flag would show in the process list).
  const token = process.env.GITHUB_TOKEN ?? "";
  const [owner, name, ...extra] = (values.repo ?? "").split("/");
  if (values.repo !== undefined && (!owner || !name || extra.length > 0))
    return usage(`--repo must be OWNER/NAME, got ${JSON.stringify(values.repo)}`);
  if (!dryRun && values.repo === undefined)
    return usage(
      "proposing writes pull requests: name the repository with --repo OWNER/NAME, or use --dry-run",
    );
  if (!dryRun && token === "")
    return usage("proposing needs a token in GITHUB_TOKEN, or use --dry-run");

  const { ConfigurationError, formatProblem, UsageError } = await import("../lib/errors.ts");
  const { proposeAutoscale, runFailed } = await import("../lib/autoscale/propose.ts");
  const { autoscaleMarkdown } = await import("../lib/autoscale/report.ts");
  const log: Logger = {
    debug() {},
    info: (m) => io.err(`${m}\n`),
    warning: (m) => io.err(`warning: ${m}\n`),
    group: (title, lines) => io.err(`${title}\n${lines.map((l) => `  ${l}`).join("\n")}\n`),
  };
  try {
    let github: Parameters<typeof proposeAutoscale>[0]["github"];
    if (token !== "" && owner && name) {
      const { createGitHubClient } = await import("../lib/github/client.ts");
      const gh = createGitHubClient({
        token,
        ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
        log,
      });
      github = { gh, repo: { owner, repo: name }, base: values.base ?? "main" };
    }
    // Paths are the user's, relative to where they stand; the repository's own paths (the
    // ones a pull request edits) are relative to the top of the checkout the config is in.
    const path = await import("node:path");
    const configDir = path.resolve(values.config ?? "platform-config");
    const { checkoutRoot } = await import("../lib/autoscale/git-history.ts");
    const run = await proposeAutoscale({
      configDir,
      infraDir: path.resolve(values.infra ?? "infra"),
      repoDir: (await checkoutRoot(configDir)) ?? process.cwd(),
      regions: (values.region ?? []).flatMap((r) => r.split(",")).map((r) => r.trim()),
      ...(values.prometheus ? { prometheusUrl: values.prometheus } : {}),
      dryRun,
      ...(github ? { github } : {}),
      autoMerge,
      log,
    });
    io.out(format === "json" ? `${JSON.stringify(run)}\n` : autoscaleMarkdown(run));
    return runFailed(run) ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError) return usage(err.message);
    if (err instanceof ConfigurationError) {
      for (const p of err.problems) io.err(`${formatProblem(p)}\n`);
      return 1;
    }
    throw err;
  }
}

function parseProposeArgs(args: string[]) {
  return parseArgs({ args, strict: true, allowPositionals: false, options: PROPOSE_OPTIONS })
    .values;
}
