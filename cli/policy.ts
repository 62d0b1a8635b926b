// `cloudneutral policy check`: the policy-check action's judgement, run locally.
// Exit codes: 0 allow, 1 deny, 2 usage or configuration error.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { errorMessage, UsageError } from "../lib/errors.ts";
import type { PullRequestInfo } from "../lib/policy/types.ts";

export const POLICY_USAGE =
  "policy check --base REF [--head REF] [--pr FILE] [--config DIR] [--plan STACK=FILE …] [--autoscale-author LOGIN] [--format text|json]";

interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** A local stand-in for what the action reads from GitHub: the PR, its reviews, team members. */
interface PrFile extends Partial<PullRequestInfo> {
  teams?: Record<string, string[]>;
}

export async function policyCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "check")
    throw new UsageError(
      `unknown policy command ${JSON.stringify(sub ?? "")}; expected: ${POLICY_USAGE}`,
    );
  const { values } = parseArgs({
    args: rest,
    strict: true,
    options: {
      base: { type: "string" },
      head: { type: "string" },
      pr: { type: "string" },
      config: { type: "string" },
      plan: { type: "string", multiple: true },
      format: { type: "string" },
      "autoscale-author": { type: "string" },
    },
  });
  if (!values.base) throw new UsageError("--base is required");
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError("--format must be text or json");
  const { parsePlanSpecs } = await import("../lib/policy/plan-spec.ts");
  const planFiles = parsePlanSpecs(values.plan ?? []);
  const prFile = values.pr ? await readPrFile(values.pr) : undefined;

  const { judgeRepository } = await import("../lib/policy/check.ts");
  const { verdictJson, verdictMarkdown } = await import("../lib/policy/report.ts");
  const configDir = values.config ?? "platform-config";
  const verdict = await judgeRepository({
    repoDir: process.cwd(),
    base: values.base,
    head: values.head ?? "HEAD",
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
