// Who may change what: approvals from owners, destroy labels, maintenance windows, budgets,
// region allow-lists. Pure: everything it needs (including team memberships) is passed in.
// Owners, environments, budgets and windows come from the base branch as it is now (the
// trusted side): a PR cannot loosen the rules it is judged by, nor escape rules tightened
// after it branched.
import type { LoadedConfig, SourceDoc } from "../model/index.ts";
import type { RoutedStack } from "./matrix.ts";
import { layerOfStack } from "./plan-spec.ts";
import type { ChangeSet, DocumentChange, PolicyResult, PullRequestInfo } from "./types.ts";

export interface GateContext {
  changes: ChangeSet;
  /** The base branch as it is now: owners, environments, budgets, windows and allow-lists. */
  trusted: LoadedConfig;
  /** The configuration at the merge-base: what the PR started from (cost before). */
  base: LoadedConfig;
  head: LoadedConfig;
  routes: RoutedStack[];
  pr: PullRequestInfo | null;
  now: Date;
  /** Members of the `@org/team` owners involved (resolved by the caller). */
  teams: Map<string, Set<string>>;
}

export interface ApprovalGate {
  required: number;
  /** Owner groups every counted approver must belong to, e.g. ["@acme/storefront, kenji-sato"]. */
  ownerGroups: string[][];
  counted: string[];
  ignored: { user: string; reason: string }[];
}

export interface BudgetLine {
  tenant: string;
  budget: number;
  before: number;
  after: number;
  delta: number;
}

export interface GateOutcome {
  results: PolicyResult[];
  approvals: ApprovalGate;
  budgets: BudgetLine[];
}

const PLATFORM_KINDS = new Set([
  "Platform",
  "Region",
  "Size",
  "Environment",
  "Policy",
  "DecisionMatrix",
  "GtmPolicy",
  "AutoscalePolicy",
]);

export function evaluateGates(ctx: GateContext): GateOutcome {
  const results: PolicyResult[] = [];
  const approvals = approvalGate(ctx, results);
  destroyGate(ctx, results);
  maintenanceGate(ctx, results);
  const budgets = budgetGate(ctx, results);
  regionGate(ctx, results);
  return { results, approvals, budgets };
}

function find<K extends SourceDoc["kind"]>(
  config: LoadedConfig,
  kind: K,
  name: string | undefined,
) {
  return config.byKind[kind].find((d) => d.name === name) as SourceDoc<K> | undefined;
}

type Spec = { spec?: Record<string, unknown>; metadata?: { labels?: Record<string, string> } };
const specOf = (v: unknown) => ((v as Spec | undefined)?.spec ?? {}) as Record<string, unknown>;

/** Owner groups a document change needs approval from: its tenant's and project's, or the platform's. */
function ownerGroupsOf(change: DocumentChange, ctx: GateContext): string[][] {
  const platform = ctx.trusted.byKind.Platform[0]?.value.spec.owners ?? [];
  const groups: string[][] = [];
  const tenantOwners = (name: unknown) =>
    find(ctx.trusted, "Tenant", String(name))?.value.spec.owners ?? platform;
  const projectOwners = (name: unknown) =>
    find(ctx.trusted, "Project", String(name))?.value.spec.owners;
  for (const v of [change.old, change.new]) {
    if (!v) continue;
    const spec = specOf(v);
    if (change.kind === "Service") {
      groups.push(tenantOwners(spec.tenant));
      const p = projectOwners(spec.project);
      if (p) groups.push(p);
    } else if (change.kind === "Project") {
      groups.push(
        tenantOwners(spec.tenant),
        projectOwners(change.name) ?? tenantOwners(spec.tenant),
      );
    } else if (change.kind === "Tenant") {
      groups.push(tenantOwners(change.name));
    } else if (change.kind === "Composition") {
      const tenant = (v as Spec).metadata?.labels?.["cloudneutral.io/tenant"];
      groups.push(tenant ? tenantOwners(tenant) : platform);
    } else if (PLATFORM_KINDS.has(change.kind)) {
      // Policies, the matrix, regions, sizes…: changing the rules needs the platform owners.
      groups.push(platform);
    }
  }
  const seen = new Set<string>();
  return groups.filter((g) => g.length > 0 && !seen.has(g.join(",")) && seen.add(g.join(",")));
}

function approvalGate(ctx: GateContext, results: PolicyResult[]): ApprovalGate {
  let required = 0;
  for (const r of ctx.routes) required = Math.max(required, r.approvals);
  const ownerGroups: string[][] = [];
  for (const change of ctx.changes.documents) {
    for (const v of [change.old, change.new]) {
      const env =
        change.kind === "Service"
          ? specOf(v).env
          : change.kind === "Environment"
            ? change.name
            : undefined;
      const approvalsOf = find(ctx.trusted, "Environment", env as string | undefined)?.value.spec
        .approvals;
      if (approvalsOf !== undefined) required = Math.max(required, approvalsOf);
    }
    for (const g of ownerGroupsOf(change, ctx))
      if (!ownerGroups.some((o) => o.join() === g.join())) ownerGroups.push(g);
  }
  // Rules, owners and shared infrastructure never change without at least one owner's review.
  if (
    ctx.changes.documents.some(
      (c) => PLATFORM_KINDS.has(c.kind) || c.kind === "Tenant" || c.kind === "Project",
    )
  ) {
    required = Math.max(required, 1);
  }
  const gate: ApprovalGate = { required, ownerGroups, counted: [], ignored: [] };
  if (required === 0) return gate;
  if (!ctx.pr) {
    results.push({
      rule: "gate/approvals",
      severity: "warn",
      object: "pull request",
      message: `${required} approval(s) required; not checked outside a pull request`,
    });
    return gate;
  }
  const isOwner = (user: string, group: string[]) =>
    group.some((o) =>
      o.startsWith("@") ? ctx.teams.get(o)?.has(user) : o.toLowerCase() === user.toLowerCase(),
    );
  const latest = new Map<string, PullRequestInfo["reviews"][number]>();
  for (const r of ctx.pr.reviews)
    if (r.state === "APPROVED" || r.state === "CHANGES_REQUESTED" || r.state === "DISMISSED")
      latest.set(r.user, r);
  for (const [user, review] of latest) {
    if (review.state !== "APPROVED") continue;
    if (user === ctx.pr.author) gate.ignored.push({ user, reason: "the author's own approval" });
    else if (review.commitId !== ctx.pr.headSha)
      gate.ignored.push({
        user,
        reason: `approved ${review.commitId.slice(0, 7)}, older than the head commit`,
      });
    else if (!ownerGroups.every((g) => isOwner(user, g)))
      gate.ignored.push({ user, reason: "not an owner of everything this PR touches" });
    else gate.counted.push(user);
  }
  if (gate.counted.length < required) {
    const who = ownerGroups.map((g) => g.join(" or ")).join("; and ");
    results.push({
      rule: "gate/approvals",
      severity: "deny",
      object: "pull request",
      message: `${gate.counted.length} of ${required} required approval(s) on the head commit${who ? ` from owners (${who})` : ""}`,
    });
  }
  return gate;
}

function destroyGate(ctx: GateContext, results: PolicyResult[]): void {
  if (ctx.pr?.labels.includes("allow-destroy")) return;
  const destroyed = [
    ...ctx.changes.resources
      .filter((r) => r.actions.includes("delete") && layerOfStack(r.stack) === "foundation")
      .map((r) => `${r.stack}: ${r.address}`),
    ...ctx.changes.stacks
      .filter((s) => s.layer === "foundation" && s.files.some((f) => f.change === "delete"))
      .map((s) => s.unit),
  ];
  for (const what of [...new Set(destroyed)]) {
    results.push({
      rule: "gate/allow-destroy",
      severity: "deny",
      object: what,
      message: "destroys foundation infrastructure; add the label `allow-destroy` to proceed",
    });
  }
}

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** Whether `now` is inside a weekly UTC window, and when the next one starts. */
export function maintenanceWindowState(
  window: { days: string[]; start: string; durationMinutes: number },
  now: Date,
): { open: boolean; next: Date } {
  const [h, m] = window.start.split(":").map(Number) as [number, number];
  const startOn = (dayOffset: number) => {
    const d = new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + dayOffset, h, m),
    );
    return window.days.includes(DAYS[d.getUTCDay()]!) ? d : undefined;
  };
  for (const offset of [-1, 0]) {
    const s = startOn(offset);
    if (s && now >= s && now.getTime() < s.getTime() + window.durationMinutes * 60_000)
      return { open: true, next: s };
  }
  for (let offset = 0; offset <= 7; offset++) {
    const s = startOn(offset);
    if (s && s > now) return { open: false, next: s };
  }
  throw new Error("a maintenance window without days"); // the schema requires at least one day
}

function maintenanceGate(ctx: GateContext, results: PolicyResult[]): void {
  for (const r of ctx.routes) {
    if (!r.maintenanceWindow) continue;
    const region = find(ctx.trusted, "Region", r.region) ?? find(ctx.head, "Region", r.region);
    const window = region?.value.spec.maintenanceWindow;
    if (!window) continue; // a region without a window takes changes at any time
    const state = maintenanceWindowState(window, ctx.now);
    if (!state.open) {
      results.push({
        rule: "gate/maintenance-window",
        severity: "deny",
        object: r.stack,
        message: `held: ${r.layer} changes in ${r.region} wait for its maintenance window; the next opens ${state.next.toISOString().replace(".000Z", "Z")} (${window.durationMinutes} min)`,
      });
    }
  }
}

/** Monthly cost of a tenant's services: size cost × replicas × regions. */
export function tenantCost(config: LoadedConfig, tenant: string): number {
  let total = 0;
  for (const s of config.byKind.Service) {
    if (s.value.spec.tenant !== tenant) continue;
    const size = find(config, "Size", s.value.spec.size)?.value.spec;
    for (const r of s.value.spec.regions) {
      const provider = find(config, "Region", r)?.value.spec.provider;
      const offer = provider ? size?.providers[provider] : undefined;
      total += (offer?.monthlyCost ?? 0) * (size?.replicas ?? 0);
    }
  }
  return Math.round(total * 100) / 100;
}

function budgetGate(ctx: GateContext, results: PolicyResult[]): BudgetLine[] {
  const tenants = new Set<string>();
  for (const c of ctx.changes.documents) {
    if (c.kind === "Service")
      for (const v of [c.old, c.new]) if (v) tenants.add(String(specOf(v).tenant));
    if (c.kind === "Size" || c.kind === "Region" || c.kind === "Tenant")
      for (const t of ctx.head.byKind.Tenant) tenants.add(t.name);
  }
  const lines: BudgetLine[] = [];
  for (const tenant of [...tenants].sort()) {
    const doc = find(ctx.trusted, "Tenant", tenant) ?? find(ctx.head, "Tenant", tenant);
    if (!doc) continue;
    const before = tenantCost(ctx.base, tenant);
    const after = tenantCost(ctx.head, tenant);
    const line = {
      tenant,
      budget: doc.value.spec.budget.monthly,
      before,
      after,
      delta: Math.round((after - before) * 100) / 100,
    };
    lines.push(line);
    if (after > line.budget) {
      results.push({
        rule: "gate/budget",
        severity: line.delta > 0 ? "deny" : "warn",
        object: `Tenant/${tenant}`,
        message: `monthly cost ${before} → ${after} (${line.delta >= 0 ? "+" : ""}${line.delta}) exceeds the budget of ${line.budget}`,
      });
    }
  }
  return lines;
}

function regionGate(ctx: GateContext, results: PolicyResult[]): void {
  for (const c of ctx.changes.documents) {
    if (c.kind !== "Service" || !c.new) continue;
    const spec = specOf(c.new);
    const allowed = find(ctx.trusted, "Tenant", String(spec.tenant))?.value.spec.regions;
    if (!allowed) continue;
    for (const r of (spec.regions as string[] | undefined) ?? []) {
      if (!allowed.includes(r)) {
        results.push({
          rule: "gate/tenant-regions",
          severity: "deny",
          object: `Service/${c.name}`,
          message: `tenant "${String(spec.tenant)}" may not use region "${r}"`,
          at: c.at,
        });
      }
    }
  }
}
