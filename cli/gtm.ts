// `cloudneutral gtm reconcile`: the GTM round (or watch) a workflow runs, from a terminal.
// A real reconcile records every decision on the status branch, so it needs GITHUB_TOKEN
// (and the repository, from GITHUB_REPOSITORY or the Platform); a dry run needs neither.
// Exit codes: 0 ok, 1 something failed (DNS, the status branch), 2 usage.
import path from "node:path";
import { clockFromEnv } from "../lib/clock.ts";
import { UsageError } from "../lib/errors.ts";
import type { Logger } from "../lib/logger.ts";
import { command, dispatch, type Flags, type Io, type Values } from "./args.ts";

const RECONCILE_FLAGS = {
  config: { type: "string", arg: "DIR", default: "platform-config", help: "the platform-config" },
  repo: { type: "string", arg: "DIR", default: ".", help: "the repository's root" },
  "dry-run": { type: "boolean", help: "decide and print; needs no token, writes nothing" },
  force: { type: "boolean", help: "apply a DNS plan the safety limits refuse" },
  watch: { type: "string", arg: "SECONDS", help: "a round every SECONDS (with --for)" },
  for: { type: "string", arg: "MINUTES", help: "how long to watch" },
  policy: { type: "string", arg: "NAME", multiple: true, help: "only these GtmPolicies" },
  "status-branch": { type: "string", arg: "BRANCH", help: "where decisions are recorded" },
  "prometheus-url": { type: "string", arg: "URL", help: "instead of the Platform's" },
  format: { type: "string", choices: ["markdown", "json"], default: "markdown", help: "output" },
} as const satisfies Flags;

export const GTM_COMMANDS = [
  command({
    name: "gtm reconcile",
    summary: "a global traffic management round (or watch): probes, metrics, weights, DNS",
    flags: RECONCILE_FLAGS,
    details:
      "  A real reconcile records its decisions on the status branch: it needs GITHUB_TOKEN\n  (and GITHUB_REPOSITORY, or the Platform's repository). Exit 1 when something failed.",
    run: (values, _args, io) => reconcile(options(values), io),
  }),
];

/** `cloudneutral gtm …`: the arguments after "gtm"; usage errors are thrown. */
export function gtmCommand(args: string[], io: Io): Promise<number> {
  return dispatch(GTM_COMMANDS, ["gtm", ...args], io);
}

interface Options {
  configDir: string;
  repoRoot: string;
  dryRun: boolean;
  force: boolean;
  watch: { intervalSeconds: number; forMinutes: number } | undefined;
  policies: string[];
  statusBranch: string | undefined;
  prometheusUrl: string | undefined;
  format: "markdown" | "json";
}

function options(values: Values<typeof RECONCILE_FLAGS>): Options {
  if ((values.watch === undefined) !== (values.for === undefined))
    throw new UsageError("--watch SECONDS and --for MINUTES go together");
  const watch =
    values.watch === undefined
      ? undefined
      : {
          intervalSeconds: positive("--watch", values.watch),
          forMinutes: positive("--for", values.for ?? ""),
        };
  return {
    configDir: values.config,
    repoRoot: values.repo,
    dryRun: values["dry-run"],
    force: values.force,
    watch,
    policies: values.policy,
    statusBranch: values["status-branch"],
    prometheusUrl: values["prometheus-url"],
    format: values.format,
  };
}

function positive(flag: string, raw: string): number {
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n) || n <= 0)
    throw new UsageError(`${flag} must be a number > 0, not ${JSON.stringify(raw)}`);
  return n;
}

async function reconcile(o: Options, io: Io): Promise<number> {
  const log: Logger = {
    debug: () => {},
    info: (m) => io.err(`${m}\n`),
    warning: (m) => io.err(`warning: ${m}\n`),
    group: (title, lines) => io.err(`${title}\n${lines.map((l) => `  ${l}\n`).join("")}`),
  };
  const github = await githubFor(o, log);
  const { reconcileGtm } = await import("../lib/gtm/index.ts");
  const controller = new AbortController();
  // Ctrl-C ends a watch after the round in flight, which still writes what it decided.
  const stop = () => controller.abort();
  process.once("SIGINT", stop);
  try {
    const outcome = await reconcileGtm({
      configDir: o.configDir,
      repoRoot: path.resolve(o.repoRoot),
      policies: o.policies,
      dryRun: o.dryRun,
      force: o.force,
      ...(o.watch ? { watch: o.watch, clock: clockFromEnv() } : {}),
      ...(o.statusBranch ? { statusBranch: o.statusBranch } : {}),
      ...(o.prometheusUrl ? { prometheusUrl: o.prometheusUrl } : {}),
      ...(github ? { github } : {}),
      env: process.env,
      log,
      signal: controller.signal,
    });
    io.out(o.format === "json" ? `${JSON.stringify(outcome.decision)}\n` : `${outcome.markdown}\n`);
    return outcome.result.ok ? 0 : 1;
  } finally {
    process.removeListener("SIGINT", stop);
  }
}

/** The status branch's GitHub: required for a real reconcile, read-only use for a dry run. */
async function githubFor(o: Options, log: Logger) {
  const token = process.env.GITHUB_TOKEN ?? "";
  if (token === "") {
    if (o.dryRun) return undefined;
    throw new UsageError(
      "a reconcile records its decisions on the status branch: set GITHUB_TOKEN (contents: write, issues: write), or use --dry-run",
    );
  }
  let full = process.env.GITHUB_REPOSITORY ?? "";
  if (full === "") {
    const { loadGtmSetup } = await import("../lib/gtm/targets.ts");
    full = (await loadGtmSetup(o.configDir)).owner;
  }
  const [owner = "", repo = ""] = full.split("/");
  const { createGitHubClient } = await import("../lib/github/client.ts");
  const gh = createGitHubClient({
    token,
    log,
    ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
  });
  return { gh, repo: { owner, repo } };
}

/**
 * The GTM part of `npm start`: one dry round of every policy, planned against the embedded
 * zone-file provider, with 1 s probes and queries, as markdown.
 */
export async function gtmDryRun(configDir: string, repoRoot: string): Promise<string> {
  const { gtmDryRunMarkdown } = await import("../lib/gtm/dry-run.ts");
  return gtmDryRunMarkdown(configDir, repoRoot);
}
