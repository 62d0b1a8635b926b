// The GitHub runner as a JavaScript action sees it: `node dist/<name>.js` under Node 24, in a
// git checkout, with INPUT_* (action.yml defaults filled in), GITHUB_* variables, an event
// payload file, and the files the runner reads back afterwards (GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY). Workflow commands printed on stdout come back parsed, as the runner
// turns them into annotations. Every URL handed to the action points at loopback.
import { execFile, spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { constants, tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import type { GitHubSim } from "./github-sim/index.ts";
import { ROOT, scratch } from "./helpers.ts";
import { TEST_GITHUB_PACING, TEST_WATCH_CLOCK } from "./pacing.ts";

/** The Node.js the actions declare (`runs.using: node24`), from the `node` dev dependency. */
export const NODE24 = path.join(ROOT, "node_modules/node/bin/node");

export const DEFAULT_REPOSITORY = "cloudneutral/platform";

/**
 * Where GITHUB_API_URL points when a test gives no local GitHub: a loopback port nothing
 * listens on (discard), so a stray request fails at once instead of reaching github.com.
 */
export const UNREACHABLE_API_URL = "http://127.0.0.1:9";

export type AnnotationKind = "error" | "warning" | "notice";

export interface Annotation {
  kind: AnnotationKind;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  title?: string;
}

export interface ActionRun {
  /** Exit code; 128 + signal number when the process was killed. */
  code: number;
  stdout: string;
  stderr: string;
  /** What the action wrote to GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** What the action wrote to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** `::error|warning|notice …::…` workflow commands from stdout, decoded. */
  annotations: Annotation[];
}

export interface RunActionOptions {
  /** GITHUB_WORKSPACE and the working directory: a real git checkout (see gitCheckout). */
  workspace: string;
  /** The step's `with:`; inputs left out get their action.yml default, as on the runner. */
  inputs?: Record<string, string>;
  /** GITHUB_API_URL of a local GitHub (loopback only); server and GraphQL URLs are derived. */
  apiUrl?: string;
  /** Sets GITHUB_TOKEN; passing it as the `token` input is the caller's business. */
  token?: string;
  /** GITHUB_REPOSITORY, `owner/name`; default {@link DEFAULT_REPOSITORY}. */
  repository?: string;
  /** GITHUB_EVENT_NAME; default `push`. */
  eventName?: string;
  /** The webhook payload behind GITHUB_EVENT_PATH; default a push of `sha` (or `{}`). */
  event?: object;
  /** GITHUB_SHA; default `git rev-parse HEAD` in the workspace. */
  sha?: string;
  /** GITHUB_REF; default `refs/pull/<n>/merge` for pull_request events, else `refs/heads/main`. */
  ref?: string;
  /** Further environment variables (URLs among them must be loopback too). */
  env?: Record<string, string>;
  /**
   * `permissions: id-token: write`: ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN from the local
   * GitHub's token service, whose tokens carry the run's context. `workflowRef` (and
   * GITHUB_WORKFLOW_REF) defaults to `<repository>/.github/workflows/cloudneutral-test.yml@<ref>`;
   * `claims` overrides any claim.
   */
  oidc?: {
    sim: { requestFor(claims: Record<string, unknown>): { url: string; token: string } };
    workflowRef?: string;
    claims?: Record<string, unknown>;
  };
}

const git = promisify(execFile);

/** Makes `dir` a git repository on `main` with everything in it committed; returns HEAD's sha. */
export async function gitCheckout(dir: string): Promise<string> {
  await git("git", ["init", "-q", "-b", "main"], { cwd: dir });
  await git("git", ["config", "user.name", "CloudNeutral Test"], { cwd: dir });
  await git("git", ["config", "user.email", "test@cloudneutral.invalid"], { cwd: dir });
  await git("git", ["config", "commit.gpgsign", "false"], { cwd: dir });
  return gitCommit(dir, "initial");
}

/** Commits everything in the checkout at `dir` (a PR's next head, say); returns the new sha. */
export async function gitCommit(dir: string, message: string): Promise<string> {
  await git("git", ["add", "-A"], { cwd: dir });
  await git("git", ["commit", "-q", "--no-verify", "--allow-empty", "-m", message], { cwd: dir });
  return (await git("git", ["rev-parse", "HEAD"], { cwd: dir })).stdout.trim();
}

/**
 * Pushes `main` and the branch `head` from the checkout at `dir` to the local GitHub and opens
 * a pull request from `head` into `main` by `user`; returns its number.
 */
export async function openPullRequest(
  sim: GitHubSim,
  dir: string,
  pull: { owner: string; repo: string; head: string; title: string; user: string },
): Promise<number> {
  await git(
    "git",
    ["push", "-q", "--force", sim.gitUrl(pull.owner, pull.repo), "main", pull.head],
    {
      cwd: dir,
    },
  );
  return sim.createPull(pull.owner, pull.repo, {
    head: pull.head,
    base: "main",
    title: pull.title,
    user: pull.user,
  });
}

function repositoryPayload(fullName: string) {
  const [owner = "", name = ""] = fullName.split("/");
  return { full_name: fullName, name, owner: { login: owner }, default_branch: "main" };
}

/** A `pull_request` webhook payload with the fields actions read. */
export function pullRequestEvent(pr: {
  number: number;
  head: { ref: string; sha: string };
  base: { ref?: string; sha: string };
  user?: string;
  labels?: string[];
  action?: string;
  repository?: string;
}) {
  const user = { login: pr.user ?? "octocat" };
  return {
    action: pr.action ?? "synchronize",
    number: pr.number,
    pull_request: {
      number: pr.number,
      state: "open",
      head: pr.head,
      base: { ref: pr.base.ref ?? "main", sha: pr.base.sha },
      user,
      labels: (pr.labels ?? []).map((name) => ({ name })),
    },
    repository: repositoryPayload(pr.repository ?? DEFAULT_REPOSITORY),
    sender: user,
  };
}

/** A `push` webhook payload. */
export function pushEvent(push: {
  after: string;
  before?: string;
  ref?: string;
  pusher?: string;
  repository?: string;
}) {
  return {
    ref: push.ref ?? "refs/heads/main",
    before: push.before ?? "0".repeat(40),
    after: push.after,
    head_commit: { id: push.after },
    repository: repositoryPayload(push.repository ?? DEFAULT_REPOSITORY),
    sender: { login: push.pusher ?? "octocat" },
  };
}

function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function assertLoopback(url: string, what: string): void {
  if (!isLoopback(new URL(url).hostname))
    throw new Error(`runAction: ${what} must be a loopback URL, got ${url}`);
}

/** GITHUB_API_URL and the server and GraphQL URLs GitHub (or GHES, `…/api/v3`) pairs with it. */
export function githubUrls(apiUrl: string): Record<string, string> {
  assertLoopback(apiUrl, "apiUrl");
  const api = apiUrl.replace(/\/+$/, "");
  if (api.endsWith("/api/v3")) {
    const server = api.slice(0, -"/api/v3".length);
    return {
      GITHUB_API_URL: api,
      GITHUB_SERVER_URL: server,
      GITHUB_GRAPHQL_URL: `${server}/api/graphql`,
    };
  }
  return {
    GITHUB_API_URL: api,
    GITHUB_SERVER_URL: new URL(api).origin,
    GITHUB_GRAPHQL_URL: `${api}/graphql`,
  };
}

/** The inputs action.yml declares, with their defaults. */
async function declaredInputs(name: string): Promise<Record<string, { default?: unknown }>> {
  const file = path.join(ROOT, "actions", name, "action.yml");
  const metadata = parse(await readFile(file, "utf8")) as { inputs?: Record<string, object> };
  return metadata.inputs ?? {};
}

const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;

function refName(ref: string): { GITHUB_REF_NAME: string; GITHUB_REF_TYPE: string } {
  const tag = /^refs\/tags\/(.+)$/.exec(ref);
  if (tag) return { GITHUB_REF_NAME: tag[1]!, GITHUB_REF_TYPE: "tag" };
  return { GITHUB_REF_NAME: ref.replace(/^refs\/(heads|pull)\//, ""), GITHUB_REF_TYPE: "branch" };
}

const COMPILE_CACHE = path.join(tmpdir(), "cloudneutral-test-compile-cache");

/** Runs the bundled action `dist/<name>.js` as the runner runs a `node24` action's main. */
export async function runAction(name: string, options: RunActionOptions): Promise<ActionRun> {
  const { workspace } = options;
  for (const [key, value] of Object.entries(options.env ?? {}))
    if (/^https?:\/\//i.test(value)) assertLoopback(value, `env.${key}`);
  const urls = githubUrls(options.apiUrl ?? UNREACHABLE_API_URL);

  const sha =
    options.sha ??
    (await git("git", ["rev-parse", "HEAD"], { cwd: workspace }).then(
      (r) => r.stdout.trim(),
      () => {
        throw new Error(`runAction: ${workspace} is not a git checkout (see gitCheckout)`);
      },
    ));
  const repository = options.repository ?? DEFAULT_REPOSITORY;
  const eventName = options.eventName ?? "push";
  const event =
    options.event ?? (eventName === "push" ? pushEvent({ after: sha, repository }) : {});
  const pr = (event as { pull_request?: { number?: number; head?: { ref?: string } } })
    .pull_request;
  const isPullRequest = eventName.startsWith("pull_request");
  const ref =
    options.ref ?? (isPullRequest && pr ? `refs/pull/${pr.number}/merge` : "refs/heads/main");
  const actor = (event as { sender?: { login?: string } }).sender?.login ?? "octocat";

  const temp = await scratch("cn-runner-");
  const file = (f: string) => path.join(temp, f);
  for (const f of ["output", "summary", "env", "path", "state"]) await writeFile(file(f), "");
  await writeFile(file("event.json"), JSON.stringify(event, null, 2));

  const env: Record<string, string> = {
    // The runner puts the node it runs actions with first; the rest of PATH is the machine's.
    PATH: [path.dirname(NODE24), process.env.PATH ?? "/usr/bin:/bin"].join(path.delimiter),
    HOME: process.env.HOME ?? temp,
    // V8's compile cache, shared by every bundled run of the suite: each run still loads and
    // runs the whole bundle, it only skips compiling what an earlier run compiled.
    NODE_COMPILE_CACHE: COMPILE_CACHE,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split("/")[0] ?? "",
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: file("event.json"),
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    ...refName(ref),
    GITHUB_HEAD_REF: isPullRequest ? (pr?.head?.ref ?? "") : "",
    GITHUB_BASE_REF: isPullRequest
      ? ((event as { pull_request?: { base?: { ref?: string } } }).pull_request?.base?.ref ?? "")
      : "",
    GITHUB_ACTOR: actor,
    GITHUB_TRIGGERING_ACTOR: actor,
    GITHUB_WORKFLOW: "cloudneutral-test",
    GITHUB_JOB: name,
    GITHUB_RUN_ID: "1",
    GITHUB_RUN_NUMBER: "1",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_ACTION: name,
    GITHUB_ACTION_PATH: path.join(ROOT, "actions", name),
    GITHUB_OUTPUT: file("output"),
    GITHUB_STEP_SUMMARY: file("summary"),
    GITHUB_ENV: file("env"),
    GITHUB_PATH: file("path"),
    GITHUB_STATE: file("state"),
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_NAME: "cloudneutral-test",
    RUNNER_ENVIRONMENT: "github-hosted",
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: path.join(temp, "tool-cache"),
    ...urls,
    // The test pacing of every GitHub client (vitest.config.ts sets it for the workers):
    // no second between writes, backoff steps of 10 ms; and watches on a virtual clock.
    // options.env may override both.
    ...TEST_GITHUB_PACING,
    ...TEST_WATCH_CLOCK,
  };
  if (options.oidc) {
    const workflowRef =
      options.oidc.workflowRef ?? `${repository}/.github/workflows/cloudneutral-test.yml@${ref}`;
    env.GITHUB_WORKFLOW_REF = workflowRef;
    const request = options.oidc.sim.requestFor({
      sub: `repo:${repository}:ref:${ref}`,
      repository,
      repository_owner: repository.split("/")[0],
      ref,
      sha,
      event_name: eventName,
      actor,
      workflow: env.GITHUB_WORKFLOW,
      workflow_ref: workflowRef,
      job_workflow_ref: workflowRef,
      run_id: env.GITHUB_RUN_ID,
      run_attempt: env.GITHUB_RUN_ATTEMPT,
      runner_environment: "github-hosted",
      ...options.oidc.claims,
    });
    assertLoopback(request.url, "oidc request URL");
    env.ACTIONS_ID_TOKEN_REQUEST_URL = request.url;
    env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = request.token;
  }
  if (options.token !== undefined) env.GITHUB_TOKEN = options.token;
  const inputs = options.inputs ?? {};
  for (const [input, spec] of Object.entries(await declaredInputs(name))) {
    // The one expression our defaults use; the runner evaluates it to the job's token.
    if (!(input in inputs) && spec.default !== undefined)
      env[inputVariable(input)] = String(spec.default).replace(
        /\$\{\{\s*github\.token\s*\}\}/g,
        options.token ?? "",
      );
  }
  for (const [input, value] of Object.entries(inputs)) env[inputVariable(input)] = value;
  Object.assign(env, options.env);

  const result = await spawnCollect(NODE24, [path.join(ROOT, "dist", `${name}.js`)], {
    cwd: workspace,
    env,
  });
  return {
    ...result,
    outputs: parseFileCommand(await readFile(file("output"), "utf8")),
    summary: await readFile(file("summary"), "utf8"),
    annotations: parseAnnotations(result.stdout),
  };
}

function spawnCollect(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const signalled = signal ? 128 + (constants.signals[signal] ?? 0) : 1;
      resolve({ code: code ?? signalled, stdout, stderr });
    });
  });
}

/** GitHub's workflow-command escapes: data escapes % CR LF, properties also : and ,. */
const ESCAPES: Record<string, string> = { "25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": "," };
// One pass, so that an escaped `%` is never decoded twice.
const unescapeData = (s: string) => s.replace(/%(25|0D|0A)/g, (_, c: string) => ESCAPES[c]!);
const unescapeProperty = (s: string) =>
  s.replace(/%(25|0D|0A|3A|2C)/g, (_, c: string) => ESCAPES[c]!);

/**
 * The annotations in an action's stdout: `::error|warning|notice [k=v,…]::message` lines
 * (leading whitespace allowed), skipping what `::stop-commands::TOKEN` … `::TOKEN::` encloses.
 */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split("\n")) {
    const line = raw.trim();
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const m = /^::([A-Za-z-]+)(?:\s+(.*?))?::(.*)$/.exec(line);
    if (!m) continue;
    const command = m[1]!.toLowerCase();
    if (command === "stop-commands") {
      stopToken = m[3];
      continue;
    }
    if (command !== "error" && command !== "warning" && command !== "notice") continue;
    const annotation: Annotation = { kind: command, message: unescapeData(m[3]!) };
    for (const pair of (m[2] ?? "").split(",")) {
      const eq = pair.indexOf("=");
      if (eq < 0) continue;
      const key = pair.slice(0, eq).trim().toLowerCase();
      const value = unescapeProperty(pair.slice(eq + 1));
      if (key === "file") annotation.file = value;
      else if (key === "title") annotation.title = value;
      else if (key === "line") annotation.line = Number(value);
      else if (key === "col" || key === "column") annotation.column = Number(value);
    }
    annotations.push(annotation);
  }
  return annotations;
}

/**
 * A GITHUB_OUTPUT-style file: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks.
 * Throws on what the runner rejects (a line of neither form, an unterminated block).
 */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") continue;
    const eq = line.indexOf("=");
    const heredoc = line.indexOf("<<");
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      values[line.slice(0, eq)] = line.slice(eq + 1);
      continue;
    }
    if (heredoc <= 0) throw new Error(`invalid file command line: ${JSON.stringify(line)}`);
    const delimiter = line.slice(heredoc + 2);
    const end = lines.indexOf(delimiter, i + 1);
    if (end < 0) throw new Error(`unterminated ${JSON.stringify(delimiter)} block`);
    values[line.slice(0, heredoc)] = lines.slice(i + 1, end).join("\n");
    i = end;
  }
  return values;
}
