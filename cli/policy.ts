// `cloudneutral policy check`: the policy-check action's judgement, run locally.
// Exit codes: 0 allow, 1 deny, 2 usage or configuration error.
import { readFile } from "node:fs/promises";
import { errorMessage, UsageError } from "../lib/errors.ts";
import type { PullRequestInfo } from "../lib/policy/types.ts";
import { command, type Flags, type Io, type Values } from "./args.ts";

const CHECK_FLAGS = {
  base: { type: "string", arg: "REF", required: true, help: "the branch's base, e.g. main" },
  head: { type: "string", arg: "REF", default: "HEAD", help: "the branch" },
  pr: { type: "string", arg: "FILE", help: "the pull request: author, labels, reviews, teams" },
  config: { type: "string", arg: "DIR", default: "platform-config", help: "the platform-config" },
  plan: { type: "string", arg: "STACK=FILE", multiple: true, help: "a stack's plan JSON" },
  "autoscale-author": {
    type: "string",
    arg: "LOGIN",
    help: 'the autoscaler, whose node-count PRs an AutoscalePolicy pre-authorises (default: the policy-check action\'s, "" for none)',
  },
  format: { type: "string", choices: ["text", "json"], default: "text", help: "output" },
} as const satisfies Flags;

export const POLICY_COMMANDS = [
  command({
    name: "policy check",
    summary: "the policy-check action's judgement, run locally",
    flags: CHECK_FLAGS,
    details:
      '  Exit 0 allow, 1 deny, 2 usage or configuration error. --pr FILE: a JSON object with\n  author, labels, reviews [{user, state, commitId}] and teams {"@org/team": [logins]}.',
    run: (values, _args, io) => policyCheck(values, io),
  }),
];

/** A local stand-in for what the action reads from GitHub: the PR, its reviews, team members. */
interface PrFile extends Partial<PullRequestInfo> {
  teams?: Record<string, string[]>;
}

/** Exit codes: 0 allow, 1 deny, 2 usage or configuration error. */
async function policyCheck(values: Values<typeof CHECK_FLAGS>, io: Io): Promise<number> {
  const { ConfigurationError, formatProblem } = await import("../lib/errors.ts");
  try {
    return await judge(values, io);
  } catch (err) {
    if (err instanceof ConfigurationError) {
      for (const p of err.problems) io.err(`${formatProblem(p)}\n`);
      return 2;
    }
    throw err;
  }
}

async function judge(values: Values<typeof CHECK_FLAGS>, io: Io): Promise<number> {
  const format = values.format;
  const { parsePlanSpecs } = await import("../lib/policy/plan-spec.ts");
  const planFiles = parsePlanSpecs(values.plan);
  const prFile = values.pr ? await readPrFile(values.pr) : undefined;

  const { judgeRepository } = await import("../lib/policy/check.ts");
  const { verdictJson, verdictMarkdown } = await import("../lib/policy/report.ts");
  const configDir = values.config;
  const verdict = await judgeRepository({
    repoDir: process.cwd(),
    base: values.base,
    head: values.head,
    configDir,
    planFiles,
    pr: prFile ? pullRequestFrom(prFile) : null,
    isTeamMember: async (team, user) => prFile?.teams?.[team]?.includes(user) ?? false,
    now: new Date(),
    ...(values["autoscale-author"] !== undefined
      ? { autoscaleAuthor: values["autoscale-author"] }
      : {}),
  });
  if (format === "json") io.out(`${JSON.stringify(verdictJson(verdict))}\n`);
  else io.out(verdictMarkdown(verdict));
  if (verdict.results.some((r) => r.rule.startsWith("config/"))) return 2;
  return verdict.decision === "allow" ? 0 : 1;
}

async function readPrFile(file: string): Promise<PrFile> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    throw new UsageError(`--pr ${file}: ${errorMessage(err)}`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new UsageError(
      `--pr ${file}: expected a JSON object with author, labels, reviews, teams`,
    );
  }
  const f = parsed as Record<string, unknown>;
  const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === "string");
  const problem =
    (f.author !== undefined && typeof f.author !== "string" && "author must be a string") ||
    (f.labels !== undefined && !strings(f.labels) && "labels must be a list of strings") ||
    (f.reviews !== undefined &&
      !(
        Array.isArray(f.reviews) &&
        f.reviews.every(
          (r) =>
            r &&
            typeof r.user === "string" &&
            typeof r.state === "string" &&
            typeof r.commitId === "string",
        )
      ) &&
      "reviews must be a list of {user, state, commitId}") ||
    (f.teams !== undefined &&
      !(f.teams && typeof f.teams === "object" && Object.values(f.teams).every(strings)) &&
      'teams must map "@org/team" to lists of logins');
  if (problem) throw new UsageError(`--pr ${file}: ${problem}`);
  return parsed as PrFile;
}

function pullRequestFrom(f: PrFile): PullRequestInfo {
  return {
    number: f.number ?? 0,
    author: f.author ?? "",
    labels: f.labels ?? [],
    headSha: f.headSha ?? "",
    reviews: f.reviews ?? [],
  };
}
