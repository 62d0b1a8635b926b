import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  fitSummary,
  reportProblems
} from "./chunk-GPRVIFN3.js";
import {
  escapeData,
  escapeProperty
} from "./chunk-53UA33VZ.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-Q3YCBL2Q.js";

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
function getBooleanInput(name, fallback) {
  return getChoiceInput(name, ["true", "false"], fallback ? "true" : "false") === "true";
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
function maskUrlCredentials(url) {
  if (!url) return;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  for (let part of [parsed.username, parsed.password]) {
    if (!part) continue;
    setSecret(part);
    let decoded = part;
    try {
      decoded = decodeURIComponent(part);
    } catch {
    }
    decoded !== part && setSecret(decoded);
  }
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
function failStep(err, title) {
  let table;
  if (err instanceof ConfigurationError) {
    let report = reportProblems(title, err.problems);
    for (let p of report.annotate)
      annotate("error", p.message, { file: p.file, line: p.line, column: p.column });
    appendSummary(fitSummary(report.markdown)), table = report.markdown;
  }
  return setFailed(errorMessage(err)), table;
}
var runnerLog = {
  debug: (m) => process.stdout.write(`::debug::${escapeData(m)}${EOL}`),
  info,
  warning: (m) => annotate("warning", m),
  // A fold in the log; workflow commands are switched off inside it, so a line of the
  // program's output that looks like one (`::add-mask::`, `::error::`) stays text.
  group(title, lines) {
    let token = randomUUID();
    process.stdout.write(`::group::${escapeData(title)}${EOL}::stop-commands::${token}${EOL}`);
    for (let line of lines) process.stdout.write(`${line}${EOL}`);
    process.stdout.write(`::${token}::${EOL}::endgroup::${EOL}`);
  }
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
    pull: event.pull_request ? { baseSha: event.pull_request.base?.sha ?? "", headSha: event.pull_request.head?.sha ?? "" } : void 0,
    before: typeof event.before == "string" ? event.before : void 0,
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    runId: env.GITHUB_RUN_ID ?? "local",
    runUrl: `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? ""}`
  };
}

// actions/github.ts
var clients = /* @__PURE__ */ new Map();
function githubClient(token) {
  let client = clients.get(token);
  return client || (setSecret(token), client = import("./client-XF6CP53F.js").then(
    ({ createGitHubClient }) => createGitHubClient({ token, baseUrl: getContext().apiUrl, log: runnerLog })
  ), clients.set(token, client)), client;
}
async function commentOnPullRequest(token, key, content, pullNumber) {
  try {
    await upsertComment(
      token,
      key,
      typeof content == "string" ? { head: content, sections: [] } : content,
      pullNumber
    );
  } catch (err) {
    runnerLog.warning(
      `could not update the PR comment (${key}): ${err instanceof Error ? err.message : String(err)}`
    );
  }
}
async function upsertComment(token, key, content, pullNumber) {
  let context = { ...getContext() };
  if (context.pullNumber = pullNumber ?? context.pullNumber, context.pullNumber === void 0) {
    runnerLog.info(`not a pull request (${context.eventName || "no event"}): no comment`);
    return;
  }
  if (!token)
    throw new Error('input "token" is empty: commenting needs a token with pull-requests: write');
  let gh = await githubClient(token), { upsertStickyComment } = await import("./sticky-comment-YTQ3R7TU.js"), result = await upsertStickyComment(
    gh,
    { owner: context.owner, repo: context.repo, issueNumber: context.pullNumber, key },
    { ...content, fullTextAt: `[the job summary](${context.runUrl})` }
  );
  runnerLog.info(`PR #${context.pullNumber}: comment ${result.action}`);
}

export {
  InputError,
  getInput,
  getChoiceInput,
  getBooleanInput,
  setOutput,
  annotate,
  setSecret,
  maskUrlCredentials,
  appendSummary,
  setFailed,
  failStep,
  runnerLog,
  getContext,
  githubClient,
  commentOnPullRequest
};
