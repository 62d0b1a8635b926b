// Who may change what: approvals from owners, destroy labels, maintenance windows, budgets,
// region allow-lists. Pure: everything it needs (including team memberships) is passed in.
// Owners, environments, budgets and windows come from the base branch as it is now (the
// trusted side): a PR cannot loosen the rules it is judged by, nor escape rules tightened
// after it branched.
import type { LoadedConfig } from "../model/index.ts";
import { type ApprovalGate, approvalGate, find, specOf, tenantLabel } from "./approvals.ts";
import type { GateContext } from "./gate-context.ts";
import { layerOfStack } from "./plan-spec.ts";
import { type Authorisation, preauthorise } from "./preauthorised.ts";
import type { PolicyResult } from "./types.ts";

export type { ApprovalGate } from "./approvals.ts";
export type { GateContext } from "./gate-context.ts";

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
  /** Units an AutoscalePolicy pre-authorises: no approval, no maintenance window. */
  preauthorised: Authorisation[];
}

export function evaluateGates(ctx: GateContext): GateOutcome {
  const results: PolicyResult[] = [];
  const preauthorised = preauthorisedUnits(ctx, results);
  const exempt = new Set(preauthorised.map((a) => a.unit));
  const approvals = approvalGate(ctx, results, exempt);
  destroyGate(ctx, results);
  maintenanceGate(ctx, results, exempt);
  const budgets = budgetGate(ctx, results);
  regionGate(ctx, results);
  return { results, approvals, budgets, preauthorised };
}

/**
 * The k8s-base units whose whole change is the autoscaler's node count, within the base
 * branch's AutoscalePolicy. A PR by the bot that is not (a count beyond the bounds or the
 * rate limits, another byte in the file) gets a warning saying why: its usual gates apply.
 */
function preauthorisedUnits(ctx: GateContext, results: PolicyResult[]): Authorisation[] {
  const bot = ctx.autoscaleAuthor;
  if (!ctx.pr || !bot) return [];
  const found: Authorisation[] = [];
  for (const s of ctx.changes.stacks) {
    if (s.layer !== "k8s-base") continue;
    const pool = ctx.nodePools?.find((p) => s.files.some((f) => f.path === p.path));
    if (!pool) continue;
    const verdict = preauthorise({
      unit: { id: s.unit, layer: s.layer, region: s.region, files: s.files.map((f) => f.path) },
      authors: [ctx.pr.author],
      bot,
      trusted: [ctx.trusted],
      file: pool.file,
      before: pool.before,
      after: pool.after,
    });
    if (verdict.ok) found.push(verdict);
    else if (ctx.pr.author.toLowerCase() === bot.toLowerCase())
      results.push({
        rule: "gate/preauthorised",
        severity: "warn",
        object: s.unit,
        message: `not pre-authorised: ${verdict.why}; the usual gates apply`,
      });
  }
  return found;
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

/** A moment as the gates and apply name windows: 2026-12-06T17:00:00Z. */
export const utcTime = (d: Date) => d.toISOString().replace(".000Z", "Z");

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

/**
 * A unit the matrix puts behind its region's maintenance window is applied only inside it
 * (lib/apply/window-gate.ts holds it until then): said here as a warning, so a PR may merge
 * at any time and its apply waits. A pre-authorised node count does not wait.
 */
function maintenanceGate(
  ctx: GateContext,
  results: PolicyResult[],
  preauthorised: ReadonlySet<string>,
): void {
  for (const r of ctx.routes) {
    if (!r.maintenanceWindow || preauthorised.has(r.stack)) continue;
    const region = find(ctx.trusted, "Region", r.region) ?? find(ctx.head, "Region", r.region);
    const window = region?.value.spec.maintenanceWindow;
    if (!window) continue; // a region without a window takes changes at any time
    const state = maintenanceWindowState(window, ctx.now);
    if (!state.open) {
      results.push({
        rule: "gate/maintenance-window",
        severity: "warn",
        object: r.stack,
        message: `held: ${r.layer} changes in ${r.region} wait for its maintenance window; apply holds them until the next opens ${utcTime(state.next)} (${window.durationMinutes} min)`,
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
    if ((c.kind !== "Composition" && c.kind !== "Service") || !c.new) continue;
    // A service names its tenant in spec; a composition by the tenant label.
    const tenant = c.kind === "Service" ? String(specOf(c.new).tenant) : tenantLabel(c.new);
    const allowed = tenant && find(ctx.trusted, "Tenant", tenant)?.value.spec.regions;
    if (!allowed) continue;
    for (const r of (specOf(c.new).regions as string[] | undefined) ?? [])
      if (!allowed.includes(r))
        results.push({
          rule: "gate/tenant-regions",
          severity: "deny",
          object: `${c.kind}/${c.name}`,
          message: `tenant "${tenant}" may not use region "${r}"`,
          at: c.at,
        });
  }
}
