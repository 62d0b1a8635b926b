// The verdict of a change set: matrix routes, gates, and user policies — the base side's
// policies decide; the head side's new or edited policies are only previewed, so a PR
// cannot approve itself by rewriting the rules.
import type { Problem } from "../errors.ts";
import type { Lifecycle } from "../model/schema.ts";
import { classifyActions } from "../tfplan/summary.ts";
import type { CompiledPolicies } from "./cel.ts";
import type { Snapshot } from "./changes.ts";
import type { NodePoolFile } from "./gate-context.ts";
import { type ApprovalGate, type BudgetLine, evaluateGates } from "./gates.ts";
import { type RoutedStack, resolveMatrix, routeStacks } from "./matrix.ts";
import type { OpaPolicy } from "./opa.ts";
import { layerOfStack } from "./plan-spec.ts";
import type { Authorisation } from "./preauthorised.ts";
import type {
  ChangeSet,
  DocumentChange,
  PolicyResult,
  PullRequestInfo,
  RuleInput,
} from "./types.ts";

/** Policies compiled and loaded (bundles read, Rego built) by the caller: data, not I/O. */
export interface PreparedPolicies {
  cel: CompiledPolicies;
  opa: OpaPolicy[];
  problems: Problem[];
}

/**
 * Which units' plans policy saw: a trusted review reads them from the untrusted run's
 * artifacts. A Terraform unit without a plan cannot be judged resource by resource.
 */
export interface PlanCoverage {
  /** Units whose plan was judged (its resource changes are in the change set). */
  judged: string[];
  /** Units without a plan, and why. */
  missing: { unit: string; reason: string }[];
}

export interface VerdictInput {
  changes: ChangeSet;
  /** The base branch now: its policies, matrix, owners and budgets decide. */
  trusted: Snapshot;
  /** The merge-base: where the PR started. */
  base: Snapshot;
  head: Snapshot;
  pr: PullRequestInfo | null;
  now: Date;
  /** Members of the owner teams, as far as the PR's approvers go. */
  teams: Map<string, Set<string>>;
  /** The trusted side's policies: they decide. */
  judged: PreparedPolicies;
  /** The PR's own new or edited policies (see {@link editedPolicies}): previewed only. */
  previewed: PreparedPolicies;
  /** The autoscaler's login, and the node-pool files the change touches (preauthorised.ts). */
  autoscaleAuthor?: string;
  nodePools?: NodePoolFile[];
  /** Given when the PR's plans were to be judged (the trusted review). */
  plans?: PlanCoverage;
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
  /** Units an AutoscalePolicy pre-authorises, and which. */
  preauthorised: Authorisation[];
  plans?: PlanCoverage;
  /** What was judged, when it is not a pull request (the work tree against HEAD, say). */
  scope?: string;
}

/** The verdict: pure — everything it needs is in `o`. */
export function checkPolicy(o: VerdictInput): Verdict {
  const { changes, trusted, base, head } = o;
  const matrix = resolveMatrix(trusted.config.byKind.DecisionMatrix[0]);
  // Compositions' overrides from both sides, the stricter winning: a PR that drops an
  // `approvals` override is still judged by it.
  const fromBase = routeStacks(
    matrix,
    changes.stacks,
    trusted.config.byKind.Composition.map((c) => c.value),
  );
  const routes = routeStacks(
    matrix,
    changes.stacks,
    head.config.byKind.Composition.map((c) => c.value),
  ).map((r, i) => {
    const b = fromBase[i];
    return b && b.approvals > r.approvals ? { ...r, approvals: b.approvals, backup: b.backup } : r;
  });
  const results: PolicyResult[] = head.problems.map((p) => ({
    rule: "config/valid",
    severity: "deny",
    object: p.file,
    message: p.message,
    at: p,
  }));

  const gates = evaluateGates({
    changes,
    trusted: trusted.config,
    base: base.config,
    head: head.config,
    routes,
    pr: o.pr,
    now: o.now,
    teams: o.teams,
    ...(o.autoscaleAuthor !== undefined ? { autoscaleAuthor: o.autoscaleAuthor } : {}),
    ...(o.nodePools ? { nodePools: o.nodePools } : {}),
  });
  results.push(...gates.results);
  // Resource rules and the destroy gate pass over a unit whose plan they never saw: such a
  // unit is never allowed, whatever else holds.
  for (const m of o.plans?.missing ?? [])
    results.push({
      rule: "plan/missing",
      severity: "deny",
      object: m.unit,
      message: `no plan of this unit at the head commit (${m.reason}); resource rules and the allow-destroy gate cannot judge it`,
    });

  const inputs = ruleInputs(changes, o.pr);
  const judged = evaluatePolicies(o.judged, inputs);
  const previewed = evaluatePolicies(o.previewed, inputs);
  // A rule that does not compile is the PR's configuration error, wherever it is.
  results.push(...judged.problems, ...judged.results, ...previewed.problems);
  const preview = previewed.results.map((r) => ({ ...r, rule: `preview:${r.rule}` }));
  const decision = results.some((r) => r.severity === "deny") ? "deny" : "allow";
  return {
    decision,
    routes,
    results,
    editedPolicies: editedPolicies(changes),
    preview,
    approvals: gates.approvals,
    budgets: gates.budgets,
    preauthorised: gates.preauthorised,
    ...(o.plans ? { plans: o.plans } : {}),
  };
}

/** Policies the PR adds or edits: previewed, never deciding. */
export function editedPolicies(changes: ChangeSet): string[] {
  return changes.documents
    .filter((d) => d.kind === "Policy" && d.new)
    .map((d) => d.name)
    .sort();
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
  // Resources Terraform leaves alone (no-op, read) are not changes for rules to judge.
  const operationOf = {
    create: "CREATE",
    update: "UPDATE",
    replace: "UPDATE",
    delete: "DELETE",
    forget: "DELETE",
  } as const;
  const resources = changes.resources.flatMap((r) => {
    const action = classifyActions(r.actions);
    if (!action || action === "noop" || action === "read") return [];
    const change: RuleInput["change"] = {
      kind: "Resource",
      name: r.address,
      operation: operationOf[action],
      lifecycle: layerOfStack(r.stack),
    };
    return [{ object: r, oldObject: null, change, pr }];
  });
  return [...docs, ...resources];
}

function evaluatePolicies(
  prepared: PreparedPolicies,
  inputs: (RuleInput & { at?: DocumentChange["at"] })[],
): { results: PolicyResult[]; problems: PolicyResult[] } {
  const results: PolicyResult[] = [];
  for (const input of inputs) {
    results.push(...prepared.cel.evaluate(input));
    for (const opa of prepared.opa) results.push(...opa.evaluate(input));
  }
  const problems = prepared.problems.map(
    (p): PolicyResult => ({
      rule: "config/policy",
      severity: "deny",
      object: p.file,
      message: p.message,
      at: p,
    }),
  );
  return { results, problems };
}
