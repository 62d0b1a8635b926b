// Adopting CloudNeutral in a repository: `init` scaffolds it, `doctor` checks on GitHub what
// the loop needs. Both translate flags to lib/adopt calls and results to text.
import { lstat } from "node:fs/promises";
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
];

function nextSteps(dir: string, repository: string): string {
  const cd = dir === "." ? "" : `cd ${JSON.stringify(dir)} && `;
  return `
Next steps (README, "Adopt in 15 minutes"):
  1. ${cd}npx cloudneutral validate && npx cloudneutral render
  2. commit everything and push it to ${repository} (main)
  3. create the Environments, branch protection and secrets doctor asks for, then
     npx cloudneutral doctor --repo ${repository}
  4. open a pull request that edits platform-config/; merge it once the checks pass
`;
}
