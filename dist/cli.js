#!/usr/bin/env node
import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  CONSOLE_COMMANDS
} from "./chunks/chunk-SADILYTK.js";
import {
  GTM_COMMANDS
} from "./chunks/chunk-ALFTIZNO.js";
import {
  CommandUsageError,
  HEADER,
  dispatch,
  listOf,
  printUsageError,
  usageLine
} from "./chunks/chunk-GISXQ2J5.js";
import {
  QueryError
} from "./chunks/chunk-JE64DLF2.js";
import {
  AUTO_MERGE_MODES,
  DEFAULT_AUTO_MERGE
} from "./chunks/chunk-LRUJNPW5.js";
import "./chunks/chunk-7EAAW733.js";
import {
  ConfigurationError,
  UsageError,
  errorMessage,
  formatProblem
} from "./chunks/chunk-Q3YCBL2Q.js";
import "./chunks/chunk-BOG7BZ5N.js";

// cli/adopt.ts
import { lstat } from "node:fs/promises";

// cli/version.ts
var VERSION = "0.1.0";

// cli/adopt.ts
var INIT_FLAGS = {
  providers: {
    type: "string",
    arg: "LIST",
    default: "aws",
    help: "one region for each of these providers: aws, gcp, alicloud, onprem (comma-separated)"
  },
  repository: {
    type: "string",
    arg: "OWNER/NAME",
    required: !0,
    help: "the repository on GitHub (apply's cloud trust is scoped to it)"
  },
  owner: {
    type: "string",
    arg: "LOGIN",
    multiple: !0,
    help: "a platform owner, GitHub user or @org/team (repeatable; default: the repository's owner)"
  }
};
async function targetDir(dir) {
  if (dir === "" || /[\u0000-\u001f\u007f]/.test(dir))
    throw new UsageError(
      `DIR ${JSON.stringify(dir)} is not a usable directory name (empty, or a control character)`
    );
  let st = await lstat(dir).catch(() => {
  });
  if (st && !st.isDirectory())
    throw new UsageError(`DIR ${JSON.stringify(dir)} exists and is not a directory`);
  return dir;
}
var DOCTOR_FLAGS = {
  repo: { type: "string", arg: "OWNER/NAME", required: !0, help: "the repository on GitHub" },
  config: {
    type: "string",
    arg: "DIR",
    default: "platform-config",
    help: "the platform-config directory (routes the gates to Environments)"
  },
  infra: { type: "string", arg: "DIR", default: "infra", help: "the rendered output (its units)" },
  "token-env": {
    type: "string",
    arg: "NAME",
    default: "GITHUB_TOKEN",
    help: "the environment variable holding the GitHub token (an administrator's)"
  },
  "bot-app": {
    type: "string",
    arg: "SLUG",
    default: "github-actions",
    help: "the GitHub App that alone may push the status branch (github-actions: GITHUB_TOKEN)"
  },
  format: { type: "string", choices: ["text", "json"], default: "text", help: "output" }
}, ADOPT_COMMANDS = [
  {
    name: "init",
    summary: "scaffold a platform repository: config, a sample service and the workflows",
    flags: INIT_FLAGS,
    args: ["[DIR]"],
    details: `  Writes into DIR (default: the current directory) and never over a file: when any
  file it would write exists, it writes nothing. Exit 1 then.`,
    run: async (values2, args, io) => {
      let { parseProviders, scaffold, writeScaffold } = await import("./chunks/scaffold-B5W55RXG.js"), dir = await targetDir(args[0] ?? "."), files = scaffold({
        repository: values2.repository,
        providers: parseProviders(values2.providers),
        owners: values2.owner,
        version: VERSION
      }), result = await writeScaffold(dir, files);
      if ("existing" in result)
        return io.err(
          `cloudneutral init: wrote nothing: these exist already in ${dir}:
${result.existing.map((e) => `  ${e}
`).join("")}`
        ), 1;
      for (let f of result.written) io.out(`created ${f}
`);
      return io.out(nextSteps(dir, values2.repository)), 0;
    }
  },
  {
    name: "doctor",
    summary: "check on GitHub what the loop needs; each finding says how to fix it",
    flags: DOCTOR_FLAGS,
    details: "  Reads GITHUB_API_URL (default https://api.github.com). Exit 0 when ready, 1 otherwise.",
    run: async (values2, _args, io) => {
      let [owner, name, ...more] = values2.repo.split("/");
      if (!owner || !name || more.length > 0 || !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(values2.repo))
        throw new UsageError(`--repo must be OWNER/NAME, not ${JSON.stringify(values2.repo)}`);
      if (!/^[A-Z_][A-Z0-9_]*$/.test(values2["token-env"]))
        throw new UsageError(
          `--token-env must name an environment variable, not ${JSON.stringify(values2["token-env"])}`
        );
      let token = process.env[values2["token-env"]] ?? "";
      if (token === "")
        throw new UsageError(
          `doctor needs a token in ${values2["token-env"]} (an administrator's: it reads secrets' names, Environments and branch protection)`
        );
      let { validateConfig } = await import("./chunks/model-DVBFPU34.js"), { formatProblem: formatProblem2 } = await import("./chunks/errors-MTCDE5SQ.js"), { config: config3, problems } = await validateConfig(values2.config);
      if (problems.length > 0) {
        for (let p of problems) io.err(`${formatProblem2(p)}
`);
        return io.err(`${values2.config}: fix the configuration first (cloudneutral validate)
`), 1;
      }
      let { createGitHubClient } = await import("./chunks/client-XF6CP53F.js"), { runDoctor } = await import("./chunks/doctor-ZY3ZRIUD.js"), gh = createGitHubClient({
        token,
        ...process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {},
        log: {
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
        }
      }), report = await runDoctor({
        gh,
        owner,
        repo: name,
        config: config3,
        infraDir: values2.infra,
        version: VERSION,
        botApp: values2["bot-app"]
      });
      return values2.format === "json" ? io.out(`${JSON.stringify(report)}
`) : io.out(doctorText(values2.repo, report)), report.ready ? 0 : 1;
    }
  }
];
function doctorText(repo, report) {
  let lines = report.passed.map((p) => `ok    ${p}`);
  for (let f of report.findings)
    lines.push(
      `${f.severity === "error" ? "FAIL " : "warn "} ${f.check}: ${f.message}`,
      `      fix: ${f.fix}`
    );
  let errors = report.findings.filter((f) => f.severity === "error").length;
  return lines.push(
    "",
    report.ready ? `${repo}: ready${report.findings.length ? ` (${report.findings.length} warning(s))` : ""}` : `${repo}: not ready: ${errors} problem(s) to fix`
  ), `${lines.join(`
`)}
`;
}
function nextSteps(dir, repository) {
  return `
Next steps (README, "Adopt in 15 minutes"):
  1. ${dir === "." ? "" : `cd ${JSON.stringify(dir)} && `}npx cloudneutral validate && npx cloudneutral render
  2. replace the placeholder cloud accounts in platform-config/regions/, then
     npx cloudneutral bootstrap   (an administrator applies each printed stack once)
  3. commit everything and push it to ${repository} (main)
  4. create the Environments, branch protection and secrets doctor asks for, then
     npx cloudneutral doctor --repo ${repository}
  5. open a pull request that edits platform-config/; merge it once the checks pass
`;
}

// cli/autoscale.ts
var PROPOSE_FLAGS = {
  "dry-run": { type: "boolean", help: "decide and print; needs no token, writes nothing" },
  region: { type: "string", arg: "R", multiple: !0, help: "only these regions (R,R\u2026 too)" },
  prometheus: { type: "string", arg: "URL", help: "instead of the Platform's" },
  config: { type: "string", arg: "DIR", default: "platform-config", help: "the platform-config" },
  infra: { type: "string", arg: "DIR", default: "infra", help: "the rendered output" },
  repo: {
    type: "string",
    arg: "OWNER/NAME",
    help: "where pull requests go (token in GITHUB_TOKEN)"
  },
  base: { type: "string", arg: "BRANCH", default: "main", help: "what they merge into" },
  "auto-merge": {
    type: "string",
    choices: AUTO_MERGE_MODES,
    default: DEFAULT_AUTO_MERGE,
    help: "which of its own pre-authorised, green PRs a later run merges"
  },
  format: { type: "string", choices: ["markdown", "json"], default: "markdown", help: "output" }
}, AUTOSCALE_COMMANDS = [
  {
    name: "autoscale decide",
    summary: "one region's decision from one JSON object on stdin, as one JSON line",
    flags: {},
    input: "< input.json",
    details: "  Exit 1 on invalid input.",
    run: (_values, _args, io) => decideCommand(io)
  },
  {
    name: "autoscale propose",
    summary: "what autoscale-propose does, from a checkout: one PR per region to resize",
    flags: PROPOSE_FLAGS,
    details: `  Exit 1 on a configuration problem or a region that failed; no data from Prometheus is
  no decision, not a failure.`,
    run: (values2, _args, io) => proposeCommand(values2, io)
  }
];
async function decideCommand(io) {
  if (!io.stdin && process.stdin.isTTY)
    throw new UsageError("the input is read from stdin; pipe a JSON object in");
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
  let { DecisionInputError, formatInputProblem, parseDecisionInput } = await import("./chunks/input-VBVQR3ON.js"), { decide } = await import("./chunks/decide-2AMNLDGQ.js"), input;
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
async function proposeCommand(values2, io) {
  let format = values2.format, dryRun = values2["dry-run"], token = process.env.GITHUB_TOKEN ?? "", [owner, name, ...extra] = (values2.repo ?? "").split("/");
  if (values2.repo !== void 0 && (!owner || !name || extra.length > 0))
    throw new UsageError(`--repo must be OWNER/NAME, got ${JSON.stringify(values2.repo)}`);
  if (!dryRun && values2.repo === void 0)
    throw new UsageError(
      "proposing writes pull requests: name the repository with --repo OWNER/NAME, or use --dry-run"
    );
  if (!dryRun && token === "")
    throw new UsageError("proposing needs a token in GITHUB_TOKEN, or use --dry-run");
  let { ConfigurationError: ConfigurationError2, formatProblem: formatProblem2 } = await import("./chunks/errors-MTCDE5SQ.js"), { proposeAutoscale, runFailed } = await import("./chunks/propose-Y4DEG5JM.js"), { autoscaleMarkdown } = await import("./chunks/report-TADPZ5PX.js"), log = {
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
      let { createGitHubClient } = await import("./chunks/client-XF6CP53F.js");
      github = { gh: createGitHubClient({
        token,
        ...process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {},
        log
      }), repo: { owner, repo: name }, base: values2.base };
    }
    let path = await import("node:path"), configDir = path.resolve(values2.config), { checkoutRoot } = await import("./chunks/git-history-XEZKWJDI.js"), run = await proposeAutoscale({
      configDir,
      infraDir: path.resolve(values2.infra),
      repoDir: await checkoutRoot(configDir) ?? process.cwd(),
      regions: values2.region.flatMap((r) => r.split(",")).map((r) => r.trim()),
      ...values2.prometheus ? { prometheusUrl: values2.prometheus } : {},
      dryRun,
      ...github ? { github } : {},
      autoMerge: values2["auto-merge"],
      log
    });
    return io.out(format === "json" ? `${JSON.stringify(run)}
` : autoscaleMarkdown(run)), runFailed(run) ? 1 : 0;
  } catch (err) {
    if (err instanceof ConfigurationError2) {
      for (let p of err.problems) io.err(`${formatProblem2(p)}
`);
      return 1;
    }
    throw err;
  }
}

// cli/backup.ts
import { readFile } from "node:fs/promises";
var BACKUP_COMMANDS = [
  {
    name: "backup decrypt",
    summary: "a state backup apply kept, decrypted (for `terraform state push` after review)",
    flags: {
      key: { type: "string", arg: "PRIVATE_KEY.pem", required: !0, help: "the backup key" }
    },
    args: ["FILE"],
    run: (values2, [file], io) => decrypt(values2.key, file, io)
  }
];
async function decrypt(keyFile, file, io) {
  let { decryptBackup } = await import("./chunks/backup-6VSCJ7C4.js"), [key, backup] = await Promise.all([readFile(keyFile, "utf8"), readFile(file, "utf8")]);
  try {
    io.out(decryptBackup(JSON.parse(backup), key));
  } catch (err) {
    return io.err(`cloudneutral: cannot decrypt ${file}: ${errorMessage(err)}
`), 1;
  }
  return 0;
}

// cli/bootstrap.ts
var FLAGS = {
  config: {
    type: "string",
    arg: "DIR",
    default: "platform-config",
    help: "the platform-config directory"
  },
  out: { type: "string", arg: "DIR", default: "infra", help: "where the output goes" },
  format: { type: "string", choices: ["text", "json"], default: "text", help: "output" }
}, BOOTSTRAP_COMMANDS = [
  {
    name: "bootstrap",
    summary: "render each cloud account's one-time stack (OIDC trust, state bucket, identities) and say how to apply it",
    flags: FLAGS,
    details: "  Writes what `render` writes; the stacks are <out>/bootstrap/<provider>-<account>/.",
    run: (values2, _args, io) => bootstrap(values2.config, values2.out, values2.format, io)
  }
];
async function bootstrap(configDir, outDir, format, io) {
  let { render } = await import("./chunks/render-VL4CWKBR.js"), { bootstrapGuide } = await import("./chunks/bootstrap-UDP3CRB7.js"), { validateConfig } = await import("./chunks/model-DVBFPU34.js"), { listUnits } = await import("./chunks/inventory-VRRQXQOM.js"), { routeUnits } = await import("./chunks/routing-XZMEY6IP.js"), result = await render({ configDir, outDir }), { config: config3 } = await validateConfig(configDir), environments = [
    ...new Set([...routeUnits(config3, listUnits(outDir)).values()].map((r) => r.environment))
  ].sort();
  return format === "json" ? io.out(`${JSON.stringify({ accounts: result.accounts, environments }, null, 2)}
`) : io.out(bootstrapGuide(result.accounts, outDir, environments)), 0;
}

// cli/read-input.ts
import { readFile as readFile2 } from "node:fs/promises";
async function readUserFile(file) {
  try {
    return { text: await readFile2(file, "utf8") };
  } catch (err) {
    let { code, message } = err;
    return { why: code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : message };
  }
}

// cli/dns.ts
var DNS_HELP = `  FILE: a JSON array of {"name", "type", "ttl", "values", "owner"} record sets ("owner" in
  --current only: a string, or null for nobody we know). Exit 1 on invalid input, and on an
  unsafe plan: one that, in a zone where we own at least --min-owned (10) record sets,
  updates more than --max-update-percent, deletes more than --max-delete-percent, or
  updates and deletes together more than --max-change-percent of them. The update and
  delete limits default to --max-change-percent if given, else 30; --max-change-percent
  defaults to the larger of the two. --force plans it anyway.`, DNS_FLAGS = {
  current: { type: "string", arg: "FILE", required: !0, help: "the record sets there are" },
  desired: { type: "string", arg: "FILE", required: !0, help: "the record sets wanted" },
  owner: { type: "string", arg: "ID", required: !0, help: "our owner id (TXT ownership)" },
  policy: {
    type: "string",
    choices: ["sync", "upsert-only", "create-only"],
    default: "sync",
    help: "what may change"
  },
  adopt: { type: "boolean", help: "take over records nobody we know owns" },
  force: { type: "boolean", help: "plan an unsafe change anyway" },
  "max-change-percent": { type: "string", arg: "N", help: "limit on updates and deletes together" },
  "max-update-percent": { type: "string", arg: "N", help: "limit on updates" },
  "max-delete-percent": { type: "string", arg: "N", help: "limit on deletes" },
  "min-owned": {
    type: "string",
    arg: "N",
    help: "zones with fewer owned record sets have no limit (10)"
  },
  format: { type: "string", choices: ["text", "json"], default: "text", help: "output" }
}, DNS_PLAN = {
  name: "dns plan",
  summary: "the DNS diff between two files of record sets, with the safety limits",
  flags: DNS_FLAGS,
  details: DNS_HELP,
  run: (values2, _args, io) => dnsPlan(values2, io)
}, DNS_COMMANDS = [DNS_PLAN], DNS_USAGE = usageLine(DNS_PLAN), MAX_PROBLEMS_SHOWN = 50;
async function planOptions(values2) {
  let { ownerProblem } = await import("./chunks/parse-6FCYUOET.js"), owner = values2.owner, badOwner = ownerProblem(owner);
  if (badOwner) throw new UsageError(`--owner: ${badOwner}`);
  let limits = safetyLimits(values2);
  if (typeof limits == "string") throw new UsageError(limits);
  return {
    owner,
    policy: values2.policy,
    adopt: values2.adopt,
    force: values2.force,
    ...limits
  };
}
var RATIO_FLAGS = [
  ["max-change-percent", "maxChangeRatio"],
  ["max-update-percent", "maxUpdateRatio"],
  ["max-delete-percent", "maxDeleteRatio"]
];
function safetyLimits(values2) {
  let limits = {};
  for (let [flag, key] of RATIO_FLAGS) {
    let raw = values2[flag];
    if (raw === void 0) continue;
    let n = wholeNumber(raw, 100);
    if (n === void 0)
      return `--${flag} must be a whole number from 0 to 100, not ${JSON.stringify(raw)}`;
    limits[key] = n / 100;
  }
  let together = limits.maxChangeRatio;
  for (let [flag, key] of RATIO_FLAGS.slice(1)) {
    let one = limits[key];
    if (together !== void 0 && one !== void 0 && one > together)
      return `--${flag} ${values2[flag]} is more than --max-change-percent ${values2["max-change-percent"]}, the limit on updates and deletes together: raise that too, or leave it out`;
  }
  let rawMin = values2["min-owned"];
  if (rawMin !== void 0) {
    let minOwned = wholeNumber(rawMin, Number.MAX_SAFE_INTEGER);
    if (minOwned === void 0)
      return `--min-owned must be a whole number \u2265 0, not ${JSON.stringify(rawMin)}`;
    limits.minOwnedForSafety = minOwned;
  }
  return limits;
}
function wholeNumber(raw, max) {
  if (!/^\d{1,16}$/.test(raw)) return;
  let n = Number(raw);
  return n <= max ? n : void 0;
}
async function dnsPlan(values2, io) {
  let options = await planOptions(values2), current = await readRecordSets(values2.current, "current", io), desired = await readRecordSets(values2.desired, "desired", io);
  if (!current || !desired) return 1;
  let { planDns } = await import("./chunks/diff-Y2C7NWJE.js"), plan = planDns(current, desired, options);
  return io.out(values2.format === "json" ? `${JSON.stringify(plan)}
` : planText(plan)), plan.unsafe ? (io.err(`cloudneutral: unsafe DNS plan: ${plan.reason}; pass --force to plan it anyway
`), 1) : 0;
}
async function readRecordSets(file, role, io) {
  let read = await readUserFile(file);
  if ("why" in read) {
    io.err(`cloudneutral: cannot read the ${role} record sets ${file}: ${read.why}
`);
    return;
  }
  let text = read.text, data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    io.err(`cloudneutral: ${file}: not valid JSON: ${errorMessage(err)}
`);
    return;
  }
  let { parseRecordSets } = await import("./chunks/parse-6FCYUOET.js"), { records, problems } = parseRecordSets(data, role);
  if (problems.length === 0) return records;
  for (let p of problems.slice(0, MAX_PROBLEMS_SHOWN))
    io.err(`${file}: ${p.path === "" ? "" : `${p.path}: `}${p.message}
`);
  problems.length > MAX_PROBLEMS_SHOWN && io.err(`${file}: \u2026 and ${problems.length - MAX_PROBLEMS_SHOWN} more problem(s)
`);
}
function planText(plan) {
  let n = (count, what) => `${count} ${what}${count === 1 ? "" : "s"}`, lines = [`dns plan: ${[
    `${plan.create.length} to create`,
    `${plan.update.length} to update`,
    `${plan.delete.length} to delete`,
    n(plan.conflicts.length, "conflict")
  ].join(", ")}`];
  for (let r of plan.create) lines.push(`+ ${r.name} ${r.type} ${r.ttl} ${values(r)}`);
  for (let { from, to } of plan.update) {
    let what = [];
    from.owner !== to.owner && what.push(`adopt from ${ownerText(from.owner)}`), from.ttl !== to.ttl && what.push(`ttl ${from.ttl} \u2192 ${to.ttl}`), values(from) !== values(to) && what.push(`${values(from)} \u2192 ${values(to)}`), lines.push(`~ ${to.name} ${to.type} ${what.join(", ")}`);
  }
  for (let r of plan.delete) lines.push(`- ${r.name} ${r.type} ${r.ttl} ${values(r)}`);
  for (let r of plan.conflicts)
    lines.push(`! ${r.name} ${r.type} owned by ${ownerText(r.owner)}: left alone`);
  return plan.reason !== null && lines.push(`${plan.unsafe ? "unsafe" : "note"}: ${plan.reason}`), `${lines.join(`
`)}
`;
}
function values(r) {
  return JSON.stringify(r.values);
}
function ownerText(owner) {
  return owner ? JSON.stringify(owner) : "nobody we know";
}

// cli/metrics.ts
var EXIT_PARTIAL = 4, config = {
  type: "string",
  arg: "DIR",
  default: "platform-config",
  help: "the platform-config"
}, region = {
  type: "string",
  arg: "R",
  multiple: !0,
  help: "only these regions (R,R\u2026 too); all by default"
}, scope = {
  tenant: { type: "string", arg: "T", help: "only series (or streams) of this tenant" },
  project: { type: "string", arg: "P", help: "only this project's" },
  env: { type: "string", arg: "E", help: "only this environment's" },
  service: { type: "string", arg: "S", help: "only this service's" }
}, timeout = {
  type: "string",
  arg: "SECONDS",
  default: "10",
  help: "per request to a source; 3 attempts at most"
}, QUERY_FLAGS = {
  config,
  region,
  ...scope,
  range: { type: "string", arg: "DURATION", help: "a range query over this long (1h, 90m\u2026)" },
  step: { type: "string", arg: "DURATION", default: "1m", help: "the range query's resolution" },
  time: {
    type: "string",
    arg: "TIME",
    help: "evaluation time, or the range's end (RFC 3339 or Unix seconds); now by default"
  },
  timeout,
  format: { type: "string", choices: ["table", "json"], default: "table", help: "output" }
}, CHECK_FLAGS = {
  config,
  region,
  time: { type: "string", arg: "TIME", help: "evaluation time (RFC 3339 or Unix seconds)" },
  timeout,
  format: { type: "string", choices: ["table", "json"], default: "table", help: "output" }
}, LOGS_FLAGS = {
  config,
  region,
  ...scope,
  since: { type: "string", arg: "DURATION", default: "15m", help: "how far back" },
  until: { type: "string", arg: "TIME", help: "the window's end (RFC 3339 or Unix seconds)" },
  grep: { type: "string", arg: "TEXT", help: "only lines containing TEXT (exact, case included)" },
  limit: { type: "string", arg: "N", default: "100", help: "lines at most, newest first" },
  timeout,
  format: { type: "string", choices: ["text", "json"], default: "text", help: "output" }
}, EXITS = `  Exit 0 whole, 4 partial (some regions did not answer: named in the output), 1 a
  configuration problem, a rejected query or no region answered, 2 usage.`, METRICS_COMMANDS = [
  {
    name: "metrics query",
    summary: "one PromQL query over every region's Prometheus, merged, each series with its region",
    flags: QUERY_FLAGS,
    args: ["PROMQL"],
    details: EXITS,
    run: (values2, args, io) => queryCommand(values2, args[0] ?? "", io)
  },
  {
    name: "metrics check",
    summary: "which series lack tenant, project, env, region or service, per source and job",
    flags: CHECK_FLAGS,
    details: `  Exit 0 no gap, 1 gaps found (or a configuration problem), 4 no gap among the sources
  that answered but some did not, 2 usage.`,
    run: (values2, _args, io) => checkCommand(values2, io)
  },
  {
    name: "logs",
    summary: "log lines from every region's Loki, merged newest first",
    flags: LOGS_FLAGS,
    details: EXITS,
    run: (values2, _args, io) => logsCommand(values2, io)
  }
];
function scopeOf(values2) {
  let out = {};
  for (let k of ["tenant", "project", "env", "service"]) {
    let v = values2[k];
    v !== void 0 && (out[k] = v);
  }
  return out;
}
async function hub() {
  return import("./chunks/hub-UR7G76TN.js");
}
async function timeoutMs(raw) {
  let n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n) || n <= 0 || n > 600) {
    let { UsageError: UsageError2 } = await import("./chunks/errors-MTCDE5SQ.js");
    throw new UsageError2(`--timeout must be seconds between 0 and 600, not ${JSON.stringify(raw)}`);
  }
  return n * 1e3;
}
async function queryCommand(values2, promql, io) {
  let { durationSeconds, loadSources, timeFlag } = await hub(), { promqlSyntaxError } = await import("./chunks/inject-4I4MIC4Q.js"), { UsageError: UsageError2 } = await import("./chunks/errors-MTCDE5SQ.js"), problem = promqlSyntaxError(promql);
  if (problem !== void 0) throw new UsageError2(`PROMQL does not parse: ${problem}`);
  let end = values2.time !== void 0 ? timeFlag("--time", values2.time) : /* @__PURE__ */ new Date(), range = values2.range !== void 0 ? {
    start: new Date(end.getTime() - durationSeconds("--range", values2.range) * 1e3),
    end,
    stepSeconds: durationSeconds("--step", values2.step)
  } : void 0;
  if (range && (range.end.getTime() - range.start.getTime()) / 1e3 / range.stepSeconds > 11e3)
    throw new UsageError2("--range / --step is more than 11,000 points, Prometheus' limit");
  let ms = await timeoutMs(values2.timeout), sources = await loadSources(values2.config, "metrics", values2.region, process.env), { queryRegions } = await import("./chunks/fan-out-ZDEHB6V7.js"), { queryJson, queryTable } = await import("./chunks/report-WD3O6O33.js"), result;
  try {
    result = await queryRegions(promql, sources, {
      timeoutMs: ms,
      scope: scopeOf(values2),
      ...range ? { range } : values2.time !== void 0 ? { time: end } : {}
    });
  } catch (err) {
    if (!(err instanceof QueryError)) throw err;
    return io.err(`cloudneutral: ${err.message}
`), 1;
  }
  return io.out(values2.format === "json" ? `${JSON.stringify(queryJson(result))}
` : queryTable(result)), exitOf(result.regions.length, result.missing.length, io);
}
function exitOf(asked, missing, io) {
  return missing === 0 ? 0 : missing === asked ? (io.err(`cloudneutral: no region answered
`), 1) : (io.err(`cloudneutral: partial result: ${missing} of ${asked} regions did not answer
`), EXIT_PARTIAL);
}
async function checkCommand(values2, io) {
  let { distinctSources, loadSources, timeFlag } = await hub(), time = values2.time !== void 0 ? timeFlag("--time", values2.time) : void 0, ms = await timeoutMs(values2.timeout), sources = await loadSources(values2.config, "metrics", values2.region, process.env), { checkLabels } = await import("./chunks/label-check-MUMCAD5O.js"), { checkTable } = await import("./chunks/report-WD3O6O33.js"), distinct = distinctSources(sources), check = await checkLabels(distinct.sources, distinct.unconfigured, {
    timeoutMs: ms,
    ...time ? { time } : {}
  });
  if (io.out(values2.format === "json" ? `${JSON.stringify(check)}
` : checkTable(check)), check.gaps > 0) return 1;
  let answered = check.sources.filter((s) => s.status === "ok").length;
  return check.partial && answered === 0 ? (io.err(`cloudneutral: no source answered
`), 1) : check.partial ? EXIT_PARTIAL : 0;
}
async function logsCommand(values2, io) {
  let { durationSeconds, loadSources, timeFlag } = await hub(), { UsageError: UsageError2 } = await import("./chunks/errors-MTCDE5SQ.js"), end = values2.until !== void 0 ? timeFlag("--until", values2.until) : /* @__PURE__ */ new Date(), start = new Date(end.getTime() - durationSeconds("--since", values2.since) * 1e3), limit = Number(values2.limit);
  if (!/^[0-9]+$/.test(values2.limit) || limit < 1 || limit > 5e3)
    throw new UsageError2(
      `--limit must be a whole number from 1 to 5000, not ${JSON.stringify(values2.limit)}`
    );
  let ms = await timeoutMs(values2.timeout), sources = await loadSources(values2.config, "logs", values2.region, process.env), { queryLogs } = await import("./chunks/logs-HFJSLZWG.js"), { logsText } = await import("./chunks/report-WD3O6O33.js"), result;
  try {
    result = await queryLogs(sources, {
      timeoutMs: ms,
      scope: scopeOf(values2),
      ...values2.grep !== void 0 ? { grep: values2.grep } : {},
      start,
      end,
      limit
    });
  } catch (err) {
    if (!(err instanceof QueryError)) throw err;
    return io.err(`cloudneutral: ${err.message}
`), 1;
  }
  return io.out(
    values2.format === "json" ? `${JSON.stringify({ status: result.partial ? "partial" : "complete", missing: result.regions.filter((r) => r.status === "missing"), truncated: result.truncated, lines: result.lines })}
` : logsText(result)
  ), exitOf(result.regions.length, result.missing.length, io);
}

// cli/plan.ts
var SUMMARIZE_FLAGS = {
  "plan-json": {
    type: "string",
    arg: "FILE",
    required: !0,
    help: "the plan as `terraform show -json` prints it"
  },
  format: { type: "string", choices: ["json", "markdown"], default: "json", help: "output" },
  stack: { type: "string", arg: "NAME", help: "the title (default: the file name)" }
}, PR_FLAGS = {
  base: { type: "string", arg: "REF", required: !0, help: "the branch's base, e.g. origin/main" },
  head: { type: "string", arg: "REF", default: "HEAD", help: "the branch" },
  repo: { type: "string", arg: "DIR", default: ".", help: "the repository" },
  binary: {
    type: "string",
    arg: "terraform|tofu",
    default: "terraform",
    help: "what plans: terraform, tofu or a path to either"
  },
  config: { type: "string", arg: "DIR", default: "platform-config", help: "in the repository" },
  infra: { type: "string", arg: "DIR", default: "infra", help: "in the repository" },
  templates: { type: "string", arg: "DIR", default: "templates", help: "in the repository" },
  format: { type: "string", choices: ["markdown", "json"], default: "markdown", help: "output" }
}, PLAN_COMMANDS = [
  {
    name: "plan summarize",
    summary: "what a saved Terraform plan changes (exit 1: unreadable or invalid plan)",
    flags: SUMMARIZE_FLAGS,
    run: (values2, _args, io) => summarize(values2, io)
  },
  {
    name: "plan pr",
    summary: "plan-comment run locally: the units the branch affects, each planned",
    flags: PR_FLAGS,
    details: "  Exit 1 when a unit could not be planned.",
    run: (values2, _args, io) => prCommand(values2, io)
  }
];
async function summarize(parsed, io) {
  let file = parsed["plan-json"], read = await readUserFile(file);
  if ("why" in read)
    return io.err(`cloudneutral: cannot read the plan ${file}: ${read.why}
`), 1;
  let text = read.text, { UsageError: UsageError2 } = await import("./chunks/model-DVBFPU34.js"), { parsePlanJson } = await import("./chunks/parse-GRPAMT37.js"), { summarizePlan, summaryJson } = await import("./chunks/summary-CP5MIIVX.js"), label = parsed.stack ?? file, summary;
  try {
    summary = summarizePlan(parsePlanJson(text, label), label);
  } catch (err) {
    if (!(err instanceof UsageError2)) throw err;
    return io.err(`cloudneutral: ${err.message}
`), 1;
  }
  if (parsed.format === "json")
    return io.out(`${JSON.stringify(summaryJson(summary))}
`), 0;
  let { planMarkdown } = await import("./chunks/markdown-7VDCQSVB.js");
  return io.out(planMarkdown(summary, { title: label })), 0;
}
async function prCommand(values2, io) {
  let format = values2.format, pull = await import("./chunks/pull-CR5E7IYN.js"), path = await import("node:path"), repoDir = path.resolve(values2.repo), options = {
    repoDir,
    base: values2.base,
    head: values2.head,
    configDir: values2.config,
    infraDir: values2.infra,
    templatesDir: values2.templates
  }, scope2 = await pull.pullScope(options), log = {
    debug: () => {
    },
    info: (m) => io.err(`${m}
`),
    warning: (m) => io.err(`warning: ${m}
`),
    group: (title, lines) => io.err(`\u2500\u2500 ${title}
${lines.join(`
`)}
`)
  }, results = await pull.planScope(scope2, {
    infraDir: path.resolve(repoDir, options.infraDir),
    log,
    terraformBinary: values2.binary
  }), failed = results.some((r) => r.status === "failed" || r.status === "removed");
  if (format === "json")
    return io.out(`${JSON.stringify({ head: scope2.head, mergeBase: scope2.mergeBase, results })}
`), failed ? 1 : 0;
  let { planComment } = await import("./chunks/comment-WWH2HZTS.js"), { commentTemplates } = await import("./chunks/comment-templates-BZ7ACIV7.js"), { full } = planComment({
    results,
    routes: scope2.routes,
    commit: scope2.head,
    diffs: await pull.fileDiffs(options, scope2),
    templates: await commentTemplates(repoDir, values2.base, options.templatesDir),
    fullTextAt: "this output"
  });
  return io.out(`${full}
`), failed ? 1 : 0;
}

// cli/policy.ts
import { readFile as readFile3 } from "node:fs/promises";
var CHECK_FLAGS2 = {
  base: { type: "string", arg: "REF", required: !0, help: "the branch's base, e.g. main" },
  head: { type: "string", arg: "REF", default: "HEAD", help: "the branch" },
  pr: { type: "string", arg: "FILE", help: "the pull request: author, labels, reviews, teams" },
  config: { type: "string", arg: "DIR", default: "platform-config", help: "the platform-config" },
  plan: { type: "string", arg: "STACK=FILE", multiple: !0, help: "a stack's plan JSON" },
  "autoscale-author": {
    type: "string",
    arg: "LOGIN",
    help: `the autoscaler, whose node-count PRs an AutoscalePolicy pre-authorises (default: the policy-check action's, "" for none)`
  },
  format: { type: "string", choices: ["text", "json"], default: "text", help: "output" }
}, POLICY_COMMANDS = [
  {
    name: "policy check",
    summary: "the policy-check action's judgement, run locally",
    flags: CHECK_FLAGS2,
    details: `  Exit 0 allow, 1 deny, 2 usage or configuration error. --pr FILE: a JSON object with
  author, labels, reviews [{user, state, commitId}] and teams {"@org/team": [logins]}.`,
    run: (values2, _args, io) => policyCheck(values2, io)
  }
];
async function policyCheck(values2, io) {
  let { ConfigurationError: ConfigurationError2, formatProblem: formatProblem2 } = await import("./chunks/errors-MTCDE5SQ.js");
  try {
    return await judge(values2, io);
  } catch (err) {
    if (err instanceof ConfigurationError2) {
      for (let p of err.problems) io.err(`${formatProblem2(p)}
`);
      return 2;
    }
    throw err;
  }
}
async function judge(values2, io) {
  let format = values2.format, { parsePlanSpecs } = await import("./chunks/plan-spec-LO6D5YK5.js"), planFiles = parsePlanSpecs(values2.plan), prFile = values2.pr ? await readPrFile(values2.pr) : void 0, { judgeRepository } = await import("./chunks/check-CWBJIPKX.js"), { verdictJson, verdictMarkdown } = await import("./chunks/report-DBIMPKGI.js"), configDir = values2.config, verdict = await judgeRepository({
    repoDir: process.cwd(),
    base: values2.base,
    head: values2.head,
    configDir,
    planFiles,
    pr: prFile ? pullRequestFrom(prFile) : null,
    isTeamMember: async (team, user) => prFile?.teams?.[team]?.includes(user) ?? !1,
    now: /* @__PURE__ */ new Date(),
    ...values2["autoscale-author"] !== void 0 ? { autoscaleAuthor: values2["autoscale-author"] } : {}
  });
  return format === "json" ? io.out(`${JSON.stringify(verdictJson(verdict))}
`) : io.out(verdictMarkdown(verdict)), verdict.results.some((r) => r.rule.startsWith("config/")) ? 2 : verdict.decision === "allow" ? 0 : 1;
}
async function readPrFile(file) {
  let parsed;
  try {
    parsed = JSON.parse(await readFile3(file, "utf8"));
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

// cli/cloudneutral.ts
var config2 = {
  type: "string",
  arg: "DIR",
  default: "platform-config",
  help: "the platform-config directory"
}, VALIDATE_FLAGS = {
  config: config2,
  format: {
    type: "string",
    choices: ["text", "json", "github"],
    default: "text",
    help: "problems as file:line:col lines, one JSON object, or workflow commands"
  }
}, RENDER_FLAGS = {
  config: config2,
  out: { type: "string", arg: "DIR", default: "infra", help: "where the output goes" },
  templates: {
    type: "string",
    arg: "DIR",
    help: "the templates (default: templates/ beside the config directory, else the built-in ones)"
  },
  check: { type: "boolean", help: "write nothing; exit 1 when the output is not up to date" },
  format: { type: "string", choices: ["text", "json"], default: "text", help: "output" }
}, MAIN_FLAGS = {
  config: config2,
  out: { type: "string", arg: "DIR", default: "infra", help: "the committed output" }
}, COMMANDS = [
  {
    name: "validate",
    summary: "check platform-config: YAML, schema and references, every problem at once",
    flags: VALIDATE_FLAGS,
    details: "  Exit 1 when there is a problem.",
    run: (values2, _args, io) => validateCommand(values2, io)
  },
  {
    name: "render",
    summary: "render platform-config into infra/ (or check that it is up to date)",
    flags: RENDER_FLAGS,
    run: (values2, _args, io) => renderCommand(values2, io)
  },
  {
    name: "main",
    summary: "what `npm start` runs: validate, render against the committed output, preview, and build the console",
    flags: MAIN_FLAGS,
    run: (values2, _args, io) => mainCommand(values2, io)
  },
  ...BOOTSTRAP_COMMANDS,
  ...POLICY_COMMANDS,
  ...PLAN_COMMANDS,
  ...GTM_COMMANDS,
  ...DNS_COMMANDS,
  ...AUTOSCALE_COMMANDS,
  ...METRICS_COMMANDS,
  ...BACKUP_COMMANDS,
  ...CONSOLE_COMMANDS,
  ...ADOPT_COMMANDS
], stdio = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t)
};
async function runCli(argv, io = stdio) {
  let [first, ...rest] = argv;
  if (first === "--version")
    return io.out(`${VERSION}
`), 0;
  if (first === void 0)
    return io.err(listOf(COMMANDS, HEADER)), 2;
  if (first === "help" && rest.length > 0) return runCli([...rest, "--help"], io);
  if (first === "help" || first === "--help" || first === "-h")
    return io.out(listOf(COMMANDS, HEADER)), 0;
  try {
    return await dispatch(COMMANDS, argv, io);
  } catch (err) {
    if (err instanceof CommandUsageError) return printUsageError(err, io);
    if (err instanceof ConfigurationError) {
      for (let p of err.problems) io.err(`${formatProblem(p)}
`);
      return 1;
    }
    throw err;
  }
}
async function validateCommand(opts, io) {
  let fmt = opts.format, { validateConfig } = await import("./chunks/model-DVBFPU34.js"), { errorCommand } = await import("./chunks/workflow-commands-ZBHNP67U.js"), dir = opts.config, { config: config3, problems } = await validateConfig(dir), ok = problems.length === 0;
  if (fmt === "json") io.out(`${JSON.stringify({ ok, errors: problems })}
`);
  else if (fmt === "github")
    for (let p of problems) io.out(`${errorCommand(p)}
`);
  else if (ok)
    io.out(`${dir}: valid (${config3.docs.length} documents in ${config3.files.length} files)
`);
  else {
    for (let p of problems) io.err(`${formatProblem(p)}
`);
    io.err(`${dir}: ${problems.length} problem(s)
`);
  }
  return ok ? 0 : 1;
}
async function renderCommand(opts, io) {
  let fmt = opts.format, { render } = await import("./chunks/render-VL4CWKBR.js"), outDir = opts.out, result = await render({
    configDir: opts.config,
    outDir,
    templatesDir: opts.templates,
    check: opts.check
  }), stale = opts.check && result.changes.length > 0;
  if (fmt === "json")
    io.out(`${JSON.stringify({ ok: !stale, check: opts.check, changes: result.changes })}
`);
  else if (opts.check) {
    let word = { create: "missing", update: "stale", delete: "extra" };
    for (let c of result.changes) io.out(`${word[c.change]}: ${outDir}/${c.path}
`);
    io.out(
      stale ? `${outDir}: ${result.changes.length} file(s) differ from a fresh render; run cloudneutral render
` : `${outDir}: up to date
`
    );
  } else {
    for (let c of result.changes) io.out(`${c.change}: ${outDir}/${c.path}
`);
    io.out(
      `${outDir}: ${result.changes.length} file(s) changed, ${result.owned} owned by render
`
    );
  }
  return stale ? 1 : 0;
}
async function mainCommand(opts, io) {
  let { render } = await import("./chunks/render-VL4CWKBR.js"), { regionsMarkdown, renderSummaryMarkdown } = await import("./chunks/summary-QRSSU73T.js"), configDir = opts.config, outDir = opts.out, result = await render({ configDir, outDir, check: !0 });
  io.out(
    `## CloudNeutral

Validate: \`${configDir}/\` is valid \u2014 ${result.documents} documents in ${result.files} files.

`
  ), io.out(`${regionsMarkdown(result.regions)}
`), io.out(renderSummaryMarkdown(result.changes, { outLabel: outDir, written: !1 }));
  let { judgeWholeConfig } = await import("./chunks/check-CWBJIPKX.js"), { verdictMarkdown } = await import("./chunks/report-DBIMPKGI.js"), verdict = await judgeWholeConfig(configDir, /* @__PURE__ */ new Date());
  io.out(`
${verdictMarkdown(verdict)}`);
  let { validateConfig } = await import("./chunks/model-DVBFPU34.js"), { planPreview } = await import("./chunks/preview-OM3GNHZJ.js"), { silentLogger } = await import("./chunks/logger-G6OHHJMC.js"), { config: config3 } = await validateConfig(configDir), binary = config3.byKind.Platform[0]?.value.spec.terraform?.binary ?? "terraform";
  io.out(
    `
${await planPreview({ config: config3, outDir, rendered: result, terraformBinary: binary, log: silentLogger })}`
  );
  let { autoscaleDryRun } = await import("./chunks/dry-run-WHWNW5XL.js");
  io.out(`
${await autoscaleDryRun(configDir, outDir)}`);
  let { gtmDryRun } = await import("./chunks/gtm-5XMSNPTP.js"), path = await import("node:path"), root = path.dirname(path.resolve(outDir));
  io.out(`
${await gtmDryRun(configDir, root)}`);
  let { consoleBuild } = await import("./chunks/console-24POYSJV.js"), site = await consoleBuild({ configDir, infraDir: outDir, out: path.join(root, "site") });
  return io.out(`
## Console

${site.text}`), 0;
}

// cli/main.ts
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`cloudneutral: internal error: ${err.stack ?? String(err)}
`), process.exitCode = 3;
  }
);
