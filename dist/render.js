import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  ANNOTATION_LIMIT,
  escapeData,
  escapeProperty
} from "./chunks/chunk-ZUSPSRZ2.js";
import {
  ConfigurationError
} from "./chunks/chunk-TXRGOUFA.js";
import "./chunks/chunk-BOG7BZ5N.js";

// lib/report/job-report.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
function fitSummary(markdown, limit = SUMMARY_LIMIT_BYTES) {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  let note = `

> [!WARNING]
> This summary was cut at GitHub's 1 MiB limit; the full text is in the step log.
`, cut = Buffer.from(markdown).subarray(0, limit - Buffer.byteLength(note)).toString("utf8");
  cut = cut.replace(/\uFFFD$/, "");
  let lastLine = cut.lastIndexOf(`
`);
  return `${lastLine > 0 ? cut.slice(0, lastLine) : cut}${note}`;
}
function reportProblems(title, problems, fileOf) {
  let cell = (s) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " "), rows = problems.map(
    (p) => `| \`${cell(`${fileOf(p.file)}:${p.line}:${p.column}`)}\` | ${cell(p.message)} |`
  ), more = problems.length > ANNOTATION_LIMIT ? `
${problems.length - ANNOTATION_LIMIT} more than GitHub annotates; all are listed here.
` : "";
  return {
    annotate: problems.slice(0, ANNOTATION_LIMIT).map((p) => ({ ...p, file: fileOf(p.file) })),
    markdown: [`### ${title}`, more, "| where | problem |", "|---|---|", ...rows, ""].join(`
`)
  };
}

// actions/runner.ts
import { randomUUID } from "node:crypto";
import { appendFileSync, readFileSync } from "node:fs";
import { EOL } from "node:os";
var InputError = class extends Error {
  name = "InputError";
};
function getInput(name, options = {}) {
  let value = (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  if (options.required && value === "")
    throw new InputError(`Input required and not supplied: ${name}`);
  return value;
}
function getChoiceInput(name, choices, fallback) {
  let value = getInput(name) || fallback;
  if (!choices.includes(value))
    throw new InputError(
      `input "${name}" must be one of ${choices.join(", ")}; got ${JSON.stringify(value)}`
    );
  return value;
}
function setOutput(name, value) {
  let file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(
      `${EOL}::set-output name=${escapeProperty(name)}::${escapeData(value)}${EOL}`
    );
    return;
  }
  let delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
}
function annotate(kind, message, props = {}) {
  let fields = [
    props.title !== void 0 ? `title=${escapeProperty(props.title)}` : "",
    props.file !== void 0 ? `file=${escapeProperty(props.file)}` : "",
    props.line !== void 0 ? `line=${props.line}` : "",
    props.column !== void 0 ? `col=${props.column}` : ""
  ].filter(Boolean);
  process.stdout.write(
    `::${kind}${fields.length > 0 ? ` ${fields.join(",")}` : ""}::${escapeData(message)}${EOL}`
  );
}
function setSecret(secret) {
  secret && process.stdout.write(`::add-mask::${escapeData(secret)}${EOL}`);
}
function info(message) {
  process.stdout.write(`${message}${EOL}`);
}
function appendSummary(markdown) {
  let file = process.env.GITHUB_STEP_SUMMARY;
  file ? appendFileSync(file, markdown.endsWith(`
`) ? markdown : `${markdown}
`) : info(markdown);
}
function setFailed(message) {
  process.exitCode = 1, annotate("error", message);
}
var runnerLog = {
  debug: (m) => process.stdout.write(`::debug::${escapeData(m)}${EOL}`),
  info,
  warning: (m) => annotate("warning", m)
};
function getContext() {
  let env = process.env, [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/"), event = {};
  env.GITHUB_EVENT_PATH && (event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")));
  let number = event.pull_request?.number, server = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    owner,
    repo,
    pullNumber: typeof number == "number" ? number : void 0,
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    runUrl: `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? ""}`
  };
}

// actions/github.ts
async function githubClient(token) {
  setSecret(token);
  let { createGitHubClient } = await import("./chunks/client-6ALVGZJ5.js");
  return createGitHubClient({ token, baseUrl: getContext().apiUrl, log: runnerLog });
}
async function commentOnPullRequest(token, key, head) {
  let context = getContext();
  if (context.pullNumber === void 0) {
    runnerLog.info(`not a pull request (${context.eventName || "no event"}): no comment`);
    return;
  }
  if (!token)
    throw new Error('input "token" is empty: commenting needs a token with pull-requests: write');
  let gh = await githubClient(token), { upsertStickyComment } = await import("./chunks/sticky-comment-VOU5OPWG.js"), result = await upsertStickyComment(
    gh,
    { owner: context.owner, repo: context.repo, issueNumber: context.pullNumber, key },
    { head, sections: [], fullTextAt: `[the job summary](${context.runUrl})` }
  );
  runnerLog.info(`PR #${context.pullNumber}: comment ${result.action}`);
}

// actions/render/main.ts
function getInputs() {
  return {
    configDir: getInput("config-dir", { required: !0 }),
    outDir: getInput("out-dir", { required: !0 }),
    templatesDir: getInput("templates-dir") || void 0,
    mode: getChoiceInput("mode", ["write", "check"], "write"),
    comment: getChoiceInput("comment", ["true", "false"], "false") === "true",
    token: getInput("token")
  };
}
async function run() {
  let inputs;
  try {
    inputs = getInputs();
    let { render } = await import("./chunks/render-N252X3S6.js"), { renderSummaryMarkdown } = await import("./chunks/summary-6DQ3I4XD.js"), result = await render({ ...inputs, check: inputs.mode === "check" });
    setOutput("changed", result.changes.length > 0 ? "true" : "false"), setOutput("files", JSON.stringify(result.changes));
    let markdown = renderSummaryMarkdown(result.changes, {
      outLabel: inputs.outDir,
      written: result.written
    });
    appendSummary(fitSummary(markdown)), inputs.comment && await commentOnPullRequest(inputs.token, "render", markdown), inputs.mode === "check" && result.changes.length > 0 && setFailed(
      `${inputs.outDir}/ is stale: ${result.changes.length} file(s) differ from a fresh render; run \`cloudneutral render\` and commit`
    );
  } catch (err) {
    if (err instanceof ConfigurationError && inputs) {
      let markdown = reportConfigurationProblems(err, inputs.configDir);
      inputs.comment && await commentOnPullRequest(inputs.token, "render", markdown).catch(reportError);
    }
    reportError(err);
  }
}
function reportError(err) {
  setFailed(err instanceof Error ? err.message : String(err));
}
function reportConfigurationProblems(err, configDir) {
  let fileOf = (f) => /^(templates|infra)\//.test(f) ? f : `${configDir}/${f}`, report = reportProblems("Render: configuration problems", err.problems, fileOf);
  for (let p of report.annotate)
    annotate("error", p.message, { file: p.file, line: p.line, column: p.column });
  return appendSummary(fitSummary(report.markdown)), report.markdown;
}
await run();
export {
  run
};
