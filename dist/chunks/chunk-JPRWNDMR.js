import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  preauthorise
} from "./chunk-ONU3LM4D.js";
import {
  deepEqual
} from "./chunk-TTYZOKXK.js";
import {
  strictestEnvironment
} from "./chunk-CS2LBCZH.js";
import {
  layerOfStack
} from "./chunk-5RKDWX5Z.js";

// lib/policy/approvals.ts
import path from "node:path";
var PLATFORM_KINDS = /* @__PURE__ */ new Set([
  "Platform",
  "Region",
  "Size",
  "Environment",
  "Policy",
  "DecisionMatrix",
  "GtmPolicy",
  "AutoscalePolicy"
]), SHARED_LAYERS = /* @__PURE__ */ new Set(["foundation", "k8s-base"]), TENANT_LIMITS = ["owners", "regions", "budget"], TENANT_LABEL = "cloudneutral.io/tenant";
function find(config, kind, name) {
  return config.byKind[kind].find((d) => d.name === name);
}
var specOf = (v) => v?.spec ?? {}, tenantLabel = (v) => v?.metadata?.labels?.[TENANT_LABEL];
function regionsOutsideTenant(ctx, composition) {
  let tenant = tenantLabel(composition);
  if (tenant === void 0) return [];
  let allowed = find(ctx.trusted, "Tenant", tenant)?.value.spec.regions;
  return allowed ? (specOf(composition).regions ?? []).filter((r) => !allowed.includes(r)) : [];
}
function ownerGroupsOf(change, ctx) {
  let platform = ctx.trusted.byKind.Platform[0]?.value.spec.owners ?? [], groups = [], tenantOwners = (name) => find(ctx.trusted, "Tenant", String(name))?.value.spec.owners ?? platform, projectOwners = (name) => find(ctx.trusted, "Project", String(name))?.value.spec.owners;
  for (let v of [change.old, change.new]) {
    if (!v) continue;
    let spec = specOf(v);
    if (change.kind === "Service") {
      groups.push(tenantOwners(spec.tenant));
      let p = projectOwners(spec.project);
      p && groups.push(p);
    } else if (change.kind === "Project")
      groups.push(
        tenantOwners(spec.tenant),
        projectOwners(change.name) ?? tenantOwners(spec.tenant)
      );
    else if (change.kind === "Tenant")
      groups.push(limitsChanged(change) ? platform : tenantOwners(change.name));
    else if (change.kind === "Composition") {
      let tenant = tenantLabel(v), shared = SHARED_LAYERS.has(String(spec.lifecycle)) || regionsOutsideTenant(ctx, v).length > 0;
      groups.push(tenant && !shared ? tenantOwners(tenant) : platform);
    } else PLATFORM_KINDS.has(change.kind) && groups.push(platform);
  }
  let seen = /* @__PURE__ */ new Set();
  return groups.filter((g) => g.length > 0 && !seen.has(g.join(",")) && seen.add(g.join(",")));
}
function limitsChanged(change) {
  if (!change.old || !change.new) return !0;
  let [a, b] = [specOf(change.old), specOf(change.new)];
  return TENANT_LIMITS.some((k) => !deepEqual(a[k], b[k]));
}
function guardedNotes(guarded, platform) {
  let byDir = /* @__PURE__ */ new Map();
  for (let g of guarded) {
    let dir = path.posix.dirname(g.path);
    byDir.set(dir, [...byDir.get(dir) ?? [], g]);
  }
  return [...byDir].map(([dir, files]) => {
    let shown = files.slice(0, 5).map((f) => `${path.posix.basename(f.path)} (${f.reason})`).join(", "), more = files.length > 5 ? `, and ${files.length - 5} more` : "";
    return {
      rule: "gate/platform-files",
      severity: "warn",
      object: dir,
      message: `${shown}${more}: no platform-config document accounts for this; it needs approval from the platform owners (${platform.join(" or ") || "none defined"})`
    };
  });
}
function approvalGate(ctx, results, preauthorised = /* @__PURE__ */ new Set()) {
  let platform = ctx.trusted.byKind.Platform[0]?.value.spec.owners ?? [], required = 0;
  for (let r of ctx.routes) {
    if (preauthorised.has(r.stack)) continue;
    let env = strictestEnvironment([ctx.trusted, ctx.head], r.region);
    required = Math.max(required, r.approvals, env?.approvals ?? 0);
  }
  let ownerGroups = [], addGroup = (g) => {
    g.length > 0 && !ownerGroups.some((o) => o.join() === g.join()) && ownerGroups.push(g);
  };
  for (let change of ctx.changes.documents) {
    for (let v of [change.old, change.new]) {
      let env = change.kind === "Service" ? specOf(v).env : change.kind === "Environment" ? change.name : void 0, approvalsOf = find(ctx.trusted, "Environment", env)?.value.spec.approvals;
      approvalsOf !== void 0 && (required = Math.max(required, approvalsOf));
    }
    for (let g of ownerGroupsOf(change, ctx)) addGroup(g);
  }
  ctx.changes.guarded.length > 0 && (addGroup(platform), results.push(...guardedNotes(ctx.changes.guarded, platform))), (ctx.changes.guarded.length > 0 || ctx.changes.documents.some(
    (c) => PLATFORM_KINDS.has(c.kind) || c.kind === "Tenant" || c.kind === "Project" || c.kind === "Composition"
  )) && (required = Math.max(required, 1));
  let gate = { required, ownerGroups, counted: [], ignored: [] };
  if (required === 0) return gate;
  if (!ctx.pr)
    return results.push({
      rule: "gate/approvals",
      severity: "warn",
      object: "pull request",
      message: `${required} approval(s) required; not checked outside a pull request`
    }), gate;
  if (countApprovals(ctx, ctx.pr, gate), gate.counted.length < required) {
    let who = ownerGroups.map((g) => g.join(" or ")).join("; and ");
    results.push({
      rule: "gate/approvals",
      severity: "deny",
      object: "pull request",
      message: `${gate.counted.length} of ${required} required approval(s) on the head commit${who ? ` from owners (${who})` : ""}`
    });
  }
  return gate;
}
function countApprovals(ctx, pr, gate) {
  let isOwner = (user, group) => group.some(
    (o) => o.startsWith("@") ? ctx.teams.get(o)?.has(user) : o.toLowerCase() === user.toLowerCase()
  ), latest = /* @__PURE__ */ new Map();
  for (let r of pr.reviews)
    (r.state === "APPROVED" || r.state === "CHANGES_REQUESTED" || r.state === "DISMISSED") && latest.set(r.user, r);
  for (let [user, review] of latest)
    review.state === "APPROVED" && (user === pr.author ? gate.ignored.push({ user, reason: "the author's own approval" }) : review.commitId !== pr.headSha ? gate.ignored.push({
      user,
      reason: `approved ${review.commitId.slice(0, 7)}, older than the head commit`
    }) : gate.ownerGroups.every((g) => isOwner(user, g)) ? gate.counted.push(user) : gate.ignored.push({ user, reason: "not an owner of everything this PR touches" }));
}

// lib/policy/gates.ts
function evaluateGates(ctx) {
  let results = [], preauthorised = preauthorisedUnits(ctx, results), exempt = new Set(preauthorised.map((a) => a.unit)), approvals = approvalGate(ctx, results, exempt);
  destroyGate(ctx, results), maintenanceGate(ctx, results, exempt);
  let budgets = budgetGate(ctx, results);
  return regionGate(ctx, results), { results, approvals, budgets, preauthorised };
}
function preauthorisedUnits(ctx, results) {
  let bot = ctx.autoscaleAuthor;
  if (!ctx.pr || !bot) return [];
  let found = [];
  for (let s of ctx.changes.stacks) {
    if (s.layer !== "k8s-base") continue;
    let pool = ctx.nodePools?.find((p) => s.files.some((f) => f.path === p.path));
    if (!pool) continue;
    let verdict = preauthorise({
      unit: { id: s.unit, layer: s.layer, region: s.region, files: s.files.map((f) => f.path) },
      authors: [ctx.pr.author],
      bot,
      trusted: [ctx.trusted],
      file: pool.file,
      before: pool.before,
      after: pool.after
    });
    verdict.ok ? found.push(verdict) : ctx.pr.author.toLowerCase() === bot.toLowerCase() && results.push({
      rule: "gate/preauthorised",
      severity: "warn",
      object: s.unit,
      message: `not pre-authorised: ${verdict.why}; the usual gates apply`
    });
  }
  return found;
}
function destroyGate(ctx, results) {
  if (ctx.pr?.labels.includes("allow-destroy")) return;
  let destroyed = [
    ...ctx.changes.resources.filter((r) => r.actions.includes("delete") && layerOfStack(r.stack) === "foundation").map((r) => `${r.stack}: ${r.address}`),
    ...ctx.changes.stacks.filter((s) => s.layer === "foundation" && s.files.some((f) => f.change === "delete")).map((s) => s.unit)
  ];
  for (let what of [...new Set(destroyed)])
    results.push({
      rule: "gate/allow-destroy",
      severity: "deny",
      object: what,
      message: "destroys foundation infrastructure; add the label `allow-destroy` to proceed"
    });
}
var utcTime = (d) => d.toISOString().replace(".000Z", "Z"), DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
function maintenanceWindowState(window, now) {
  let [h, m] = window.start.split(":").map(Number), startOn = (dayOffset) => {
    let d = new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + dayOffset, h, m)
    );
    return window.days.includes(DAYS[d.getUTCDay()]) ? d : void 0;
  };
  for (let offset of [-1, 0]) {
    let s = startOn(offset);
    if (s && now >= s && now.getTime() < s.getTime() + window.durationMinutes * 6e4)
      return { open: !0, next: s };
  }
  for (let offset = 0; offset <= 7; offset++) {
    let s = startOn(offset);
    if (s && s > now) return { open: !1, next: s };
  }
  throw new Error("a maintenance window without days");
}
function maintenanceGate(ctx, results, preauthorised) {
  for (let r of ctx.routes) {
    if (!r.maintenanceWindow || preauthorised.has(r.stack)) continue;
    let window = (find(ctx.trusted, "Region", r.region) ?? find(ctx.head, "Region", r.region))?.value.spec.maintenanceWindow;
    if (!window) continue;
    let state = maintenanceWindowState(window, ctx.now);
    state.open || results.push({
      rule: "gate/maintenance-window",
      severity: "warn",
      object: r.stack,
      message: `held: ${r.layer} changes in ${r.region} wait for its maintenance window; apply holds them until the next opens ${utcTime(state.next)} (${window.durationMinutes} min)`
    });
  }
}
function tenantCost(config, tenant) {
  let total = 0;
  for (let s of config.byKind.Service) {
    if (s.value.spec.tenant !== tenant) continue;
    let size = find(config, "Size", s.value.spec.size)?.value.spec;
    for (let r of s.value.spec.regions) {
      let provider = find(config, "Region", r)?.value.spec.provider, offer = provider ? size?.providers[provider] : void 0;
      total += (offer?.monthlyCost ?? 0) * (size?.replicas ?? 0);
    }
  }
  return Math.round(total * 100) / 100;
}
function budgetGate(ctx, results) {
  let tenants = /* @__PURE__ */ new Set();
  for (let c of ctx.changes.documents) {
    if (c.kind === "Service")
      for (let v of [c.old, c.new]) v && tenants.add(String(specOf(v).tenant));
    if (c.kind === "Size" || c.kind === "Region" || c.kind === "Tenant")
      for (let t of ctx.head.byKind.Tenant) tenants.add(t.name);
  }
  let lines = [];
  for (let tenant of [...tenants].sort()) {
    let doc = find(ctx.trusted, "Tenant", tenant) ?? find(ctx.head, "Tenant", tenant);
    if (!doc) continue;
    let before = tenantCost(ctx.base, tenant), after = tenantCost(ctx.head, tenant), line = {
      tenant,
      budget: doc.value.spec.budget.monthly,
      before,
      after,
      delta: Math.round((after - before) * 100) / 100
    };
    lines.push(line), after > line.budget && results.push({
      rule: "gate/budget",
      severity: line.delta > 0 ? "deny" : "warn",
      object: `Tenant/${tenant}`,
      message: `monthly cost ${before} \u2192 ${after} (${line.delta >= 0 ? "+" : ""}${line.delta}) exceeds the budget of ${line.budget}`
    });
  }
  return lines;
}
function regionGate(ctx, results) {
  for (let c of ctx.changes.documents) {
    if (c.kind !== "Composition" && c.kind !== "Service" || !c.new) continue;
    let tenant = c.kind === "Service" ? String(specOf(c.new).tenant) : tenantLabel(c.new), allowed = tenant && find(ctx.trusted, "Tenant", tenant)?.value.spec.regions;
    if (allowed)
      for (let r of specOf(c.new).regions ?? [])
        allowed.includes(r) || results.push({
          rule: "gate/tenant-regions",
          severity: "deny",
          object: `${c.kind}/${c.name}`,
          message: `tenant "${tenant}" may not use region "${r}"`,
          at: c.at
        });
  }
}

export {
  evaluateGates,
  utcTime,
  maintenanceWindowState
};
