// Both sides of the OIDC loop, computed independently: which `sub` each workflow job that
// plans or applies presents (from .github/workflows and routing), and which subjects each
// unit's identity trusts (from the rendered bootstrap stacks: Terraform's own plan for AWS,
// HashiCorp's HCL parser for GCP and Alibaba Cloud). identity-subjects.test.ts joins them.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseHcl } from "@cdktf/hcl2json";
import { parse as parseYaml } from "yaml";
import type { UnitIdentityRef } from "../lib/stacks/inventory.ts";

export type Use = "plan" | "apply";

/** A job that runs plan-comment or apply in a mode that plans or applies units. */
export interface IdentityJob {
  name: string;
  use: Use;
  /** `unit`: the job runs in the unit's own Environment (`${{ matrix.environment }}`). */
  environment: "unit" | string | undefined;
  events: string[];
  idToken: boolean;
}

const PLANS: Record<string, Record<string, Use>> = {
  "plan-comment": { all: "plan", stack: "plan" },
  apply: { all: "apply", stack: "apply", correct: "apply", drift: "plan" },
};

interface WorkflowJob {
  environment?: string | { name?: string };
  permissions?: Record<string, string> | string;
  uses?: string;
  steps?: { uses?: string; with?: Record<string, unknown> }[];
}

interface Workflow {
  file: string;
  events: string[];
  jobs: Record<string, WorkflowJob>;
}

/** `./actions/apply` or `owner/repo/actions/apply@ref` → `apply`. */
const actionOf = (uses: string) =>
  /(?:^\.|\/)actions\/([a-z-]+)$/.exec(uses.replace(/@[^@]*$/, ""))?.[1];

/**
 * The events a job of `wf` runs for. A called workflow (`workflow_call`) runs for its
 * callers' events: those of the workflows here that call it, else those of the workflow it
 * is the reusable form of (cloudneutral-pr.yml of pr.yml).
 */
function eventsOf(wf: Workflow, all: Workflow[]): string[] {
  if (!wf.events.every((e) => e === "workflow_call")) return wf.events;
  const callers = all.filter((c) =>
    Object.values(c.jobs ?? {}).some((j) =>
      j.uses?.replace(/@[^@]*$/, "").endsWith(`.github/workflows/${wf.file}`),
    ),
  );
  if (callers.length > 0) return [...new Set(callers.flatMap((c) => eventsOf(c, all)))];
  const plain = all.find((c) => c.file === wf.file.replace(/^cloudneutral-/, ""));
  return plain && plain !== wf ? eventsOf(plain, all) : wf.events;
}

export async function identityJobs(workflowsDir: string): Promise<IdentityJob[]> {
  const workflows: Workflow[] = [];
  for (const file of (await readdir(workflowsDir)).filter((f) => f.endsWith(".yml")).sort()) {
    const wf = parseYaml(await readFile(path.join(workflowsDir, file), "utf8")) as {
      on: Record<string, unknown> | string[] | string;
      jobs: Record<string, WorkflowJob>;
    };
    const events =
      typeof wf.on === "string" ? [wf.on] : Array.isArray(wf.on) ? wf.on : Object.keys(wf.on);
    workflows.push({ file, events, jobs: wf.jobs ?? {} });
  }
  const jobs: IdentityJob[] = [];
  for (const wf of workflows) {
    for (const [name, job] of Object.entries(wf.jobs)) {
      for (const step of job.steps ?? []) {
        const action = step.uses ? actionOf(step.uses) : undefined;
        const modes = action ? PLANS[action] : undefined;
        if (!modes) continue;
        const use = modes[String(step.with?.mode ?? "all")];
        if (!use) continue;
        const env = typeof job.environment === "object" ? job.environment.name : job.environment;
        const perms = job.permissions;
        jobs.push({
          name: `${wf.file}#${name}`,
          use,
          environment:
            env === undefined
              ? undefined
              : /\$\{\{\s*matrix\.environment\s*\}\}/.test(env)
                ? "unit"
                : env,
          events: eventsOf(wf, workflows),
          idToken: typeof perms === "object" && perms["id-token"] === "write",
        });
      }
    }
  }
  return jobs;
}

/**
 * The `sub` claims a job can present for a unit (GitHub's documented formats): the
 * Environment's when it names one, else per event — a pull request's, or the default
 * branch's for push, schedule, dispatch and calls from those.
 */
export function jobSubjects(
  job: IdentityJob,
  repository: string,
  defaultBranch: string,
  unitEnvironment: string,
): string[] {
  if (job.environment !== undefined)
    return [
      `repo:${repository}:environment:${job.environment === "unit" ? unitEnvironment : job.environment}`,
    ];
  return [
    ...new Set(
      job.events.map((e) =>
        e === "pull_request" || e === "pull_request_target"
          ? `repo:${repository}:pull_request`
          : `repo:${repository}:ref:refs/heads/${defaultBranch}`,
      ),
    ),
  ].sort();
}

/** principal (role ARN or service account e-mail) → the subjects it trusts. */
export type TrustMap = Map<string, string[]>;

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : [String(v)]);

/** AWS: from `terraform show -json` of a bootstrap stack's plan (the provider's own JSON). */
export function awsTrusts(planJson: unknown, account: string, into: TrustMap): void {
  const resources = (
    planJson as {
      planned_values: {
        root_module: { resources: { type: string; values: Record<string, unknown> }[] };
      };
    }
  ).planned_values.root_module.resources;
  for (const r of resources) {
    if (r.type !== "aws_iam_role") continue;
    const doc = JSON.parse(String(r.values.assume_role_policy)) as {
      Statement: {
        Action: string;
        Principal: { Federated: string };
        Condition: { StringEquals: Record<string, unknown> };
      }[];
    };
    const subjects: string[] = [];
    for (const s of doc.Statement) {
      // Only a statement for GitHub's tokens, for STS, counts as trust of a GitHub job.
      if (s.Action !== "sts:AssumeRoleWithWebIdentity") continue;
      if (
        s.Principal.Federated !==
        `arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com`
      )
        continue;
      if (
        s.Condition.StringEquals["token.actions.githubusercontent.com:aud"] !== "sts.amazonaws.com"
      )
        continue;
      subjects.push(...list(s.Condition.StringEquals["token.actions.githubusercontent.com:sub"]));
    }
    into.set(`arn:aws:iam::${account}:role${r.values.path}${r.values.name}`, subjects.sort());
  }
}

type HclResources = Record<string, Record<string, Record<string, unknown>[]>>;

/** GCP: the pool's principal bindings (roles/iam.workloadIdentityUser) per service account. */
export async function gcpTrusts(
  file: string,
  text: string,
  identity: UnitIdentityRef,
  into: TrustMap,
) {
  const hcl = (await parseHcl(file, text)) as { resource: HclResources };
  const project = identity.account;
  const pool = `principal://iam.googleapis.com/${identity.workloadIdentityProvider!.replace(/\/providers\/[^/]+$/, "")}/subject/`;
  const accounts = new Map<string, string>();
  for (const [key, [sa]] of Object.entries(hcl.resource.google_service_account ?? {}))
    accounts.set(key, `${sa!.account_id}@${project}.iam.gserviceaccount.com`);
  for (const [bindings] of Object.values(hcl.resource.google_service_account_iam_member ?? {}).map(
    (b) => [b[0]!],
  )) {
    const b = bindings!;
    if (b.role !== "roles/iam.workloadIdentityUser" || !String(b.member).startsWith(pool)) continue;
    const key = /^\$\{google_service_account\.([A-Za-z0-9_]+)\.name\}$/.exec(
      String(b.service_account_id),
    )?.[1];
    const email = key ? accounts.get(key) : undefined;
    if (!email) continue;
    into.set(email, [...(into.get(email) ?? []), String(b.member).slice(pool.length)].sort());
  }
}

/** Alibaba Cloud: each RAM role's trust policy document. */
export async function alicloudTrusts(file: string, text: string, account: string, into: TrustMap) {
  const hcl = (await parseHcl(file, text)) as { resource: HclResources };
  for (const [role] of Object.values(hcl.resource.alicloud_ram_role ?? {})) {
    const doc = JSON.parse(String(role!.assume_role_policy_document)) as {
      Statement: {
        Principal: { Federated: string[] };
        Condition: { StringEquals: Record<string, unknown> };
      }[];
    };
    const subjects = doc.Statement.filter(
      (s) =>
        s.Principal.Federated.includes(`acs:ram::${account}:oidc-provider/cloudneutral-github`) &&
        s.Condition.StringEquals["oidc:aud"] === "sts.aliyuncs.com",
    ).flatMap((s) => list(s.Condition.StringEquals["oidc:sub"]));
    into.set(`acs:ram::${account}:role/${role!.role_name}`, subjects.sort());
  }
}

export interface Untrusted {
  unit: string;
  job: string;
  use: Use;
  principal: string;
  subject: string;
}

/** Every (unit, job) whose subject the unit's identity for that job does not trust. */
export function untrustedSubjects(
  units: { id: string; identity: UnitIdentityRef; environment: string }[],
  jobs: IdentityJob[],
  trusts: TrustMap,
  repository: string,
  defaultBranch: string,
): Untrusted[] {
  const out: Untrusted[] = [];
  for (const unit of units) {
    for (const job of jobs) {
      const side = unit.identity[job.use];
      const principal = side.roleArn ?? side.serviceAccount ?? "";
      const trusted = trusts.get(principal) ?? [];
      for (const subject of jobSubjects(job, repository, defaultBranch, unit.environment))
        if (!trusted.includes(subject))
          out.push({ unit: unit.id, job: job.name, use: job.use, principal, subject });
    }
  }
  return out;
}

export interface AwsPolicyStatement {
  Sid?: string;
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

/** role name → the statements of its inline permission policy, from the plan JSON. */
export function awsPolicies(planJson: unknown): Map<string, AwsPolicyStatement[]> {
  const resources = (
    planJson as {
      planned_values: {
        root_module: {
          resources: { type: string; name: string; values: Record<string, unknown> }[];
        };
      };
    }
  ).planned_values.root_module.resources;
  const roleName = new Map(
    resources.filter((r) => r.type === "aws_iam_role").map((r) => [r.name, String(r.values.name)]),
  );
  const out = new Map<string, AwsPolicyStatement[]>();
  for (const r of resources) {
    if (r.type !== "aws_iam_role_policy") continue;
    const doc = JSON.parse(String(r.values.policy)) as { Statement: AwsPolicyStatement[] };
    out.set(roleName.get(r.name) ?? r.name, doc.Statement);
  }
  return out;
}

export const actionsOf = (s: AwsPolicyStatement) => list(s.Action);
export const resourcesOf = (s: AwsPolicyStatement) => list(s.Resource);
