import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  UsageError,
  errorMessage
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// cli/policy.ts
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
var POLICY_USAGE = "policy check --base REF [--head REF] [--pr FILE] [--config DIR] [--plan STACK=FILE \u2026] [--format text|json]";
async function policyCommand(args, io) {
  let [sub, ...rest] = args;
  if (sub !== "check")
    throw new UsageError(
      `unknown policy command ${JSON.stringify(sub ?? "")}; expected: ${POLICY_USAGE}`
    );
  let { values } = parseArgs({
    args: rest,
    strict: !0,
    options: {
      base: { type: "string" },
      head: { type: "string" },
      pr: { type: "string" },
      config: { type: "string" },
      plan: { type: "string", multiple: !0 },
      format: { type: "string" }
    }
  });
  if (!values.base) throw new UsageError("--base is required");
  let format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError("--format must be text or json");
  let { parsePlanSpecs } = await import("./plan-spec-5RNP6GEA.js"), planFiles = parsePlanSpecs(values.plan ?? []), prFile = values.pr ? await readPrFile(values.pr) : void 0, { judgeRepository } = await import("./check-T53HM3BZ.js"), { verdictJson, verdictMarkdown } = await import("./report-CI4CEJJ2.js"), configDir = values.config ?? "platform-config", verdict = await judgeRepository({
    repoDir: process.cwd(),
    base: values.base,
    head: values.head ?? "HEAD",
    configDir,
    planFiles,
    pr: prFile ? pullRequestFrom(prFile) : null,
    isTeamMember: async (team, user) => prFile?.teams?.[team]?.includes(user) ?? !1,
    now: /* @__PURE__ */ new Date()
  });
  return format === "json" ? io.out(`${JSON.stringify(verdictJson(verdict))}
`) : io.out(verdictMarkdown(verdict)), verdict.results.some((r) => r.rule.startsWith("config/")) ? 2 : verdict.decision === "allow" ? 0 : 1;
}
async function readPrFile(file) {
  let parsed;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    throw new UsageError(`--pr ${file}: ${errorMessage(err)}`);
  }
  if (parsed === null || typeof parsed != "object" || Array.isArray(parsed))
    throw new UsageError(
      `--pr ${file}: expected a JSON object with author, labels, reviews, teams`
    );
  let f = parsed, strings = (v) => Array.isArray(v) && v.every((x) => typeof x == "string"), problem = f.author !== void 0 && typeof f.author != "string" && "author must be a string" || f.labels !== void 0 && !strings(f.labels) && "labels must be a list of strings" || f.reviews !== void 0 && !(Array.isArray(f.reviews) && f.reviews.every(
    (r) => r && typeof r.user == "string" && typeof r.state == "string" && typeof r.commitId == "string"
  )) && "reviews must be a list of {user, state, commitId}" || f.teams !== void 0 && !(f.teams && typeof f.teams == "object" && Object.values(f.teams).every(strings)) && 'teams must map "@org/team" to lists of logins';
  if (problem) throw new UsageError(`--pr ${file}: ${problem}`);
  return parsed;
}
function pullRequestFrom(f) {
  return {
    number: f.number ?? 0,
    author: f.author ?? "",
    labels: f.labels ?? [],
    headSha: f.headSha ?? "",
    reviews: f.reviews ?? []
  };
}
export {
  POLICY_USAGE,
  policyCommand
};
