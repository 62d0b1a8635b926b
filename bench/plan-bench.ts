// `npx tsx bench/plan-bench.ts`: a 5,000-resource plan (generated, shaped like the real
// `terraform show -json` outputs in the shared fixtures, format 1.2) becomes the whole PR
// comment: summary, normalised plan hash, the templated head, the stack's fold and plan
// text, fitted to the sticky comment's budget. Target (DESIGN.md): under 0.5 s and under 60 KB. Compared with a
// baseline that only parses the JSON, which any reader of the plan must do.
//
// Environment: BENCH_RUNS=5 (median reported), BENCH_RESOURCES=5000.
import { COMMENT_BUDGET, stickyMarker } from "../lib/github/sticky-comment.ts";
import { planComment } from "../lib/plan/comment.ts";
import type { StackResult } from "../lib/plan/run.ts";
import { loadTemplates } from "../lib/render/templates.ts";
import { fitSections } from "../lib/report/budget.ts";
import { terraformPlanDigest } from "../lib/tfplan/hash.ts";
import { parsePlanJson } from "../lib/tfplan/parse.ts";
import { summarizePlan } from "../lib/tfplan/summary.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const RESOURCES = Number(process.env.BENCH_RESOURCES ?? 5000);

const TYPES = [
  "aws_instance",
  "aws_security_group_rule",
  "aws_s3_bucket",
  "aws_iam_role_policy",
  "aws_route53_record",
  "google_compute_instance",
  "alicloud_instance",
];

/** Which change the i-th resource gets: mostly creates and updates, as a large PR has. */
function changeOf(i: number): {
  actions: string[];
  reason?: string;
  moved?: boolean;
  importing?: boolean;
} {
  const k = i % 100;
  if (k < 55) return { actions: ["create"] };
  if (k < 75) return { actions: ["update"], importing: k === 74 };
  if (k < 85) return { actions: ["no-op"], moved: k === 84 };
  if (k < 89) return { actions: ["delete"], reason: "delete_because_no_resource_config" };
  if (k < 91) return { actions: ["delete", "create"], reason: "replace_because_cannot_update" };
  if (k < 92) return { actions: ["create", "delete"], reason: "replace_by_triggers" };
  if (k < 93) return { actions: ["forget"], reason: "delete_because_no_resource_config" };
  return { actions: ["read"] };
}

function values(i: number, type: string) {
  return {
    id: `i-${(i * 7919).toString(16).padStart(12, "0")}`,
    name: `svc-${i}`,
    tags: {
      tenant: `t${i % 20}`,
      env: i % 3 === 0 ? "prod" : "dev",
      "cloudneutral.io/stack": "platform",
    },
    secret_token: `secret-${i}`,
    size: type === "aws_instance" ? "t3.medium" : null,
    rules: [
      { port: 443, cidr: "10.0.0.0/8" },
      { port: 80, cidr: "0.0.0.0/0" },
    ],
  };
}

function generatePlan(count: number): string {
  const changes: unknown[] = [];
  const planned: unknown[] = [];
  const prior: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const type = TYPES[i % TYPES.length]!;
    const c = changeOf(i);
    const module = `module.svc_${Math.floor(i / 10)}`;
    const mode = c.actions[0] === "read" ? "data" : "managed";
    const address = `${mode === "data" ? `${module}.data` : module}.${type}.main["${i % 10}"]`;
    const v = values(i, type);
    const before = c.actions[0] === "create" && c.actions.length === 1 ? null : v;
    const after =
      c.actions.includes("delete") && c.actions.length === 1
        ? null
        : { ...v, name: `svc-${i}-new` };
    const sensitive = { secret_token: true, tags: {}, rules: [{}, {}] };
    changes.push({
      address,
      ...(c.moved ? { previous_address: address.replace("main", "old") } : {}),
      module_address: module,
      mode,
      type,
      name: "main",
      index: String(i % 10),
      provider_name: `registry.terraform.io/hashicorp/${type.split("_")[0]}`,
      change: {
        actions: c.actions,
        before,
        after,
        after_unknown: after === null ? {} : { id: c.actions.includes("create") },
        before_sensitive: before === null ? false : sensitive,
        after_sensitive: after === null ? false : sensitive,
        ...(c.importing ? { importing: { id: v.id } } : {}),
        ...(c.actions.length === 2 ? { replace_paths: [["name"], ["tags", "env"]] } : {}),
      },
      ...(c.reason ? { action_reason: c.reason } : {}),
    });
    const state = { address, mode, type, name: "main", index: String(i % 10), schema_version: 0 };
    if (after !== null) planned.push({ ...state, values: after, sensitive_values: sensitive });
    if (before !== null) prior.push({ ...state, values: before, sensitive_values: sensitive });
  }
  const outputs = Object.fromEntries(
    Array.from({ length: 40 }, (_, i) => [
      `endpoint_${i}`,
      {
        actions: [i % 4 === 0 ? "create" : "update"],
        before: i % 4 === 0 ? null : `old-${i}`,
        after: `new-${i}`,
        after_unknown: false,
        before_sensitive: i % 5 === 0,
        after_sensitive: i % 5 === 0,
      },
    ]),
  );
  return JSON.stringify({
    format_version: "1.2",
    terraform_version: "1.13.5",
    planned_values: { root_module: { resources: planned } },
    resource_changes: changes,
    output_changes: outputs,
    prior_state: {
      format_version: "1.0",
      terraform_version: "1.13.5",
      values: { root_module: { resources: prior } },
    },
    configuration: { provider_config: {}, root_module: {} },
    applyable: true,
    complete: true,
    errored: false,
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return median(times);
}

const text = generatePlan(RESOURCES);
let markdown = "";
const baseline = time(() => {
  JSON.parse(text);
});
const templates = await loadTemplates(undefined);
const STACK = "stacks/platform/jp1";
// Terraform's own text for that many resources: one line each, as `plan` prints them.
const planText = Array.from(
  { length: RESOURCES },
  (_, i) => `  # resource ${i} will be changed`,
).join("\n");
const measured = time(() => {
  const json = parsePlanJson(text, STACK);
  const summary = summarizePlan(json, STACK);
  const { hash, entries } = terraformPlanDigest(STACK, json);
  const result: StackResult = {
    id: STACK,
    layer: "platform",
    region: "jp1",
    engine: "terraform",
    status: "changes",
    files: [],
    summary,
    counts: summary.counts,
    text: planText,
    hash,
    entries,
  };
  const { content } = planComment({
    results: [result],
    routes: new Map(),
    policy: "allow",
    commit: "0".repeat(40),
    diffs: [],
    templates,
    fullTextAt: "the job summary",
  });
  // As upsertStickyComment sends it: marker (with the hashes) and the fitted text.
  const marker = stickyMarker("plan", content.meta);
  const fitted = fitSections(
    content.head,
    content.sections,
    COMMENT_BUDGET - marker.length - 1,
    (d) => `left out ${d.join(", ")}`,
  );
  markdown = `${marker}\n${fitted.text}`;
});
const bytes = Buffer.byteLength(markdown);
const kb = (b: number) => `${(b / 1000).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? "met" : "missed");
if (process.env.BENCH_SHOW) process.stdout.write(markdown);
process.stdout.write(
  `\nplan-comment: ${RESOURCES.toLocaleString("en")}-resource plan (${kb(Buffer.byteLength(text))} of JSON) → the PR comment\n` +
    `  parse + summary + hash + comment: median ${measured.toFixed(0)} ms of ${RUNS} ` +
    `(baseline JSON.parse only: ${baseline.toFixed(0)} ms, ×${(measured / baseline).toFixed(2)}); target < 500 ms: ${verdict(measured < 500)}\n` +
    `  comment: ${kb(bytes)} (${markdown.length.toLocaleString("en")} characters; baseline: the plan JSON, ${kb(Buffer.byteLength(text))}); target < 60 KB: ${verdict(bytes < 60_000)}\n`,
);
