// `cloudneutral autoscale decide`: one region's autoscaling decision from one JSON object on
// stdin, printed as one JSON line. Exit codes: 0 ok, 1 invalid input, 2 usage.
// `cloudneutral autoscale propose`: what the autoscale-propose action does, from a checkout;
// with --dry-run it decides and prints, needs no token and writes nothing. Exit codes: 0 ok
// (no data from Prometheus included: that is no decision, not a failure), 1 a configuration
// problem or a region that failed, 2 usage.
import { errorMessage, UsageError } from "../lib/errors.ts";
import type { Logger } from "../lib/logger.ts";
import { command, type Flags, type Io, runCommands, type Values } from "./args.ts";

const PROPOSE_FLAGS = {
  "dry-run": { type: "boolean", help: "decide and print; needs no token, writes nothing" },
  region: { type: "string", arg: "R", multiple: true, help: "only these regions (R,R… too)" },
  prometheus: { type: "string", arg: "URL", help: "instead of the Platform's" },
  config: { type: "string", arg: "DIR", default: "platform-config", help: "the platform-config" },
  infra: { type: "string", arg: "DIR", default: "infra", help: "the rendered output" },
  repo: {
    type: "string",
    arg: "OWNER/NAME",
    help: "where pull requests go (token in GITHUB_TOKEN)",
  },
  base: { type: "string", arg: "BRANCH", default: "main", help: "what they merge into" },
  format: { type: "string", choices: ["markdown", "json"], default: "markdown", help: "output" },
} as const satisfies Flags;

export const AUTOSCALE_COMMANDS = [
  command({
    name: "autoscale decide",
    summary: "one region's decision from one JSON object on stdin, as one JSON line",
    flags: {},
    input: "< input.json",
    details: "  Exit 1 on invalid input.",
    run: (_values, _args, io) => decideCommand(io),
  }),
  command({
    name: "autoscale propose",
    summary: "what autoscale-propose does, from a checkout: one PR per region to resize",
    flags: PROPOSE_FLAGS,
    details:
      "  Exit 1 on a configuration problem or a region that failed; no data from Prometheus is\n  no decision, not a failure.",
    run: (values, _args, io) => proposeCommand(values, io),
  }),
];

/** `cloudneutral autoscale …`: the arguments after "autoscale". */
export function autoscaleCommand(args: string[], io: Io): Promise<number> {
  return runCommands(AUTOSCALE_COMMANDS, ["autoscale", ...args], io);
}

async function decideCommand(io: Io): Promise<number> {
  // A terminal on stdin would wait for input nobody is going to type.
  if (!io.stdin && process.stdin.isTTY)
    throw new UsageError("the input is read from stdin; pipe a JSON object in");
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

async function proposeCommand(values: Values<typeof PROPOSE_FLAGS>, io: Io): Promise<number> {
  const format = values.format;
  const dryRun = values["dry-run"];
  // Writing to GitHub is never a default: the repository is named, the token comes from the
  // environment (a flag would show in the process list).
  const token = process.env.GITHUB_TOKEN ?? "";
  const [owner, name, ...extra] = (values.repo ?? "").split("/");
  if (values.repo !== undefined && (!owner || !name || extra.length > 0))
    throw new UsageError(`--repo must be OWNER/NAME, got ${JSON.stringify(values.repo)}`);
  if (!dryRun && values.repo === undefined)
    throw new UsageError(
      "proposing writes pull requests: name the repository with --repo OWNER/NAME, or use --dry-run",
    );
  if (!dryRun && token === "")
    throw new UsageError("proposing needs a token in GITHUB_TOKEN, or use --dry-run");

  const { ConfigurationError, formatProblem } = await import("../lib/errors.ts");
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
      github = { gh, repo: { owner, repo: name }, base: values.base };
    }
    // Paths are the user's, relative to where they stand; the repository's own paths (the
    // ones a pull request edits) are relative to the top of the checkout the config is in.
    const path = await import("node:path");
    const configDir = path.resolve(values.config);
    const { checkoutRoot } = await import("../lib/autoscale/git-history.ts");
    const run = await proposeAutoscale({
      configDir,
      infraDir: path.resolve(values.infra),
      repoDir: (await checkoutRoot(configDir)) ?? process.cwd(),
      regions: values.region.flatMap((r) => r.split(",")).map((r) => r.trim()),
      ...(values.prometheus ? { prometheusUrl: values.prometheus } : {}),
      dryRun,
      ...(github ? { github } : {}),
      log,
    });
    io.out(format === "json" ? `${JSON.stringify(run)}\n` : autoscaleMarkdown(run));
    return runFailed(run) ? 1 : 0;
  } catch (err) {
    if (err instanceof ConfigurationError) {
      for (const p of err.problems) io.err(`${formatProblem(p)}\n`);
      return 1;
    }
    throw err;
  }
}
