// Who must approve: how many approvals (the most any routed unit, its environment or a changed
// document asks for) and from whose owners. Tenants and projects approve their own services;
// the platform owners approve everything shared, everything that sets a tenant's limits, and
// every change no document accounts for (hand-written out-dir files, the toolchain).
import path from "node:path";
import { strictestEnvironment } from "../model/environments.ts";
import type { LoadedConfig, SourceDoc } from "../model/index.ts";
import { deepEqual } from "./changes.ts";
import type { GateContext } from "./gate-context.ts";
import type { DocumentChange, GuardedFile, PolicyResult, PullRequestInfo } from "./types.ts";

export interface ApprovalGate {
  required: number;
  /** Owner groups every counted approver must belong to, e.g. ["@acme/storefront, kenji-sato"]. */
  ownerGroups: string[][];
  counted: string[];
  ignored: { user: string; reason: string }[];
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

/** Layers shared by every tenant of a region: only the platform owners change them. */
const SHARED_LAYERS = new Set(["foundation", "k8s-base"]);

/** What a tenant's own owners may not change about their tenant: the limits set on them. */
const TENANT_LIMITS = ["owners", "regions", "budget"] as const;

const TENANT_LABEL = "cloudneutral.io/tenant";

export function find<K extends SourceDoc["kind"]>(
  config: LoadedConfig,
  kind: K,
  name: string | undefined,
) {
  return config.byKind[kind].find((d) => d.name === name) as SourceDoc<K> | undefined;
}

type Spec = { spec?: Record<string, unknown>; metadata?: { labels?: Record<string, string> } };
export const specOf = (v: unknown) =>
  ((v as Spec | undefined)?.spec ?? {}) as Record<string, unknown>;
export const tenantLabel = (v: unknown) =>
  (v as Spec | undefined)?.metadata?.labels?.[TENANT_LABEL];

/** Regions a tenant's composition names that the tenant (on the base branch) may not use. */
function regionsOutsideTenant(ctx: GateContext, composition: unknown): string[] {
  const tenant = tenantLabel(composition);
  if (tenant === undefined) return [];
  // A tenant the base branch does not know yet is the platform owners' to approve anyway.
  const allowed = find(ctx.trusted, "Tenant", tenant)?.value.spec.regions;
  if (!allowed) return [];
  const regions = (specOf(composition).regions as string[] | undefined) ?? [];
  return regions.filter((r) => !allowed.includes(r));
}

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
      // A tenant's owners may edit how it is described, never its own limits.
      groups.push(limitsChanged(change) ? platform : tenantOwners(change.name));
    } else if (change.kind === "Composition") {
      const tenant = tenantLabel(v);
      const shared =
        SHARED_LAYERS.has(String(spec.lifecycle)) || regionsOutsideTenant(ctx, v).length > 0;
      groups.push(tenant && !shared ? tenantOwners(tenant) : platform);
    } else if (PLATFORM_KINDS.has(change.kind)) {
      // Policies, the matrix, regions, sizes…: changing the rules needs the platform owners.
      groups.push(platform);
    }
  }
  const seen = new Set<string>();
  return groups.filter((g) => g.length > 0 && !seen.has(g.join(",")) && seen.add(g.join(",")));
}

function limitsChanged(change: DocumentChange): boolean {
  if (!change.old || !change.new) return true; // a tenant created or removed
  const [a, b] = [specOf(change.old), specOf(change.new)];
  return TENANT_LIMITS.some((k) => !deepEqual(a[k], b[k]));
}

/** One note per directory of guarded files: why the platform owners are asked. */
function guardedNotes(guarded: GuardedFile[], platform: string[]): PolicyResult[] {
  const byDir = new Map<string, GuardedFile[]>();
  for (const g of guarded) {
    const dir = path.posix.dirname(g.path);
    byDir.set(dir, [...(byDir.get(dir) ?? []), g]);
  }
  return [...byDir].map(([dir, files]) => {
    const shown = files
      .slice(0, 5)
      .map((f) => `${path.posix.basename(f.path)} (${f.reason})`)
      .join(", ");
    const more = files.length > 5 ? `, and ${files.length - 5} more` : "";
    return {
      rule: "gate/platform-files",
      severity: "warn",
      object: dir,
      message: `${shown}${more}: no platform-config document accounts for this; it needs approval from the platform owners (${platform.join(" or ") || "none defined"})`,
    };
  });
}

/**
 * `preauthorised`: units whose whole change an AutoscalePolicy allows (preauthorised.ts); they
 * ask for no approval of their own. Everything else in the PR still does.
 */
export function approvalGate(
  ctx: GateContext,
  results: PolicyResult[],
  preauthorised: ReadonlySet<string> = new Set(),
): ApprovalGate {
  const platform = ctx.trusted.byKind.Platform[0]?.value.spec.owners ?? [];
  let required = 0;
  for (const r of ctx.routes) {
    if (preauthorised.has(r.stack)) continue;
    // Each routed unit answers to its environment too: the strictest it serves, by either side.
    const env = strictestEnvironment([ctx.trusted, ctx.head], r.region);
    required = Math.max(required, r.approvals, env?.approvals ?? 0);
  }
  const ownerGroups: string[][] = [];
  const addGroup = (g: string[]) => {
    if (g.length > 0 && !ownerGroups.some((o) => o.join() === g.join())) ownerGroups.push(g);
  };
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
    for (const g of ownerGroupsOf(change, ctx)) addGroup(g);
  }
  if (ctx.changes.guarded.length > 0) {
    addGroup(platform);
    results.push(...guardedNotes(ctx.changes.guarded, platform));
  }
  // Rules, owners, shared infrastructure and unrendered files never change without at least
  // one owner's review.
  if (
    ctx.changes.guarded.length > 0 ||
    ctx.changes.documents.some(
      (c) =>
        PLATFORM_KINDS.has(c.kind) ||
        c.kind === "Tenant" ||
        c.kind === "Project" ||
        c.kind === "Composition",
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
  countApprovals(ctx, ctx.pr, gate);
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

/** The latest review of each user that counts: on the head commit, by an owner of every group. */
function countApprovals(ctx: GateContext, pr: PullRequestInfo, gate: ApprovalGate): void {
  const isOwner = (user: string, group: string[]) =>
    group.some((o) =>
      o.startsWith("@") ? ctx.teams.get(o)?.has(user) : o.toLowerCase() === user.toLowerCase(),
    );
  const latest = new Map<string, PullRequestInfo["reviews"][number]>();
  for (const r of pr.reviews)
    if (r.state === "APPROVED" || r.state === "CHANGES_REQUESTED" || r.state === "DISMISSED")
      latest.set(r.user, r);
  for (const [user, review] of latest) {
    if (review.state !== "APPROVED") continue;
    if (user === pr.author) gate.ignored.push({ user, reason: "the author's own approval" });
    else if (review.commitId !== pr.headSha)
      gate.ignored.push({
        user,
        reason: `approved ${review.commitId.slice(0, 7)}, older than the head commit`,
      });
    else if (!gate.ownerGroups.every((g) => isOwner(user, g)))
      gate.ignored.push({ user, reason: "not an owner of everything this PR touches" });
    else gate.counted.push(user);
  }
}
