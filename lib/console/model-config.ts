// The views that come from the configuration alone: the virtual cloud, the regions' backends,
// owners, gates and the decision matrix as it resolves.
import type { LoadedConfig } from "../model/load.ts";
import { Layers } from "../model/schema.ts";
import { type Matrix, routeComposition } from "../policy/matrix.ts";
import {
  byName,
  type PolicyView,
  type ProjectView,
  type RegionView,
  type ServiceView,
  type TenantView,
} from "./views.ts";

export function tenantViews(config: LoadedConfig): TenantView[] {
  // Index once: a 10,000-service platform must not be scanned per tenant and project.
  const services = new Map<string, ServiceView[]>();
  for (const s of config.byKind.Service) {
    const key = `${s.value.spec.tenant}\0${s.value.spec.project}\0${s.value.spec.env}`;
    const list = services.get(key) ?? [];
    list.push({
      name: s.name,
      size: s.value.spec.size,
      runtime: s.value.spec.runtime,
      regions: s.value.spec.regions,
      ...(s.value.spec.publicName ? { publicName: s.value.spec.publicName } : {}),
    });
    services.set(key, list);
  }
  const projects = new Map<string, ProjectView[]>();
  for (const p of config.byKind.Project) {
    const envs = p.value.spec.environments.map((env) => ({
      name: env,
      services: (services.get(`${p.value.spec.tenant}\0${p.name}\0${env}`) ?? []).sort(byName),
    }));
    const list = projects.get(p.value.spec.tenant) ?? [];
    list.push({ name: p.name, owners: p.value.spec.owners, envs });
    projects.set(p.value.spec.tenant, list);
  }
  return config.byKind.Tenant.map((t) => ({
    name: t.name,
    ...(t.value.spec.displayName ? { displayName: t.value.spec.displayName } : {}),
    owners: t.value.spec.owners,
    regions: t.value.spec.regions,
    budget: t.value.spec.budget.monthly,
    projects: (projects.get(t.name) ?? []).sort(byName),
  })).sort(byName);
}

export function regionViews(config: LoadedConfig): RegionView[] {
  const served = new Map<string, number>();
  for (const s of config.byKind.Service)
    for (const r of s.value.spec.regions) served.set(r, (served.get(r) ?? 0) + 1);
  return config.byKind.Region.map((r) => {
    const s = r.value.spec;
    return {
      name: r.name,
      provider: s.provider,
      location: s.location,
      mode: s.nodePool.mode,
      min: s.nodePool.min,
      max: s.nodePool.max,
      weight: s.weight,
      addresses: s.ingress.addresses,
      ...(s.nodePool.instanceType ? { instanceType: s.nodePool.instanceType } : {}),
      services: served.get(r.name) ?? 0,
    };
  }).sort(byName);
}

export function policyView(
  config: LoadedConfig,
  matrix: Matrix,
  matrixSource: string | undefined,
): PolicyView {
  const envs = config.byKind.Environment.map((e) => ({
    name: e.name,
    approvals: e.value.spec.approvals,
    protected: e.value.spec.protected,
  }));
  const rules: PolicyView["rules"] = [];
  const bundles: PolicyView["bundles"] = [];
  for (const p of config.byKind.Policy) {
    const spec = p.value.spec;
    const m = spec.match;
    const match =
      [
        m?.kinds ? `kinds ${m.kinds.join(", ")}` : "",
        m?.lifecycles ? `layers ${m.lifecycles.join(", ")}` : "",
        m?.environments ? `environments ${m.environments.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join("; ") || "everything";
    for (const v of spec.validations ?? [])
      rules.push({
        policy: p.name,
        ...(spec.description ? { description: spec.description } : {}),
        match,
        rule: v.expression,
        message: v.message,
        severity: v.severity ?? "deny",
      });
    if (spec.opa) bundles.push({ policy: p.name, bundle: spec.opa.bundle });
  }
  return {
    platformOwners: config.byKind.Platform[0]?.value.spec.owners ?? [],
    tenants: config.byKind.Tenant.map((t) => ({
      name: t.name,
      owners: t.value.spec.owners,
      projects: config.byKind.Project.filter((p) => p.value.spec.tenant === t.name)
        .map((p) => ({ name: p.name, owners: p.value.spec.owners }))
        .sort(byName),
    })).sort(byName),
    environments: envs,
    matrix,
    ...(matrixSource ? { matrixSource } : {}),
    gates: Layers.flatMap((layer) =>
      envs.map((e) => ({
        layer,
        env: e.name,
        approvals: Math.max(matrix[layer].approvals, e.approvals),
        window: matrix[layer].maintenanceWindow,
      })),
    ),
    compositions: config.byKind.Composition.map((c) => ({
      name: c.name,
      layer: c.value.spec.lifecycle,
      regions: c.value.spec.regions,
      route: routeComposition(matrix, c.value),
    })).sort(byName),
    rules,
    bundles,
  };
}
