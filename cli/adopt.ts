// Adopting CloudNeutral in a repository: `init` scaffolds it, `doctor` checks on GitHub what
// the loop needs. Both translate flags to lib/adopt calls and results to text.
import { lstat } from "node:fs/promises";
import type { DoctorReport } from "../lib/adopt/doctor.ts";
import { UsageError } from "../lib/errors.ts";
import { type Command, command, type Flags } from "./args.ts";
import { VERSION } from "./version.ts";

const INIT_FLAGS = {
  providers: {
    type: "string",
    arg: "LIST",
    default: "aws",
    help: "one region for each of these providers: aws, gcp, alicloud, onprem (comma-separated)",
  },
  repository: {
    type: "string",
    arg: "OWNER/NAME",
    required: true,
    help: "the repository on GitHub (apply's cloud trust is scoped to it)",
  },
  owner: {
    type: "string",
    arg: "LOGIN",
    multiple: true,
    help: "a platform owner, GitHub user or @org/team (repeatable; default: the repository's owner)",
  },
} as const satisfies Flags;

/** A directory name a person could have meant: no control characters, not an existing file. */
async function targetDir(dir: string): Promise<string> {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
  if (dir === "" || /[\u0000-\u001f\u007f]/.test(dir))
    throw new UsageError(
      `DIR ${JSON.stringify(dir)} is not a usable directory name (empty, or a control character)`,
    );
  const st = await lstat(dir).catch(() => undefined);
  if (st && !st.isDirectory())
    throw new UsageError(`DIR ${JSON.stringify(dir)} exists and is not a directory`);
  return dir;
}

const DOCTOR_FLAGS = {
  repo: { type: "string", arg: "OWNER/NAME", required: true, help: "the repository on GitHub" },
  config: {
    type: "string",
    arg: "DIR",
    default: "platform-config",
    help: "the platform-config directory (routes the gates to Environments)",
  },
  infra: { type: "string", arg: "DIR", default: "infra", help: "the rendered output (its units)" },
  "token-env": {
    type: "string",
    arg: "NAME",
    default: "GITHUB_TOKEN",
    help: "the environment variable holding the GitHub token (an administrator's)",
  },
  "bot-app": {
    type: "string",
    arg: "SLUG",
    default: "github-actions",
    help: "the GitHub App that alone may push the status branch (github-actions: GITHUB_TOKEN)",
  },
  format: { type: "string", choices: ["text", "json"], default: "text", help: "output" },
} as const satisfies Flags;

export const ADOPT_COMMANDS: readonly Command[] = [
  command({
    name: "init",
    summary: "scaffold a platform repository: config, a sample service and the workflows",
    flags: INIT_FLAGS,
    args: ["[DIR]"],
    details:
      "  Writes into DIR (default: the current directory) and never over a file: when any\n  file it would write exists, it writes nothing. Exit 1 then.",
    run: async (values, args, io) => {
      const { parseProviders, scaffold, writeScaffold } = await import("../lib/adopt/scaffold.ts");
      const dir = await targetDir(args[0] ?? ".");
      const files = scaffold({
        repository: values.repository,
        providers: parseProviders(values.providers),
        owners: values.owner,
        version: VERSION,
      });
      const result = await writeScaffold(dir, files);
      if ("existing" in result) {
        io.err(
          `cloudneutral init: wrote nothing: these exist already in ${dir}:\n${result.existing.map((e) => `  ${e}\n`).join("")}`,
        );
        return 1;
      }
      for (const f of result.written) io.out(`created ${f}\n`);
      io.out(nextSteps(dir, values.repository));
      return 0;
    },
  }),
  command({
    name: "doctor",
    summary: "check on GitHub what the loop needs; each finding says how to fix it",
    flags: DOCTOR_FLAGS,
    details:
      "  Reads GITHUB_API_URL (default https://api.github.com). Exit 0 when ready, 1 otherwise.",
    run: async (values, _args, io) => {
      const [owner, name, ...more] = values.repo.split("/");
      if (
        !owner ||
        !name ||
        more.length > 0 ||
        !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(values.repo)
      )
        throw new UsageError(`--repo must be OWNER/NAME, not ${JSON.stringify(values.repo)}`);
      if (!/^[A-Z_][A-Z0-9_]*$/.test(values["token-env"]))
        throw new UsageError(
          `--token-env must name an environment variable, not ${JSON.stringify(values["token-env"])}`,
        );
      const token = process.env[values["token-env"]] ?? "";
      if (token === "")
        throw new UsageError(
          `doctor needs a token in ${values["token-env"]} (an administrator's: it reads secrets' names, Environments and branch protection)`,
        );
      const { validateConfig } = await import("../lib/model/index.ts");
      const { formatProblem } = await import("../lib/errors.ts");
      const { config, problems } = await validateConfig(values.config);
      if (problems.length > 0) {
        for (const p of problems) io.err(`${formatProblem(p)}\n`);
        io.err(`${values.config}: fix the configuration first (cloudneutral validate)\n`);
        return 1;
      }
      const { createGitHubClient } = await import("../lib/github/client.ts");
      const { runDoctor } = await import("../lib/adopt/doctor.ts");
      const gh = createGitHubClient({
        token,
        ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
        log: {
          debug() {},
          info: (m) => io.err(`${m}\n`),
          warning: (m) => io.err(`warning: ${m}\n`),
          group: (title, lines) => io.err(`${title}\n${lines.map((l) => `  ${l}`).join("\n")}\n`),
        },
      });
      const report = await runDoctor({
        gh,
        owner,
        repo: name,
        config,
        infraDir: values.infra,
        version: VERSION,
        botApp: values["bot-app"],
      });
      if (values.format === "json") io.out(`${JSON.stringify(report)}\n`);
      else io.out(doctorText(values.repo, report));
      return report.ready ? 0 : 1;
    },
  }),
];

function doctorText(repo: string, report: DoctorReport): string {
  const lines = report.passed.map((p) => `ok    ${p}`);
  for (const f of report.findings)
    lines.push(
      `${f.severity === "error" ? "FAIL " : "warn "} ${f.check}: ${f.message}`,
      `      fix: ${f.fix}`,
    );
  const errors = report.findings.filter((f) => f.severity === "error").length;
  lines.push(
    "",
    report.ready
      ? `${repo}: ready${report.findings.length ? ` (${report.findings.length} warning(s))` : ""}`
      : `${repo}: not ready: ${errors} problem(s) to fix`,
  );
  return `${lines.join("\n")}\n`;
}

function nextSteps(dir: string, repository: string): string {
  const cd = dir === "." ? "" : `cd ${JSON.stringify(dir)} && `;
  return `
Next steps (README, "Adopt in 15 minutes"):
  1. ${cd}npx cloudneutral validate && npx cloudneutral render
  2. replace the placeholder cloud accounts in platform-config/regions/, then
     npx cloudneutral bootstrap   (an administrator applies each printed stack once)
  3. commit everything and push it to ${repository} (main)
  4. create the Environments, branch protection and secrets doctor asks for, then
     npx cloudneutral doctor --repo ${repository}
  5. open a pull request that edits platform-config/; merge it once the checks pass
`;
}
