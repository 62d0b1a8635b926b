// The verdict of a change set: matrix routes, gates, and user policies — the base side's
// policies decide; the head side's new or edited policies are only previewed, so a PR
// cannot approve itself by rewriting the rules.
import type { Problem } from "../errors.ts";
import type { LoadedConfig, SourceDoc } from "../model/index.ts";
import type { Lifecycle } from "../model/schema.ts";
import { compileCelPolicies } from "./cel.ts";
import type { Snapshot } from "./changes.ts";
import { type ApprovalGate, type BudgetLine, evaluateGates } from "./gates.ts";
import { type RoutedStack, resolveMatrix, routeStacks } from "./matrix.ts";
import { loadOpaPolicy } from "./opa.ts";
import { layerOfStack } from "./plan-spec.ts";
import type {
  ChangeSet,
  DocumentChange,
  PolicyResult,
  PullRequestInfo,
  RuleInput,
} from "./types.ts";

export interface CheckOptions {
  changes: ChangeSet;
  /** The base branch now: its policies, matrix, owners and budgets decide. */
  trusted: Snapshot;
  /** The merge-base: where the PR started. */
  base: Snapshot;
  head: Snapshot;
  pr: PullRequestInfo | null;
  now: Date;
  /** Is `user` an active member of `team` (`@org/slug`)? Asked only for approving reviewers. */
  isTeamMember: (team: string, user: string) => Promise<boolean>;
  /** Reads a file of the trusted side's config dir (OPA bundles), relative to it. */
  readBaseFile: (path: string) => Promise<Uint8Array>;
  /** The same at head: a PR's own new policies are previewed with its own bundles. */
  readHeadFile: (path: string) => Promise<Uint8Array>;
}

export interface Verdict {
  decision: "allow" | "deny";
  routes: RoutedStack[];
  results: PolicyResult[];
  /** Policies the PR adds or edits: they take effect only once merged. */
  editedPolicies: string[];
  /** What the PR's own new or edited policies would say: shown, never deciding. */
  preview: PolicyResult[];
  approvals: ApprovalGate;
  budgets: BudgetLine[];
}

export async function checkPolicy(o: CheckOptions): Promise<Verdict> {
  const { changes, trusted, base, head } = o;
  const matrix = resolveMatrix(trusted.config.byKind.DecisionMatrix[0]);
  const routes = routeStacks(
    matrix,
    changes.stacks,
    head.config.byKind.Composition.map((c) => c.value),
  );
  const results: PolicyResult[] = head.problems.map((p) => ({
    rule: "config/valid",
    severity: "deny",
    object: p.file,
    message: p.message,
    at: p,
  }));

  const teams = await resolveTeams(o, trusted.config);
  const gates = evaluateGates({
    changes,
    trusted: trusted.config,
    base: base.config,
    head: head.config,
    routes,
    pr: o.pr,
    now: o.now,
    teams,
  });
  results.push(...gates.results);

  const inputs = ruleInputs(changes, o.pr);
  const judged = await userPolicies(trusted.config.byKind.Policy, inputs, o.readBaseFile);
  const edited = new Set(
    changes.documents.filter((d) => d.kind === "Policy" && d.new).map((d) => d.name),
  );
  const previewed = await userPolicies(
    head.config.byKind.Policy.filter((p) => edited.has(p.name)),
    inputs,
    o.readHeadFile,
  );
  // A rule that does not compile is the PR's configuration error, wherever it is.
  results.push(...judged.problems, ...judged.results, ...previewed.problems);
  const preview = previewed.results.map((r) => ({ ...r, rule: `preview:${r.rule}` }));
  const decision = results.some((r) => r.severity === "deny") ? "deny" : "allow";
  return {
    decision,
    routes,
    results,
    editedPolicies: [...edited].sort(),
    preview,
    approvals: gates.approvals,
    budgets: gates.budgets,
  };
}

/** Members of the owner teams, asked only about the PR's approving reviewers. */
async function resolveTeams(
  o: CheckOptions,
  base: LoadedConfig,
): Promise<Map<string, Set<string>>> {
  const teams = new Map<string, Set<string>>();
  const approvers = [
    ...new Set((o.pr?.reviews ?? []).filter((r) => r.state === "APPROVED").map((r) => r.user)),
  ];
  const owners = [
    ...(base.byKind.Platform[0]?.value.spec.owners ?? []),
    ...base.byKind.Tenant.flatMap((t) => t.value.spec.owners),
    ...base.byKind.Project.flatMap((p) => p.value.spec.owners),
  ];
  for (const team of new Set(owners.filter((w) => w.startsWith("@")))) {
    const members = new Set<string>();
    for (const user of approvers) if (await o.isTeamMember(team, user)) members.add(user);
    teams.set(team, members);
  }
  return teams;
}

/** One rule input per changed document and per planned resource change. */
export function ruleInputs(
  changes: ChangeSet,
  pr: PullRequestInfo | null,
): (RuleInput & { at?: DocumentChange["at"] })[] {
  const operation = { added: "CREATE", changed: "UPDATE", removed: "DELETE" } as const;
  const docs = changes.documents.map((d) => {
    const spec = ((d.new ?? d.old) as { spec?: Record<string, unknown> } | undefined)?.spec ?? {};
    const lifecycle = d.kind === "Composition" ? (spec.lifecycle as Lifecycle) : undefined;
    const environment =
      d.kind === "Service" ? String(spec.env) : d.kind === "Environment" ? d.name : undefined;
    return {
      object: d.new ?? null,
      oldObject: d.old ?? null,
      change: {
        kind: d.kind,
        name: d.name,
        operation: operation[d.change],
        lifecycle,
        environment,
      },
      pr,
      at: d.at,
    };
  });
  const resources = changes.resources.map((r) => ({
    object: r,
    oldObject: null,
    change: {
      kind: "Resource",
      name: r.address,
      operation: r.actions.includes("delete")
        ? r.actions.includes("create")
          ? "UPDATE"
          : "DELETE"
        : r.actions.includes("create")
          ? "CREATE"
          : "UPDATE",
      lifecycle: layerOfStack(r.stack),
    } as RuleInput["change"],
    pr,
  }));
  return [...docs, ...resources];
}

async function userPolicies(
  policies: SourceDoc<"Policy">[],
  inputs: (RuleInput & { at?: DocumentChange["at"] })[],
  readFile: (path: string) => Promise<Uint8Array>,
): Promise<{ results: PolicyResult[]; problems: PolicyResult[] }> {
  const results: PolicyResult[] = [];
  const problems: PolicyResult[] = [];
  const asDeny = (p: Problem): PolicyResult => ({
    rule: "config/policy",
    severity: "deny",
    object: p.file,
    message: p.message,
    at: p,
  });
  const cel = compileCelPolicies(policies.filter((p) => p.value.spec.validations));
  problems.push(...cel.problems.map(asDeny));
  for (const input of inputs) results.push(...cel.policies.evaluate(input));
  for (const doc of policies.filter((p) => p.value.spec.opa)) {
    const opa = await loadOpaPolicy(doc, readFile);
    problems.push(...opa.problems.map(asDeny));
    if (opa.policy) for (const input of inputs) results.push(...opa.policy.evaluate(input));
  }
  return { results, problems };
}
