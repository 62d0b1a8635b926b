// Plan, then policy: what the plans of a PR's units show its resource rules and the destroy
// gate. The plans come from the untrusted run's artifacts, already read strictly
// (artifacts.ts); only the units the trusted side found affected are taken, and of each plan
// only the normalised plan its hash is of, so that policy judges exactly the plan the review
// records and apply will compare against.

import type { ResourceChange } from "../policy/types.ts";
import type { PlanCoverage } from "../policy/verdict.ts";
import type { ReviewArtifacts } from "./artifacts.ts";
import type { PullScope } from "./pull.ts";

export interface PlanEvidence {
  resources: ResourceChange[];
  coverage: PlanCoverage;
}

const NO_PLANS =
  "no run of pr.yml left plans for this head: a fork's PR is never planned; otherwise its plan job failed before writing results, or the artifact expired";

/**
 * Resource changes of every affected Terraform unit's plan, and the units without a plan (a
 * failed or missing plan, a result without its normalised plan): policy cannot allow those.
 * A removed unit has nothing to plan: the destroy gate sees its deleted files. Pure.
 */
export function planEvidence(artifacts: ReviewArtifacts, scope: PullScope): PlanEvidence {
  const resources: ResourceChange[] = [];
  const coverage: PlanCoverage = { judged: [], missing: [] };
  for (const a of scope.affected) {
    // The engine is the trusted side's: the artifact's own claim does not choose it.
    if (a.unit?.engine !== "terraform") continue;
    const r = artifacts.results.get(a.id);
    const plan = r?.status === "failed" ? undefined : r?.normalised;
    if (!plan) {
      const reason = !r
        ? artifacts.planned
          ? "the plan artifact has no result for this unit (its plan job failed or was cancelled)"
          : NO_PLANS
        : r.status === "failed"
          ? `its plan failed: ${(r.error ?? "no error given").split("\n")[0]}`
          : "its result carries no plan";
      coverage.missing.push({ unit: a.id, reason });
      continue;
    }
    coverage.judged.push(a.id);
    for (const e of plan) {
      if (e.output !== undefined || typeof e.address !== "string") continue;
      const actions = Array.isArray(e.actions)
        ? e.actions.filter((x): x is string => typeof x === "string")
        : [];
      resources.push({ stack: a.id, address: e.address, type: addressType(e.address), actions });
    }
  }
  return { resources, coverage };
}

/**
 * The resource type a Terraform address names: `module.a["x.y"].aws_s3_bucket.b[0]` →
 * `aws_s3_bucket`, `data.aws_ami.ubuntu` → `aws_ami` (the normalised plan keeps addresses
 * only; index keys may hold dots and brackets inside quotes).
 */
export function addressType(address: string): string {
  const parts: string[] = [];
  let current = "";
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const c = address[i]!;
    if (quoted) {
      current += c;
      if (c === "\\") current += address[++i] ?? "";
      else if (c === '"') quoted = false;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === "[") depth++;
    else if (c === "]") depth--;
    if (c === "." && depth === 0) {
      parts.push(current);
      current = "";
    } else current += c;
  }
  parts.push(current);
  let i = 0;
  while (parts[i] === "module") i += 2;
  if (parts[i] === "data") i++;
  return (parts[i] ?? "").replace(/\[[\s\S]*$/, "");
}
