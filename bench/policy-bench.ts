// `npm run bench` (second part): policy-check's user rules — 10,000 changed resources
// against 20 CEL rules, compiled once. Target (DESIGN.md): under 1 s.

import type { SourceDoc } from "../lib/model/index.ts";
import { compileCelPolicies } from "../lib/policy/cel.ts";
import type { RuleInput } from "../lib/policy/types.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OBJECTS = 10_000;
const expressions = [
  "object == null || object.actions.size() > 0",
  "!('delete' in object.actions) || change.lifecycle != 'foundation'",
  "object.type.startsWith('aws_') || object.type.startsWith('google_') || object.type.startsWith('alicloud_') || object.type.startsWith('terraform_')",
  "object.address.size() < 200",
  "!object.address.contains('..')",
  "object.address.matches('^[a-z0-9_.\\\\[\\\\]\"-]+$')",
  "change.operation in ['CREATE', 'UPDATE', 'DELETE']",
  "object.stack.startsWith('stacks/')",
  "object.type != 'aws_iam_user'",
  "object.type != 'aws_iam_access_key'",
  "!(object.type == 'aws_s3_bucket' && 'delete' in object.actions)",
  "object.actions.all(a, a in ['create', 'update', 'delete', 'read', 'no-op'])",
  "object.actions.exists(a, a != 'forget')",
  "pr == null || !('freeze' in pr.labels)",
  "pr == null || pr.author != 'mallory'",
  "change.kind == 'Resource'",
  "object.address.split('.').size() >= 2",
  "object.type.size() > 0",
  "!object.address.endsWith('.tmp')",
  "object.stack.split('/').size() == 3",
];

const doc = {
  kind: "Policy",
  name: "bench",
  file: "policies/bench.yaml",
  value: {
    apiVersion: "cloudneutral.io/v1alpha1",
    kind: "Policy",
    metadata: { name: "bench" },
    spec: {
      validations: expressions.map((expression, i) => ({
        expression,
        message: `rule ${i}`,
        severity: "deny",
      })),
    },
  },
  at: () => ({ line: 1, column: 1 }),
} as unknown as SourceDoc<"Policy">;

const types = [
  "aws_instance",
  "google_compute_instance",
  "alicloud_instance",
  "terraform_data",
  "aws_s3_bucket",
];
const inputs: RuleInput[] = Array.from({ length: OBJECTS }, (_, i) => ({
  object: {
    stack: `stacks/${i % 3 === 0 ? "foundation" : "platform"}/r${String(i % 100).padStart(3, "0")}`,
    address: `module.svc_${i}.${types[i % types.length]}.main[${i % 4}]`,
    type: types[i % types.length]!,
    actions: i % 7 === 0 ? ["delete", "create"] : ["update"],
  },
  oldObject: null,
  change: {
    kind: "Resource",
    name: `r${i}`,
    operation: "UPDATE",
    lifecycle: i % 3 === 0 ? "foundation" : "platform",
  },
  pr: { number: 1, author: "alice", labels: ["platform"], headSha: "a".repeat(40), reviews: [] },
}));

const { policies, problems } = compileCelPolicies([doc]);
if (problems.length > 0) throw new Error(JSON.stringify(problems));
const times: number[] = [];
let findings = 0;
for (let run = 0; run < RUNS; run++) {
  const t = performance.now();
  findings = 0;
  for (const input of inputs) findings += policies.evaluate(input).length;
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const rate = (OBJECTS * expressions.length) / (median / 1000);
const status = median < 1000 ? "met" : "missed";
process.stdout.write(
  `\npolicy-check: ${OBJECTS.toLocaleString("en")} changed resources × ${expressions.length} CEL rules: ` +
    `median ${median.toFixed(0)} ms of ${RUNS} (${Math.round(rate).toLocaleString("en")} rule evaluations/s, ` +
    `${findings} findings); target < 1 s: ${status}\n`,
);
