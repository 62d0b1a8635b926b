// The environment a regional unit answers to: a unit serves every environment placed in its
// region, so it is gated by the strictest of them. Given several configurations (the base
// branch and the pull request's head), the strictest over all of them wins: a PR that moves
// every prod service out of a region does not make that region's units a dev matter.
// In model/ because both routing (the apply job's GitHub Environment) and render (the apply
// identity trusted for exactly that Environment) need the same answer.
import type { LoadedConfig } from "./load.ts";

export interface EnvironmentRule {
  name: string;
  protected: boolean;
  approvals: number;
}

type Configs = readonly Pick<LoadedConfig, "byKind">[];

/** The strictest environment of the services in `region`: protected first, then most approvals. */
export function strictestEnvironment(
  configs: Configs,
  region: string,
): EnvironmentRule | undefined {
  const names = new Set<string>();
  for (const config of configs)
    for (const s of config.byKind.Service)
      if (s.value.spec.regions.includes(region)) names.add(s.value.spec.env);
  const rules: EnvironmentRule[] = [];
  for (const name of names) {
    // An environment is as strict as its strictest definition among the configurations.
    const docs = configs.flatMap((c) => c.byKind.Environment.filter((e) => e.name === name));
    if (docs.length === 0) continue;
    rules.push({
      name,
      protected: docs.some((d) => d.value.spec.protected === true),
      approvals: Math.max(...docs.map((d) => d.value.spec.approvals ?? 0)),
    });
  }
  rules.sort(
    (a, b) =>
      Number(b.protected) - Number(a.protected) ||
      b.approvals - a.approvals ||
      (a.name < b.name ? -1 : 1),
  );
  return rules[0];
}

/** The GitHub Environment a unit's apply job runs in: `cloudneutral-<layer>[-<env>]`. */
export function unitEnvironmentName(layer: string, env: string | undefined): string {
  return `cloudneutral-${layer}${env ? `-${env}` : ""}`;
}
